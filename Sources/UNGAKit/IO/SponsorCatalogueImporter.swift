import Foundation

/// Imports the UN library catalogue's records of draft resolutions and their
/// sponsors (`draft-resolutions-nl.csv` and `draft-sponsors-nl.csv`, or files
/// of the same form).
///
/// - Only General Assembly drafts are imported: plenary (`A/68/L.39`), Main
///   Committee (`A/C.3/68/L.50`), Special Political Committee (`A/SPC/45/L.3`),
///   emergency or special session drafts (`A/ES-11/L.10`, `A/S-26/L.2`), and
///   the older symbols without a session (`A/L.650`, `A/C.3/L.2010`).
///   Security Council, ECOSOC, Human Rights Council, conference and other
///   documents are reported as skipped, with their sponsor rows.
/// - An addendum or corrigendum (`A/68/L.39/Add.1`) belongs to its base draft
///   (`A/68/L.39`); a revision (`/Rev.1`) is a draft of its own.
/// - Each draft becomes a `resolutions.csv` row with status `draft`: id and
///   draft symbol the base symbol, resolution the `related_document` when it
///   is an `A/RES/…` symbol, date from `imprint` ("[New York] : UN, 29 July
///   2015"; else 1 January of `year`, with a note), session from the symbol
///   (`A/68/L.39` → 68; emergency and special sessions from the date), title
///   the text before " : draft resolution" or the sponsor list.
/// - Sponsors: a state named in a record's title after " / " is a main
///   sponsor; one named in the notes ("Additional sponsors: …", "… adds
///   sponsors: …") or only in an addendum's sponsor rows is a co-sponsor.
///   Names are mapped with the resolver as written in the record's year;
///   sponsor rows that name no member state (groups, organisations, typos)
///   are rejected with their line, and unmapped names in titles and notes are
///   listed as notes. A sponsorship's document is the resolution symbol when
///   the draft became one (so it joins the roll call of that resolution),
///   else the draft symbol. `joined` is the record's date for states listed in
///   that record's title or its addendum's rows, empty when unknown.
public struct SponsorCatalogueImporter: Sendable {
  /// Maps sponsor names to member-state codes.
  public var resolver: StateNameResolver
  /// Curated tags applied to every draft.
  public var annotations: CuratedAnnotations

  public init(resolver: StateNameResolver, annotations: CuratedAnnotations = CuratedAnnotations()) {
    self.resolver = resolver
    self.annotations = annotations
  }

  /// Columns the drafts file must have.
  public static let draftColumns = ["un_document_symbol", "title", "imprint", "year"]
  /// Columns the sponsors file must have.
  public static let sponsorColumns = ["un_document_symbol", "author_contributors"]

  /// Imports the files at `paths`, recognised by their headers: any number of
  /// drafts files and sponsors files.
  /// - Throws: `ImportError` when a file is unreadable, malformed or
  ///   unrecognised, or no drafts file is given.
  public func importFiles(_ paths: [String]) throws(ImportError) -> ImportResult {
    var drafts: [CSVDocument] = []
    var sponsors: [CSVDocument] = []
    for path in paths {
      let table = try SourceTable(path: path)
      if table.has(Self.draftColumns) {
        drafts.append(table.document)
      } else if table.has(Self.sponsorColumns) {
        sponsors.append(table.document)
      } else {
        throw ImportError.unrecognized(
          file: path, header: table.header,
          expected:
            "a catalogue drafts file (\(Self.draftColumns.joined(separator: ",")),…) or sponsors file (\(Self.sponsorColumns.joined(separator: ",")))"
        )
      }
    }
    guard !drafts.isEmpty else {
      throw ImportError.missingInput(
        importer: "sponsors", expected: "a drafts file such as draft-resolutions-nl.csv")
    }
    return try run(drafts: drafts, sponsors: sponsors)
  }

  /// One catalogue record of a General Assembly draft, as understood.
  private struct Record {
    var file: String
    var line: Int
    var symbol: String
    var base: String
    var isAddendum: Bool
    var date: CalendarDate
    var session: Int
    var title: String
    var resolution: String?
    var mainSponsors: [MemberState.Code]
    var coSponsors: [MemberState.Code]
  }

