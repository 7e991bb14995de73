/// How the one-vote baselines (previous vote, group majority) turn a single
/// vote into a forecast that never gives probability 0.
///
/// The forecast is `(1 − λ)·[c = vote] + λ·f_ic`, with `f_i` the state's
/// recent frequencies (`StateFrequencyPredictor`), which are also the whole
/// forecast of a state without such a vote. The default λ = 0.5 had the
/// lowest log loss of 0.2, 0.3, …, 0.7 for the previous-vote baseline on
/// sessions 50–59 and 60–69 of the 1946–2020 history (0.4 within 0.003),
/// sessions that later backtests do not score; for the group-majority
/// baseline 0.6 or 0.7 did better there by less than 0.01 nats.
public struct VoteSmoothing: Sendable, Hashable {
  /// λ, the weight of the frequencies, clamped to [1e-6, 1] (default 0.5).
  public var weight: Double
  /// Whether references found by shared tags count (default false: they are other
  /// resolutions, so a vote on them is no vote on the same resolution).
  public var usesTagReferences: Bool
  /// The frequencies mixed in, and used alone without a vote to smooth.
  public var frequencies: StateFrequencyPredictor

  /// Smoothing as given, the weight clamped to [1e-6, 1].
  public init(
    weight: Double = 0.5, usesTagReferences: Bool = false,
    frequencies: StateFrequencyPredictor = .init()
  ) {
    self.weight = min(1, max(1e-6, weight))
    self.usesTagReferences = usesTagReferences
    self.frequencies = frequencies
  }

  /// The references a one-vote baseline reads, most recent first.
  public func references(_ context: PredictionContext) -> [Int] {
    context.referenceRollCalls(includingTags: usesTagReferences)
  }

  /// `(1 − λ)·[c = vote] + λ·frequencies`.
  public func forecast(_ vote: Vote, frequencies: SIMD4<Double>) -> SIMD4<Double> {
    var certain = SIMD4<Double>()
    certain[Int(vote.rawValue)] = 1
    return (1 - weight) * certain + weight * frequencies
  }
}
