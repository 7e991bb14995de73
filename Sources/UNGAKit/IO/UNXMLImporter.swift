import Foundation

/// Imports the UN's machine-readable General Assembly resolutions (the
/// `UNxml/GAresolutions` extracts): JSON Lines, one adopted resolution per line.
///
/// Each line becomes, by its `adoption_type`:
/// - **"By a recorded vote"**: a voted roll call whose id is the resolution
///   symbol, with one vote row per member on that day: yes, no or abstain from
///   the three lists, non-voting for a member on none. The published counts
///   become the recorded totals when the lists agree with them; when they do
///   not (or are "N.A."), the lists are imported, the totals left empty and
///   the difference noted. A name that cannot be mapped, a state named twice
///   or in two lists, or a vote by a non-member rejects the line. A recorded
///   vote whose three lists are empty is kept as a text without votes
///   (`status` draft with its resolution symbol) and noted.
/// - **"Without a vote"**: a text adopted without a vote (`status` adopted).
///
/// The draft symbol is the first document of `originating_document` when it
/// is an L document (`A/74/L.12/Rev.1 and A/74/L.12/Rev.1/Add.1` →
/// `A/74/L.12/Rev.1`); otherwise the committee report reference is kept in
/// `report`. `sponsors` are main sponsors and `additional_sponsors`
/// co-sponsors of the resolution symbol; a sponsor that is not a member state
/// (the President of the Assembly, a committee, "on behalf of" a group) is
/// noted. Subjects of the UNBIS Thesaurus are kept in `subjects` and mapped
/// to issue codes through `subjectIssues`; curated tags are added.
///
/// A symbol on several lines is imported once: the line whose lists agree
/// with its published counts, else the later line; the others are rejected,
/// naming the line kept. A recorded vote that `overlap` (the history) already
/// holds as a whole-text roll call of the same resolution is merged: that
/// roll call stands, the sponsors are imported, and every state on which the
/// two sources disagree is noted.
public struct UNXMLImporter: Sendable {
  /// Maps names to member-state codes and knows membership dates.
  public var resolver: StateNameResolver
  /// Curated tags and facts applied to every roll call and text.
  public var annotations: CuratedAnnotations
  /// Issue codes by upper-case UNBIS subject heading.
  public var subjectIssues: [String: [IssueTag]]
  /// Loaded data whose whole-text roll calls stand for the same resolution here.
  public var overlap: Dataset?

  public init(
    resolver: StateNameResolver, annotations: CuratedAnnotations = CuratedAnnotations(),
    subjectIssues: [String: [IssueTag]] = [:], overlap: Dataset? = nil
  ) {
    self.resolver = resolver
    self.annotations = annotations
    self.subjectIssues = subjectIssues
    self.overlap = overlap
  }

  /// One line of the source, as far as the importer reads it.
  struct Record: Decodable {
    var symbol: String?
    var title: String?
    var adoptionDate: String?
    var originatingDocument: String?
    var adoptionType: String?
    var inFavour: [String]?
    var against: [String]?
    var abstaining: [String]?
    var inFavourCount: String?
    var againstCount: String?
    var abstainingCount: String?
    var sponsors: [String]?
    var additionalSponsors: [String]?
    var subjects: [[String]]?

    enum CodingKeys: String, CodingKey {
      case symbol, title, sponsors, subjects
      case adoptionDate = "adoption_date"
      case originatingDocument = "originating_document"
      case adoptionType = "adoption_type"
      case inFavour = "MS_in_favour"
      case against = "MS_against"
      case abstaining = "MS_abstaining"
      case inFavourCount = "MS_in_favour_count"
      case againstCount = "MS_against_count"
      case abstainingCount = "MS_abstaining_count"
      case additionalSponsors = "additional_sponsors"
    }

    /// The three lists, in the order yes, no, abstain.
    var lists: [[String]] { [inFavour ?? [], against ?? [], abstaining ?? []] }
    /// The published counts; `nil` where not a number ("N.A.").
    var counts: [Int?] {
      [inFavourCount, againstCount, abstainingCount].map { text in
        text.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
      }
    }
    /// Whether every published count is a number equal to its list's length.
    var listsAgree: Bool {
      zip(lists, counts).allSatisfy { $0.count == $1 }
    }
  }

