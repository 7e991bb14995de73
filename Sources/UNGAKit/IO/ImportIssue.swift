/// One input row an importer did not take as it was: rejected, skipped, or adjusted.
public struct ImportIssue: Sendable, Hashable, CustomStringConvertible {
  /// The input file as the caller named it.
  public var file: String
  /// The 1-based line on which the row starts.
  public var line: Int
  /// What happened to the row and why, naming the bad value and what was expected.
  public var message: String

  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: message`, the form compilers use.
  /// `file:line: message`, control characters from the data escaped.
  public var description: String { ControlCharacters.escaped("\(file):\(line): \(message)") }
}
