/// Turns parsed native tables into a `Dataset`: reads every row into model
/// values, merges identical duplicates, and reports every bad value, unknown
/// reference and conflicting duplicate it meets (it does not stop at the first).
///
/// Tables are read in dependency order — member states, then resolutions,
/// then votes and sponsors — so that a reference can be checked when it is
/// read. Votes, the bulk of the data, are read from the file's bytes: ids and
/// codes are looked up without making a `String` per field.
struct DatasetBuilder {
  typealias Origin = DataProvenance.Origin

  /// One parsed file and the table it holds.
  struct Table {
    var source: Int
    var kind: NativeTable
    var csv: CSVTable
  }

  private enum Item: Equatable {
    case rollCall(RollCall)
    case draft(Draft)
  }

  /// The source paths, by source index.
  let files: [String]
  private(set) var collector = IssueCollector()

  private var states: [MemberState] = []
  private var stateOrigins: [Origin] = []
  private var stateByCode: [String: Int] = [:]
  /// `alpha2 code:XX` and `name:lowercased name` to the state that has it, to find a second.
  private var stateByAlias: [String: Int] = [:]
  private var rejectedStates = Set<String>()
  private var stateTable = ByteKeyTable()

  private var items: [Item] = []
  private var itemOrigins: [Origin] = []
  private var itemTotals: [Origin] = []
  private var itemById: [String: Int] = [:]
  private var rejectedIds = Set<String>()
  private var rollCalls: [RollCall] = []
  private var rollCallOrigins: [Origin] = []
  private var rollCallTotals: [Origin] = []
  private var drafts: [Draft] = []
  private var draftOrigins: [Origin] = []
  private var rollCallTable = ByteKeyTable()
  /// Draft ids to their index in `drafts`, to say where a vote's draft was defined.
  private var draftTable = ByteKeyTable()

  private var entries: [Dataset.Entry] = []
  private var entryOrigins: [Origin] = []
  private var voteCells: [Int32] = []
  /// Per roll call: whether a vote row naming it was rejected, so its
  /// totals cannot be checked.
  private var incomplete: [Bool] = []

  private var sponsorships: [Sponsorship] = []
  private var sponsorshipOrigins: [Origin] = []
  /// Sponsorships by document number (in `documentNumbers`) and state index,
  /// packed into one integer: cheaper to hash than the document's text.
  private var sponsorshipByKey: [Int64: Int] = [:]
  private var documentNumbers: [String: Int32] = [:]

  init(files: [String]) {
    self.files = files
  }

  /// Reads `tables` and indexes what they hold; the issues found are in `collector`.
  /// `tablesComplete` is false when a file could not be read as a table or
  /// lost rows to errors, so that per-roll-call counts are not checked.
  mutating func build(_ tables: [Table], tablesComplete: Bool) -> (Dataset, DataProvenance) {
    for table in tables where table.kind == .memberStates { readMemberStates(table) }
    indexStates()
    for table in tables where table.kind == .resolutions { readResolutions(table) }
    indexResolutions()
    voteCells = [Int32](repeating: -1, count: rollCalls.count * states.count)
    incomplete = [Bool](repeating: false, count: rollCalls.count)
    for table in tables where table.kind == .votes { readVotes(table) }
    for table in tables where table.kind == .sponsors { readSponsors(table) }
    let dataset = Dataset(
      states: states, rollCalls: rollCalls, drafts: drafts, sponsorships: sponsorships,
      votes: entries)
    let provenance = DataProvenance(
      files: files, states: stateOrigins, rollCalls: rollCallOrigins,
      rollCallTotals: rollCallTotals, drafts: draftOrigins, sponsorships: sponsorshipOrigins,
      voteCells: voteCells, votes: entryOrigins, incomplete: incomplete,
      countsUnreliable: !rejectedStates.isEmpty || !tablesComplete)
    return (dataset, provenance)
  }

  // MARK: Issues