  /// A parsed line and where it came from.
  private struct Line {
    var file: String
    var line: Int
    var order: Int
    var record: Record
  }

  /// Imports the JSON Lines files at `paths`.
  /// - Throws: `ImportError.missingInput` when no file is given, `.unreadable`
  ///   when a file cannot be read.
  public func importFiles(_ paths: [String]) throws(ImportError) -> ImportResult {
    guard !paths.isEmpty else {
      throw ImportError.missingInput(
        importer: "unxml", expected: "one or more JSON Lines files such as 79.json")
    }
    var files: [(file: String, bytes: [UInt8])] = []
    for path in paths {
      guard let data = FileManager.default.contents(atPath: path) else {
        let reason =
          FileManager.default.fileExists(atPath: path)
          ? "permission denied or not a regular file" : "no such file"
        throw ImportError.unreadable(file: path, reason: reason)
      }
      files.append((path, [UInt8](data)))
    }
    return run(files)
  }

  /// Imports files given as bytes, each named as its rejected lines and notes will say.
  /// - Complexity: O(n) in the number of lines and names.
  public func run(_ files: [(file: String, bytes: [UInt8])]) -> ImportResult {
    var counts: [ImportResult.FileCount] = []
    var countIndex: [String: Int] = [:]
    var rejected: [ImportIssue] = []
    var notes: [ImportIssue] = []
    var lines: [Line] = []
    let decoder = JSONDecoder()

    for (file, bytes) in files {
      countIndex[file] = counts.count
      var count = ImportResult.FileCount(file: file)
      var number = 0
      for slice in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
        number += 1
        let text = slice.last == UInt8(ascii: "\r") ? slice.dropLast() : slice
        if text.allSatisfy({ $0 == 32 || $0 == 9 }) { continue }
        count.rows += 1
        do {
          let record = try decoder.decode(Record.self, from: Data(text))
          lines.append(Line(file: file, line: number, order: lines.count, record: record))
        } catch {
          rejected.append(
            ImportIssue(
              file: file, line: number,
              message: "bad JSON: expected one JSON object per line (\(Self.reason(error)))"))
          count.rejected += 1
        }
      }
      counts.append(count)
    }

    // One line per symbol: the one whose lists agree with its counts, else the later.
    var kept: [String: Line] = [:]
    var symbolOrder: [String] = []
    for line in lines {
      let symbol = (line.record.symbol ?? "").trimmingCharacters(in: .whitespaces)
      guard let earlier = kept[symbol] else {
        kept[symbol] = line
        symbolOrder.append(symbol)
        continue
      }
      let laterWins = line.record.listsAgree || !earlier.record.listsAgree
      let (winner, loser) = laterWins ? (line, earlier) : (earlier, line)
      let why =
        winner.record.listsAgree && !loser.record.listsAgree
        ? "its lists agree with its published counts and these do not"
        : "it is the later line"
      kept[symbol] = winner
      rejected.append(
        ImportIssue(
          file: loser.file, line: loser.line,
          message:
            "duplicate symbol: \(symbol.isEmpty ? "(empty)" : symbol) is also on "
            + "\(winner.file):\(winner.line), which is kept (\(why))"))
      if let index = countIndex[loser.file] { counts[index].rejected += 1 }
    }