  /// Imports parsed documents.
  /// - Throws: `ImportError.missingColumns` when a header lacks a column.
  /// - Complexity: O(n · k) for n rows and k names per list.
  public func run(drafts: [CSVDocument], sponsors: [CSVDocument]) throws(ImportError)
    -> ImportResult
  {
    var rejected: [ImportIssue] = []
    var notes: [ImportIssue] = []
    var counts: [ImportResult.FileCount] = []
    var records: [Record] = []
    var recordsBySymbol: [String: [Int]] = [:]
    var skipped: [String: String] = [:]

    for document in drafts {
      let table = SourceTable(document: document)
      let d = try table.require(Self.draftColumns)
      let notesColumn = table.column("notes")
      let related = table.column("related_document")
      let enhanced = table.column("enhanced_title")
      let sessionColumn = table.column("issuing_body_session")
      var count = ImportResult.FileCount(file: table.file)
      for record in table.rows {
        count.rows += 1
        func reject(_ message: String) { rejected.append(table.issue(record, message)) }
        if let problem = table.shapeProblem(record) {
          reject(problem)
          continue
        }
        let symbol = Self.normalizedSymbol(table.trimmed(record, d[0]))
        if let body = Self.nonAssemblyBody(symbol) {
          skipped[symbol] = body
          reject("skipped, not a General Assembly draft: \(symbol) (\(body))")
          continue
        }
        let (base, isAddendum) = Self.baseSymbol(symbol)
        let imprint = table.trimmed(record, d[2])
        let yearText = table.trimmed(record, d[3])
        var date = Self.date(imprint: imprint)
        if date == nil, let year = Self.year(yearText) {
          date = CalendarDate(year: year, month: 1, day: 1)
          if let date {
            notes.append(
              table.issue(
                record,
                "date from year: imprint '\(imprint)' has no day; \(symbol) dated \(date) from year '\(yearText)'"
              ))
          }
        }
        if date == nil, let session = Self.sessionNumber(symbol) {
          date = RegularSession.openingDay(year: 1945 + session)
          if let date {
            notes.append(
              table.issue(
                record,
                "date from session: imprint '\(imprint)' and year '\(yearText)' give no date; \(symbol) dated \(date), the opening of session \(session)"
              ))
          }
        }
        guard let date else {
          reject(
            "no date: imprint '\(imprint)' and year '\(yearText)' give no date; expected '… 29 July 2015' or a year"
          )
          continue
        }
        let sessionText = table.trimmed(record, sessionColumn)
        guard let session = Self.session(symbol: symbol, body: sessionText, date: date) else {
          reject("no session: \(symbol) and '\(sessionText)' give no session number")
          continue
        }
        let rawTitle = table.trimmed(record, d[1])
        let title = Self.title(rawTitle, enhanced: table.trimmed(record, enhanced))
        let resolution = Self.resolutionSymbol(table.trimmed(record, related))
        var main: [MemberState.Code] = []
        if let slash = rawTitle.range(of: " / ", options: .backwards) {
          let parsed = resolver.codes(inList: String(rawTitle[slash.upperBound...]), on: date)
          main = parsed.codes
          for name in parsed.unmapped {
            notes.append(table.issue(record, "unmapped name in title: '\(name)' in \(symbol)"))
          }
        }
        var co: [MemberState.Code] = []
        for list in Self.additionalSponsorLists(table.trimmed(record, notesColumn)) {
          let parsed = resolver.codes(inList: list, on: date)
          co += parsed.codes
          for name in parsed.unmapped {
            notes.append(table.issue(record, "unmapped name in notes: '\(name)' in \(symbol)"))
          }
        }
        if recordsBySymbol[symbol] != nil {
          notes.append(
            table.issue(record, "duplicate record: \(symbol) appears more than once; merged"))
        }
        recordsBySymbol[symbol, default: []].append(records.count)
        records.append(
          Record(
            file: table.file, line: table.line(record), symbol: symbol, base: base,
            isAddendum: isAddendum, date: date, session: session, title: title,
            resolution: resolution, mainSponsors: main, coSponsors: co))
        count.imported += 1
      }
      count.rejected = count.rows - count.imported
      counts.append(count)
    }

    // One draft per base symbol: the base record if present, else the earliest addendum.
    var groups: [String: [Int]] = [:]
    for (index, record) in records.enumerated() { groups[record.base, default: []].append(index) }
    var draftRows: [Draft] = []
    var documentOf: [String: String] = [:]
    for (base, members) in groups.sorted(by: { NaturalOrder.less($0.key, $1.key) }) {
      let ordered = members.sorted {
        let a = records[$0]
        let b = records[$1]
        if a.isAddendum != b.isAddendum { return !a.isAddendum }
        return a.date != b.date ? a.date < b.date : a.line < b.line
      }
      let lead = records[ordered[0]]
      if lead.isAddendum {
        notes.append(
          ImportIssue(
            file: lead.file, line: lead.line,
            message:
              "base draft missing: \(base) is not in the catalogue; its date and title are those of \(lead.symbol)"
          ))
      }
      let resolution = ordered.lazy.compactMap { records[$0].resolution }.first
      var draft = Draft(
        id: Draft.ID(base), draft: base, resolution: resolution, date: lead.date,
        session: lead.session, title: lead.title)
      annotations.apply(to: &draft)
      draftRows.append(draft)
      documentOf[base] = resolution ?? base
    }

    // Sponsorships: title and notes lists, then the sponsor rows.
    var roles: [String: [MemberState.Code: (role: Sponsorship.Role, joined: CalendarDate?)]] = [:]
    func add(
      _ document: String, _ state: MemberState.Code, _ role: Sponsorship.Role,
      _ joined: CalendarDate?
    ) {
      if let existing = roles[document]?[state] {
        // A main sponsor stays one; otherwise the earliest known joining date wins.
        if existing.role == .mainSponsor && role == .coSponsor { return }
        if existing.role == role, let old = existing.joined, joined.map({ old <= $0 }) ?? true {
          return
        }
      }
      roles[document, default: [:]][state] = (role, joined)
    }
    for record in records {
      let document = documentOf[record.base] ?? record.base
      for state in record.mainSponsors {
        add(document, state, .mainSponsor, record.isAddendum ? nil : record.date)
      }
      for state in record.coSponsors {
        add(document, state, .coSponsor, record.isAddendum ? record.date : nil)
      }
    }
    for document in sponsors {
      let table = SourceTable(document: document)
      let s = try table.require(Self.sponsorColumns)
      var count = ImportResult.FileCount(file: table.file)
      for row in table.rows {
        count.rows += 1
        func reject(_ message: String) { rejected.append(table.issue(row, message)) }
        if let problem = table.shapeProblem(row) {
          reject(problem)
          continue
        }
        let symbol = Self.normalizedSymbol(table.trimmed(row, s[0]))
        let name = table.trimmed(row, s[1])
        if let body = skipped[symbol] {
          reject("skipped, not a General Assembly draft: \(symbol) (\(body))")
          continue
        }
        guard let index = recordsBySymbol[symbol]?.first else {
          reject("unknown document: \(symbol) is not an imported draft record")
          continue
        }
        let record = records[index]
        guard let state = resolver.code(forName: name, on: record.date) else {
          reject(
            "unmapped sponsor name: '\(name)' on \(symbol); expected a member state's name or an alias in the alias table"
          )
          continue
        }
        let document = documentOf[record.base] ?? record.base
        let inTitle = recordsBySymbol[symbol, default: []].contains {
          records[$0].mainSponsors.contains(state)
        }
        let inNotes = recordsBySymbol[symbol, default: []].contains {
          records[$0].coSponsors.contains(state)
        }
        if inTitle {
          add(document, state, .mainSponsor, record.isAddendum ? nil : record.date)
        } else if inNotes || record.isAddendum {
          add(document, state, .coSponsor, record.isAddendum ? record.date : nil)
        } else {
          add(document, state, .mainSponsor, record.date)
        }
        count.imported += 1
      }
      count.rejected = count.rows - count.imported
      counts.append(count)
    }
    var sponsorships: [Sponsorship] = []
    for (document, states) in roles {
      for (state, entry) in states {
        sponsorships.append(
          Sponsorship(document: document, state: state, role: entry.role, joined: entry.joined))
      }
    }
    return ImportResult(
      rows: NativeRows(drafts: draftRows, sponsorships: sponsorships), files: counts,
      rejected: rejected.sorted { ($0.file, $0.line) < ($1.file, $1.line) },
      notes: notes.sorted { ($0.file, $0.line) < ($1.file, $1.line) })
  }