  private mutating func report(
    _ severity: DataIssue.Severity, _ table: Table, _ record: Int, _ column: Int?,
    _ message: String
  ) {
    let document = table.csv.document
    let place: (line: Int, column: Int) =
      column.map { document.location(record, $0) } ?? (document.line(record), 0)
    collector.add(
      DataIssue(
        severity, file: document.file, line: place.line,
        column: column == nil ? nil : place.column, message: message))
  }

  private mutating func error(
    _ table: Table, _ record: Int, _ column: Int?, _ message: String
  ) {
    report(.error, table, record, column, message)
  }

  private func origin(_ table: Table, _ record: Int) -> Origin {
    Origin(file: Int32(table.source), line: Int32(table.csv.document.line(record)))
  }

  private func place(_ origin: Origin) -> String {
    "\(files[Int(origin.file)]):\(origin.line)"
  }

  /// A trimmed field, or "" when the table has no such column.
  private func text(_ table: Table, _ record: Int, _ column: Int?) -> String {
    guard let column else { return "" }
    return table.csv.document.withBytes(record, column) {
      String(decoding: NativeField.trimmed($0), as: UTF8.self)
    }
  }

  /// Reads a date (empty is allowed unless `required`); reports a bad one.
  private mutating func date(
    _ table: Table, _ record: Int, _ column: Int?, _ name: String, required: Bool
  ) -> (ok: Bool, value: CalendarDate?) {
    let value = text(table, record, column)
    if value.isEmpty && !required { return (true, nil) }
    if let date = CalendarDate(iso: value) { return (true, date) }
    let expected = required ? "a date YYYY-MM-DD" : "a date YYYY-MM-DD or nothing"
    error(
      table, record, column,
      "\(name): expected \(expected) (a day that exists), found \(NativeField.quoted(value))")
    return (false, nil)
  }

  /// Reads a 0/1 flag (empty = 0); reports a bad one.
  private mutating func flag(_ table: Table, _ record: Int, _ column: Int?, _ name: String)
    -> Bool?
  {
    switch text(table, record, column) {
    case "", "0": return false
    case "1": return true
    case let other:
      error(
        table, record, column, "\(name): expected 0, 1 or empty, found \(NativeField.quoted(other))"
      )
      return nil
    }
  }

  /// Reports a row that repeats an earlier one (`subject`, e.g. "state USA")
  /// with different values, naming both places and the fields that differ.
  private mutating func conflict(
    _ table: Table, _ record: Int, _ column: Int?, _ subject: String, _ kind: String,
    here: [(String, String)], there: [(String, String)], earlier: Origin
  ) {
    let differences = zip(here, there).filter { $0.1 != $1.1 }
      .map { "\($0.0) \(NativeField.quoted($0.1)) here, \(NativeField.quoted($1.1)) there" }
      .joined(separator: "; ")
    error(
      table, record, column,
      "\(subject) conflicts with \(place(earlier)) (\(differences)); expected identical rows "
        + "when \(kind) is given twice")
  }

  private mutating func unknownState(_ table: Table, _ record: Int, _ column: Int?, _ code: String)
  {
    error(
      table, record, column,
      "state: unknown state \(NativeField.quoted(code)); expected a code from a member-states table"
    )
  }

  // MARK: Member states

