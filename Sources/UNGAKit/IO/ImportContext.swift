import Foundation

/// What every importer needs besides its inputs: the member-states table,
/// the alias table for state names, and the curated annotations.
public struct ImportContext: Sendable {
  /// File names of the curated sources in a sources folder (`datasets/sources`).
  public enum SourceFile {
    public static let memberStates = "member-states.csv"
    public static let aliases = "state-name-aliases.csv"
    public static let curatedTags = "curated-tags.csv"
    public static let curatedRollCalls = "curated-roll-calls.csv"
    public static let subjectIssues = "unbis-issue-codes.csv"
  }

  public var memberStates: [MemberState]
  public var aliases: [StateNameResolver.Alias]
  public var annotations: CuratedAnnotations
  /// Issue codes by subject heading of the UN's thesaurus (upper case), from
  /// `unbis-issue-codes.csv` (columns `subject`, `issue`).
  public var subjectIssues: [String: [IssueTag]]

  public init(
    memberStates: [MemberState], aliases: [StateNameResolver.Alias] = [],
    annotations: CuratedAnnotations = CuratedAnnotations(),
    subjectIssues: [String: [IssueTag]] = [:]
  ) {
    self.memberStates = memberStates
    self.aliases = aliases
    self.annotations = annotations
    self.subjectIssues = subjectIssues
  }

  /// The resolver for these states and aliases.
  public var resolver: StateNameResolver {
    StateNameResolver(memberStates: memberStates, aliases: aliases)
  }

  /// Reads the alias table and curated annotations from a sources folder
  /// (files named as in `SourceFile`; a missing file counts as empty).
  /// - Throws: `ImportError` when a present file is unreadable, malformed or invalid.
  public static func load(memberStates: [MemberState], sources folder: String) throws(ImportError)
    -> ImportContext
  {
    func path(_ name: String) -> String? {
      let path = (folder as NSString).appendingPathComponent(name)
      return FileManager.default.fileExists(atPath: path) ? path : nil
    }
    let aliases = try path(SourceFile.aliases).map { file throws(ImportError) in
      try StateNameResolver.aliases(contentsOf: file, states: memberStates)
    }
    let annotations = try CuratedAnnotations.load(
      tags: path(SourceFile.curatedTags), rollCalls: path(SourceFile.curatedRollCalls))
    var issuesBySubject: [String: [IssueTag]] = [:]
    if let file = path(SourceFile.subjectIssues) {
      issuesBySubject = try subjectIssues(in: try SourceTable(path: file).document)
    }
    return ImportContext(
      memberStates: memberStates, aliases: aliases ?? [], annotations: annotations,
      subjectIssues: issuesBySubject)
  }

  /// Reads the subject-to-issue table (`subject,issue`, one issue per row).
  /// - Throws: `ImportError` for a missing column or an empty or repeated row.
  static func subjectIssues(in document: CSVDocument) throws(ImportError) -> [String: [IssueTag]] {
    let table = SourceTable(document: document)
    let columns = try table.require(["subject", "issue"])
    var result: [String: [IssueTag]] = [:]
    for record in table.rows {
      func fail(_ message: String) -> ImportError {
        .invalidSource(file: table.file, line: table.line(record), message: message)
      }
      if let problem = table.shapeProblem(record) { throw fail(problem) }
      let subject = table.trimmed(record, columns[0]).uppercased()
      let issue = IssueTag(rawValue: table.trimmed(record, columns[1]))
      guard !subject.isEmpty, !issue.rawValue.isEmpty, !issue.rawValue.contains(";") else {
        throw fail("expected a subject and an issue code without ';'")
      }
      guard !(result[subject]?.contains(issue) ?? false) else {
        throw fail("repeated row: \(subject) → \(issue)")
      }
      result[subject, default: []].append(issue)
    }
    return result
  }
}
