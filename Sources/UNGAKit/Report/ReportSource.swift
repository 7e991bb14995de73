/// One input file a report's figures rest on: where it was read from, what it
/// held, and its SHA-256 digest, so a reader can check they have the same data.
///
/// The command fills these from the dataset loader's record of the files it
/// read (path, table, row count, digest); the report only shows them.
public struct ReportSource: Sendable, Hashable, Codable {
  /// The path as the user gave it (or the shipped dataset's path).
  public var path: String
  /// The table the file holds: `member-states`, `resolutions`, `votes` or `sponsors`.
  public var table: String
  /// Data rows in the file (records after the header), 0 or more.
  public var rowCount: Int
  /// The SHA-256 digest of the file's bytes, 64 lowercase hexadecimal digits.
  public var sha256: String

  /// A source file `path` holding `rowCount` rows of `table`, with digest `sha256`.
  public init(path: String, table: String, rowCount: Int, sha256: String) {
    self.path = path
    self.table = table
    self.rowCount = rowCount
    self.sha256 = sha256
  }
}