  private mutating func readMemberStates(_ table: Table) {
    let csv = table.csv
    let codeColumn = csv.column("code")
    let alpha2Column = csv.column("alpha2")
    let nameColumn = csv.column("name")
    let groupColumn = csv.column("group")
    let admittedColumn = csv.column("admitted")
    let departedColumn = csv.column("departed")
    for record in csv.rows {
      var ok = true
      let code = text(table, record, codeColumn)
      let codeIsValid = code.utf8.count == 3 && code.utf8.allSatisfy { (65...90).contains($0) }
      if !codeIsValid {
        error(
          table, record, codeColumn,
          "code: expected three upper-case letters (an ISO 3166-1 alpha-3 code), found "
            + NativeField.quoted(code))
        ok = false
      }
      let alpha2 = text(table, record, alpha2Column)
      if !alpha2.isEmpty
        && !(alpha2.utf8.count == 2 && alpha2.utf8.allSatisfy { (65...90).contains($0) })
      {
        error(
          table, record, alpha2Column,
          "alpha2: expected two upper-case letters (an ISO 3166-1 alpha-2 code) or nothing, found "
            + NativeField.quoted(alpha2))
        ok = false
      }
      let name = text(table, record, nameColumn)
      if name.isEmpty {
        error(table, record, nameColumn, "name: expected the state's name, found an empty field")
        ok = false
      }
      let groupText = text(table, record, groupColumn)
      let group = RegionalGroup(rawValue: groupText)
      if group == nil {
        let expected = RegionalGroup.allCases.map(\.rawValue).joined(separator: ", ")
        error(
          table, record, groupColumn,
          "group: expected one of \(expected), found \(NativeField.quoted(groupText))")
        ok = false
      }
      let admitted = date(table, record, admittedColumn, "admitted", required: true)
      let departed = date(table, record, departedColumn, "departed", required: false)
      ok = ok && admitted.ok && departed.ok
      if let start = admitted.value, let end = departed.value, end <= start {
        error(
          table, record, departedColumn,
          "departed \(end) is not after admitted \(start); expected a departure after admission")
        ok = false
      }
      guard ok, let group, let admittedDate = admitted.value else {
        if codeIsValid { rejectedStates.insert(code) }
        continue
      }
      let state = MemberState(
        code: MemberState.Code(code), alpha2: alpha2.isEmpty ? nil : alpha2, name: name,
        group: group, admitted: admittedDate, departed: departed.value)
      if let existing = stateByCode[code] {
        if states[existing] != state {
          conflict(
            table, record, codeColumn, "state \(code)", "a state",
            here: DatasetBuilder.fields(state), there: DatasetBuilder.fields(states[existing]),
            earlier: stateOrigins[existing])
        }
        continue
      }
      // Importers map alpha-2 codes and names to states: each must name one state.
      for (key, column, what) in [
        (alpha2, alpha2Column, "alpha2 code"), (name.lowercased(), nameColumn, "name"),
      ] where !key.isEmpty {
        let shown = what == "name" ? name : key
        if let other = stateByAlias[what + ":" + key] {
          error(
            table, record, column,
            "\(what) \(NativeField.quoted(shown)) of \(code) is also the \(what) of "
              + "\(states[other].code) (\(place(stateOrigins[other]))); expected each state's "
              + "\(what) to name it alone")
        } else {
          stateByAlias[what + ":" + key] = states.count
        }
      }
      stateByCode[code] = states.count
      states.append(state)
      stateOrigins.append(origin(table, record))
    }
  }

  private static func fields(_ state: MemberState) -> [(String, String)] {
    [
      ("alpha2", state.alpha2 ?? ""), ("name", state.name), ("group", state.group.rawValue),
      ("admitted", state.admitted.description), ("departed", state.departed?.description ?? ""),
    ]
  }

  /// Sorts the states as `Dataset` will (by code), so indices agree, and interns their codes.
  private mutating func indexStates() {
    let order = states.indices.sorted { states[$0].code < states[$1].code }
    states = order.map { states[$0] }
    stateOrigins = order.map { stateOrigins[$0] }
    stateTable = ByteKeyTable(capacity: states.count)
    for (index, state) in states.enumerated() {
      stateTable.insert(state.code.rawValue, value: Int32(index))
    }
  }

  // MARK: Resolutions

