import Foundation

/// Imports Erik Voeten's UN General Assembly roll calls as packaged by the R
/// package `unvotes` (`un_roll_calls.csv`, `un_votes.csv`, `un_roll_call_issues.csv`).
///
/// - Ids are `unvotes-<rcid>`. Resolution symbols `R/<session>/<number>` become
///   `A/RES/<session>/<number>`; other symbols are kept as they are.
/// - Titles: the first of `short`, `descr` that reads like a document title
///   (`… : resolution / adopted by …`, cut before " : resolution"), else
///   `short`, else `descr`; surrounding spaces trimmed.
/// - Empty `importantvote`, `amend`, `para` flags are 0. The majority is simple
///   (the source does not say which votes needed two thirds).
/// - Issue codes (`me`, `nu`, …) become issue tags, with the curated tags added.
/// - Country codes are ISO alpha-2 with the source's own conventions: `RU` is
///   the USSR before 24 December 1991, `YU` is the SFRY before 1 November
///   2000 and Serbia (the FRY) after, `NA` is Namibia; rows with an empty code
///   are mapped by country name (`Federal Republic of Germany`, `Yemen Arab
///   Republic`, `Zanzibar`) through the name resolver.
/// - Dates: before 1997 the source's day of the month is not the day of the
///   vote (it matches the weekday number), only year and month are reliable.
///   A roll call whose date falls before the admission (or after the
///   departure) of a state that voted in it is moved to the first (last) day
///   consistent with every voter's membership, and a note says so. If no day
///   fits, the date stays and the votes of non-members are rejected.
///
/// Every row of the three files is imported or rejected with its line.
public struct UnvotesImporter: Sendable {
  /// Maps the source's codes and names to member-state codes.
  public var resolver: StateNameResolver
  /// Curated tags and facts applied to every roll call.
  public var annotations: CuratedAnnotations

  public init(resolver: StateNameResolver, annotations: CuratedAnnotations = CuratedAnnotations()) {
    self.resolver = resolver
    self.annotations = annotations
  }

  /// Header columns of the three files.
  public static let rollCallColumns = [
    "rcid", "session", "importantvote", "date", "unres", "amend", "para", "short", "descr",
  ]
  public static let voteColumns = ["rcid", "country", "country_code", "vote"]
  public static let issueColumns = ["rcid", "short_name", "issue"]

  /// Codes the source uses for a seat held by different states over time: the
  /// code applies before `until` (exclusive), the last entry after.
  static let seatHolders: [String: [(code: MemberState.Code, until: CalendarDate?)]] = [
    "RU": [("SUN", CalendarDate(year: 1991, month: 12, day: 24)), ("RUS", nil)],
    "YU": [("YUG", CalendarDate(year: 2000, month: 11, day: 1)), ("SRB", nil)],
  ]

  /// Imports the files at `paths`, recognised by their headers (any order).
  /// Several files of one kind are combined (a roll call's votes may come
  /// from any vote file); the issues files are optional.
  /// - Throws: `ImportError` when a file is unreadable or malformed, a header
  ///   is not one of the three, or no roll-call or no vote file is given.
  public func importFiles(_ paths: [String]) throws(ImportError) -> ImportResult {
    var rollCalls: [CSVDocument] = []
    var votes: [CSVDocument] = []
    var issues: [CSVDocument] = []
    for path in paths {
      let table = try SourceTable(path: path)
      if table.has(["rcid", "importantvote", "unres"]) {
        rollCalls.append(table.document)
      } else if table.has(["rcid", "country_code", "vote"]) {
        votes.append(table.document)
      } else if table.has(["rcid", "short_name"]) {
        issues.append(table.document)
      } else {
        throw ImportError.unrecognized(
          file: path, header: table.header,
          expected:
            "un_roll_calls.csv (rcid,session,importantvote,date,unres,…), un_votes.csv (rcid,country,country_code,vote) or un_roll_call_issues.csv (rcid,short_name,issue)"
        )
      }
    }
    guard !rollCalls.isEmpty, !votes.isEmpty else {
      throw ImportError.missingInput(
        importer: "unvotes",
        expected: "un_roll_calls.csv and un_votes.csv (and optionally un_roll_call_issues.csv)")
    }
    return try run(rollCalls: rollCalls, votes: votes, issues: issues)
  }