    var rows = NativeRows()
    let overlapIndex = overlapRollCalls()
    for symbol in symbolOrder {
      guard let line = kept[symbol] else { continue }
      func reject(_ message: String) {
        rejected.append(ImportIssue(file: line.file, line: line.line, message: message))
        if let index = countIndex[line.file] { counts[index].rejected += 1 }
      }
      func note(_ message: String) {
        notes.append(ImportIssue(file: line.file, line: line.line, message: message))
      }
      switch convert(line.record, symbol: symbol, overlap: overlapIndex) {
      case .failure(let reason):
        reject(reason.message)
      case .success(let converted):
        converted.notes.forEach(note)
        rows.rollCalls += converted.rollCalls
        rows.drafts += converted.drafts
        rows.votes += converted.votes
        rows.sponsorships += converted.sponsorships
        if let index = countIndex[line.file] {
          counts[index].imported += 1
          if converted.merged { counts[index].merged += 1 }
        }
      }
    }
    return ImportResult(
      rows: rows, files: counts,
      rejected: rejected.sorted { ($0.file, $0.line) < ($1.file, $1.line) },
      notes: notes.sorted { ($0.file, $0.line) < ($1.file, $1.line) })
  }

  // MARK: One line

  private struct Converted {
    var rollCalls: [RollCall] = []
    var drafts: [Draft] = []
    var votes: [VoteRecord] = []
    var sponsorships: [Sponsorship] = []
    var notes: [String] = []
    var merged = false
  }

  private struct Rejection: Error {
    var message: String
  }

  /// The rows of one kept line, or why it is rejected.
  private func convert(_ record: Record, symbol: String, overlap: [String: Int]) -> Result<
    Converted, Rejection
  > {
    guard !symbol.isEmpty else {
      return .failure(Rejection(message: "empty symbol: expected one such as A/RES/79/1"))
    }
    let dateText = record.adoptionDate ?? ""
    guard let date = Self.date(dateText) else {
      return .failure(
        Rejection(
          message: "bad date: '\(dateText)' for \(symbol); expected '22 September 2024' or "
            + "'2019-12-09 00:00:00'"))
    }
    let recorded: Bool
    switch (record.adoptionType ?? "").trimmingCharacters(in: .whitespaces) {
    case "By a recorded vote": recorded = true
    case "Without a vote": recorded = false
    case let other:
      return .failure(
        Rejection(
          message: "unknown adoption type: '\(other)' for \(symbol); expected 'By a recorded "
            + "vote' or 'Without a vote'"))
    }
    var result = Converted()
    let session = Self.session(symbol: symbol) ?? RegularSession.containing(date)
    let title = (record.title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    let origin = Self.origin(record.originatingDocument ?? "")
    let subjects = Self.subjects(record.subjects ?? [])
    let issues = CuratedAnnotations.union(
      subjects.flatMap { subjectIssues[$0] ?? [] },
      annotations.tags(for: [symbol, origin.draft]))

    var votes: [(MemberState.Code, Vote)] = []
    if recorded {
      var listed: [MemberState.Code: (vote: Vote, name: String)] = [:]
      var unknown: [String] = []
      for (vote, names) in zip([Vote.yes, .no, .abstain], record.lists) {
        for name in names {
          guard let code = resolver.code(forName: name, on: date) else {
            unknown.append(name)
            continue
          }
          if let earlier = listed[code] {
            let place =
              earlier.vote == vote
              ? "twice in the \(vote) list" : "in the \(earlier.vote) and \(vote) lists"
            return .failure(
              Rejection(
                message: "state named twice: \(code) is \(place) of \(symbol) ('\(earlier.name)', "
                  + "'\(name)'); expected each state in one list once"))
          }
          guard resolver.states[code]?.isMember(on: date) ?? false else {
            return .failure(
              Rejection(
                message: "vote by a non-member: \(code) ('\(name)') is in the \(vote) list of "
                  + "\(symbol) but was not a member on \(date)"))
          }
          listed[code] = (vote, name)
        }
      }
      guard unknown.isEmpty else {
        return .failure(
          Rejection(
            message: "unknown state name: "
              + unknown.map { "'\($0)'" }.joined(separator: ", ")
              + " in the lists of \(symbol); expected a name of the member-states table or "
              + "of state-name-aliases.csv"))
      }
      let members = resolver.states.values.filter { $0.isMember(on: date) }.map(\.code).sorted()
      votes = members.map { ($0, listed[$0]?.vote ?? .nonVoting) }
    }
    let published = record.counts
    let sizes = record.lists.map(\.count)

    if recorded && sizes.allSatisfy({ $0 == 0 }) {
      let countsText = published.map { $0.map(String.init) ?? "N.A." }.joined(separator: "–")
      result.notes.append(
        "empty lists: \(symbol) was adopted by a recorded vote (published \(countsText)) but "
          + "the source names no state; kept as a text without votes")
      var draft = Draft(
        id: DocumentID(symbol), draft: origin.draft, resolution: symbol, date: date,
        session: session, title: title, issues: issues, report: origin.report,
        subjects: subjects)
      annotations.apply(to: &draft)
      result.drafts.append(draft)
    } else if recorded {
      var tally: Tally?
      if record.listsAgree, let yes = published[0], let no = published[1],
        let abstain = published[2]
      {
        tally = Tally(
          yes: yes, no: no, abstain: abstain, nonVoting: votes.count - yes - no - abstain)
      } else {
        let countsText = published.map { $0.map(String.init) ?? "N.A." }.joined(separator: "–")
        let listsText = sizes.map(String.init).joined(separator: "–")
        result.notes.append(
          "lists disagree with counts: \(symbol) publishes \(countsText) (yes–no–abstain), its "
            + "lists name \(listsText); the lists are imported, the totals left empty")
      }
      if let index = overlap[symbol], let dataset = self.overlap {
        result.merged = true
        result.notes.append(compare(symbol, date: date, votes: votes, dataset: dataset, index))
      } else {
        var rollCall = RollCall(
          id: DocumentID(symbol), resolution: symbol, draft: origin.draft, date: date,
          session: session, title: title, issues: issues, recordedTally: tally,
          report: origin.report, subjects: subjects)
        annotations.apply(to: &rollCall)
        result.rollCalls.append(rollCall)
        result.votes = votes.map {
          VoteRecord(rollCall: rollCall.id, state: $0.0, vote: $0.1)
        }
      }
    } else {
      var draft = Draft(
        id: DocumentID(symbol), draft: origin.draft, resolution: symbol, date: date,
        session: session, title: title, issues: issues, adoptedWithoutVote: true,
        report: origin.report, subjects: subjects)
      annotations.apply(to: &draft)
      result.drafts.append(draft)
    }

    var sponsored = Set<MemberState.Code>()
    for (role, entries) in [
      (Sponsorship.Role.mainSponsor, record.sponsors ?? []),
      (.coSponsor, record.additionalSponsors ?? []),
    ] {
      let parsed = sponsors(entries, on: date)
      for code in parsed.codes where sponsored.insert(code).inserted {
        result.sponsorships.append(Sponsorship(document: symbol, state: code, role: role))
      }
      if !parsed.others.isEmpty {
        let kind = role == .mainSponsor ? "sponsors" : "additional sponsors"
        result.notes.append(
          "not a member state: \(symbol) lists among its \(kind) "
            + parsed.others.map { "'\($0)'" }.joined(separator: ", ")
            + "; kept as this note")
      }
    }
    return .success(result)
  }

  // MARK: Overlap

  /// Resolution symbols of the overlap data's whole-text roll calls, to their index.
  private func overlapRollCalls() -> [String: Int] {
    guard let overlap else { return [:] }
    var result: [String: Int] = [:]
    for (index, rollCall) in overlap.rollCalls.enumerated() where rollCall.isWholeText {
      if let symbol = rollCall.resolution, result[symbol] == nil { result[symbol] = index }
    }
    return result
  }

  /// The note on a merged roll call: which one stands and every state on
  /// which the two sources disagree.
  private func compare(
    _ symbol: String, date: CalendarDate, votes: [(MemberState.Code, Vote)], dataset: Dataset,
    _ index: Int
  ) -> String {
    let rollCall = dataset.rollCalls[index]
    var differences: [String] = []
    var seen = Set<MemberState.Code>()
    let row = index * dataset.states.count
    for (code, vote) in votes {
      seen.insert(code)
      let there = dataset.stateIndex(code).flatMap { state -> Vote? in
        Vote(rawValue: dataset.voteMatrix[row + state])
      }
      if there != vote {
        differences.append(
          "\(code) \(there.map(\.description) ?? "not a member") there, \(vote) here")
      }
    }
    for (state, member) in dataset.states.enumerated() where !seen.contains(member.code) {
      if let vote = Vote(rawValue: dataset.voteMatrix[row + state]) {
        differences.append("\(member.code) \(vote) there, not a member here")
      }
    }
    var text = "merged: \(symbol) is \(rollCall.id) of the loaded data, whose votes stand"
    if rollCall.date != date { text += " (dated \(rollCall.date) there, \(date) here)" }
    if differences.isEmpty { return text + "; the two sources agree on every member" }
    return text + "; they disagree on \(differences.count) state"
      + (differences.count == 1 ? "" : "s") + ": " + differences.joined(separator: "; ")
  }

  // MARK: Fields

  /// Member states named in sponsor entries, and the entries or parts that name none.
  func sponsors(_ entries: [String], on date: CalendarDate) -> (
    codes: [MemberState.Code], others: [String]
  ) {
    var codes: [MemberState.Code] = []
    var others: [String] = []
    for entry in entries {
      var text = entry.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !text.isEmpty else {
        others.append("")
        continue
      }
      let lowered = text.lowercased()
      if ["submitted by", "was submitted by", "the representative of"].contains(where: {
        lowered.hasPrefix($0)
      }) {
        others.append(text)
        continue
      }
      // "Cuba (on behalf of the … Group of 77 and China)": Cuba sponsors; the group is noted.
      while let start = Self.remarkStart(in: text) {
        var depth = 0
        var close: String.Index?
        for index in text[start...].indices {
          if text[index] == "(" { depth += 1 }
          if text[index] == ")" {
            depth -= 1
            if depth == 0 {
              close = index
              break
            }
          }
        }
        let end = close.map { text.index(after: $0) } ?? text.endIndex
        let inner = text[text.index(after: start)..<(close ?? text.endIndex)]
        others.append(inner.trimmingCharacters(in: .whitespaces))
        text.removeSubrange(start..<end)
      }
      let found = resolver.codes(inList: text, on: date)
      codes += found.codes
      others += found.unmapped
    }
    return (codes, others)
  }

  /// Where a parenthesised remark about the sponsor's capacity begins
  /// ("(on behalf of …", "(in its capacity as …"), if there is one.
  static func remarkStart(in text: String) -> String.Index? {
    ["(on behalf of", "(of behalf of", "(in its capacity"].compactMap {
      text.range(of: $0, options: .caseInsensitive)?.lowerBound
    }.min()
  }

  /// The draft symbol when the originating document is an L document, else the report reference.
  public static func origin(_ text: String) -> (draft: String?, report: String?) {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty, trimmed != "N.A." else { return (nil, nil) }
    // Symbols hold no spaces: the first word, up to a comma, is the first document.
    let first = trimmed.split(whereSeparator: \.isWhitespace).first ?? ""
    let symbol = String(first.split(separator: ",").first ?? "")
    if symbol.range(of: #"/L\.?[0-9]"#, options: .regularExpression) != nil {
      return (symbol, nil)
    }
    return (nil, trimmed)
  }

  /// The regular session of a symbol `A/RES/<n>/…`, or `nil` for emergency
  /// and special sessions (`A/RES/ES-11/1`, `A/RES/S-32/1`).
  public static func session(symbol: String) -> Int? {
    let parts = symbol.split(separator: "/")
    guard parts.count >= 3, parts[0] == "A", parts[1] == "RES" else { return nil }
    return Int(parts[2]).flatMap { $0 > 0 ? $0 : nil }
  }

  /// UNBIS Thesaurus headings, upper case, without repeats, sorted (`;` becomes `,`).
  public static func subjects(_ pairs: [[String]]) -> [String] {
    let headings = pairs.filter { $0.count >= 2 && $0[1] == "UNBIS Thesaurus" }.map {
      $0[0].trimmingCharacters(in: .whitespaces).uppercased()
        .replacingOccurrences(of: ";", with: ",")
    }
    return Array(Set(headings.filter { !$0.isEmpty })).sorted()
  }

  private static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]

  /// A date as the source writes it: "22 September 2024" (any spaces, the
  /// no-break space too) or "2019-12-09 00:00:00".
  public static func date(_ text: String) -> CalendarDate? {
    let words = text.split(whereSeparator: { $0.isWhitespace })
    if words.count == 3, let day = Int(words[0]), let year = Int(words[2]),
      let month = months.firstIndex(of: words[1].lowercased())
    {
      return CalendarDate(year: year, month: month + 1, day: day)
    }
    if let first = words.first, words.count <= 2, first.count == 10 {
      return CalendarDate(iso: first)
    }
    return nil
  }

  private static func reason(_ error: any Error) -> String {
    switch error {
    case DecodingError.dataCorrupted(let context): return context.debugDescription
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      let path = context.codingPath.map(\.stringValue).joined(separator: ".")
      return "\(path): \(context.debugDescription)"
    default: return "\(error)"
    }
  }
}
