import Foundation

/// Curated facts that the importers add to what a source says: extra issue
/// tags (`ukraine`) and, for roll calls whose source lacks them, a title, a
/// draft symbol and the totals recorded in the official record.
///
/// Entries are keyed by `document`: a roll call or draft id, a resolution
/// symbol or a draft symbol. They fill gaps and add tags; they never replace
/// a value the source gives. Every importer applies the same annotations, so
/// the same roll call imported from two sources gets the same tags.
///
/// Files (`datasets/sources/`):
/// - `curated-tags.csv`: `document,tag,note`, one tag per row;
/// - `curated-roll-calls.csv`: `document,title,draft,yes,no,abstain,non_voting,source`.
public struct CuratedAnnotations: Sendable {
  /// What the official record says of a roll call, where a source omits it.
  public struct RollCallFacts: Sendable, Hashable {
    public var title: String?
    public var draft: String?
    public var recordedTally: Tally?

    public init(title: String? = nil, draft: String? = nil, recordedTally: Tally? = nil) {
      self.title = title
      self.draft = draft
      self.recordedTally = recordedTally
    }
  }

  /// Extra tags by document key.
  public var tags: [String: [IssueTag]]
  /// Roll-call facts by document key.
  public var facts: [String: RollCallFacts]

  public init(tags: [String: [IssueTag]] = [:], facts: [String: RollCallFacts] = [:]) {
    self.tags = tags
    self.facts = facts
  }

  /// Reads the two curated files; either may be `nil`.
  /// - Throws: `ImportError` when a file is unreadable or malformed or a row is invalid.
  public static func load(tags: String?, rollCalls: String?) throws(ImportError)
    -> CuratedAnnotations
  {
    try parse(
      tags: try tags.map { path throws(ImportError) in try SourceTable(path: path).document },
      rollCalls: try rollCalls.map { path throws(ImportError) in
        try SourceTable(path: path).document
      })
  }

  /// Reads the two curated files from parsed documents; see `load(tags:rollCalls:)`.
  public static func parse(tags: CSVDocument?, rollCalls: CSVDocument?) throws(ImportError)
    -> CuratedAnnotations
  {
    var result = CuratedAnnotations()
    if let tags {
      let table = SourceTable(document: tags)
      let columns = try table.require(["document", "tag"])
      for record in table.rows {
        func fail(_ message: String) -> ImportError {
          .invalidSource(file: table.file, line: table.line(record), message: message)
        }
        if let problem = table.shapeProblem(record) { throw fail(problem) }
        let document = table.trimmed(record, columns[0])
        let tag = table.trimmed(record, columns[1])
        guard !document.isEmpty, !tag.isEmpty, !tag.contains(";") else {
          throw fail("expected a document and a tag without ';'")
        }
        result.tags[document, default: []].append(IssueTag(rawValue: tag))
      }
    }
    if let rollCalls {
      let table = SourceTable(document: rollCalls)
      let columns = try table.require(["document"])
      let names = ["title", "draft", "yes", "no", "abstain", "non_voting"]
      let optional = names.map { table.column($0) }
      for record in table.rows {
        func fail(_ message: String) -> ImportError {
          .invalidSource(file: table.file, line: table.line(record), message: message)
        }
        if let problem = table.shapeProblem(record) { throw fail(problem) }
        let document = table.trimmed(record, columns[0])
        guard !document.isEmpty else { throw fail("empty document; expected an id or symbol") }
        guard result.facts[document] == nil else { throw fail("duplicate document '\(document)'") }
        let texts = optional.map { table.trimmed(record, $0) }
        let counts = texts[2...].map { Int($0) }
        var tally: Tally?
        if counts.allSatisfy({ $0 != nil }) {
          let values = counts.compactMap { $0 }
          guard values.allSatisfy({ $0 >= 0 }) else { throw fail("negative total") }
          tally = Tally(yes: values[0], no: values[1], abstain: values[2], nonVoting: values[3])
        } else if !texts[2...].allSatisfy(\.isEmpty) {
          throw fail("incomplete totals; expected yes, no, abstain and non_voting, or none")
        }
        result.facts[document] = RollCallFacts(
          title: texts[0].isEmpty ? nil : texts[0], draft: texts[1].isEmpty ? nil : texts[1],
          recordedTally: tally)
      }
    }
    return result
  }

  /// The curated tags of a document known by any of `keys`.
  public func tags(for keys: [String?]) -> [IssueTag] {
    var result: [IssueTag] = []
    for key in keys.compactMap({ $0 }) { result += tags[key] ?? [] }
    return result
  }

  /// The facts of a document known by any of `keys` (the first key that has some).
  public func facts(for keys: [String?]) -> RollCallFacts? {
    keys.compactMap { $0 }.lazy.compactMap { facts[$0] }.first
  }

  /// Adds curated tags and fills the title, draft and totals the source left empty.
  func apply(to rollCall: inout RollCall) {
    let keys = [rollCall.id.rawValue, rollCall.resolution, rollCall.draft]
    rollCall.issues = Self.union(rollCall.issues, tags(for: keys))
    if let facts = facts(for: keys) {
      if rollCall.title.isEmpty, let title = facts.title { rollCall.title = title }
      if rollCall.draft == nil { rollCall.draft = facts.draft }
      if rollCall.recordedTally == nil { rollCall.recordedTally = facts.recordedTally }
    }
  }

  /// Adds curated tags to a draft.
  func apply(to draft: inout Draft) {
    draft.issues = Self.union(
      draft.issues, tags(for: [draft.id.rawValue, draft.draft, draft.resolution]))
  }

  /// Tags without repeats, sorted, so that every source gives the same list.
  static func union(_ a: [IssueTag], _ b: [IssueTag]) -> [IssueTag] {
    Array(Set(a + b)).sorted()
  }
}