  /// Imports one parsed document of each kind.
  /// - Throws: `ImportError.missingColumns` when a header lacks a column.
  public func run(rollCalls: CSVDocument, votes: CSVDocument, issues: CSVDocument?)
    throws(ImportError) -> ImportResult
  {
    try run(rollCalls: [rollCalls], votes: [votes], issues: issues.map { [$0] } ?? [])
  }

  /// A data row of one of the input documents: the table and the record in it.
  private struct Row {
    var table: Int
    var record: Int
  }

  /// Imports parsed documents, several of each kind. A roll call's rcid must
  /// be unique over all roll-call files; votes and issue codes may refer to a
  /// roll call of any file.
  /// - Throws: `ImportError.missingColumns` when a header lacks a column.
  /// - Complexity: O(n) in the number of rows, plus sorting the output.
  public func run(rollCalls: [CSVDocument], votes: [CSVDocument], issues: [CSVDocument])
    throws(ImportError) -> ImportResult
  {
    let callTables = rollCalls.map(SourceTable.init(document:))
    let voteTables = votes.map(SourceTable.init(document:))
    let issueTables = issues.map(SourceTable.init(document:))
    var c: [[Int]] = []
    for table in callTables { c.append(try table.require(Self.rollCallColumns)) }
    var v: [[Int]] = []
    for table in voteTables { v.append(try table.require(Self.voteColumns)) }
    var t: [[Int]] = []
    for table in issueTables { t.append(try table.require(["rcid", "short_name"])) }

    var rejected: [ImportIssue] = []
    var notes: [ImportIssue] = []
    var callCounts = callTables.map { ImportResult.FileCount(file: $0.file) }
    var voteCounts = voteTables.map { ImportResult.FileCount(file: $0.file) }
    var issueCounts = issueTables.map { ImportResult.FileCount(file: $0.file) }
    /// Where a row is, for messages: the line, with the file when it differs from `here`.
    func place(_ tables: [SourceTable], _ row: Row, from here: Int) -> String {
      let line = tables[row.table].line(row.record)
      return row.table == here ? "line \(line)" : "\(tables[row.table].file):\(line)"
    }

    // Roll calls.
    var calls: [RollCall] = []
    var callRow: [Row] = []
    var indexByRcid: [Int: Int] = [:]
    for (n, callTable) in callTables.enumerated() {
      for record in callTable.rows {
        callCounts[n].rows += 1
        func reject(_ message: String) { rejected.append(callTable.issue(record, message)) }
        if let problem = callTable.shapeProblem(record) {
          reject(problem)
          continue
        }
        let field = { (k: Int) in callTable.trimmed(record, c[n][k]) }
        guard let rcid = Int(field(0)), rcid > 0 else {
          reject("bad rcid: '\(field(0))'; expected a positive integer")
          continue
        }
        if let first = indexByRcid[rcid] {
          reject(
            "duplicate rcid: \(rcid) is already on \(place(callTables, callRow[first], from: n))")
          continue
        }
        guard let session = Int(field(1)), session > 0 else {
          reject("bad session: '\(field(1))'; expected a positive integer")
          continue
        }
        guard let date = CalendarDate(iso: field(3)) else {
          reject("bad date: '\(field(3))'; expected YYYY-MM-DD")
          continue
        }
        var flags: [Bool] = []
        var badFlag: String?
        for (k, name) in [(2, "importantvote"), (5, "amend"), (6, "para")] where badFlag == nil {
          switch field(k) {
          case "", "0": flags.append(false)
          case "1": flags.append(true)
          default: badFlag = "bad \(name) flag: '\(field(k))'; expected 0, 1 or empty"
          }
        }
        if let badFlag {
          reject(badFlag)
          continue
        }
        var title = Self.title(short: field(7), description: field(8))
        if title.isEmpty {
          title = Self.resolutionSymbol(field(4)) ?? "Roll call \(rcid) (untitled in the source)"
          notes.append(
            callTable.issue(
              record, "no title: rcid \(rcid) has empty short and descr; titled '\(title)'"))
        }
        indexByRcid[rcid] = calls.count
        callRow.append(Row(table: n, record: record))
        calls.append(
          RollCall(
            id: RollCall.ID("unvotes-\(rcid)"), resolution: Self.resolutionSymbol(field(4)),
            date: date, session: session, title: title, isAmendment: flags[1],
            isParagraph: flags[2], isImportant: flags[0]))
        callCounts[n].imported += 1
      }
    }

    // Issue tags.
    for (n, issueTable) in issueTables.enumerated() {
      for record in issueTable.rows {
        issueCounts[n].rows += 1
        if let problem = issueTable.shapeProblem(record) {
          rejected.append(issueTable.issue(record, problem))
          continue
        }
        let rcidText = issueTable.trimmed(record, t[n][0])
        let tag = issueTable.trimmed(record, t[n][1]).lowercased()
        guard let rcid = Int(rcidText), let index = indexByRcid[rcid] else {
          rejected.append(
            issueTable.issue(
              record, "unknown roll call: rcid '\(rcidText)' is not an imported roll call"))
          continue
        }
        guard !tag.isEmpty, !tag.contains(";") else {
          rejected.append(
            issueTable.issue(record, "bad issue code: '\(tag)'; expected a short code such as me"))
          continue
        }
        if !calls[index].issues.contains(IssueTag(rawValue: tag)) {
          calls[index].issues.append(IssueTag(rawValue: tag))
        }
        issueCounts[n].imported += 1
      }
    }

    // Votes, grouped by roll call.
    var votesByCall = [[(state: MemberState.Code, vote: Vote, row: Row)]](
      repeating: [], count: calls.count)
    for (n, voteTable) in voteTables.enumerated() {
      for record in voteTable.rows {
        voteCounts[n].rows += 1
        func reject(_ message: String, at column: Int? = nil) {
          rejected.append(voteTable.issue(record, at: column, message))
        }
        if let problem = voteTable.shapeProblem(record) {
          reject(problem)
          continue
        }
        let rcidText = voteTable.trimmed(record, v[n][0])
        guard let rcid = Int(rcidText), let index = indexByRcid[rcid] else {
          reject("unknown roll call: rcid '\(rcidText)' is not an imported roll call", at: v[n][0])
          continue
        }
        let voteText = voteTable.trimmed(record, v[n][3])
        let vote: Vote
        switch voteText {
        case "yes": vote = .yes
        case "no": vote = .no
        case "abstain": vote = .abstain
        default:
          reject("bad vote: '\(voteText)'; expected yes, no or abstain", at: v[n][3])
          continue
        }
        let country = voteTable.trimmed(record, v[n][1])
        let code = voteTable.trimmed(record, v[n][2])
        guard let state = stateCode(code: code, country: country, on: calls[index].date) else {
          reject(
            code.isEmpty
              ? "unmapped country: '\(country)' has no code and its name is not in the member-states table or the aliases"
              : "unmapped country code: '\(code)' (\(country)); expected an alpha-2 code of the member-states table",
            at: code.isEmpty ? v[n][1] : v[n][2])
          continue
        }
        votesByCall[index].append((state, vote, Row(table: n, record: record)))
      }
    }

    // Duplicates, dates against membership, and the output rows.
    var records: [VoteRecord] = []
    records.reserveCapacity(voteCounts.reduce(0) { $0 + $1.rows })
    for index in calls.indices {
      var seen: [MemberState.Code: Row] = [:]
      var cast: [(state: MemberState.Code, vote: Vote, row: Row)] = []
      for entry in votesByCall[index] {
        let table = voteTables[entry.row.table]
        if let first = seen[entry.state] {
          rejected.append(
            table.issue(
              entry.row.record,
              "duplicate vote: \(entry.state) already voted in \(calls[index].id) on \(place(voteTables, first, from: entry.row.table))"
            ))
          continue
        }
        seen[entry.state] = entry.row
        cast.append(entry)
      }
      let callTable = callTables[callRow[index].table]
      if let note = reconcile(
        &calls[index], voters: cast.map(\.state), file: callTable.file,
        line: callTable.line(callRow[index].record))
      {
        notes.append(note)
      }
      for entry in cast {
        guard let state = resolver.states[entry.state], state.isMember(on: calls[index].date) else {
          rejected.append(
            voteTables[entry.row.table].issue(
              entry.row.record,
              "vote by a non-member: \(entry.state) was not a member on \(calls[index].date) and no date fits every voter of \(calls[index].id)"
            ))
          continue
        }
        records.append(VoteRecord(rollCall: calls[index].id, state: entry.state, vote: entry.vote))
        voteCounts[entry.row.table].imported += 1
      }
      calls[index].issues.sort()
      annotations.apply(to: &calls[index])
    }
    var files = callCounts + voteCounts + issueCounts
    for index in files.indices { files[index].rejected = files[index].rows - files[index].imported }
    return ImportResult(
      rows: NativeRows(rollCalls: calls, votes: records), files: files,
      rejected: rejected.sorted { ($0.file, $0.line) < ($1.file, $1.line) }, notes: notes)
  }

