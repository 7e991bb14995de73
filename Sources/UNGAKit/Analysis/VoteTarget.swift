/// The text whose vote is modelled: a draft without a recorded vote, or a
/// recorded roll call treated as if its outcome were unknown (for backtests).
public struct VoteTarget: Sendable, Hashable, Codable {
  /// Whether the target is a draft or a recorded roll call.
  public enum Kind: String, Sendable, Hashable, Codable {
    case draft
    case rollCall = "roll-call"
  }

  public var kind: Kind
  /// The dataset id (`A/ES-11/L.10`, `unvotes-5309`).
  public var id: DocumentID
  /// The draft symbol, when known.
  public var draft: String?
  /// The resolution symbol, when known.
  public var resolution: String?
  public var title: String
  /// The day of the vote (or the day a draft was tabled).
  public var date: CalendarDate
  /// The regular session.
  public var session: Int
  public var issues: [IssueTag]
  /// The majority the text needs, as recorded.
  public var majority: MajorityRule
  /// The recorded sponsors, in dataset order, one entry per state.
  public var sponsors: [MemberState.Code]

  /// Finds `key` (an id, draft symbol or resolution symbol) among the roll calls
  /// and the drafts.
  ///
  /// A text with a recorded vote is that roll call (`kind` `.rollCall`), also when `key` names
  /// its draft (a draft whose resolution or draft symbol a roll call carries): modelling it
  /// replays the vote, with the sponsors of both records. A draft without a recorded vote is
  /// a draft.
  /// - Throws: `AnalysisError.unknownDocument` when neither has it.
  /// - Complexity: O(s) in the number of sponsorships of the text.
  public init(dataset: Dataset, key: String) throws(AnalysisError) {
    let draftIndex = dataset.draftIndex(key)
    let voted =
      dataset.rollCallIndex(key)
      ?? draftIndex.flatMap { index in
        let draft = dataset.drafts[index]
        return [draft.resolution, draft.draft].lazy.compactMap { $0 }
          .compactMap(dataset.rollCallIndex).first
      }
    if let index = voted {
      let rollCall = dataset.rollCalls[index]
      let draftOfVote =
        draftIndex
        ?? [rollCall.resolution, rollCall.draft].lazy.compactMap { $0 }
        .compactMap(dataset.draftIndex).first
      let drafted = draftOfVote.map { dataset.sponsorships(draft: $0) } ?? []
      self.init(
        kind: .rollCall, id: rollCall.id,
        draft: rollCall.draft ?? draftOfVote.flatMap { dataset.drafts[$0].draft },
        resolution: rollCall.resolution,
        title: rollCall.title, date: rollCall.date, session: rollCall.session,
        issues: rollCall.issues, majority: rollCall.majority,
        sponsorships: dataset.sponsorships(rollCall: index) + drafted)
    } else if let index = draftIndex {
      let draft = dataset.drafts[index]
      self.init(
        kind: .draft, id: draft.id, draft: draft.draft, resolution: draft.resolution,
        title: draft.title, date: draft.date, session: draft.session, issues: draft.issues,
        majority: draft.majority, sponsorships: dataset.sponsorships(draft: index))
    } else {
      throw .unknownDocument(key)
    }
  }

  private init(
    kind: Kind, id: DocumentID, draft: String?, resolution: String?, title: String,
    date: CalendarDate, session: Int, issues: [IssueTag], majority: MajorityRule,
    sponsorships: [Sponsorship]
  ) {
    self.kind = kind
    self.id = id
    self.draft = draft
    self.resolution = resolution
    self.title = title
    self.date = date
    self.session = session
    self.issues = issues
    self.majority = majority
    var seen = Set<MemberState.Code>()
    self.sponsors = sponsorships.map(\.state).filter { seen.insert($0).inserted }
  }

  /// The symbol a reader knows the text by: the draft symbol, else the
  /// resolution symbol, else the id.
  public var symbol: String { draft ?? resolution ?? id.rawValue }
}