  // MARK: Symbols, dates, titles

  /// Collapses spaces after dots and slashes (`A/68/L.39/Add. 1` → `A/68/L.39/Add.1`).
  static func normalizedSymbol(_ symbol: String) -> String {
    symbol.replacingOccurrences(of: ". ", with: ".").replacingOccurrences(of: "/ ", with: "/")
  }

  /// The body a non-Assembly document belongs to, or `nil` for a General Assembly draft.
  static func nonAssemblyBody(_ symbol: String) -> String? {
    let parts = symbol.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    // Symbols before 1976 carry no session: A/L.123, A/C.3/L.2010.
    if parts.first == "A", parts.count >= 2, parts[1].hasPrefix("L.") { return nil }
    if parts.first == "A", parts.count >= 3, parts[1].hasPrefix("C."), parts[2].hasPrefix("L.") {
      return nil
    }
    guard parts.first == "A", parts.count >= 3 else {
      switch parts.first {
      case "S": return "Security Council"
      case "E": return "Economic and Social Council"
      case "A": return "General Assembly document that is not a draft resolution"
      default: return "another body (\(parts.first ?? symbol))"
      }
    }
    func isNumber(_ text: String) -> Bool { !text.isEmpty && text.allSatisfy(\.isNumber) }
    func isDraft(_ text: String) -> Bool { text.hasPrefix("L.") }
    let second = parts[1]
    if isNumber(second) || second.hasPrefix("ES-") || second.hasPrefix("S-") {
      return isDraft(parts[2]) ? nil : "General Assembly document that is not a draft resolution"
    }
    if second.hasPrefix("C.") || second == "SPC", parts.count >= 4, isNumber(parts[2]) {
      return isDraft(parts[3]) ? nil : "General Assembly document that is not a draft resolution"
    }
    if second.hasPrefix("C.") || second == "SPC" {
      return "General Assembly document that is not a draft resolution"
    }
    if second == "HRC" { return "Human Rights Council" }
    if second.hasPrefix("CONF.") { return "United Nations conference" }
    if second.hasPrefix("AC.") { return "ad hoc committee of the General Assembly" }
    return "General Assembly body other than the plenary and its Main Committees"
  }

