/// Baseline: each state votes as most of its regional group did on the last reference.
///
/// On the most recent reference found by title (`ReferenceFinder`: the same
/// or a similar title in earlier sessions), the group's modal vote among its
/// members that day (non-voting included; ties go to the vote with the lowest
/// raw value: yes, abstain, no, non-voting). The forecast mixes certainty on
/// that vote with the state's recent frequencies (`StateFrequencyPredictor`):
/// `(1 − λ)·[c = mode] + λ·f_ic`. Without a reference, or when none of the
/// group was a member on it, the state gets `f_i`.
///
/// The default λ = 0.5 is the previous-vote baseline's; on sessions 50–69 of
/// the 1946–2020 history this baseline's own best was 0.6 or 0.7, within 0.02
/// nats of 0.5.
public struct GroupMajorityPredictor: VotePredictor {
  public var name = "group-majority"
  /// λ, the weight of the frequencies, clamped to [1e-6, 1] (default 0.5).
  public var smoothing: Double
  /// Whether references found by shared tags count (default false: they are other
  /// resolutions, so a vote on them is no vote on the same resolution).
  public var usesTagReferences: Bool
  /// The frequencies mixed in, and used alone without a group vote.
  public var fallback: StateFrequencyPredictor

  public init(
    smoothing: Double = 0.5, usesTagReferences: Bool = false,
    fallback: StateFrequencyPredictor = .init()
  ) {
    self.smoothing = min(1, max(1e-6, smoothing))
    self.usesTagReferences = usesTagReferences
    self.fallback = fallback
  }

  /// - Complexity: O(s) for s states.
  public func predict(_ context: PredictionContext) -> [SIMD4<Double>] {
    var forecasts = fallback.predict(context)
    guard let reference = context.referenceRollCalls(includingTags: usesTagReferences).first
    else { return forecasts }
    let modes = GroupMajorityPredictor.groupModes(context.dataset, rollCall: reference)
    for (state, member) in context.dataset.states.enumerated() {
      guard let mode = modes[member.group] else { continue }
      forecasts[state] = (1 - smoothing) * .certain(mode) + smoothing * forecasts[state]
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
