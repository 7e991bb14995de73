/// What a command line asks for, once parsed.
enum Invocation {
  /// Run this command, reached by `path` (`["unga", "import", "unvotes"]`).
  case run(any Command, path: [String])
  /// Print the help of this command.
  case help(any Command.Type, path: [String])
  /// Print the version.
  case version(String)
}

/// Turns a command line into an `Invocation`, or the `UsageError` that says what is wrong.
///
/// The root is always a group. Words select subcommands down to a command
/// without subcommands, whose arguments are then read in any order: options
/// (`--name value`, `--name=value`, `-n value`), flags, and positionals in
/// their declared order; `--` makes every later word positional.
enum CommandParser {
  static let helpNames: Set<String> = ["--help", "-h"]

  static func parse(_ root: any Command.Type, _ arguments: [String]) throws(UsageError)
    -> Invocation
  {
    var command = root
    var path = [root.configuration.name]
    do throws(UsageError) {
      var words = arguments[...]
      while command == root || !command.configuration.subcommands.isEmpty {
        guard let word = words.first else { return .help(command, path: path) }
        let rest = Array(words.dropFirst())
        if helpNames.contains(word) { return .help(command, path: path) }
        if let version = command.configuration.version, word == "--version" {
          if let extra = rest.first { throw UsageError(.unexpectedArgument(extra)) }
          return .version(version)
        }
        if command == root, word == "help" {
          return try helpTarget(root, rest)
        }
        guard let next = subcommand(named: word, of: command) else {
          throw unknown(word, in: command, isRoot: command == root)
        }
        command = next
        path.append(word)
        words = words.dropFirst()
      }
      return try parseArguments(command, Array(words), path: path)
    } catch {
      throw error.inContext(command, path: path)
    }
  }

  /// `unga help [subcommand ...]`: the help of the command named.
  private static func helpTarget(_ root: any Command.Type, _ names: [String]) throws(UsageError)
    -> Invocation
  {
    var command = root
    var path = [root.configuration.name]
    for name in names where !(command == root && name == "help") {
      guard let next = subcommand(named: name, of: command) else {
        let error = unknown(name, in: command, isRoot: command == root)
        let usage = "\(root.configuration.name) help [<subcommand> ...]"
        throw UsageError(error.kind, usage: usage, commandPath: root.configuration.name)
      }
      command = next
      path.append(name)
    }
    return .help(command, path: path)
  }

  private static func subcommand(named name: String, of command: any Command.Type)
    -> (any Command.Type)?
  {
    command.configuration.subcommands.first { $0.configuration.name == name }
  }

  private static func unknown(_ word: String, in group: any Command.Type, isRoot: Bool)
    -> UsageError
  {
    if isOptionLike(word) {
      var options = Array(helpNames)
      if group.configuration.version != nil { options.append("--version") }
      let name = String(word.prefix { $0 != "=" })
      return UsageError(.unknownOption(name, suggestion: suggestion(for: name, among: options)))
    }
    let names =
      group.configuration.subcommands.map { $0.configuration.name } + (isRoot ? ["help"] : [])
    return UsageError(
      .unknownSubcommand(word, suggestion: suggestion(for: word, among: names), available: names))
  }

  /// A word that names an option: a dash and more, but not a negative number.
  static func isOptionLike(_ word: String) -> Bool {
    word.count > 1 && word.hasPrefix("-") && Double(word) == nil
  }

  private static func parseArguments<C: Command>(
    _ type: C.Type, _ words: [String], path: [String]
  ) throws(UsageError) -> Invocation {
    if words.prefix(while: { $0 != "--" }).contains(where: helpNames.contains) {
      return .help(type, path: path)
    }
    let parts = C.arguments.flatMap(\.parts)
    let infos = parts.map(\.info)
    let positionals = infos.indices.filter { infos[$0].kind == .positional }
    var command = C()
    var counts = [Int](repeating: 0, count: parts.count)
    var nextPositional = 0
    var optionsEnded = false
    var index = 0

    func apply(_ part: Int, _ word: String, as name: String) throws(UsageError) {
      do throws(InvalidValue) {
        try parts[part].apply(&command, word)
      } catch {
        throw UsageError(.invalidValue(word, argument: name, expected: error.expected))
      }
      counts[part] += 1
    }

    while index < words.count {
      let word = words[index]
      index += 1
      if !optionsEnded, word == "--" {
        optionsEnded = true
      } else if !optionsEnded, isOptionLike(word) {
        let (name, attached) = splitOption(word)
        guard let part = lookUp(name, in: infos) else {
          throw UsageError(.unknownOption(name, suggestion: optionSuggestion(name, infos)))
        }
        let info = infos[part]
        if counts[part] > 0, !info.isRepeatable { throw UsageError(.repeated(info.displayName)) }
        if info.kind == .flag {
          if let attached { throw UsageError(.flagWithValue(flag: name, value: attached)) }
          try apply(part, "", as: name)
          continue
        }
        var value = attached
        if value == nil, index < words.count, !isOptionLike(words[index]), words[index] != "--" {
          value = words[index]
          index += 1
        }
        guard let value else {
          throw UsageError(.missingValue(option: info.displayName, valueName: info.valueName))
        }
        try apply(part, value, as: info.displayName)
        while info.takesWordsUpToNextOption, index < words.count, !isOptionLike(words[index]),
          words[index] != "--"
        {
          try apply(part, words[index], as: info.displayName)
          index += 1
        }
      } else {
        guard nextPositional < positionals.count else {
          throw UsageError(.unexpectedArgument(word))
        }
        let part = positionals[nextPositional]
        try apply(part, word, as: infos[part].displayName)
        if !infos[part].isRepeatable { nextPositional += 1 }
      }
    }
    for (info, count) in zip(infos, counts) where info.isRequired && count == 0 {
      throw UsageError(.missingArgument(info.synopsis))
    }
    for names in C.configuration.conflicts {
      let given = names.filter { name in
        zip(infos, counts).contains { "--\($0.name)" == name && $1 > 0 }
      }
      if given.count > 1 { throw UsageError(.conflict(given[0], given[1])) }
    }
    try command.validate()
    return .run(command, path: path)
  }

  /// `--name=value` → (`--name`, `value`); `--name` and `-n` → (word, nil).
  private static func splitOption(_ word: String) -> (String, String?) {
    guard word.hasPrefix("--"), let equals = word.firstIndex(of: "=") else { return (word, nil) }
    return (String(word[..<equals]), String(word[word.index(after: equals)...]))
  }

  private static func lookUp(_ name: String, in infos: [ArgumentInfo]) -> Int? {
    infos.firstIndex { info in
      guard info.kind != .positional else { return false }
      if name.hasPrefix("--") { return "--\(info.name)" == name }
      return info.short.map { "-\($0)" } == name
    }
  }

  /// The nearest option name; `-format` suggests `--format`.
  private static func optionSuggestion(_ name: String, _ infos: [ArgumentInfo]) -> String? {
    let names = infos.filter { $0.kind != .positional }.map { "--\($0.name)" }
    if !name.hasPrefix("--"), names.contains("-" + name) { return "-" + name }
    return suggestion(for: name, among: names + ["--help"])
  }
}

extension UsageError {
  /// The error with the usage line and help hint of the command being parsed,
  /// unless it already has them.
  func inContext(_ command: any Command.Type, path: [String]) -> UsageError {
    var error = self
    error.usage = usage ?? Help.shortUsage(for: command, path: path)
    error.commandPath = commandPath ?? path.joined(separator: " ")
    return error
  }
}
