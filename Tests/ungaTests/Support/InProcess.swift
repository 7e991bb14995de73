@testable import unga

/// What a command line run in this process printed, and its exit status.
struct InProcessResult {
  var stdout: String
  var stderr: String
  var status: ExitCode
}

/// Runs a command line against `root` (default: the test tool) in this process.
func runInProcess(_ arguments: [String], root: any Command.Type = TestTool.self) -> InProcessResult
{
  let console = Console.capture()
  let status = CommandRunner.run(root, arguments: arguments, console: console)
  return InProcessResult(stdout: console.output, stderr: console.error, status: status)
}

/// Parses `arguments` with the test tool and returns the command it would run.
func parsed<C: Command>(_ type: C.Type, _ arguments: [String]) throws -> C {
  guard case .run(let command, _) = try CommandParser.parse(TestTool.self, arguments),
    let command = command as? C
  else { throw NotThatCommand(expected: "\(C.self)") }
  return command
}

/// The command line parsed to another command than the test expected.
struct NotThatCommand: Error {
  var expected: String
}

/// Splits an example command line into words: spaces separate, single or
/// double quotes group.
func shellWords(_ line: String) -> [String] {
  var words: [String] = []
  var word = ""
  var quote: Character?
  var inWord = false
  for character in line {
    if let open = quote {
      if character == open { quote = nil } else { word.append(character) }
    } else if character == "\"" || character == "'" {
      quote = character
      inWord = true
    } else if character == " " {
      if inWord { words.append(word) }
      word = ""
      inWord = false
    } else {
      word.append(character)
      inWord = true
    }
  }
  if inWord { words.append(word) }
  return words
}

/// Mistakes in a command tree's declarations that no command line reveals:
/// names used twice, conflicts naming unknown options, missing or stale
/// examples, positionals that cannot be reached.
func declarationProblems(_ root: any Command.Type) -> [String] {
  var problems: [String] = []
  func visit(_ command: any Command.Type, path: [String]) {
    let configuration = command.configuration
    let place = path.joined(separator: " ")
    let infos = command.argumentInfo
    let options = infos.filter { $0.kind != .positional }
    let longNames =
      options.map(\.name) + ["help"] + (configuration.version == nil ? [] : ["version"])
    let shortNames = options.compactMap(\.short) + ["h"]
    if Set(longNames).count != longNames.count { problems.append("\(place): a long name repeats") }
    if Set(shortNames).count != shortNames.count {
      problems.append("\(place): a short name repeats")
    }
    let positionals = infos.filter { $0.kind == .positional }
    if let variadic = positionals.firstIndex(where: \.isRepeatable),
      variadic != positionals.count - 1
    {
      problems.append("\(place): a positional follows a variadic one")
    }
    if let optional = positionals.firstIndex(where: { !$0.isRequired }),
      positionals[optional...].contains(where: \.isRequired)
    {
      problems.append("\(place): a required positional follows an optional one")
    }
    for name in configuration.conflicts.joined()
    where !longNames.contains(where: { "--\($0)" == name }) {
      problems.append("\(place): conflict names unknown option \(name)")
    }
    if !configuration.subcommands.isEmpty, !infos.isEmpty {
      problems.append("\(place): a group declares arguments")
    }
    if configuration.examples.isEmpty { problems.append("\(place): no example") }
    for example in configuration.examples {
      let words = shellWords(example)
      let isHelpOrVersion = words.dropFirst().first == "help" || words.contains("--version")
      if !isHelpOrVersion, example != place, !example.hasPrefix(place + " ") {
        problems.append("\(place): example '\(example)' does not start with '\(place)'")
      }
      do {
        _ = try CommandParser.parse(root, Array(words.dropFirst()))
      } catch {
        problems.append("\(place): example '\(example)' does not parse: \(error)")
      }
    }
    let names = configuration.subcommands.map { $0.configuration.name }
    if Set(names).count != names.count || names.contains("help") {
      problems.append("\(place): a subcommand name repeats")
    }
    for subcommand in configuration.subcommands {
      visit(subcommand, path: path + [subcommand.configuration.name])
    }
  }
  visit(root, path: [root.configuration.name])
  return problems
}