  private mutating func readResolutions(_ table: Table) {
    let csv = table.csv
    let idColumn = csv.column("id")
    let statusColumn = csv.column("status")
    let dateColumn = csv.column("date")
    let sessionColumn = csv.column("session")
    let totalColumns = ["yes", "no", "abstain", "non_voting"].map { ($0, csv.column($0)) }
    for record in csv.rows {
      var ok = true
      let id = text(table, record, idColumn)
      if id.isEmpty {
        error(table, record, idColumn, "id: expected an identifier, found an empty field")
        ok = false
      }
      let status = text(table, record, statusColumn)
      let isAdopted = status == "adopted"
      let isDraft = status == "draft" || isAdopted
      if !(status.isEmpty || status == "voted" || isDraft) {
        error(
          table, record, statusColumn,
          "status: expected voted, draft, adopted or empty (voted), found "
            + NativeField.quoted(status))
        ok = false
      }
      let date = date(table, record, dateColumn, "date", required: true)
      ok = ok && date.ok
      let sessionText = text(table, record, sessionColumn)
      let session = NativeField.withBytes(sessionText, NativeField.count)
      if session == nil || session == 0 {
        error(
          table, record, sessionColumn,
          "session: expected a whole number of 1 or more (the regular session, e.g. 68), found "
            + NativeField.quoted(sessionText))
        ok = false
      }
      let majorityText = text(table, record, csv.column("majority"))
      let majority = majorityText.isEmpty ? .simple : MajorityRule(rawValue: majorityText)
      if majority == nil {
        error(
          table, record, csv.column("majority"),
          "majority: expected simple, two-thirds or empty (simple), found "
            + NativeField.quoted(majorityText))
        ok = false
      }
      let amendment = flag(table, record, csv.column("amendment"), "amendment")
      let paragraph = flag(table, record, csv.column("paragraph"), "paragraph")
      let important = flag(table, record, csv.column("important"), "important")
      ok = ok && amendment != nil && paragraph != nil && important != nil

      var totals: [Int] = []
      var totalsOK = true
      let totalTexts = totalColumns.map {
        (name: $0.0, column: $0.1, text: text(table, record, $0.1))
      }
      if totalTexts.contains(where: { !$0.text.isEmpty }) {
        for total in totalTexts {
          if let value = NativeField.withBytes(total.text, NativeField.count) {
            totals.append(value)
          } else if totalsOK {
            error(
              table, record, total.column,
              "\(total.name): expected a whole number, as all of yes, no, abstain and non_voting "
                + "must be given when one is (or all left empty), found \(NativeField.quoted(total.text))"
            )
            totalsOK = false
          }
        }
        if isDraft && totalsOK {
          error(
            table, record, totalColumns[0].1,
            "recorded totals on a \(isAdopted ? "text adopted without a vote" : "draft"); "
              + "expected empty yes, no, abstain and non_voting, as it has no recorded vote")
          totalsOK = false
        }
      }
      ok = ok && totalsOK

      let title = text(table, record, csv.column("title"))
      let resolution = text(table, record, csv.column("resolution"))
      let draftSymbol = text(table, record, csv.column("draft"))
      let issues = text(table, record, csv.column("issues")).split(separator: ";")
        .map { CSVTable.trimmed(String($0)) }.filter { !$0.isEmpty }.map(IssueTag.init(rawValue:))
      let report = text(table, record, csv.column("report"))
      let subjects = text(table, record, csv.column("subjects")).split(separator: ";")
        .map { CSVTable.trimmed(String($0)) }.filter { !$0.isEmpty }
      guard ok, let day = date.value, let session, let majority, let amendment, let paragraph,
        let important
      else {
        if !id.isEmpty { rejectedIds.insert(id) }
        continue
      }
      let item: Item
      if isDraft {
        item = .draft(
          Draft(
            id: DocumentID(id), draft: draftSymbol.isEmpty ? nil : draftSymbol,
            resolution: resolution.isEmpty ? nil : resolution, date: day, session: session,
            title: title, issues: issues, majority: majority, adoptedWithoutVote: isAdopted,
            report: report.isEmpty ? nil : report, subjects: subjects))
      } else {
        let tally =
          totals.count == 4
          ? Tally(yes: totals[0], no: totals[1], abstain: totals[2], nonVoting: totals[3]) : nil
        item = .rollCall(
          RollCall(
            id: DocumentID(id), resolution: resolution.isEmpty ? nil : resolution,
            draft: draftSymbol.isEmpty ? nil : draftSymbol, date: day, session: session,
            title: title, issues: issues, majority: majority, isAmendment: amendment,
            isParagraph: paragraph, isImportant: important, recordedTally: tally,
            report: report.isEmpty ? nil : report, subjects: subjects))
      }
      if let existing = itemById[id] {
        if items[existing] != item {
          conflict(
            table, record, idColumn, "id \(NativeField.quoted(id))", "a roll call or draft",
            here: DatasetBuilder.fields(item), there: DatasetBuilder.fields(items[existing]),
            earlier: itemOrigins[existing])
        }
        continue
      }
      itemById[id] = items.count
      items.append(item)
      itemOrigins.append(origin(table, record))
      var totalsOrigin = Origin(file: 0, line: 0)
      if totals.count == 4, let column = totalColumns[0].1 {
        let place = table.csv.document.location(record, column)
        totalsOrigin = Origin(
          file: Int32(table.source), line: Int32(place.line), column: Int32(place.column))
      }
      itemTotals.append(totalsOrigin)
    }
  }

