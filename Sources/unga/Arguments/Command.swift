/// A set of arguments that can be parsed: a command, or options shared by several commands.
///
/// `init()` gives every property its default; `arguments` binds each one to
/// the command line (see `Argument`).
protocol ParsableOptions {
  init()
  static var arguments: [Argument<Self>] { get }
}

/// A command of the `unga` tool: it declares its arguments, and `run` calls
/// the library and prints. A command with subcommands is a group: it takes no
/// arguments of its own and is never run; given alone, it prints its help.
protocol Command: ParsableOptions {
  static var configuration: CommandConfiguration { get }
  /// Checks the parsed values together; a `UsageError` thrown here exits 64
  /// with the command's usage line, before `run`.
  func validate() throws(UsageError)
  /// Does the work. Normal output goes to `console.write`; errors are thrown
  /// (see `ExitCode` for how they map to exit codes).
  func run(_ console: Console) throws
}

extension Command {
  static var arguments: [Argument<Self>] { [] }
  func validate() throws(UsageError) {}
  func run(_ console: Console) throws {
    throw CommandError.internalError("'\(Self.configuration.name)' has nothing to run")
  }
}

/// How a command presents itself: its name, help texts, and subcommands.
struct CommandConfiguration {
  /// The word that selects it (`show`), or the tool's name for the root.
  var name: String
  /// One line for lists of subcommands and the top of help.
  var abstract: String
  /// Paragraphs shown after the abstract in help.
  var discussion: String
  /// The tool's version, answered by `--version`; only the root sets it.
  var version: String?
  var subcommands: [any Command.Type]
  /// Complete command lines (starting with the tool's name), shown in help
  /// and checked by the tests to parse.
  var examples: [String]
  /// Sets of long option names (`"--exact"`) of which at most one may be given.
  var conflicts: [[String]]

  init(
    name: String, abstract: String, discussion: String = "", version: String? = nil,
    subcommands: [any Command.Type] = [], examples: [String], conflicts: [[String]] = []
  ) {
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.version = version
    self.subcommands = subcommands
    self.examples = examples
    self.conflicts = conflicts
  }
}
