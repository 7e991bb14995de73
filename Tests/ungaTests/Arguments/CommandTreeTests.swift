import Testing

@testable import unga

@Suite struct CommandTreeTests {
  @Test func theToolsDeclarationsAreConsistent() {
    #expect(declarationProblems(Unga.self) == [])
    #expect(declarationProblems(TestTool.self) == [])
  }

  /// The checker itself finds what it is meant to find.
  @Test func theCheckerFindsMistakes() {
    let problems = declarationProblems(BrokenTool.self)
    #expect(
      problems == [
        "broken broken: a long name repeats",
        "broken broken: a short name repeats",
        "broken broken: a positional follows a variadic one",
        "broken broken: a required positional follows an optional one",
        "broken broken: conflict names unknown option --nothing",
        "broken broken: no example",
      ])
  }

  @Test func examplesAreSplitLikeAShellWould() {
    #expect(
      shellWords("unga simulate --scenario \"US: +USA\" 'a b'  c") == [
        "unga", "simulate", "--scenario", "US: +USA", "a b", "c",
      ])
    #expect(shellWords("x \"\"") == ["x", ""])
  }
}

private struct BrokenTool: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "broken", abstract: "Broken.", subcommands: [Broken.self],
      examples: ["broken help broken"])
  }
}

private struct Broken: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "broken", abstract: "Broken.", examples: [], conflicts: [["--a", "--nothing"]])
  }

  var a = false
  var b = false
  var first: String?
  var rest: [String] = []
  var last = ""

  static var arguments: [Argument<Self>] {
    [
      .flag(\.a, name: "a", short: "h", help: "Clashes with -h."),
      .flag(\.b, name: "a", help: "Clashes with --a."),
      .positional(\.first, name: "first", help: "Optional."),
      .positional(\.rest, name: "rest", help: "Variadic."),
      .positional(\.last, name: "last", help: "Unreachable."),
    ]
  }

  func run(_ console: Console) throws {}
}
