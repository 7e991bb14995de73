import Foundation
import Testing
import UNGAKit

/// `unga bench load` on a small fixture: it runs and reports what it loaded
/// (the timings themselves are not checked: benchmarks are not tests).
@Suite struct BenchLoadTests {
  private static let environment = [
    ShippedDatasets.environmentVariable: Repository.fixture("native")
  ]
  private static let history = Repository.fixture("native/history")

  @Test func textListsTheFilesAndTheStages() throws {
    let result = try unga(
      "bench", "load", "--data", Self.history, "--repeat", "1", environment: Self.environment)
    #expect(result.status == 0, "\(result)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasPrefix(Self.history + "/votes.csv ") && $0.contains(" 15 ") })
    #expect(lines.contains { $0.hasPrefix("3 files ") && $0.contains(" 27 ") })
    #expect(lines.contains { $0.hasPrefix("stage (1 run) ") })
    #expect(lines.contains { $0.hasPrefix("load: read, parse, validate, index ") })
    #expect(lines.contains("Loaded 10 states, 2 roll calls, 0 drafts, 15 votes, 0 sponsorships."))
  }

  @Test func jsonDecodesToTheResult() throws {
    let result = try unga(
      "bench", "load", "--data", Self.history, "--repeat", "2", "--format", "json",
      environment: Self.environment)
    #expect(result.status == 0, "\(result)")
    let benchmark = try JSONDecoder().decode(
      LoadBenchmarkResult.self, from: Data(result.stdout.utf8))
    #expect(benchmark.repeats == 2)
    #expect(benchmark.files.map(\.table) == [.memberStates, .resolutions, .votes])
    #expect(benchmark.rows == 10 + 2 + 15)
    let sizes = try benchmark.files.map { file in
      try #require(FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)
    }
    #expect(benchmark.fileBytes == sizes)
  }

  @Test func aRepeatBelowOneIsAUsageError() throws {
    let result = try unga("bench", "load", "--repeat", "0")
    #expect(result.status == 64, "\(result)")
    #expect(
      result.stderr.hasPrefix(
        "unga: error: invalid value '0' for '--repeat': expected an integer at least 1\n"))
  }

  @Test func benchAloneListsItsBenchmarks() throws {
    let result = try unga("bench")
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.contains("\n  load                    Time loading datasets"))
  }
}
