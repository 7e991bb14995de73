/// A problem in a CSV file, with where it is and what was expected.
public struct CSVError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file as the user named it.
  public var file: String
  /// 1-based line number (physical line, counting newlines inside quoted fields).
  public var line: Int
  /// 1-based column (byte position in the line), when it applies.
  public var column: Int?
  /// What is wrong and what was expected.
  public var message: String

  public init(file: String, line: Int, column: Int? = nil, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `file:line:column: message`, the form compilers use.
  public var description: String {
    let place = column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
    return ControlCharacters.escaped(place + ": " + message)
  }
}
