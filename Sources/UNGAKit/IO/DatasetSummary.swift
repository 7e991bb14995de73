/// Counts and dates that describe a dataset at a glance (what `unga validate` prints).
public struct DatasetSummary: Sendable, Hashable, Codable {
  /// States, current and historical.
  public var stateCount: Int
  /// States without a departure date: the members today.
  public var currentMemberCount: Int
  /// Recorded votes (roll calls).
  public var rollCallCount: Int
  /// Texts without a recorded vote: drafts, and resolutions adopted without a vote.
  public var draftCount: Int
  /// Of `draftCount`, the resolutions adopted without a vote.
  public var adoptedWithoutVoteCount: Int
  /// Vote rows read (a member without a row, counted non-voting, is not one).
  public var voteCount: Int
  /// Sponsorships read.
  public var sponsorshipCount: Int
  /// The earliest roll call or draft date, if there is any.
  public var firstDate: CalendarDate?
  /// The latest roll call or draft date, if there is any.
  public var lastDate: CalendarDate?

  /// Creates a summary from its counts.
  public init(
    stateCount: Int, currentMemberCount: Int, rollCallCount: Int, draftCount: Int,
    voteCount: Int, sponsorshipCount: Int, firstDate: CalendarDate?, lastDate: CalendarDate?,
    adoptedWithoutVoteCount: Int = 0
  ) {
    self.stateCount = stateCount
    self.currentMemberCount = currentMemberCount
    self.rollCallCount = rollCallCount
    self.draftCount = draftCount
    self.adoptedWithoutVoteCount = adoptedWithoutVoteCount
    self.voteCount = voteCount
    self.sponsorshipCount = sponsorshipCount
    self.firstDate = firstDate
    self.lastDate = lastDate
  }

  /// Summarises `dataset`.
  /// - Complexity: O(states + drafts).
  public init(_ dataset: Dataset) {
    stateCount = dataset.states.count
    currentMemberCount = dataset.states.count { $0.isCurrentMember }
    rollCallCount = dataset.rollCalls.count
    draftCount = dataset.drafts.count
    adoptedWithoutVoteCount = dataset.drafts.count(where: \.adoptedWithoutVote)
    voteCount = dataset.recordedVoteCount
    sponsorshipCount = dataset.sponsorships.count
    // Both arrays are sorted by date.
    let firsts = [dataset.rollCalls.first?.date, dataset.drafts.first?.date].compactMap { $0 }
    let lasts = [dataset.rollCalls.last?.date, dataset.drafts.last?.date].compactMap { $0 }
    firstDate = firsts.min()
    lastDate = lasts.max()
  }
}
