import Charts
import UNGAKit

/// `unga bench load`: how fast datasets are read, parsed, checked and indexed.
struct BenchLoad: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "load", abstract: "Time loading datasets: read, parse, validate, index.",
      discussion: """
        Loads the data --repeat times as every command does (read the files, parse the CSV, \
        check, combine, index the votes; files are fingerprinted on a second thread), then \
        times two parts of it alone on the bytes in memory: the CSV parse and the SHA-256 of \
        every file. Each line gives the first run (cold) and the best, and the throughput of \
        the best in megabytes (10^6 bytes) per second.

        Exit status: 0 on success, 65 when the data has errors, 66 when a path does not \
        exist, 73 when the output cannot be written.
        """,
      examples: [
        "unga bench load --data datasets/history",
        "unga bench load --repeat 10 --format json",
      ])
  }

  var data = DataOptions()
  var repeats = 5
  var output = OutputOptions<TextOrJSON>()

  static var arguments: [Argument<Self>] {
    [
      .group(\.data),
      .option(\.repeats, name: "repeat", valueName: "count", in: 1..., help: "Timed runs."),
      .group(\.output),
    ]
  }

  func run(_ console: Console) throws {
    let result: LoadBenchmarkResult
    do {
      result = try LoadBenchmark.run(paths: data.paths, repeats: repeats)
    } catch {
      throw data.commandError(for: error)
    }
    switch output.format {
    case .text:
      try output.emit(Self.text(result), to: console)
    case .json:
      try output.emit(json: result, to: console)
    }
  }

  /// The files, the timings, and what was loaded.
  static func text(_ result: LoadBenchmarkResult) -> String {
    func number(_ value: Int) -> String {
      NumberFormat.integer(value, grouping: .comma, style: .ascii)
    }
    func decimal(_ value: Double, _ decimals: Int) -> String {
      NumberFormat.fixed(value, decimals: decimals, grouping: .comma, style: .ascii)
    }
    func size(_ bytes: Int) -> String {
      bytes < 1_000_000
        ? decimal(Double(bytes) / 1e3, 1) + " kB" : decimal(Double(bytes) / 1e6, 1) + " MB"
    }

    var files = TextTable(columns: [
      .init("file", isTruncatable: false), .init("table"), .init("rows", alignment: .right),
      .init("size", alignment: .right),
    ])
    for (file, bytes) in zip(result.files, result.fileBytes) {
      files.appendRow([file.path, file.table.rawValue, number(file.rowCount), size(bytes)])
    }
    files.appendRule()
    files.appendRow([
      "\(result.files.count) files", "", number(result.rows), size(result.bytes),
    ])

    var timings = TextTable(columns: [
      .init("stage (\(result.repeats) run\(result.repeats == 1 ? "" : "s"))"),
      .init("first", alignment: .right), .init("best", alignment: .right),
      .init("best MB/s", alignment: .right), .init("rows/s", alignment: .right),
    ])
    let stages: [(String, LoadBenchmarkResult.Timing)] = [
      ("load: read, parse, validate, index", result.load),
      ("CSV parse (bytes in memory)", result.parse),
      ("SHA-256 (bytes in memory)", result.hash),
    ]
    for (name, timing) in stages {
      let rowsPerSecond = timing.best > 0 ? Double(result.rows) / timing.best : 0
      timings.appendRow([
        name, decimal(timing.first * 1000, 1) + " ms", decimal(timing.best * 1000, 1) + " ms",
        decimal(timing.megabytesPerSecond(bytes: result.bytes), 1),
        number(Int(rowsPerSecond.rounded())),
      ])
    }
    let summary = result.summary
    let loaded =
      "Loaded \(number(summary.stateCount)) states, \(number(summary.rollCallCount)) roll calls,"
      + " \(number(summary.draftCount)) drafts, \(number(summary.voteCount)) votes,"
      + " \(number(summary.sponsorshipCount)) sponsorships."
    let memory = "Peak memory: " + size(SimulationBenchmark.peakResidentBytes()) + "."
    return files.render(maxWidth: 1000) + "\n" + timings.render(maxWidth: 1000) + "\n" + loaded
      + "\n" + memory + "\n"
  }
}
