/// Everything `unga show` reports about one roll call or draft: the record
/// itself, the tally and result, votes by regional group and by member, and
/// sponsors.
///
/// Exactly one of `rollCall` and `draft` is set. A draft has no vote yet:
/// `tally`, `adopted`, `yesNeeded` are `nil` and `groups` and `votes` are empty. Encoded as JSON, `tally` is an object with
/// the integer fields `yes`, `no`, `abstain` and `nonVoting`, and each vote
/// is its native CSV word (`yes`, `no`, `abstain`, `non-voting`).
public struct RollCallSummary: Sendable, Hashable, Codable {
  /// Whether the text was voted on, adopted without a vote, or is a draft.
  public enum Status: String, Sendable, Hashable, Codable {
    case voted
    case draft
    /// Adopted without a vote (by consensus): an outcome with no tally.
    case adoptedWithoutVote = "adopted-without-vote"
  }

  /// How one member state voted.
  public struct MemberVote: Sendable, Hashable, Codable {
    public var state: MemberState.Code
    public var name: String
    public var group: RegionalGroup
    public var vote: Vote

    public init(state: MemberState.Code, name: String, group: RegionalGroup, vote: Vote) {
      self.state = state
      self.name = name
      self.group = group
      self.vote = vote
    }

    private enum CodingKeys: String, CodingKey { case state, name, group, vote }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      state = try container.decode(MemberState.Code.self, forKey: .state)
      name = try container.decode(String.self, forKey: .name)
      group = try container.decode(RegionalGroup.self, forKey: .group)
      let word = try container.decode(String.self, forKey: .vote)
      guard let vote = Vote(text: word) else {
        throw DecodingError.dataCorruptedError(
          forKey: .vote, in: container,
          debugDescription: "expected yes, no, abstain or non-voting, found '\(word)'")
      }
      self.vote = vote
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(state, forKey: .state)
      try container.encode(name, forKey: .name)
      try container.encode(group, forKey: .group)
      try container.encode(vote.csvName, forKey: .vote)
    }
  }

  /// The tally among the members of one regional group.
  public struct GroupTally: Sendable, Hashable, Codable {
    public var group: RegionalGroup
    public var tally: Tally

    public init(group: RegionalGroup, tally: Tally) {
      self.group = group
      self.tally = tally
    }
  }

  /// One sponsoring state; `name` is `nil` when the dataset does not know the code.
  public struct Sponsor: Sendable, Hashable, Codable {
    public var state: MemberState.Code
    public var name: String?
    public var role: Sponsorship.Role
    public var joined: CalendarDate?

    public init(
      state: MemberState.Code, name: String?, role: Sponsorship.Role, joined: CalendarDate?
    ) {
      self.state = state
      self.name = name
      self.role = role
      self.joined = joined
    }
  }

  /// Whether this is a roll call or a draft.
  public var status: Status
  /// The roll call as recorded (with its recorded totals, if any); `nil` for a draft.
  public var rollCall: RollCall?
  /// The draft as recorded; `nil` for a roll call.
  public var draft: Draft?
  /// The votes counted over the members on the day; `nil` for a draft.
  public var tally: Tally?
  /// Whether `tally` adopts the text under its majority rule; `nil` for a draft.
  public var adopted: Bool?
  /// The fewest yes votes that would have adopted it, given its no votes; `nil` for a draft.
  public var yesNeeded: Int?
  /// The tally within each regional group that had members that day, in
  /// `RegionalGroup.allCases` order.
  public var groups: [GroupTally]
  /// Every member's vote, by state code.
  public var votes: [MemberVote]
  /// Each sponsoring state once, main sponsors first, then co-sponsors, each
  /// in the dataset's order. A state recorded more than once (under the draft
  /// and the resolution symbol, say) keeps its first record of the first role.
  public var sponsors: [Sponsor]

  /// The summary of `dataset.rollCalls[rollCall]`.
  ///
  /// `rollCall` must be a valid index, as `Dataset.rollCallIndex(_:)` returns.
  /// - Complexity: O(s + p) for s states and p sponsorships of the text.
  public init(dataset: Dataset, rollCall: Int) {
    let record = dataset.rollCalls[rollCall]
    let tally = dataset.tally(rollCall: rollCall)
    var votes: [MemberVote] = []
    var byGroup: [RegionalGroup: Tally] = [:]
    for (index, state) in dataset.states.enumerated() {
      guard let vote = dataset.vote(rollCall: rollCall, state: index) else { continue }
      votes.append(MemberVote(state: state.code, name: state.name, group: state.group, vote: vote))
      byGroup[state.group, default: Tally()][vote] += 1
    }
    status = .voted
    self.rollCall = record
    draft = nil
    self.tally = tally
    adopted = record.majority.adopts(yes: tally.yes, no: tally.no)
    yesNeeded = record.majority.yesNeeded(no: tally.no)
    groups = RegionalGroup.allCases.compactMap { group in
      byGroup[group].map { GroupTally(group: group, tally: $0) }
    }
    self.votes = votes
    sponsors = RollCallSummary.sponsors(dataset.sponsorships(rollCall: rollCall), in: dataset)
  }

  /// The summary of `dataset.drafts[draft]`: the draft and its sponsors, no tally.
  ///
  /// `draft` must be a valid index, as `Dataset.draftIndex(_:)` returns.
  public init(dataset: Dataset, draft: Int) {
    self.draft = dataset.drafts[draft]
    status = self.draft?.adoptedWithoutVote == true ? .adoptedWithoutVote : .draft
    rollCall = nil
    tally = nil
    adopted = nil
    yesNeeded = nil
    groups = []
    votes = []
    sponsors = RollCallSummary.sponsors(dataset.sponsorships(draft: draft), in: dataset)
  }

  /// The summary of the roll call a user named by id, resolution or draft
  /// symbol, or else of the draft so named; `nil` when neither exists.
  public init?(dataset: Dataset, key: String) {
    if let index = dataset.rollCallIndex(key) {
      self.init(dataset: dataset, rollCall: index)
    } else if let index = dataset.draftIndex(key) {
      self.init(dataset: dataset, draft: index)
    } else {
      return nil
    }
  }

  /// The roll call's or draft's id.
  public var id: DocumentID { rollCall?.id ?? draft?.id ?? "" }

  /// The symbol a reader knows the text by: for a roll call its resolution,
  /// else its draft symbol; for a draft its draft symbol, else its resolution
  /// (a text adopted without a vote: its resolution first); else the id.
  public var symbol: String {
    if let rollCall { return rollCall.resolution ?? rollCall.draft ?? rollCall.id.rawValue }
    if let draft, draft.adoptedWithoutVote, let resolution = draft.resolution { return resolution }
    if let draft { return draft.draft ?? draft.resolution ?? draft.id.rawValue }
    return ""
  }

  /// The majority the decision needs.
  public var majority: MajorityRule { rollCall?.majority ?? draft?.majority ?? .simple }

  private static func sponsors(_ sponsorships: [Sponsorship], in dataset: Dataset) -> [Sponsor] {
    var seen = Set<MemberState.Code>()
    let ordered = Sponsorship.Role.allCases.flatMap { role in
      sponsorships.filter { $0.role == role }
    }
    return ordered.filter { seen.insert($0.state).inserted }.map { sponsorship in
      Sponsor(
        state: sponsorship.state,
        name: dataset.stateIndex(sponsorship.state).map { dataset.states[$0].name },
        role: sponsorship.role, joined: sponsorship.joined)
    }
  }
}
