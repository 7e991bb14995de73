/// A reproducible synthetic General Assembly for benchmarks, examples and tests.
///
/// States sit on a one-dimensional policy scale around their group's centre;
/// each roll call is an ordered-probit vote on a random cut point, with
/// random polarity and absence, spread over the sessions before the draft.
/// The first state (`leader`) sponsors every text it votes for, and the
/// draft `SynthesisDraft` (dated 2025-02-24, tag `synthetic`, simple
/// majority) names it as main sponsor. The last state was admitted in 2024,
/// so it has no voting history. Nothing here is real data.
public enum SyntheticAssembly {
  /// The id of the draft in every synthetic dataset.
  public static let draftID = "SYN/L.1"
  /// The tag of every synthetic roll call and of the draft.
  public static let tag: IssueTag = "synthetic"

  /// A dataset of `states` members and `rollCalls` roll calls over `sessions` sessions.
  /// - Parameters:
  ///   - states: 2 to 17,576 (codes are three letters).
  ///   - seed: the same seed gives the same dataset.
  /// - Complexity: O(states × rollCalls).
  public static func dataset(
    states stateCount: Int = 193, rollCalls rollCallCount: Int = 600, sessions: Int = 10,
    seed: UInt64 = 1
  ) -> Dataset {
    var rng = Xoshiro256StarStar(seed: seed)
    let groups = RegionalGroup.allCases
    let centres = [-0.6, -0.3, 0.6, -0.1, 1.0]
    let founded = CalendarDate(year: 1945, month: 10, day: 24)!
    let recent = CalendarDate(year: 2024, month: 6, day: 1)!
    let count = max(2, min(stateCount, 26 * 26 * 26))
    var states: [MemberState] = []
    var positions: [Double] = []
    for i in 0..<count {
      let letters = [i / 676, (i / 26) % 26, i % 26].map {
        Character(Unicode.Scalar(UInt8(65 + $0)))
      }
      let group = i % groups.count
      states.append(
        MemberState(
          code: MemberState.Code(String(letters)), alpha2: nil, name: "State \(i + 1)",
          group: groups[group], admitted: i == count - 1 ? recent : founded))
      positions.append(centres[group] + 0.6 * ZigguratNormal.next(using: &rng))
    }
    var rollCalls: [RollCall] = []
    var votes: [Dataset.Entry] = []
    var sponsorships: [Sponsorship] = []
    let perSession = max(1, (rollCallCount + sessions - 1) / max(1, sessions))
    for r in 0..<rollCallCount {
      let session = 79 - sessions + r / perSession
      let date = CalendarDate(year: 1945 + session, month: 10, day: 1)!.adding(
        days: r % perSession % 80)
      let id = DocumentID("SYN-\(r + 1)")
      rollCalls.append(
        RollCall(
          id: id, resolution: "A/RES/SYN/\(r + 1)", date: date, session: session,
          title: "Synthetic resolution \(r + 1)", issues: [tag]))
      let cut = 0.8 * ZigguratNormal.next(using: &rng)
      let polarity = rng.next() & 1 == 0 ? 1.0 : -1.0
      for (s, state) in states.enumerated() where state.isMember(on: date) {
        let absent = rng.nextUnit() < 0.06
        let z = polarity * (positions[s] - cut) + 0.5 * ZigguratNormal.next(using: &rng)
        let vote: Vote = absent ? .nonVoting : z > 0.25 ? .yes : z < -0.25 ? .no : .abstain
        votes.append(Dataset.Entry(rollCall: Int32(r), state: Int32(s), vote: vote))
        if s == 0, vote == .yes {
          sponsorships.append(
            Sponsorship(document: id.rawValue, state: states[0].code, role: .mainSponsor))
        }
      }
    }
    let draft = Draft(
      id: DocumentID(draftID), draft: draftID,
      date: CalendarDate(year: 2025, month: 2, day: 24)!, session: 79,
      title: "Synthetic draft", issues: [tag])
    sponsorships.append(Sponsorship(document: draftID, state: states[0].code, role: .mainSponsor))
    return Dataset(
      states: states, rollCalls: rollCalls, drafts: [draft], sponsorships: sponsorships,
      votes: votes)
  }
}
