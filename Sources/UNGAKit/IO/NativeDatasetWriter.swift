import Foundation

/// Writes `NativeRows` as a native dataset folder (see `datasets/README.md`).
///
/// Each table is rendered with `CSVWriter` under the column names of
/// `NativeSchema` and the folder written with `AtomicFolder`, so an interrupted
/// write never leaves a partial file nor a mix of old and new tables. Rows are sorted (states by code; roll calls and
/// drafts by date, then id in natural order; votes by their roll call's
/// position, then state; sponsorships by document, role, state), so the same
/// rows always give the same bytes whatever order an importer produced them in.
public enum NativeDatasetWriter {
  /// `member-states.csv` columns, in the order written.
  public static let memberStateColumns = [
    "code", "alpha2", "name", "group", "admitted", "departed",
  ]
  /// `resolutions.csv` columns, in the order written.
  public static let resolutionColumns = [
    "id", "status", "resolution", "draft", "date", "session", "title", "issues", "majority",
    "amendment", "paragraph", "important", "yes", "no", "abstain", "non_voting",
  ]
  /// `resolutions.csv` columns written after `resolutionColumns` only when a
  /// row has a value in them, so a dataset without reports or subjects keeps
  /// its bytes.
  public static let optionalResolutionColumns = ["report", "subjects"]
  /// `votes.csv` columns, in the order written.
  public static let voteColumns = ["id", "state", "vote"]
  /// `sponsors.csv` columns, in the order written.
  public static let sponsorColumns = ["document", "state", "role", "joined"]

  /// Writes every non-empty table of `rows` into `folder`, creating the folder
  /// (and its parents) when needed, through `AtomicFolder`: the folder's
  /// tables are replaced as a whole, so a reader sees the old dataset or the
  /// new one, never new tables beside old ones. A table of the old folder
  /// with no rows now is removed; files that are not tables (a README) stay.
  /// - Returns: the paths written, in the order written.
  /// - Throws: `AtomicFileError` for the folder or file that cannot be
  ///   written; the folder is then left as it was.
  /// - Complexity: O(n log n) in the number of rows.
  @discardableResult
  public static func write(_ rows: NativeRows, to folder: String) throws(AtomicFileError)
    -> [String]
  {
    var files: [AtomicFolder.Entry] = []
    func put(_ name: String, _ text: String) { files.append((name, Array(text.utf8))) }
    if !rows.memberStates.isEmpty {
      put(NativeSchema.MemberStates.fileName, memberStatesCSV(rows.memberStates))
    }
    if !rows.rollCalls.isEmpty || !rows.drafts.isEmpty {
      put(NativeSchema.Resolutions.fileName, resolutionsCSV(rows.rollCalls, rows.drafts))
    }
    if !rows.votes.isEmpty {
      put(NativeSchema.Votes.fileName, votesCSV(rows.votes, rollCalls: rows.rollCalls))
    }
    if !rows.sponsorships.isEmpty {
      put(NativeSchema.Sponsors.fileName, sponsorsCSV(rows.sponsorships))
    }
    return try AtomicFolder.write(files, to: folder, owning: tableFileNames)
  }

  /// The file names of the native tables: the files a dataset folder's writer owns.
  public static let tableFileNames: Set<String> = [
    NativeSchema.MemberStates.fileName, NativeSchema.Resolutions.fileName,
    NativeSchema.Votes.fileName, NativeSchema.Sponsors.fileName,
  ]

  /// The text of `member-states.csv`, sorted by code.
  public static func memberStatesCSV(_ states: [MemberState]) -> String {
    var csv = CSVWriter(header: memberStateColumns)
    for state in states.sorted(by: { $0.code < $1.code }) {
      csv.appendRow([
        state.code.rawValue, state.alpha2 ?? "", state.name, state.group.rawValue,
        state.admitted.description, state.departed?.description ?? "",
      ])
    }
    return csv.text
  }

