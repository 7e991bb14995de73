/// Baseline: each state votes as often as it did in recent years.
///
/// P(c) for state i is `(n_ic + β·g_c) / (n_i + β)`: its whole-text votes of
/// the `windowYears` years before the target, shrunk towards all members'
/// frequencies `g` over the same roll calls with `priorStrength` β
/// pseudo-votes (`VoteHistory.stateFrequencies`), so no probability is 0 and a
/// state without votes in the window gets `g`. The other baselines fall back
/// on it.
public struct StateFrequencyPredictor: VotePredictor, Hashable {
  /// The name in reports (default `state-frequency`).
  public var name = "state-frequency"
  /// The window, in years before the target's date (default 10).
  public var windowYears: Double
  /// β, in pseudo-votes (default 2).
  public var priorStrength: Double

  /// The baseline over the given window with the given prior strength.
  public init(windowYears: Double = 10, priorStrength: Double = 2) {
    self.windowYears = windowYears
    self.priorStrength = priorStrength
  }

  /// - Complexity: O(s) for s states, after the dataset's `VoteHistory`.
  public func predict(_ context: PredictionContext) -> [SIMD4<Double>] {
    context.history.stateFrequencies(
      rollCalls: context.window(years: windowYears), priorStrength: priorStrength)
  }
}
