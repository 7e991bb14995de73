/// One input row an importer did not take as it was: rejected, skipped, or adjusted.
public struct ImportIssue: Sendable, Hashable, CustomStringConvertible {
  /// The input file as the caller named it.
  public var file: String
  /// The 1-based line on which the row starts.
  public var line: Int
  /// The 1-based byte column where the offending field starts, when one field is at fault.
  public var column: Int?
  /// What happened to the row and why, naming the bad value and what was expected.
  public var message: String

  public init(file: String, line: Int, column: Int? = nil, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `file:line:column: message` (the form compilers use; no column when the
  /// row as a whole is at fault), control characters from the data escaped.
  public var description: String {
    let place = column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
    return ControlCharacters.escaped(place + ": " + message)
  }
}
