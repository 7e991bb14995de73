import Foundation

/// Writes `NativeRows` as a native dataset folder (see `datasets/README.md`).
///
/// Each table is rendered with `CSVWriter` under the column names of
/// `NativeSchema` and written with `AtomicFile`, so an interrupted write never
/// leaves a partial file. Rows are sorted (states by code; roll calls and
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
  /// (and its parents) when needed. Tables with no rows are not written, and
  /// an existing file for them is left alone.
  /// - Returns: the paths written, in the order written.
  /// - Throws: `AtomicFileError` for the first file or folder that cannot be
  ///   written; files written before it stay complete.
  /// - Complexity: O(n log n) in the number of rows.
  @discardableResult
  public static func write(_ rows: NativeRows, to folder: String) throws(AtomicFileError)
    -> [String]
  {
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw AtomicFileError(path: folder, reason: "cannot create the folder: \(reason(error))")
    }
    var written: [String] = []
    func put(_ name: String, _ text: String) throws(AtomicFileError) {
      let path = (folder as NSString).appendingPathComponent(name)
      try AtomicFile.write(text, to: path)
      written.append(path)
    }
    if !rows.memberStates.isEmpty {
      try put(NativeSchema.MemberStates.fileName, memberStatesCSV(rows.memberStates))
    }
    if !rows.rollCalls.isEmpty || !rows.drafts.isEmpty {
      try put(NativeSchema.Resolutions.fileName, resolutionsCSV(rows.rollCalls, rows.drafts))
    }
    if !rows.votes.isEmpty {
      try put(NativeSchema.Votes.fileName, votesCSV(rows.votes, rollCalls: rows.rollCalls))
    }
    if !rows.sponsorships.isEmpty {
      try put(NativeSchema.Sponsors.fileName, sponsorsCSV(rows.sponsorships))
    }
    return written
  }

  /// The system's words for a failed file operation ("Not a directory"),
  /// rather than the whole error object.
  private static func reason(_ error: any Error) -> String {
    if let underlying = (error as? CocoaError)?.underlying.map({ $0 as NSError }),
      underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(truncatingIfNeeded: underlying.code)))
    }
    return (error as NSError).localizedDescription
  }

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
