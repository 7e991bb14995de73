/// Where each row of a loaded dataset came from, by the dataset's indices.
///
/// Kept compact (two 32-bit numbers per row, four bytes per roll-call and
/// state cell) so that the full history costs a few megabytes.
public struct DataProvenance: Sendable {
  /// A row's source: an index into `files` and a 1-based line.
  struct Origin: Sendable, Hashable {
    var file: Int32
    var line: Int32
    var column: Int32 = 0
  }

  /// The files rows came from, as the user named them.
  public let files: [String]
  let states: [Origin]
  let rollCalls: [Origin]
  /// Per roll call: where its recorded totals start (the `yes` field), when it has them.
  let rollCallTotals: [Origin]
  let drafts: [Origin]
  let sponsorships: [Origin]
  /// `rollCalls.count × stateCount` entries, row-major by roll call: an index
  /// into `votes`, or -1 where no row was read.
  let voteCells: [Int32]
  let votes: [Origin]
  let stateCount: Int
  /// Per roll call: whether a vote row naming it was rejected (its totals are not checked).
  let incomplete: [Bool]
  /// Whether some rows or files could not be read (a rejected member-states
  /// row, a ragged row, a file that is not a table), so that counting votes
  /// per roll call would mislead: its totals and empty roll calls are not checked.
  let countsUnreliable: Bool

  init(
    files: [String], states: [Origin], rollCalls: [Origin], rollCallTotals: [Origin],
    drafts: [Origin], sponsorships: [Origin], voteCells: [Int32], votes: [Origin],
    incomplete: [Bool], countsUnreliable: Bool
  ) {
    self.files = files
    self.states = states
    self.rollCalls = rollCalls
    self.rollCallTotals = rollCallTotals
    self.drafts = drafts
    self.sponsorships = sponsorships
    self.voteCells = voteCells
    self.votes = votes
    self.stateCount = states.count
    self.incomplete = incomplete
    self.countsUnreliable = countsUnreliable
  }

  private func location(_ origin: Origin) -> DataLocation {
    DataLocation(
      file: files[Int(origin.file)], line: Int(origin.line),
      column: origin.column > 0 ? Int(origin.column) : nil)
  }

  /// Where the state with dataset index `index` was defined (its first row, when merged).
  public func state(_ index: Int) -> DataLocation { location(states[index]) }

  /// Where the roll call with dataset index `index` was defined.
  public func rollCall(_ index: Int) -> DataLocation { location(rollCalls[index]) }

  /// Where the recorded totals of roll call `index` are (its `yes` field), if it has them.
  public func recordedTotals(_ index: Int) -> DataLocation? {
    rollCallTotals[index].line > 0 ? location(rollCallTotals[index]) : nil
  }

  /// Where the draft with dataset index `index` was defined.
  public func draft(_ index: Int) -> DataLocation { location(drafts[index]) }

  /// Where the sponsorship with dataset index `index` was read.
  public func sponsorship(_ index: Int) -> DataLocation { location(sponsorships[index]) }

  /// Where the vote of `state` on `rollCall` was read (its first row, when
  /// merged), or `nil` when no row was read (a member without one is non-voting).
  public func vote(rollCall: Int, state: Int) -> DataLocation? {
    let entry = voteCells[rollCall * stateCount + state]
    return entry < 0 ? nil : location(votes[Int(entry)])
  }
}
