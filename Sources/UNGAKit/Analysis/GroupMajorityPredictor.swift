/// Baseline: each state votes as most of its regional group did on the last reference.
///
/// On the most recent reference found by title (`ReferenceFinder`: the same
/// or a similar title in earlier sessions), the group's modal vote among its
/// members that day (non-voting included; ties go to the vote with the lowest
/// raw value: yes, abstain, no, non-voting), smoothed by `VoteSmoothing`
/// towards the state's recent frequencies. Without a reference, or when none
/// of the group was a member on it, the state gets its frequencies.
public struct GroupMajorityPredictor: VotePredictor, Hashable {
  /// The name in reports (default `group-majority`).
  public var name = "group-majority"
  /// The mix of the group's vote and the state's frequencies.
  public var smoothing: VoteSmoothing

  /// The baseline with the given smoothing.
  public init(smoothing: VoteSmoothing = .init()) {
    self.smoothing = smoothing
  }

  /// - Complexity: O(s) for s states.
  public func predict(_ context: PredictionContext) -> [SIMD4<Double>] {
    var forecasts = smoothing.frequencies.predict(context)
    guard let reference = smoothing.references(context).first else { return forecasts }
    let modes = GroupMajorityPredictor.groupModes(context.dataset, rollCall: reference)
    for (state, member) in context.dataset.states.enumerated() {
      guard let mode = modes[member.group] else { continue }
      forecasts[state] = smoothing.forecast(mode, frequencies: forecasts[state])
    }
    return forecasts
  }

  /// Each regional group's most common vote among its members on `rollCall`.
  static func groupModes(_ dataset: Dataset, rollCall: Int) -> [RegionalGroup: Vote] {
    var counts: [RegionalGroup: SIMD4<Int>] = [:]
    for (state, member) in dataset.states.enumerated() {
      guard let vote = dataset.vote(rollCall: rollCall, state: state) else { continue }
      counts[member.group, default: SIMD4()][Int(vote.rawValue)] += 1
    }
    return counts.compactMapValues { tally in
      var best = 0
      for c in 1..<4 where tally[c] > tally[best] { best = c }
      return Vote(rawValue: UInt8(best))
    }
  }
}
