/// Baseline: each state votes as it did the last time on the same resolution.
///
/// The previous vote is the state's vote on the most recent reference found
/// by title (`ReferenceFinder`: the same or a similar title in earlier
/// sessions) on which it was a member. The forecast mixes certainty on that
/// vote with the state's recent frequencies (`StateFrequencyPredictor`):
/// `(1 − λ)·[c = previous] + λ·f_ic`, so it never gives probability 0. A state
/// with no previous vote gets `f_i`.
///
/// The default λ = 0.5 had the lowest log loss of 0.2, 0.3, …, 0.7 on
/// sessions 50–59 and 60–69 of the 1946–2020 history (0.4 and 0.5 within
/// 0.003 of each other), sessions that later backtests do not score.
public struct PreviousVotePredictor: VotePredictor {
  public var name = "previous-vote"
  /// λ, the weight of the frequencies, clamped to [1e-6, 1] (default 0.5).
  public var smoothing: Double
  /// Whether references found by shared tags count (default false: they are other
  /// resolutions, so a vote on them is no vote on the same resolution).
  public var usesTagReferences: Bool
  /// The frequencies mixed in, and used alone without a previous vote.
  public var fallback: StateFrequencyPredictor

  public init(
    smoothing: Double = 0.5, usesTagReferences: Bool = false,
    fallback: StateFrequencyPredictor = .init()
  ) {
    self.smoothing = min(1, max(1e-6, smoothing))
    self.usesTagReferences = usesTagReferences
    self.fallback = fallback
  }

  /// - Complexity: O(s·k) for s states and k references.
  public func predict(_ context: PredictionContext) -> [SIMD4<Double>] {
    var forecasts = fallback.predict(context)
    let references = context.referenceRollCalls(includingTags: usesTagReferences)
    let dataset = context.dataset
    for state in forecasts.indices {
      for reference in references {
        guard let vote = dataset.vote(rollCall: reference, state: state) else { continue }
        forecasts[state] = (1 - smoothing) * .certain(vote) + smoothing * forecasts[state]
        break
      }
    }
    return forecasts
  }
}
