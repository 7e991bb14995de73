import Testing

@testable import unga

@Suite struct CommandParserTests {
  @Test func defaultsComeFromTheInitialValues() throws {
    let command = try parsed(TestSimulate.self, ["simulate"])
    #expect(command == TestSimulate())
    #expect(command.trials == 100_000)
    #expect(command.seed == 42)
    #expect(command.draft == nil)
  }

  @Test(arguments: [
    ["simulate", "--trials", "500"],
    ["simulate", "--trials=500"],
    ["simulate", "-n", "500"],
  ])
  func optionValueForms(_ arguments: [String]) throws {
    #expect(try parsed(TestSimulate.self, arguments).trials == 500)
  }

  @Test func everyKindOfArgumentInAnyOrder() throws {
    let command = try parsed(
      TestSimulate.self,
      [
        "simulate", "--majority", "two-thirds", "A/ES-11/L.10", "--exact", "--with", "USA,FRA",
        "--with=GBR", "--threshold", "97", "--threshold", "129", "--seed", "7",
        "--correlation", "0.5", "--data", "datasets/history", "--data", "mine.csv",
      ])
    #expect(command.draft == "A/ES-11/L.10")
    #expect(command.majority == .twoThirds)
    #expect(command.exact)
    #expect(command.with == ["USA", "FRA", "GBR"])
    #expect(command.thresholds == [97, 129])
    #expect(command.seed == 7)
    #expect(command.correlation == 0.5)
    #expect(command.data.paths == ["datasets/history", "mine.csv"])
  }

  @Test func rangeBoundsAreInclusiveOrExclusiveAsDeclared() throws {
    #expect(try parsed(TestSimulate.self, ["simulate", "--trials", "1"]).trials == 1)
    #expect(try parsed(TestSimulate.self, ["simulate", "--precision", "1"]).precision == 1)
    #expect(try parsed(TestSimulate.self, ["simulate", "--correlation", "0"]).correlation == 0)
    #expect(throws: UsageError.self) {
      try parsed(TestSimulate.self, ["simulate", "--correlation", "1"])
    }
  }

  @Test func negativeNumbersAreValuesNotOptions() throws {
    #expect(try parsed(TestSum.self, ["sum", "1", "-2", "-30"]).values == [1, -2, -30])
    #expect(runInProcess(["sum", "-x", "10", "-1"]).stdout == "9\n")
  }

  @Test func doubleDashEndsOptions() throws {
    let command = try parsed(
      TestUnvotes.self, ["import", "unvotes", "-o", "out", "--column", "c", "--", "-a.csv"])
    #expect(command.inputs == ["-a.csv"])
    #expect(command.output == "out")
    let words = try parsed(
      TestUnvotes.self, ["import", "unvotes", "-o", "x", "--column=c", "--", "--help", "-o"])
    #expect(words.inputs == ["--help", "-o"])
    #expect(words.output == "x")
  }

  @Test func anUpToNextOptionOptionTakesEveryWordUntilAnOption() throws {
    let command = try parsed(
      TestCurated.self,
      [
        "import", "curated", "--first", "a.csv", "b.csv", "--second", "1", "-2", "--first=c.csv",
        "d.csv", "-o", "out",
      ])
    #expect(command.first == ["a.csv", "b.csv", "c.csv", "d.csv"])
    #expect(command.second == [1, -2])
    #expect(command.output == "out")
  }

  @Test func anUpToNextOptionOptionStopsAtDoubleDashAndNeedsAValue() {
    func kind(_ arguments: [String]) -> UsageError.Kind? {
      do {
        _ = try CommandParser.parse(TestTool.self, ["import", "curated"] + arguments)
        return nil
      } catch {
        return error.kind
      }
    }
    #expect(kind(["--first", "a", "--", "b"]) == .unexpectedArgument("b"))
    #expect(kind(["--first", "-o", "x"]) == .missingValue(option: "--first", valueName: "file"))
    #expect(
      kind(["--second", "1", "x"])
        == .invalidValue("x", argument: "--second", expected: "an integer"))
  }

  @Test func aLoneDashIsAPositional() throws {
    let command = try parsed(
      TestUnvotes.self, ["import", "unvotes", "-", "--output", "out", "--column", "c"])
    #expect(command.inputs == ["-"])
  }

  @Test func anEmptyAttachedValueIsAValue() throws {
    #expect(try parsed(TestShow.self, ["show", "--output=", "x"]).output.path == "")
  }

  @Test func sharedOptionGroupsParseIntoTheirOwnStruct() throws {
    let command = try parsed(TestShow.self, ["show", "-f", "json", "X", "--output", "out.json"])
    #expect(command.id == "X")
    #expect(command.output.format == .json)
    #expect(command.output.path == "out.json")
    #expect(try parsed(TestShow.self, ["show", "X"]).output.format == .text)
  }

  @Test(arguments: [
    (["--help"], ["tool"]),
    (["-h"], ["tool"]),
    ([], ["tool"]),
    (["help"], ["tool"]),
    (["help", "help"], ["tool"]),
    (["import"], ["tool", "import"]),
    (["import", "-h"], ["tool", "import"]),
    (["help", "import", "unvotes"], ["tool", "import", "unvotes"]),
    (["import", "unvotes", "--help"], ["tool", "import", "unvotes"]),
    (["simulate", "--trials", "0", "--bogus", "-h"], ["tool", "simulate"]),
  ])
  func helpIsFoundOnEveryLevel(_ arguments: [String], _ path: [String]) throws {
    guard case .help(_, let helpPath) = try CommandParser.parse(TestTool.self, arguments) else {
      Issue.record("expected help for \(arguments)")
      return
    }
    #expect(helpPath == path)
  }

  @Test func helpAfterDoubleDashIsAWord() throws {
    let command = try parsed(
      TestUnvotes.self, ["import", "unvotes", "-o", "out", "--column", "c", "--", "-h"])
    #expect(command.inputs == ["-h"])
  }

  @Test func versionIsAnsweredAtTheRootOnly() throws {
    guard case .version(let version) = try CommandParser.parse(TestTool.self, ["--version"])
    else {
      Issue.record("expected the version")
      return
    }
    #expect(version == "9.8.7")
    #expect(throws: UsageError.self) {
      try CommandParser.parse(TestTool.self, ["sum", "--version"])
    }
  }
}
