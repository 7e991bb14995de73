import Foundation

/// An input CSV file with its header resolved to column positions: what every
/// importer reads its sources through.
///
/// Header names are matched after trimming spaces and lower-casing. Data rows
/// are records 1 and up; blank lines are not rows. A row whose field count
/// differs from the header's is malformed and must be reported by the caller.
struct SourceTable {
  let file: String
  let document: CSVDocument
  let header: [String]
  private let columns: [String: Int]

  init(document: CSVDocument) {
    self.file = document.file
    self.document = document
    self.header =
      document.count > 0
      ? document.strings(0).map { $0.trimmingCharacters(in: .whitespaces).lowercased() } : []
    var columns: [String: Int] = [:]
    for (index, name) in header.enumerated() where columns[name] == nil {
      columns[name] = index
    }
    self.columns = columns
  }

  /// Reads and parses the file at `path`.
  /// - Throws: `ImportError.unreadable` or `.malformed`.
  init(path: String) throws(ImportError) {
    guard let data = FileManager.default.contents(atPath: path) else {
      let reason =
        FileManager.default.fileExists(atPath: path)
        ? "permission denied or not a regular file" : "no such file"
      throw ImportError.unreadable(file: path, reason: reason)
    }
    do {
      self.init(document: try CSVDocument(bytes: [UInt8](data), file: path))
    } catch {
      throw ImportError.malformed(error)
    }
  }

  /// Whether the header has all of `names`.
  func has(_ names: [String]) -> Bool { names.allSatisfy { columns[$0] != nil } }

  /// The position of column `name`, if present.
  func column(_ name: String) -> Int? { columns[name] }

  /// The positions of `names`, in order.
  /// - Throws: `ImportError.missingColumns` naming those absent.
  func require(_ names: [String]) throws(ImportError) -> [Int] {
    let missing = names.filter { columns[$0] == nil }
    guard missing.isEmpty else {
      throw ImportError.missingColumns(file: file, missing: missing, expected: names)
    }
    return names.compactMap { columns[$0] }
  }

  /// Data record indices (blank lines skipped).
  var rows: [Int] {
    document.count < 2 ? [] : (1..<document.count).filter { !document.isBlank($0) }
  }

  /// The 1-based line of a record.
  func line(_ record: Int) -> Int { document.line(record) }

  /// An issue at a record's line.
  func issue(_ record: Int, _ message: String) -> ImportIssue {
    ImportIssue(file: file, line: line(record), message: message)
  }

  /// An issue at the start of a record's field in `column` (or its line when absent).
  func issue(_ record: Int, at column: Int?, _ message: String) -> ImportIssue {
    guard let column, column < document.fieldCount(record) else { return issue(record, message) }
    let place = document.location(record, column)
    return ImportIssue(file: file, line: place.line, column: place.column, message: message)
  }

  /// `nil` when the record has as many fields as the header; otherwise the message to report.
  func shapeProblem(_ record: Int) -> String? {
    let count = document.fieldCount(record)
    guard count != header.count else { return nil }
    return "malformed row: \(count) fields; expected \(header.count) as in the header"
  }

  /// A field's text; empty when the column is absent.
  func string(_ record: Int, _ column: Int?) -> String {
    guard let column, column < document.fieldCount(record) else { return "" }
    return document.string(record, column)
  }

  /// A field's text with surrounding spaces removed.
  func trimmed(_ record: Int, _ column: Int?) -> String {
    string(record, column).trimmingCharacters(in: .whitespaces)
  }
}
