/// A file a dataset was read from.
public struct SourceFile: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The path as the user gave it (a folder's file: the folder path joined with the file name).
  public var path: String
  /// The table it holds: from its name in a folder, or recognised by its header.
  public var table: NativeTable
  /// The number of data rows (records after the header, blank lines not counted).
  public var rowCount: Int
  /// The SHA-256 digest of the file's bytes, 64 lowercase hexadecimal digits.
  public var sha256: String

  /// Creates a description of a source file.
  public init(path: String, table: NativeTable, rowCount: Int, sha256: String) {
    self.path = path
    self.table = table
    self.rowCount = rowCount
    self.sha256 = sha256
  }

  /// `path (table, N rows, sha256 …)`.
  public var description: String {
    "\(path) (\(table), \(rowCount) rows, sha256 \(sha256))"
  }
}
