/// A CSV document read through its header: columns found by name, data rows
/// checked to have as many fields as the header.
///
/// Column names are compared exactly (case-sensitive) after trimming spaces
/// and tabs; a byte-order mark has already been dropped by `CSVDocument`.
/// Blank lines are skipped: they are not data rows and not errors. A row with
/// more or fewer fields than the header is reported in `issues` (an error) and
/// left out of `rows`; a column that is neither required nor optional is
/// reported as a warning and ignored.
public struct CSVTable: Sendable {
  /// The parsed file.
  public let document: CSVDocument
  /// The header's column names, trimmed, in file order.
  public let header: [String]
  /// The record indices (into `document`) of the data rows: every record after
  /// the header that is neither blank nor ragged, in file order.
  public let rows: [Int]
  /// Ragged rows (errors) and unknown columns (warnings), in file order; at
  /// most `IssueCollector.defaultLimitPerFile` of them, then one that counts the rest.
  public let issues: [DataIssue]
  private let indexByName: [String: Int]

  /// Reads `document`'s header and rows. `table` names the table in messages
  /// (`votes`).
  ///
  /// - Throws: `DataIssue` when the file is empty, has a header only (no data
  ///   rows), names a column twice, or lacks a required column (the message
  ///   names the missing ones and lists all required columns).
  /// - Complexity: O(records + fields of the header).
  public init(
    document: CSVDocument, required: [String], optional: [String], table: String
  ) throws(DataIssue) {
    let file = document.file
    let requiredList = required.joined(separator: ", ")
    guard !CSVTable.isEmpty(document) else {
      throw DataIssue(
        .error, file: file, line: 1,
        message: "empty file; expected a header line naming the columns of a \(table) table "
          + "(required: \(requiredList))")
    }
    guard !document.isBlank(0) else {
      throw DataIssue(
        .error, file: file, line: 1,
        message: "blank first line; expected the header naming the columns of a \(table) table "
          + "on line 1 (required: \(requiredList))")
    }
    let header = document.strings(0).map(CSVTable.trimmed)
    var indexByName: [String: Int] = [:]
    indexByName.reserveCapacity(header.count)
    var duplicates: [(name: String, column: Int, first: Int)] = []
    for (index, name) in header.enumerated() {
      if let first = indexByName[name] {
        if duplicates.count < 20 { duplicates.append((name, index, first)) }
      } else {
        indexByName[name] = index
      }
    }
    if let duplicate = duplicates.first {
      let names = duplicates.map { "'\($0.name)' (fields \($0.first + 1) and \($0.column + 1))" }
      throw DataIssue(
        .error, file: file, line: document.line(0),
        column: document.location(0, duplicate.column).column,
        message: "duplicate column name \(names.joined(separator: ", ")); "
          + "expected each column once")
    }
    let missing = required.filter { indexByName[$0] == nil }
    if !missing.isEmpty {
      let names = missing.map { "'\($0)'" }.joined(separator: ", ")
      throw DataIssue(
        .error, file: file, line: document.line(0),
        message: "missing required column\(missing.count == 1 ? "" : "s") \(names); "
          + "a \(table) table needs the columns \(requiredList)")
    }

    var collector = IssueCollector()
    let known = Set(required + optional)
    let expected = (required + optional).joined(separator: ", ")
    // Each warning costs a scan of the header up to its column: list a few, count the rest.
    let unknown = header.indices.filter { !known.contains(header[$0]) }
    for index in unknown.prefix(CSVTable.unknownColumnsListed) {
      collector.add(
        DataIssue(
          .warning, file: file, line: document.line(0),
          column: document.location(0, index).column,
          message: "unknown column '\(header[index])' ignored; a \(table) table has the columns "
            + expected))
    }
    if unknown.count > CSVTable.unknownColumnsListed {
      collector.add(
        DataIssue(
          .warning, file: file, line: document.line(0),
          message: "\(unknown.count - CSVTable.unknownColumnsListed) more unknown columns ignored"))
    }

    var rows: [Int] = []
    rows.reserveCapacity(document.count - 1)
    let width = header.count
    for record in 1..<document.count {
      let found = document.fieldCount(record)
      if found == width {
        rows.append(record)
      } else if !document.isBlank(record) {
        collector.add(
          DataIssue(
            .error, file: file, line: document.line(record),
            message: "expected \(width) fields as in the header, found \(found)"))
      }
    }
    if rows.isEmpty && !collector.hasErrors {
      throw DataIssue(
        .error, file: file, line: document.line(document.count - 1),
        message: "no data rows; expected at least one data row after the header")
    }
    self.document = document
    self.header = header
    self.rows = rows
    self.issues = collector.finished()
    self.indexByName = indexByName
  }

  /// Reads `document` as a table of the native format.
  /// - Throws: `DataIssue`, as `init(document:required:optional:table:)`.
  public init(document: CSVDocument, table: NativeTable) throws(DataIssue) {
    try self.init(
      document: document, required: table.requiredColumns, optional: table.optionalColumns,
      table: table.rawValue)
  }

  /// How many unknown columns get a warning of their own.
  static let unknownColumnsListed = 20

  /// The field index of a column, or `nil` when the header does not have it.
  public func column(_ name: String) -> Int? { indexByName[name] }

  /// The value of column `column` (a field index) in record `record`.
  public func string(_ record: Int, _ column: Int) -> String {
    document.string(record, column)
  }

  /// Whether `document` has no records but blank lines.
  static func isEmpty(_ document: CSVDocument) -> Bool {
    (0..<document.count).allSatisfy(document.isBlank)
  }

  /// `text` without leading and trailing spaces and tabs.
  static func trimmed(_ text: String) -> String {
    let utf8 = text.utf8
    guard let first = utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
      let last = utf8.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })
    else { return "" }
    if first == utf8.startIndex && last == utf8.index(before: utf8.endIndex) { return text }
    return String(text[first...last])
  }
}
