import Foundation

/// What an importer made of its inputs: the rows to write and an account of every input row.
///
/// For each input file, every data row (blank lines aside) is either imported
/// or listed in `rejected` with its line and reason: `imported + rejected`
/// equals `rows` in each `FileCount`. `notes` lists rows that were imported
/// but changed or completed in a way a user should know about (a date moved
/// to agree with the membership record, a name in a title that could not be
/// mapped).
public struct ImportResult: Sendable {
  /// Row counts of one input file.
  public struct FileCount: Sendable, Hashable {
    /// The file as the caller named it.
    public var file: String
    /// Data rows read (the header and blank lines not counted).
    public var rows: Int
    /// Rows taken into the output (merged duplicates count as imported).
    public var imported: Int
    /// Rows not taken; each has an entry in `rejected`.
    public var rejected: Int
    /// Of the imported rows, those merged into a record another dataset
    /// already holds (each has an entry in `notes`).
    public var merged: Int

    public init(
      file: String, rows: Int = 0, imported: Int = 0, rejected: Int = 0, merged: Int = 0
    ) {
      self.file = file
      self.rows = rows
      self.imported = imported
      self.rejected = rejected
      self.merged = merged
    }
  }

  /// The native rows to write.
  public var rows: NativeRows
  /// Per input file, in the order read.
  public var files: [FileCount]
  /// Every input row not imported, with file, line and reason.
  public var rejected: [ImportIssue]
  /// Imported rows that were adjusted or only partly understood.
  public var notes: [ImportIssue]

  public init(
    rows: NativeRows, files: [FileCount], rejected: [ImportIssue], notes: [ImportIssue] = []
  ) {
    self.rows = rows
    self.files = files
    self.rejected = rejected
    self.notes = notes
  }

  /// Data rows imported, over all files.
  public var importedCount: Int { files.reduce(0) { $0 + $1.imported } }
  /// Data rows rejected, over all files.
  public var rejectedCount: Int { files.reduce(0) { $0 + $1.rejected } }

  /// A few lines for people: per file, rows read, imported and rejected; the
  /// rows written per table; and the most common reasons for rejections.
  public var summary: String {
    var lines: [String] = []
    for file in files {
      let merged = file.merged > 0 ? " (\(file.merged) merged)" : ""
      lines.append(
        "\(file.file): \(file.rows) rows, \(file.imported) imported\(merged), "
          + "\(file.rejected) rejected")
    }
    lines.append(
      "total: \(importedCount) imported, \(rejectedCount) rejected, \(notes.count) notes")
    lines.append(
      "written: \(rows.memberStates.count) member states, \(rows.rollCalls.count) roll calls, "
        + "\(rows.drafts.count) drafts, \(rows.votes.count) votes, "
        + "\(rows.sponsorships.count) sponsorships")
    var reasons: [String: Int] = [:]
    for issue in rejected { reasons[Self.reasonKind(issue.message), default: 0] += 1 }
    for (reason, count) in reasons.sorted(by: {
      $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
    }) {
      lines.append("rejected \(count): \(reason)")
    }
    return lines.joined(separator: "\n")
  }

  /// The part of a message before its first ": " detail, to group similar reasons.
  static func reasonKind(_ message: String) -> String {
    guard let range = message.range(of: ": ") else { return message }
    return String(message[..<range.lowerBound])
  }
}
