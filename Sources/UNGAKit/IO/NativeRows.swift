/// The rows of a native dataset folder, ready to be written by `NativeDatasetWriter`.
///
/// Importers return one of these; each array becomes one file
/// (`member-states.csv`, `resolutions.csv` for roll calls and drafts,
/// `votes.csv`, `sponsors.csv`). The order of the arrays does not matter: the
/// writer sorts rows so that the same rows always give the same bytes.
public struct NativeRows: Sendable, Hashable {
  public var memberStates: [MemberState]
  public var rollCalls: [RollCall]
  public var drafts: [Draft]
  public var votes: [VoteRecord]
  public var sponsorships: [Sponsorship]

  public init(
    memberStates: [MemberState] = [], rollCalls: [RollCall] = [], drafts: [Draft] = [],
    votes: [VoteRecord] = [], sponsorships: [Sponsorship] = []
  ) {
    self.memberStates = memberStates
    self.rollCalls = rollCalls
    self.drafts = drafts
    self.votes = votes
    self.sponsorships = sponsorships
  }

  /// Whether there is no row at all.
  public var isEmpty: Bool {
    memberStates.isEmpty && rollCalls.isEmpty && drafts.isEmpty && votes.isEmpty
      && sponsorships.isEmpty
  }

  /// The rows about documents tagged `tag`: those roll calls and their votes,
  /// those drafts (except a draft whose symbol or resolution is one of the
  /// selected roll calls: the vote already stands for it), and the
  /// sponsorships of any selected document (by id, resolution or draft symbol).
  /// Member states are kept.
  /// - Complexity: O(n) in the number of rows.
  public func selecting(tag: IssueTag) -> NativeRows {
    let rollCalls = rollCalls.filter { $0.issues.contains(tag) }
    var keys = Set<String>()
    for rollCall in rollCalls {
      keys.insert(rollCall.id.rawValue)
      if let resolution = rollCall.resolution { keys.insert(resolution) }
      if let draft = rollCall.draft { keys.insert(draft) }
    }
    let drafts = drafts.filter { draft in
      draft.issues.contains(tag)
        && !(draft.draft.map(keys.contains) ?? false)
        && !(draft.resolution.map(keys.contains) ?? false)
    }
    for draft in drafts {
      keys.insert(draft.id.rawValue)
      if let symbol = draft.draft { keys.insert(symbol) }
      if let resolution = draft.resolution { keys.insert(resolution) }
    }
    let ids = Set(rollCalls.map(\.id))
    return NativeRows(
      memberStates: memberStates, rollCalls: rollCalls, drafts: drafts,
      votes: votes.filter { ids.contains($0.rollCall) },
      sponsorships: sponsorships.filter { keys.contains($0.document) })
  }

  /// These rows followed by `other`'s, with exact duplicates removed (the first kept).
  ///
  /// Rows that share a key but differ (two roll calls with one id, two votes
  /// of one state on one roll call) are all kept: the loader's validator
  /// reports them.
  /// - Complexity: O(n) in the number of rows.
  public func merged(with other: NativeRows) -> NativeRows {
    func unique<T: Hashable>(_ rows: [T]) -> [T] {
      var seen = Set<T>()
      return rows.filter { seen.insert($0).inserted }
    }
    return NativeRows(
      memberStates: unique(memberStates + other.memberStates),
      rollCalls: unique(rollCalls + other.rollCalls),
      drafts: unique(drafts + other.drafts),
      votes: unique(votes + other.votes),
      sponsorships: unique(sponsorships + other.sponsorships))
  }
}
