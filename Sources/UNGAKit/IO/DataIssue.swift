/// A problem found in a dataset's files, with where it is and what was expected.
///
/// Errors make a dataset unusable (`DatasetLoader.load` throws); warnings
/// (an unknown column, a sponsorship of a document not in the data) do not.
public struct DataIssue: Error, Sendable, Hashable, CustomStringConvertible {
  /// How serious an issue is.
  public enum Severity: String, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The data contradicts itself or the format; loading fails.
    case error
    /// Worth a look; loading goes on.
    case warning
    public var description: String { rawValue }
  }

  /// Whether it is an error or a warning.
  public var severity: Severity
  /// The file as the user named it (a folder's file: the folder path joined with its name).
  public var file: String
  /// 1-based physical line, counting newlines inside quoted fields; `nil`
  /// for a problem with the file as a whole.
  public var line: Int?
  /// 1-based byte column where the offending field starts, when it applies.
  public var column: Int?
  /// What is wrong, the bad value, and what was expected.
  public var message: String
  /// For the one issue that closes a file's list when more were found than
  /// are kept: the errors and warnings it stands for; 0 for any other issue.
  public var unlistedErrors = 0
  /// The warnings a closing issue stands for (see `unlistedErrors`).
  public var unlistedWarnings = 0

  /// Creates an issue.
  public init(
    _ severity: Severity, file: String, line: Int?, column: Int? = nil, message: String
  ) {
    self.severity = severity
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// The issue for a CSV syntax error: always an error.
  public init(_ error: CSVError) {
    self.init(
      .error, file: error.file, line: error.line, column: error.column, message: error.message)
  }

  /// Whether this is an error (not a warning).
  public var isError: Bool { severity == .error }

  /// Whether this issue only counts others that are not listed.
  public var isUnlistedCount: Bool { unlistedErrors + unlistedWarnings > 0 }

  /// Every error and warning that `issues` stand for: each listed issue
  /// once, and the issues that a file's closing issue counts.
  public static func counts(_ issues: [DataIssue]) -> (errors: Int, warnings: Int) {
    var errors = 0
    var warnings = 0
    for issue in issues {
      if issue.isUnlistedCount {
        errors += issue.unlistedErrors
        warnings += issue.unlistedWarnings
      } else if issue.isError {
        errors += 1
      } else {
        warnings += 1
      }
    }
    return (errors, warnings)
  }

  /// `file:line:column: message` (the form compilers use); a warning's
  /// message starts with `warning: `; line and column are left out when unknown.
  public var description: String {
    var text = file
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    }
    text += ": "
    if severity == .warning { text += "warning: " }
    // Values quoted from the data may hold control characters: shown escaped.
    return ControlCharacters.escaped(text + message)
  }
}
