/// Baseline: each state votes as it did the last time on the same resolution.
///
/// The previous vote is the state's vote on the most recent reference found
/// by title (`ReferenceFinder`: the same or a similar title in earlier
/// sessions) on which it was a member, smoothed by `VoteSmoothing` towards
/// the state's recent frequencies so that no probability is 0. A state with no
/// previous vote gets its frequencies.
public struct PreviousVotePredictor: VotePredictor, Hashable {
  /// The name in reports (default `previous-vote`).
  public var name = "previous-vote"
  /// The mix of the previous vote and the state's frequencies.
  public var smoothing: VoteSmoothing

  /// The baseline with the given smoothing.
  public init(smoothing: VoteSmoothing = .init()) {
    self.smoothing = smoothing
  }

  /// - Complexity: O(s·k) for s states and k references.
  public func predict(_ context: PredictionContext) -> [SIMD4<Double>] {
    var forecasts = smoothing.frequencies.predict(context)
    let references = smoothing.references(context)
    let dataset = context.dataset
    for state in forecasts.indices {
      for reference in references {
        guard let vote = dataset.vote(rollCall: reference, state: state) else { continue }
        forecasts[state] = smoothing.forecast(vote, frequencies: forecasts[state])
        break
      }
    }
    return forecasts
  }
}
