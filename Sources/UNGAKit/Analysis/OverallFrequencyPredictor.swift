/// Baseline: every state votes as all members did in recent years.
///
/// P(c) is `(N_c + 1) / (N + 4)` over all members' whole-text votes of the
/// `windowYears` years before the target (`VoteHistory.frequencies`), the
/// same for every state.
public struct OverallFrequencyPredictor: VotePredictor, Hashable {
  /// The name in reports (default `overall-frequency`).
  public var name = "overall-frequency"
  /// The window, in years before the target's date (default 10).
  public var windowYears: Double

  /// The baseline over the given window.
  public init(windowYears: Double = 10) {
    self.windowYears = windowYears
  }

  /// - Complexity: O(s) for s states.
  public func predict(_ context: PredictionContext) -> [SIMD4<Double>] {
    let frequencies = context.history.frequencies(rollCalls: context.window(years: windowYears))
    return [SIMD4<Double>](repeating: frequencies, count: context.dataset.states.count)
  }
}
