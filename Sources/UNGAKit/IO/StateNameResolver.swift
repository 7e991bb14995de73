import Foundation

/// Maps the names and codes that sources use for member states to the codes
/// of the member-states table, taking the date into account.
///
/// Names are compared case-insensitively after normalising typographic
/// apostrophes, runs of spaces, a trailing full stop and a leading "the ".
/// Candidates come from the table's own names and from aliases, which may be
/// limited to a period (`China` is the Republic of China before 25 October
/// 1971). When several candidates remain for a date, the one that was a
/// member on that date wins; if that does not settle it, the name is
/// ambiguous and not mapped.
public struct StateNameResolver: Sendable {
  /// Another name for a state, optionally valid only in `[from, until)`.
  public struct Alias: Sendable, Hashable {
    public var name: String
    public var code: MemberState.Code
    public var from: CalendarDate?
    public var until: CalendarDate?

    public init(
      name: String, code: MemberState.Code, from: CalendarDate? = nil, until: CalendarDate? = nil
    ) {
      self.name = name
      self.code = code
      self.from = from
      self.until = until
    }

    func applies(on date: CalendarDate?) -> Bool {
      guard let date else { return true }
      if let from, date < from { return false }
      if let until, date >= until { return false }
      return true
    }
  }

  /// The states, by code.
  public let states: [MemberState.Code: MemberState]
  private let byName: [String: [Alias]]
  private let byAlpha2: [String: [MemberState.Code]]
  /// Name keys as characters, grouped by first character, for scanning lists.
  private let namesByInitial: [Character: [([Character], [Alias])]]

  /// - Parameters:
  ///   - memberStates: the member-states table (current and historical).
  ///   - aliases: further names; an alias naming an unknown code is ignored
  ///     (`aliases(in:states:)` reports such rows when reading a file).
  public init(memberStates: [MemberState], aliases: [Alias] = []) {
    var states: [MemberState.Code: MemberState] = [:]
    var byName: [String: [Alias]] = [:]
    var byAlpha2: [String: [MemberState.Code]] = [:]
    for state in memberStates {
      states[state.code] = state
      byName[Self.key(state.name), default: []].append(Alias(name: state.name, code: state.code))
      if let alpha2 = state.alpha2, !alpha2.isEmpty {
        byAlpha2[alpha2.uppercased(), default: []].append(state.code)
      }
    }
    for alias in aliases where states[alias.code] != nil {
      byName[Self.key(alias.name), default: []].append(alias)
    }
    self.states = states
    self.byName = byName
    self.byAlpha2 = byAlpha2
    var namesByInitial: [Character: [([Character], [Alias])]] = [:]
    for (key, names) in byName.sorted(by: { $0.key < $1.key }) {
      guard let first = key.first else { continue }
      namesByInitial[first, default: []].append((Array(key), names))
    }
    self.namesByInitial = namesByInitial
  }

  /// The normalised form names are compared in.
  public static func key(_ name: some StringProtocol) -> String {
    var text = name.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
      .replacingOccurrences(of: "\u{2018}", with: "'")
    text = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    while text.hasSuffix(".") { text.removeLast() }
    if text.hasPrefix("the ") { text.removeFirst(4) }
    return text
  }

  /// The code for a state name as written on `date` (any date when `nil`), or
  /// `nil` when the name is unknown or ambiguous on that date.
  public func code(forName name: some StringProtocol, on date: CalendarDate?) -> MemberState.Code? {
    let candidates = (byName[Self.key(name)] ?? []).filter { $0.applies(on: date) }
    return choose(Array(Set(candidates.map(\.code))), on: date)
  }

  /// The code for an ISO 3166-1 alpha-2 code on `date`, or `nil`.
  public func code(forAlpha2 alpha2: some StringProtocol, on date: CalendarDate?) -> MemberState
    .Code?
  {
    choose(byAlpha2[alpha2.uppercased()] ?? [], on: date)
  }

