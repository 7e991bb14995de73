/// The bytes of one dataset file, before reading: what `DatasetLoader` reads
/// from disk, or what a caller (a test, a fuzzer, a network client) has in memory.
public struct DatasetSource: Sendable {
  /// The name used in messages: the path as the user gave it.
  public var path: String
  /// The table it holds, or `nil` to recognise it by its header.
  public var table: NativeTable?
  /// The file's bytes.
  public var bytes: [UInt8]

  /// Creates a source from bytes.
  public init(path: String, table: NativeTable? = nil, bytes: [UInt8]) {
    self.path = path
    self.table = table
    self.bytes = bytes
  }

  /// Creates a source from UTF-8 text.
  public init(path: String, table: NativeTable? = nil, text: String) {
    self.init(path: path, table: table, bytes: Array(text.utf8))
  }
}