  private static func fields(_ item: Item) -> [(String, String)] {
    func optional(_ text: String?) -> String { text ?? "" }
    func flag(_ value: Bool) -> String { value ? "1" : "0" }
    switch item {
    case .rollCall(let r):
      let totals = r.recordedTally.map { "\($0.yes)/\($0.no)/\($0.abstain)/\($0.nonVoting)" }
      return [
        ("status", "voted"), ("resolution", optional(r.resolution)), ("draft", optional(r.draft)),
        ("date", r.date.description), ("session", String(r.session)), ("title", r.title),
        ("issues", r.issues.map(\.rawValue).joined(separator: ";")),
        ("majority", r.majority.rawValue), ("amendment", flag(r.isAmendment)),
        ("paragraph", flag(r.isParagraph)), ("important", flag(r.isImportant)),
        ("totals", optional(totals)), ("report", optional(r.report)),
        ("subjects", r.subjects.joined(separator: ";")),
      ]
    case .draft(let d):
      return [
        ("status", d.adoptedWithoutVote ? "adopted" : "draft"),
        ("resolution", optional(d.resolution)), ("draft", optional(d.draft)),
        ("date", d.date.description), ("session", String(d.session)), ("title", d.title),
        ("issues", d.issues.map(\.rawValue).joined(separator: ";")),
        ("majority", d.majority.rawValue), ("amendment", "0"), ("paragraph", "0"),
        ("important", "0"), ("totals", ""), ("report", optional(d.report)),
        ("subjects", d.subjects.joined(separator: ";")),
      ]
    }
  }

  /// Splits the items into roll calls and drafts, sorted as `Dataset` sorts
  /// them (by date, then id), and interns their ids.
  private mutating func indexResolutions() {
    var rollCallItems: [(RollCall, Origin, Origin)] = []
    var draftItems: [(Draft, Origin)] = []
    for (index, item) in items.enumerated() {
      switch item {
      case .rollCall(let rollCall):
        rollCallItems.append((rollCall, itemOrigins[index], itemTotals[index]))
      case .draft(let draft): draftItems.append((draft, itemOrigins[index]))
      }
    }
    rollCallItems.sort { $0.0.date != $1.0.date ? $0.0.date < $1.0.date : $0.0.id < $1.0.id }
    draftItems.sort { $0.0.date != $1.0.date ? $0.0.date < $1.0.date : $0.0.id < $1.0.id }
    rollCalls = rollCallItems.map(\.0)
    rollCallOrigins = rollCallItems.map(\.1)
    rollCallTotals = rollCallItems.map(\.2)
    drafts = draftItems.map(\.0)
    draftOrigins = draftItems.map(\.1)
    rollCallTable = ByteKeyTable(capacity: rollCalls.count)
    for (index, rollCall) in rollCalls.enumerated() {
      rollCallTable.insert(rollCall.id.rawValue, value: Int32(index))
    }
    draftTable = ByteKeyTable(capacity: drafts.count)
    for (index, draft) in drafts.enumerated() {
      draftTable.insert(draft.id.rawValue, value: Int32(index))
    }
    items = []
    itemOrigins = []
    itemTotals = []
  }

