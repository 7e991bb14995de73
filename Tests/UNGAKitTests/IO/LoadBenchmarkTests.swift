import Foundation
import Testing
import UNGAKit

/// The load benchmark runs each stage as often as asked and reports what it
/// loaded (its timings are measured, not checked).
@Suite struct LoadBenchmarkTests {
  @Test func reportsTheFilesRowsAndBytesOfTheLoad() throws {
    let environment = try FixturePaths.environment()
    let history = try FixturePaths.path("native/history")
    let result = try LoadBenchmark.run(paths: [history], repeats: 3, environment: environment)
    let loaded = try DatasetLoader.load(paths: [history], environment: environment)
    #expect(result.files == loaded.sources)
    #expect(result.summary == loaded.summary)
    #expect(result.repeats == 3)
    #expect(result.rows == 10 + 2 + 15)
    let sizes = try loaded.sources.map { file in
      try #require(FileManager.default.contents(atPath: file.path)).count
    }
    #expect(result.fileBytes == sizes)
    #expect(result.bytes == sizes.reduce(0, +))
    for timing in [result.load, result.parse, result.hash] {
      #expect(timing.first > 0)
      #expect(timing.best > 0)
    }
  }

  @Test func aRepeatBelowOneRunsOnce() throws {
    let result = try LoadBenchmark.run(
      paths: [try FixturePaths.path("native/history")], repeats: 0,
      environment: try FixturePaths.environment())
    #expect(result.repeats == 1)
    #expect(result.load.first == result.load.best)
  }

  @Test func throughputIsBytesOverTheBestTime() {
    let timing = LoadBenchmarkResult.Timing(first: 2, best: 0.5)
    #expect(timing.megabytesPerSecond(bytes: 3_000_000) == 6)
    #expect(LoadBenchmarkResult.Timing(first: 0, best: 0).megabytesPerSecond(bytes: 5) == 0)
  }

  @Test func badDataIsTheLoadersError() throws {
    let path = try FixturePaths.path("bad-input/wrong-types")
    let environment = try FixturePaths.environment()
    let error = loadError { () throws(DatasetLoadError) in
      _ = try LoadBenchmark.run(paths: [path], repeats: 1, environment: environment)
    }
    let issues = error?.issues ?? []
    #expect(issues.contains { $0.line == 2 && $0.column == 12 })
  }
}
