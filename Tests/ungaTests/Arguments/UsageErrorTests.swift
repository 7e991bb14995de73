import Testing

@testable import unga

@Suite struct UsageErrorTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    var message: String
    var usage: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  /// The test tool's simulate has too many options for one line: its usage in an error is
  /// the positional and `[options]`.
  static let simulateUsage = "tool simulate [<draft>] [options]"

  static let cases: [Case] = [
    Case(
      arguments: ["simulat"],
      message: "unknown subcommand 'simulat'; did you mean 'simulate'?",
      usage: "tool <subcommand>"),
    Case(
      arguments: ["help", "simulate", "extra"],
      message: "unknown subcommand 'extra': this command has no subcommands",
      usage: "tool help [<subcommand> ...]"),
    Case(
      arguments: ["nosuch"],
      message:
        "unknown subcommand 'nosuch'; expected one of: simulate, show, import, sum, fail, help",
      usage: "tool <subcommand>"),
    Case(
      arguments: ["import", "unvote"],
      message: "unknown subcommand 'unvote'; did you mean 'unvotes'?",
      usage: "tool import <subcommand>"),
    Case(
      arguments: ["help", "shwo"],
      message: "unknown subcommand 'shwo'; did you mean 'show'?",
      usage: "tool help [<subcommand> ...]"),
    Case(
      arguments: ["--verison"],
      message: "unknown option '--verison'; did you mean '--version'?",
      usage: "tool <subcommand>"),
    Case(
      arguments: ["--bogus"], message: "unknown option '--bogus'", usage: "tool <subcommand>"),
    Case(
      arguments: ["simulate", "--trails", "5"],
      message: "unknown option '--trails'; did you mean '--trials'?",
      usage: simulateUsage),
    Case(
      arguments: ["simulate", "-seed", "5"],
      message: "unknown option '-seed'; did you mean '--seed'?",
      usage: simulateUsage),
    Case(
      arguments: ["simulate", "--frobnicate=3"],
      message: "unknown option '--frobnicate'",
      usage: simulateUsage),
    Case(
      arguments: ["simulate", "--trials"],
      message: "missing value for '--trials <count>'",
      usage: simulateUsage),
    Case(
      arguments: ["simulate", "--trials", "--exact"],
      message: "missing value for '--trials <count>'",
      usage: simulateUsage),
    Case(
      arguments: ["simulate", "--seed", "--", "5"],
      message: "missing value for '--seed <seed>'",
      usage: simulateUsage),
    Case(
      arguments: ["simulate", "--exact=yes"],
      message: "flag '--exact' takes no value, found 'yes'",
      usage: simulateUsage),
    Case(
      arguments: ["simulate", "--trials", "many"],
      message: "invalid value 'many' for '--trials': expected an integer at least 1",
      usage: simulateUsage),
    Case(
      arguments: ["simulate", "--trials", "0"],
      message: "invalid value '0' for '--trials': expected an integer at least 1",
      usage: simulateUsage),
    Case(
      arguments: ["simulate", "--precision", "1.5"],
      message: "invalid value '1.5' for '--precision': expected a number from 0 to 1",
      usage: simulateUsage),
    Case(
      arguments: ["simulate", "--correlation", "1"],
      message: "invalid value '1' for '--correlation': expected a number from 0 to less than 1",
      usage: simulateUsage),
    Case(
      arguments: ["simulate", "--precision", "nan"],
      message: "invalid value 'nan' for '--precision': expected a number from 0 to 1",
      usage: simulateUsage),
    Case(
      arguments: ["simulate", "--threshold", "-1"],
      message: "invalid value '-1' for '--threshold': expected an integer at least 0",
      usage: simulateUsage),
    Case(
      arguments: ["simulate", "--seed", "-1"],
      message:
        "invalid value '-1' for '--seed': expected an integer from 0 to 18446744073709551615",
      usage: simulateUsage),
    Case(
      arguments: ["simulate", "--seed", "18446744073709551616"],
      message:
        "invalid value '18446744073709551616' for '--seed': expected an integer from 0 to"
        + " 18446744073709551615",
      usage: simulateUsage),
    Case(
      arguments: ["simulate", "--majority", "half"],
      message: "invalid value 'half' for '--majority': expected one of: simple, two-thirds",
      usage: simulateUsage),
    Case(
      arguments: ["simulate", "--with", ","],
      message: "invalid value ',' for '--with': expected a value",
      usage: simulateUsage),
    Case(
      arguments: ["simulate", "--exact", "--precision", "0.01"],
      message: "'--exact' cannot be used with '--precision'",
      usage: simulateUsage),
    Case(
      arguments: ["simulate", "--trials", "5", "--trials", "6"],
      message: "option '--trials' given more than once; it takes a single value",
      usage: simulateUsage),
    Case(
      arguments: ["simulate", "--exact", "--exact"],
      message: "option '--exact' given more than once; it takes a single value",
      usage: simulateUsage),
    Case(
      arguments: ["simulate", "A", "B"],
      message: "unexpected argument 'B'",
      usage: simulateUsage),
    Case(
      arguments: ["simulate", "--with", "USA", "--without", "FRA,USA"],
      message: "'USA' cannot be both in --with and --without",
      usage: simulateUsage),
    Case(
      arguments: ["show"],
      message: "missing required argument '<id>'",
      usage: "tool show <id> [--format <format>] [--output <file>] [--data <path> ...]"),
    Case(
      arguments: ["import", "unvotes", "a.csv"],
      message: "missing required argument '--output <dir>'",
      usage: "tool import unvotes <input> ... --output <dir>"),
    Case(
      arguments: ["import", "unvotes", "-o", "out"],
      message: "missing required argument '<input> ...'",
      usage: "tool import unvotes <input> ... --output <dir>"),
    Case(
      arguments: ["import", "unvotes", "a.csv", "-o", "out"],
      message: "missing required argument '--column <column>'",
      usage: "tool import unvotes <input> ... --output <dir> --column <column> ..."),
    Case(
      arguments: ["sum", "1", "two"],
      message: "invalid value 'two' for '<values>': expected an integer",
      usage: "tool sum [--hex-output] [<values> ...]"),
    Case(
      arguments: ["--version", "extra"],
      message: "unexpected argument 'extra'",
      usage: "tool <subcommand>"),
  ]

  @Test(arguments: cases)
  func usageErrorsNameTheArgumentAndExit64(_ example: Case) {
    let result = runInProcess(example.arguments)
    #expect(result.status == .usage)
    #expect(result.status.rawValue == 64)
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "tool: error: \(example.message)"[...])
    #expect(lines.dropFirst().first?.hasPrefix("Usage: \(example.usage)") == true)
    #expect(lines.last == "")
    // One line of error, one of usage, one pointing at the help: never the whole block.
    #expect(lines.count == 4, "\(result.stderr)")
    #expect(lines.dropFirst(2).first?.hasPrefix("  See 'tool ") == true)
  }

  @Test func anErrorsUsageIsTheFullOneWhenItFitsOnALine() {
    #expect(
      Help.shortUsage(for: TestSimulate.self, path: ["tool", "simulate"])
        == "tool simulate [<draft>] [options]")
    #expect(
      Help.shortUsage(for: Simulate.self, path: ["unga", "simulate"]) == "unga simulate [options]")
    #expect(
      Help.shortUsage(for: Sweep.self, path: ["unga", "sweep"])
        == "unga sweep --backers <codes> ... [options]")
    #expect(
      Help.shortUsage(for: Validate.self, path: ["unga", "validate"])
        == Help.usage(for: Validate.self, path: ["unga", "validate"]))
  }

  @Test func theHintPointsAtTheHelpOfTheCommandBeingParsed() {
    #expect(
      runInProcess(["import", "unvotes", "a"]).stderr.contains("See 'tool import unvotes --help'"))
    #expect(runInProcess(["nosuch"]).stderr.contains("See 'tool --help'"))
  }

  @Test func aLongUsageLineWrapsUnderTheCommand() {
    let usage = Help.usage(for: TestSimulate.self, path: ["tool", "simulate"])
    let lines = usage.split(separator: "\n")
    #expect(lines.count > 1)
    #expect(lines.first.map { $0.count + "USAGE: ".count <= Help.width } == true)
    #expect(lines.dropFirst().allSatisfy { $0.count <= Help.width })
    // Continuation lines start under the first argument, after "USAGE: tool simulate ".
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(String(repeating: " ", count: 21)) })
    #expect(lines.dropFirst().allSatisfy { !$0.hasPrefix(String(repeating: " ", count: 22)) })
  }
}
