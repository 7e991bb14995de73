import Foundation
import UNGAKit

@testable import unga

/// A command tree that exercises every kind of argument, so the parser is
/// tested apart from the real commands.
struct TestTool: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "tool", abstract: "A tool for testing the argument parser.",
      discussion: "It mirrors the shapes of the real commands.\n\nIt does nothing else.",
      version: "9.8.7",
      subcommands: [
        TestSimulate.self, TestShow.self, TestImport.self, TestSum.self, TestFail.self,
      ],
      examples: ["tool --version", "tool help simulate"])
  }
}

enum TestMajority: String, CaseIterable, ArgumentValue {
  case simple
  case twoThirds = "two-thirds"
}

enum TestFormat: String, CaseIterable, OutputFormat {
  case json
  case text
  static var standard: TestFormat { .text }
}

/// Options, flags, ranges, lists, conflicts and validation.
struct TestSimulate: Command, Equatable {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "simulate", abstract: "Parse like a simulation.",
      examples: [
        "tool simulate A/ES-11/L.10 --with USA,FRA --trials 1000",
        "tool simulate --exact --threshold 97 --threshold 129",
      ],
      conflicts: [["--exact", "--precision"]])
  }

  var draft: String?
  var trials = 100_000
  var precision: Double?
  var correlation = 0.25
  var exact = false
  var with: [String] = []
  var without: [String] = []
  var majority: TestMajority?
  var thresholds: [Int] = []
  var seed: UInt64 = 42
  var data = DataOptions()

  static var arguments: [Argument<Self>] {
    [
      .positional(\.draft, name: "draft", help: "The draft to simulate."),
      .option(\.trials, name: "trials", short: "n", valueName: "count", in: 1..., help: "Trials."),
      .option(\.precision, name: "precision", in: 0.0...1.0, help: "Target standard error."),
      .option(\.correlation, name: "correlation", in: 0.0..<1.0, help: "Global correlation."),
      .flag(\.exact, name: "exact", help: "Compute exactly."),
      .option(\.with, name: "with", valueName: "codes", separator: ",", help: "Co-sponsors."),
      .option(\.without, name: "without", valueName: "codes", separator: ",", help: "Neutral."),
      .option(\.majority, name: "majority", help: "The decision rule."),
      .option(\.thresholds, name: "threshold", valueName: "k", in: 0..., help: "P(yes >= k)."),
      .option(\.seed, name: "seed", help: "The random seed."),
      .group(\.data),
    ]
  }

  func validate() throws(UsageError) {
    if let code = with.first(where: without.contains) {
      throw .invalid("'\(code)' cannot be both in --with and --without")
    }
  }

  func run(_ console: Console) throws {
    console.write("trials=\(trials) exact=\(exact) with=\(with.joined(separator: "+"))")
  }
}

/// A required positional and the shared output options.
struct TestShow: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "show", abstract: "Parse like show.", examples: ["tool show A/RES/68/262 -f json"])
  }

  var id = ""
  var output = OutputOptions<TestFormat>()
  var data = DataOptions()

  static var arguments: [Argument<Self>] {
    [
      .positional(\.id, name: "id", help: "A roll call id or symbol."),
      .group(\.output),
      .group(\.data),
    ]
  }

  func run(_ console: Console) throws {
    try output.emit("\(output.format.rawValue): \(id)", to: console)
  }
}

/// A nested group.
struct TestImport: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "import", abstract: "Parse like the importers.",
      subcommands: [TestUnvotes.self, TestCurated.self],
      examples: ["tool import unvotes votes.csv --output out --column rcid"])
  }
}

/// A required variadic positional and a required option.
struct TestUnvotes: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "unvotes", abstract: "Parse like an importer.",
      examples: ["tool import unvotes a.csv b.csv -o out --column rcid --column vote"])
  }

  var inputs: [String] = []
  var output = ""
  var columns: [String] = []

  static var arguments: [Argument<Self>] {
    [
      .positional(\.inputs, name: "input", required: true, help: "Files to import."),
      .option(\.output, name: "output", short: "o", valueName: "dir", required: true, help: "Out."),
      .option(\.columns, name: "column", required: true, help: "Columns to keep."),
    ]
  }

  func run(_ console: Console) throws {
    console.write("\(inputs.joined(separator: "|")) -> \(output)")
  }
}

/// Options that take every word up to the next option.
struct TestCurated: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "curated", abstract: "Parse like the curated importer.",
      examples: ["tool import curated --first a.csv b.csv --second 1 2 -o out"])
  }

  var first: [String] = []
  var second: [Int] = []
  var output = ""

  static var arguments: [Argument<Self>] {
    [
      .option(\.first, name: "first", valueName: "file", upToNextOption: true, help: "Files."),
      .option(\.second, name: "second", valueName: "n", upToNextOption: true, help: "Numbers."),
      .option(\.output, name: "output", short: "o", valueName: "dir", help: "Out."),
    ]
  }

  func run(_ console: Console) throws {
    console.write(
      first.joined(separator: "|") + " " + second.map(String.init).joined(separator: "|"))
  }
}

/// An optional variadic positional of numbers, negative ones included.
struct TestSum: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "sum", abstract: "Add integers.", examples: ["tool sum 1 2 -3", "tool sum -- -4 5"])
  }

  var values: [Int] = []
  var hex = false

  static var arguments: [Argument<Self>] {
    [
      .flag(\.hex, name: "hex-output", short: "x", help: "Print in base 16."),
      .positional(\.values, name: "values", help: "The integers to add."),
    ]
  }

  func run(_ console: Console) throws {
    let sum = values.reduce(0, +)
    console.write(hex ? String(sum, radix: 16) : String(sum))
  }
}

/// Throws the error it is asked for, to test how the runner maps errors.
struct TestFail: Command {
  enum Failure: String, CaseIterable, ArgumentValue {
    case usage, csv, data, missing, cocoaMissing, write, interrupted, cancelled, fault, unknown
  }

  struct Unknown: Error, CustomStringConvertible {
    var description: String { "something unexpected" }
  }

  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "fail", abstract: "Fail on purpose.", examples: ["tool fail --with csv"])
  }

  var failure = Failure.unknown

  static var arguments: [Argument<Self>] {
    [.option(\.failure, name: "with", help: "The failure.")]
  }

  func run(_ console: Console) throws {
    console.write("partial output")
    switch failure {
    case .usage: throw UsageError.invalid("the values do not fit together")
    case .csv: throw CSVError(file: "votes.csv", line: 3, column: 7, message: "expected yes")
    case .data: throw CommandError.dataError("totals disagree")
    case .missing: throw CommandError.noInput(path: "nowhere", reason: "no such file")
    case .cocoaMissing: _ = try Data(contentsOf: URL(fileURLWithPath: "/nonexistent/unga/x.csv"))
    case .write: throw CommandError.cannotWrite(path: "/x", reason: "read-only")
    case .interrupted: throw CommandError.interrupted
    case .cancelled: throw CancellationError()
    case .fault: throw CommandError.internalError("a broken invariant")
    case .unknown: throw Unknown()
    }
  }
}