  // MARK: Votes

  /// What is wrong with a vote row, found in the hot loop and reported after it.
  private enum VoteProblem {
    case unknownRollCall(String)
    case draft(String, Int32)
    case unknownState(String)
    case badVote(String)
    case conflict(Vote, state: Int32, rollCall: Int32, earlier: Int32)
  }

  private mutating func readVotes(_ table: Table) {
    let csv = table.csv
    guard let idColumn = csv.column("id"), let stateColumn = csv.column("state"),
      let voteColumn = csv.column("vote")
    else { return }
    let document = csv.document
    let stateCount = states.count
    let source = Int32(table.source)
    let rollCallTable = rollCallTable
    let draftTable = draftTable
    let stateTable = stateTable
    let rejectedIds = rejectedIds
    let rejectedStates = rejectedStates
    // The loop works on locals, so that it needs no access to `self`.
    var entries: [Dataset.Entry] = []
    var origins: [Origin] = []
    var cells: [Int32] = []
    var incomplete: [Bool] = []
    swap(&entries, &self.entries)
    swap(&origins, &entryOrigins)
    swap(&cells, &voteCells)
    swap(&incomplete, &self.incomplete)
    entries.reserveCapacity(entries.count + csv.rows.count)
    origins.reserveCapacity(origins.count + csv.rows.count)
    var problems: [(record: Int, column: Int, problem: VoteProblem)] = []

    document.bytes.withUnsafeBufferPointer { bytes in
      /// Calls `body` with a field's trimmed bytes: in place, or unescaped when it holds quotes.
      func withField<R>(_ record: Int, _ column: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R)
        -> R
      {
        let (start, end, escaped) = document.span(record, column)
        if escaped { return document.withBytes(record, column) { body(NativeField.trimmed($0)) } }
        return body(NativeField.trimmed(UnsafeBufferPointer(rebasing: bytes[start..<end])))
      }
      // Votes come grouped by roll call: remember the last id's bytes and index.
      var lastID: [UInt8] = []
      var lastRollCall: Int32 = -1
      for record in csv.rows {
        var skip = false
        let rollCall: Int32 = withField(record, idColumn) { id in
          if lastRollCall >= 0 && NativeField.same(id, lastID) { return lastRollCall }
          if let index = rollCallTable.value(for: id) {
            lastRollCall = index
            lastID = Array(id)
            return index
          }
          let text = String(decoding: id, as: UTF8.self)
          if rejectedIds.contains(text) {
            skip = true
          } else if let draft = draftTable.value(for: id) {
            problems.append((record, idColumn, .draft(text, draft)))
          } else {
            problems.append((record, idColumn, .unknownRollCall(text)))
          }
          return -1
        }
        let state: Int32 = withField(record, stateColumn) { code in
          if let index = stateTable.value(for: code) { return index }
          let text = String(decoding: code, as: UTF8.self)
          if rejectedStates.contains(text) {
            skip = true
          } else {
            problems.append((record, stateColumn, .unknownState(text)))
          }
          return -1
        }
        let vote: Vote? = withField(record, voteColumn) { word in
          let vote = NativeField.vote(word)
          if vote == nil {
            problems.append((record, voteColumn, .badVote(String(decoding: word, as: UTF8.self))))
          }
          return vote
        }
        guard !skip, rollCall >= 0, state >= 0, let vote else {
          if rollCall >= 0 { incomplete[Int(rollCall)] = true }
          continue
        }
        let cell = Int(rollCall) * stateCount + Int(state)
        let existing = cells[cell]
        if existing >= 0 {
          if entries[Int(existing)].vote != vote {
            let conflict = VoteProblem.conflict(
              vote, state: state, rollCall: rollCall, earlier: existing)
            problems.append((record, voteColumn, conflict))
            incomplete[Int(rollCall)] = true
          }
          continue
        }
        cells[cell] = Int32(entries.count)
        entries.append(Dataset.Entry(rollCall: rollCall, state: state, vote: vote))
        origins.append(Origin(file: source, line: Int32(document.line(record))))
      }
    }
    swap(&entries, &self.entries)
    swap(&origins, &entryOrigins)
    swap(&cells, &voteCells)
    swap(&incomplete, &self.incomplete)

    for (record, column, problem) in problems {
      // A hostile file can have a problem on every row: count those past the limit unformatted.
      if collector.isFull(document.file) {
        collector.count(.error, file: document.file)
        continue
      }
      switch problem {
      case .unknownRollCall(let id):
        error(
          table, record, column,
          "id: unknown roll call \(NativeField.quoted(id)); expected an id from a resolutions "
            + "table")
      case .draft(let id, let draft):
        error(
          table, record, column,
          "id \(NativeField.quoted(id)) is a draft (status draft at "
            + "\(place(draftOrigins[Int(draft)]))), which has no recorded vote; expected the id "
            + "of a voted roll call")
      case .unknownState(let code):
        unknownState(table, record, column, code)
      case .badVote(let word):
        error(
          table, record, column,
          "vote: expected yes, no, abstain or non-voting, found \(NativeField.quoted(word))")
      case .conflict(let vote, let state, let rollCall, let earlier):
        error(
          table, record, column,
          "conflicting vote \(vote) by \(states[Int(state)].code) on "
            + "\(rollCalls[Int(rollCall)].id): \(place(entryOrigins[Int(earlier)])) records "
            + "\(self.entries[Int(earlier)].vote); expected one vote per roll call and state")
      }
    }
  }