  /// The text of `resolutions.csv`: roll calls (`voted`), drafts (`draft`)
  /// and resolutions adopted without a vote (`adopted`), by date, then id.
  /// The columns of `optionalResolutionColumns` follow when any row uses them.
  public static func resolutionsCSV(_ rollCalls: [RollCall], _ drafts: [Draft]) -> String {
    var rows: [(date: CalendarDate, id: String, fields: [String], extra: [String])] = []
    func flag(_ value: Bool) -> String { value ? "1" : "0" }
    func tags(_ issues: [IssueTag]) -> String { issues.map(\.rawValue).joined(separator: ";") }
    func subjects(_ list: [String]) -> String { list.joined(separator: ";") }
    for call in rollCalls {
      let tally = call.recordedTally
      rows.append(
        (
          call.date, call.id.rawValue,
          [
            call.id.rawValue, "voted", call.resolution ?? "", call.draft ?? "",
            call.date.description, String(call.session), call.title, tags(call.issues),
            call.majority.rawValue, flag(call.isAmendment), flag(call.isParagraph),
            flag(call.isImportant), tally.map { String($0.yes) } ?? "",
            tally.map { String($0.no) } ?? "", tally.map { String($0.abstain) } ?? "",
            tally.map { String($0.nonVoting) } ?? "",
          ],
          [call.report ?? "", subjects(call.subjects)]
        ))
    }
    for draft in drafts {
      rows.append(
        (
          draft.date, draft.id.rawValue,
          [
            draft.id.rawValue, draft.adoptedWithoutVote ? "adopted" : "draft",
            draft.resolution ?? "", draft.draft ?? "", draft.date.description,
            String(draft.session), draft.title, tags(draft.issues), draft.majority.rawValue, "",
            "", "", "", "", "", "",
          ],
          [draft.report ?? "", subjects(draft.subjects)]
        ))
    }
    rows.sort { $0.date != $1.date ? $0.date < $1.date : NaturalOrder.less($0.id, $1.id) }
    let extended = rows.contains { $0.extra.contains { !$0.isEmpty } }
    var csv = CSVWriter(
      header: resolutionColumns + (extended ? optionalResolutionColumns : []))
    for row in rows { csv.appendRow(row.fields + (extended ? row.extra : [])) }
    return csv.text
  }

  /// The text of `votes.csv`: grouped by roll call in the order of
  /// `resolutions.csv` (votes on ids not in `rollCalls` last, by id), then by state.
  public static func votesCSV(_ votes: [VoteRecord], rollCalls: [RollCall]) -> String {
    let order = rollCalls.sorted {
      $0.date != $1.date ? $0.date < $1.date : NaturalOrder.less($0.id.rawValue, $1.id.rawValue)
    }
    var position: [RollCall.ID: Int] = [:]
    for (index, call) in order.enumerated() where position[call.id] == nil {
      position[call.id] = index
    }
    // Look each position up once: the history has close to a million votes.
    var keyed = votes.map { (position: position[$0.rollCall] ?? Int.max, vote: $0) }
    keyed.sort { x, y in
      if x.position != y.position { return x.position < y.position }
      let a = x.vote
      let b = y.vote
      if a.rollCall != b.rollCall {
        return NaturalOrder.less(a.rollCall.rawValue, b.rollCall.rawValue)
      }
      if a.state != b.state { return a.state < b.state }
      return a.vote.rawValue < b.vote.rawValue
    }
    let sorted = keyed.map(\.vote)
    var csv = CSVWriter(header: voteColumns)
    for vote in sorted {
      csv.appendRow([vote.rollCall.rawValue, vote.state.rawValue, vote.vote.csvName])
    }
    return csv.text
  }

  /// The text of `sponsors.csv`, by document, then role (main sponsors first), then state.
  public static func sponsorsCSV(_ sponsorships: [Sponsorship]) -> String {
    let sorted = sponsorships.sorted { a, b in
      if a.document != b.document { return NaturalOrder.less(a.document, b.document) }
      if a.role != b.role { return a.role == .mainSponsor }
      if a.state != b.state { return a.state < b.state }
      return (a.joined?.description ?? "") < (b.joined?.description ?? "")
    }
    var csv = CSVWriter(header: sponsorColumns)
    for sponsorship in sorted {
      csv.appendRow([
        sponsorship.document, sponsorship.state.rawValue, sponsorship.role.rawValue,
        sponsorship.joined?.description ?? "",
      ])
    }
    return csv.text
  }
}