  /// The states named in a list such as "Canada, Costa Rica, Germany and
  /// Ukraine" (as in a document title after " / " or in "Additional sponsors:").
  ///
  /// At each position the longest known name followed by a separator (", ",
  /// " and ", the end) is taken, so "Trinidad and Tobago" and "Bosnia and
  /// Herzegovina" stay whole. Bracketed remarks ("[on behalf of the Group of
  /// 77 and China]") and parenthesised document symbols are ignored. A stretch that matches no name, up to the
  /// next comma, is returned in `unmapped`.
  /// - Complexity: O(n · k) for n characters and k names sharing a first letter.
  public func codes(inList list: String, on date: CalendarDate?) -> (
    codes: [MemberState.Code], unmapped: [String]
  ) {
    // Drop bracketed remarks and parenthesised document references ("(A/63/389)").
    var cleaned = ""
    var depth = 0
    var parenthesis: String?
    var nesting = 0
    for character in list {
      if parenthesis != nil {
        parenthesis?.append(character)
        if character == "(" { nesting += 1 }
        if character == ")" {
          nesting -= 1
          if nesting == 0 {
            if let group = parenthesis, !group.contains("/") { cleaned += group }
            parenthesis = nil
          }
        }
      } else if character == "[" {
        depth += 1
      } else if character == "]" {
        depth = max(0, depth - 1)
      } else if depth == 0 {
        if character == "(" {
          parenthesis = "("
          nesting = 1
        } else {
          cleaned.append(character)
        }
      }
    }
    if let group = parenthesis { cleaned += group }
    let text = Array(Self.key(cleaned).replacingOccurrences(of: " ,", with: ","))
    var codes: [MemberState.Code] = []
    var unmapped: [String] = []
    var position = 0
    func starts(_ word: [Character], at index: Int) -> Bool {
      index + word.count <= text.count && Array(text[index..<(index + word.count)]) == word
    }
    let separators: [[Character]] = [Array(", "), Array(","), Array(" and "), Array(" ")]
    func isBoundary(_ index: Int) -> Bool {
      index == text.count || starts(Array(","), at: index) || starts(Array(" and "), at: index)
        || starts(Array(";"), at: index)
        || (starts(Array("."), at: index) && index + 1 == text.count)
    }
    while position < text.count {
      var skipped = true
      while skipped && position < text.count {
        skipped = false
        for separator in separators where starts(separator, at: position) {
          position += separator.count
          skipped = true
          break
        }
        if starts(Array("and "), at: position) {
          position += 4
          skipped = true
        }
      }
      guard position < text.count else { break }
      var start = position
      if starts(Array("the "), at: start) { start += 4 }
      var best: (length: Int, names: [Alias])?
      for (key, names) in namesByInitial[text[start]] ?? [] where starts(key, at: start) {
        if isBoundary(start + key.count), key.count > (best?.length ?? 0) {
          best = (key.count, names)
        }
      }
      if let best {
        let candidates = best.names.filter { $0.applies(on: date) }
        if let code = choose(Array(Set(candidates.map(\.code))), on: date) {
          codes.append(code)
        } else {
          unmapped.append(String(text[start..<(start + best.length)]))
        }
        position = start + best.length
      } else {
        var end = position
        while end < text.count && text[end] != "," { end += 1 }
        let fragment = String(text[position..<end]).trimmingCharacters(in: .whitespaces)
        if !fragment.isEmpty && fragment != "." { unmapped.append(fragment) }
        position = end
      }
    }
    return (codes, unmapped)
  }

  /// Whether `code` is in the table.
  public func contains(_ code: MemberState.Code) -> Bool { states[code] != nil }

  private func choose(_ codes: [MemberState.Code], on date: CalendarDate?) -> MemberState.Code? {
    if codes.count == 1 { return codes[0] }
    guard let date, codes.count > 1 else { return nil }
    let members = codes.filter { states[$0]?.isMember(on: date) ?? false }
    return members.count == 1 ? members[0] : nil
  }

  /// Reads an alias table: columns `name`, `code`, and optionally `from`,
  /// `until` (ISO dates, empty for open) and `note`.
  /// - Throws: `ImportError` when the file is unreadable or malformed, or a
  ///   row has a bad date, an empty name, or a code not in `states`.
  public static func aliases(
    contentsOf path: String, states: [MemberState]
  ) throws(ImportError) -> [Alias] {
    try aliases(in: try SourceTable(path: path).document, states: states)
  }

  /// Reads an alias table from a parsed document; see `aliases(contentsOf:states:)`.
  public static func aliases(
    in document: CSVDocument, states: [MemberState]
  ) throws(ImportError) -> [Alias] {
    let table = SourceTable(document: document)
    let columns = try table.require(["name", "code"])
    let from = table.column("from")
    let until = table.column("until")
    let known = Set(states.map(\.code))
    var result: [Alias] = []
    for record in table.rows {
      func fail(_ message: String) -> ImportError {
        .invalidSource(file: table.file, line: table.line(record), message: message)
      }
      if let problem = table.shapeProblem(record) { throw fail(problem) }
      let name = table.trimmed(record, columns[0])
      let code = MemberState.Code(table.trimmed(record, columns[1]))
      guard !name.isEmpty else { throw fail("empty name; expected a state name") }
      guard known.contains(code) else {
        throw fail("unknown code '\(code)'; expected a code of the member-states table")
      }
      var dates: [CalendarDate?] = []
      for column in [from, until] {
        let text = table.trimmed(record, column)
        if text.isEmpty {
          dates.append(nil)
        } else if let date = CalendarDate(iso: text) {
          dates.append(date)
        } else {
          throw fail("bad date '\(text)'; expected YYYY-MM-DD or empty")
        }
      }
      result.append(Alias(name: name, code: code, from: dates[0], until: dates[1]))
    }
    return result
  }
}