  /// The member-state code for a source row, or `nil`.
  func stateCode(code: String, country: String, on date: CalendarDate) -> MemberState.Code? {
    if code.isEmpty { return resolver.code(forName: country, on: date) }
    if let holders = Self.seatHolders[code] {
      let holder = holders.first { $0.until.map { date < $0 } ?? true }
      return holder.map(\.code).flatMap { resolver.contains($0) ? $0 : nil }
    }
    return resolver.code(forAlpha2: code, on: date)
  }

  /// Moves `rollCall.date` into the period when every voter was a member, if it is outside.
  /// - Returns: a note when the date moved.
  func reconcile(
    _ rollCall: inout RollCall, voters: [MemberState.Code], file: String, line: Int
  ) -> ImportIssue? {
    var latestAdmission: (date: CalendarDate, code: MemberState.Code)?
    var earliestDeparture: (date: CalendarDate, code: MemberState.Code)?
    for code in voters {
      guard let state = resolver.states[code] else { continue }
      if latestAdmission.map({ state.admitted > $0.date }) ?? true {
        latestAdmission = (state.admitted, code)
      }
      if let departed = state.departed, earliestDeparture.map({ departed < $0.date }) ?? true {
        earliestDeparture = (departed, code)
      }
    }
    let original = rollCall.date
    if let admission = latestAdmission, original < admission.date {
      guard earliestDeparture.map({ admission.date < $0.date }) ?? true else { return nil }
      rollCall.date = admission.date
      return ImportIssue(
        file: file, line: line,
        message:
          "date moved: \(rollCall.id) is dated \(original) in the source, before \(admission.code) was admitted; moved to \(admission.date)"
      )
    }
    if let departure = earliestDeparture, original >= departure.date {
      let last = departure.date.adding(days: -1)
      guard latestAdmission.map({ $0.date <= last }) ?? true else { return nil }
      rollCall.date = last
      return ImportIssue(
        file: file, line: line,
        message:
          "date moved: \(rollCall.id) is dated \(original) in the source, after \(departure.code) departed; moved to \(last)"
      )
    }
    return nil
  }

  /// `R/68/262` → `A/RES/68/262`; other non-empty symbols unchanged; empty → `nil`.
  public static func resolutionSymbol(_ text: String) -> String? {
    let symbol = text.trimmingCharacters(in: .whitespaces)
    guard !symbol.isEmpty else { return nil }
    guard symbol.hasPrefix("R/") else { return symbol }
    let rest = symbol.dropFirst(2)
    guard let slash = rest.firstIndex(of: "/"), slash > rest.startIndex,
      rest[..<slash].allSatisfy({ $0.isASCII && $0.isNumber }),
      rest.index(after: slash) < rest.endIndex
    else { return symbol }
    return "A/RES/" + rest
  }

  /// The title rule described in the type's summary.
  public static func title(short: String, description: String) -> String {
    let candidates = [short, description].map {
      $0.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    for text in candidates {
      if let range = text.range(of: " : resolution") {
        return String(text[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
      }
    }
    return candidates.first { !$0.isEmpty } ?? ""
  }
}
