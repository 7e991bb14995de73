/// One row of `votes.csv`: how one state voted on one roll call.
///
/// The importers produce these; `Dataset.Entry` is the indexed form a loader builds.
public struct VoteRecord: Sendable, Hashable, Codable {
  /// The roll call's `id` in `resolutions.csv`.
  public var rollCall: RollCall.ID
  /// The voting state's alpha-3 (or documented historical) code.
  public var state: MemberState.Code
  public var vote: Vote

  public init(rollCall: RollCall.ID, state: MemberState.Code, vote: Vote) {
    self.rollCall = rollCall
    self.state = state
    self.vote = vote
  }
}
