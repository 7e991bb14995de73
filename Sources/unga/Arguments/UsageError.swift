/// A command line that does not fit the command's declaration (exit 64).
///
/// The message names the bad argument and what was expected; the runner adds
/// the usage line of the command being parsed and where to find its help.
struct UsageError: Error, Equatable, CustomStringConvertible {
  enum Kind: Equatable {
    case unknownSubcommand(String, suggestion: String?, available: [String])
    case unknownOption(String, suggestion: String?)
    case missingValue(option: String, valueName: String)
    case flagWithValue(flag: String, value: String)
    case missingArgument(String)
    case invalidValue(String, argument: String, expected: String)
    case repeated(String)
    case conflict(String, String)
    case unexpectedArgument(String)
    /// A command's own check of its values together.
    case invalid(String)
  }

  var kind: Kind
  /// The command's usage line, when known.
  var usage: String?
  /// The command path for `--help` (`unga show`), when known.
  var commandPath: String?

  init(_ kind: Kind, usage: String? = nil, commandPath: String? = nil) {
    self.kind = kind
    self.usage = usage
    self.commandPath = commandPath
  }

  /// A command's own usage error, e.g. two values that cannot go together.
  static func invalid(_ message: String) -> UsageError { UsageError(.invalid(message)) }

  /// The one-line message, without the usage.
  var description: String {
    switch kind {
    case .unknownSubcommand(let name, let suggestion, let available):
      if let suggestion { return "unknown subcommand '\(name)'; did you mean '\(suggestion)'?" }
      if available.isEmpty {
        return "unknown subcommand '\(name)': this command has no subcommands"
      }
      return "unknown subcommand '\(name)'; expected one of: " + available.joined(separator: ", ")
    case .unknownOption(let name, let suggestion):
      return "unknown option '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
    case .missingValue(let option, let valueName):
      return "missing value for '\(option) <\(valueName)>'"
    case .flagWithValue(let flag, let value):
      return "flag '\(flag)' takes no value, found '\(value)'"
    case .missingArgument(let name):
      return "missing required argument '\(name)'"
    case .invalidValue(let value, let argument, let expected):
      return "invalid value '\(value)' for '\(argument)': expected \(expected)"
    case .repeated(let name):
      return "option '\(name)' given more than once; it takes a single value"
    case .conflict(let first, let second):
      return "'\(first)' cannot be used with '\(second)'"
    case .unexpectedArgument(let word):
      return "unexpected argument '\(word)'"
    case .invalid(let message):
      return message
    }
  }

  /// What the tool prints on standard error, prefixed with its name.
  func report(tool: String) -> String {
    var lines = ["\(tool): error: \(description)"]
    if let usage { lines.append("Usage: \(usage)") }
    if let commandPath { lines.append("  See '\(commandPath) --help' for more information.") }
    return lines.joined(separator: "\n") + "\n"
  }
}