  // MARK: Sponsors

  private mutating func readSponsors(_ table: Table) {
    let csv = table.csv
    let documentColumn = csv.column("document")
    let stateColumn = csv.column("state")
    let roleColumn = csv.column("role")
    let joinedColumn = csv.column("joined")
    var knownDocuments = Set<String>()
    for rollCall in rollCalls {
      knownDocuments.insert(rollCall.id.rawValue)
      if let symbol = rollCall.resolution { knownDocuments.insert(symbol) }
      if let symbol = rollCall.draft { knownDocuments.insert(symbol) }
    }
    // A rejected row was reported already: its sponsorships are not unknown documents too.
    knownDocuments.formUnion(rejectedIds)
    for draft in drafts {
      knownDocuments.insert(draft.id.rawValue)
      if let symbol = draft.resolution { knownDocuments.insert(symbol) }
      if let symbol = draft.draft { knownDocuments.insert(symbol) }
    }
    // The date of each document a sponsorship may name; a roll call's is its vote's.
    var documentDate: [String: (date: CalendarDate, voted: Bool)] = [:]
    for draft in drafts {
      for key in [draft.id.rawValue, draft.draft, draft.resolution].compactMap({ $0 }) {
        documentDate[key] = (draft.date, false)
      }
    }
    for rollCall in rollCalls {
      for key in [rollCall.id.rawValue, rollCall.draft, rollCall.resolution].compactMap({ $0 }) {
        documentDate[key] = (rollCall.date, true)
      }
    }
    var unknownDocuments = Set<String>()
    var firstUnknown: (document: String, record: Int)?
    sponsorshipByKey.reserveCapacity(sponsorshipByKey.count + csv.rows.count)
    sponsorships.reserveCapacity(sponsorships.count + csv.rows.count)
    sponsorshipOrigins.reserveCapacity(sponsorshipOrigins.count + csv.rows.count)
    // Catalogue addenda are often dated after the adoption: one warning per file, not per row.
    var lateJoiners: [(record: Int, text: String)] = []
    for record in csv.rows {
      var ok = true
      let document = text(table, record, documentColumn)
      if document.isEmpty {
        error(
          table, record, documentColumn,
          "document: expected a roll call or draft id or symbol, found an empty field")
        ok = false
      }
      let code = text(table, record, stateColumn)
      let state = stateTable.value(for: code)
      if state == nil {
        if rejectedStates.contains(code) {
          ok = false
        } else {
          unknownState(table, record, stateColumn, code)
          ok = false
        }
      }
      let roleText = text(table, record, roleColumn)
      // Compared directly: the synthesised `init(rawValue:)` is a slower string switch.
      let role: Sponsorship.Role? =
        roleText == "main-sponsor" ? .mainSponsor : roleText == "co-sponsor" ? .coSponsor : nil
      if role == nil {
        error(
          table, record, roleColumn,
          "role: expected main-sponsor or co-sponsor, found \(NativeField.quoted(roleText))")
        ok = false
      }
      let joined = date(table, record, joinedColumn, "joined", required: false)
      guard ok, joined.ok, let state, let role else { continue }
      if let known = documentDate[document] {
        let member = states[Int(state)]
        guard member.isMember(on: known.date) else {
          // One bad row must not make the rest unusable, nor put a non-member in a report.
          let membership =
            member.departed.map { "from \(member.admitted) to \($0)" } ?? "from \(member.admitted)"
          report(
            .warning, table, record, stateColumn,
            "sponsorship of \(NativeField.quoted(document)) of \(known.date) by \(code), which was "
              + "not a member then (member \(membership)); the row is left out, expected "
              + "sponsors that were members on the document's date")
          continue
        }
        if known.voted, let day = joined.value, day > known.date {
          lateJoiners.append((record, "\(NativeField.quoted(document)) by \(code) joined \(day)"))
        }
      }
      let sponsorship = Sponsorship(
        document: document, state: MemberState.Code(code), role: role, joined: joined.value)
      let number: Int32
      if let known = documentNumbers[document] {
        number = known
      } else {
        number = Int32(documentNumbers.count)
        documentNumbers[document] = number
      }
      let key = Int64(number) << 32 | Int64(state)
      if let existing = sponsorshipByKey[key] {
        let earlier = sponsorships[existing]
        if earlier != sponsorship {
          conflict(
            table, record, roleColumn, "sponsorship of \(NativeField.quoted(document)) by \(code)",
            "a sponsorship",
            here: [("role", role.rawValue), ("joined", joined.value?.description ?? "")],
            there: [
              ("role", earlier.role.rawValue), ("joined", earlier.joined?.description ?? ""),
            ],
            earlier: sponsorshipOrigins[existing])
        }
        continue
      }
      if !knownDocuments.contains(document) && unknownDocuments.insert(document).inserted
        && firstUnknown == nil
      {
        firstUnknown = (document, record)
      }
      sponsorshipByKey[key] = sponsorships.count
      sponsorships.append(sponsorship)
      sponsorshipOrigins.append(origin(table, record))
    }
    if let first = lateJoiners.first {
      let count = lateJoiners.count
      let lines = lateJoiners.prefix(3).map {
        "line \(table.csv.document.line($0.record)): \($0.text)"
      }
      report(
        .warning, table, first.record, joinedColumn,
        "\(count) sponsorship\(count == 1 ? "" : "s") joined after the vote of the roll call they "
          + "sponsor (\(lines.joined(separator: "; "))\(count > 3 ? "; …" : "")); kept as "
          + "recorded, expected a sponsor to join before the vote")
    }
    // One warning per file: a sponsor list often names drafts adopted without a vote.
    if let firstUnknown {
      let count = unknownDocuments.count
      report(
        .warning, table, firstUnknown.record, documentColumn,
        "\(count) document\(count == 1 ? "" : "s") sponsored here \(count == 1 ? "is" : "are") "
          + "not a roll call or draft in the loaded data (the first: "
          + "\(NativeField.quoted(firstUnknown.document))); their sponsorships are kept and "
          + "can be looked up by the symbol")
    }
  }
}

extension NativeField {
  /// Runs a byte-level reader on a string's UTF-8 bytes.
  static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    var text = text
    return text.withUTF8(body)
  }
}
