/// Everything the vote model reads about one recorded roll call treated as a
/// target, gathered once so that calibration and backtests can recompute its
/// forecasts cheaply: the baseline's evidence (`BaselineEvidence`, from
/// references and votes dated before the roll call), the members' codes,
/// the recorded sponsors and the votes cast.
struct TargetEvidence: Sendable {
  /// The target's index in `Dataset.rollCalls`.
  let rollCall: Int
  /// Its regular session.
  let session: Int
  /// The baseline's evidence.
  let baseline: BaselineEvidence
  /// Members' codes, in `baseline.members` order.
  let codes: [MemberState.Code]
  /// Positions in `baseline.members` of the recorded sponsors.
  let sponsors: [Int]
  /// The votes cast, in `baseline.members` order (`Vote` raw values; a member
  /// without a recorded vote counts as non-voting, as the data record it).
  let observed: [UInt8]

  /// Gathers the evidence of `target` from `references` (none usable is
  /// allowed: the baseline then rests on the group's and the state's recent
  /// votes); `nil` only when the target has no member.
  /// - Complexity: O(k · s) for k references and s states.
  init?(
    dataset: Dataset, target: Int, references: ReferenceFinder.References, history: VoteHistory
  ) {
    let rollCall = dataset.rollCalls[target]
    let evidence = BaselineEvidence(
      dataset: dataset, date: rollCall.date, references: references.rollCalls, history: history)
    guard !evidence.members.isEmpty else { return nil }
    var positionByState: [Int: Int] = [:]
    for (position, state) in evidence.members.enumerated() { positionByState[state] = position }
    var sponsors: [Int] = []
    for sponsorship in dataset.sponsorships(rollCall: target) {
      guard let state = dataset.stateIndex(sponsorship.state),
        let position = positionByState[state], !sponsors.contains(position)
      else { continue }
      sponsors.append(position)
    }
    let row = dataset.votes(rollCall: target)
    self.rollCall = target
    self.session = rollCall.session
    self.baseline = evidence
    self.codes = evidence.members.map { dataset.states[$0].code }
    self.sponsors = sponsors.sorted()
    self.observed = evidence.members.map { state in
      let byte = row[row.startIndex + state]
      return byte <= Vote.nonVoting.rawValue ? byte : Vote.nonVoting.rawValue
    }
  }

  /// The baseline's probabilities as one vector per member.
  func baselineVectors(_ parameters: BaselineParameters) -> [SIMD4<Double>] {
    let p = baseline.probabilities(parameters)
    return (0..<codes.count).map { SIMD4(p[$0 * 4], p[$0 * 4 + 1], p[$0 * 4 + 2], p[$0 * 4 + 3]) }
  }
}