  /// The base draft of an addendum or corrigendum, and whether it was one.
  static func baseSymbol(_ symbol: String) -> (String, Bool) {
    var parts = symbol.split(separator: "/", omittingEmptySubsequences: false)
    var stripped = false
    while let last = parts.last, last.hasPrefix("Add.") || last.hasPrefix("Corr.") {
      parts.removeLast()
      stripped = true
    }
    return (parts.joined(separator: "/"), stripped)
  }

  /// The first `A/RES/…` symbol in a `related_document` list, if complete.
  static func resolutionSymbol(_ related: String) -> String? {
    for piece in related.split(whereSeparator: { $0 == "," || $0 == " " }) {
      let symbol = String(piece)
      if symbol.hasPrefix("A/RES/"), !symbol.contains("..."), !symbol.hasSuffix("/") {
        return symbol
      }
    }
    return nil
  }

  /// The last "day month year" in an imprint ("[New York] : UN, 6 Nov.1992.").
  static func date(imprint: String) -> CalendarDate? {
    let tokens = imprint.split { !$0.isLetter && !$0.isNumber }.map(String.init)
    let months = [
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    var found: CalendarDate?
    var index = 0
    while index + 2 < tokens.count {
      defer { index += 1 }
      guard let day = Int(tokens[index]), tokens[index + 2].count == 4,
        let year = Int(tokens[index + 2])
      else { continue }
      let word = tokens[index + 1].lowercased()
      guard word.count >= 3, let month = months.firstIndex(of: String(word.prefix(3))) else {
        continue
      }
      if let date = CalendarDate(year: year, month: month + 1, day: day) { found = date }
    }
    return found
  }

  /// A catalogue year: four digits, or three (the catalogue dropped the leading 1: `994`).
  static func year(_ text: String) -> Int? {
    guard let value = Int(text) else { return nil }
    if (1945...2100).contains(value) { return value }
    if text.count == 3, (945...999).contains(value) { return 1000 + value }
    return nil
  }

  /// The regular session number in a symbol (`A/68/L.39`, `A/C.3/68/L.50`), if any.
  static func sessionNumber(_ symbol: String) -> Int? {
    let parts = symbol.split(separator: "/").map(String.init)
    for part in parts.dropFirst().prefix(2) {
      if let value = Int(part), value > 0 { return value }
    }
    return nil
  }

  /// The regular session of a draft: from its symbol, else the catalogue's
  /// `issuing_body_session` ("A/ 69"), else the date.
  static func session(symbol: String, body: String, date: CalendarDate) -> Int? {
    if let value = sessionNumber(symbol) { return value }
    let parts = symbol.split(separator: "/").map(String.init)
    if parts.count > 1, parts[1].hasPrefix("ES-") || parts[1].hasPrefix("S-") {
      return RegularSession.containing(date)
    }
    if let value = Int(body.split(separator: "/").last?.trimmingCharacters(in: .whitespaces) ?? "")
    {
      return value
    }
    return RegularSession.containing(date)
  }

  /// The subject of a draft from its catalogue title.
  static func title(_ raw: String, enhanced: String) -> String {
    func subject(_ text: String) -> String {
      var text = text.replacingOccurrences(of: "#", with: " ")
      if let slash = text.range(of: " / ") { text = String(text[..<slash.lowerBound]) }
      for marker in [
        " : draft resolution", " : revised draft resolution", " : [revised] draft resolution",
        " : amendment", " :draft resolution",
      ] {
        if let range = text.range(of: marker, options: .caseInsensitive) {
          text = String(text[..<range.lowerBound])
          break
        }
      }
      text = text.trimmingCharacters(in: .whitespaces)
      let plain = text.lowercased()
      if plain.hasPrefix("draft resolution") || plain.hasPrefix("revised draft resolution") {
        return ""
      }
      return text
    }
    let main = subject(raw)
    if !main.isEmpty { return main }
    let fallback = subject(enhanced)
      .trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
    return fallback.isEmpty ? "Draft resolution" : fallback
  }

  /// The lists of states that a record's notes add as sponsors.
  static func additionalSponsorLists(_ notes: String) -> [String] {
    let introductions = [
      "additional sponsors", "additional sponsor", "additional co-sponsors",
      "additional sponsors are", "adds sponsors", "adds sponsor", "adds the following co-sponsors",
      "adds the following sponsors",
    ]
    var lists: [String] = []
    var searchStart = notes.startIndex
    while let colon = notes.range(of: ":", range: searchStart..<notes.endIndex) {
      let lead = notes[notes.startIndex..<colon.lowerBound].suffix(40).lowercased()
        .trimmingCharacters(in: .whitespaces)
      searchStart = colon.upperBound
      guard introductions.contains(where: { lead.hasSuffix($0) }) else { continue }
      // The list runs to the end of its sentence.
      var end = notes.endIndex
      var index = colon.upperBound
      while index < notes.endIndex {
        let next = notes.index(after: index)
        if notes[index] == "." && (next == notes.endIndex || notes[next] == " ") {
          end = index
          break
        }
        index = next
      }
      lists.append(String(notes[colon.upperBound..<end]))
      searchStart = end
    }
    return lists
  }
}
