import Foundation
import Testing
import UNGAKit

/// A small synthetic run and its report, fixed by its seed, for the renderer tests and
/// the golden files.
enum ReportFixture {
  /// 30 members, 200 roll calls over 8 sessions.
  static let dataset = SyntheticAssembly.dataset(states: 30, rollCalls: 200, sessions: 8, seed: 3)

  /// The backer of every scenario: the synthetic assembly's second state.
  static var backer: MemberState.Code { dataset.states[1].code }

  static func options(threads: Int = 2, engine: SimulationOptions.Engine = .monteCarlo)
    -> SimulationOptions
  {
    SimulationOptions(
      thresholds: [15, 20],
      scenarios: [
        Scenario(stance: .coSponsor, states: [backer]),
        Scenario(stance: .neutral, states: [backer]),
        Scenario(stance: .oppose, states: [backer]),
      ],
      engine: engine,
      sampling: MonteCarloOptions(trials: 4_000, seed: 2025, threads: threads, blockSize: 1_000),
      swingStateCount: 5)
  }

  /// The input files the report names (made-up paths and digests: the synthetic dataset
  /// is built in memory).
  static let sources = [
    SourceFile(
      path: "synthetic/member-states.csv", table: .memberStates, rowCount: 30,
      sha256: String(repeating: "0123456789abcdef", count: 4)),
    SourceFile(
      path: "synthetic/votes.csv", table: .votes, rowCount: 5_650,
      sha256: String(repeating: "fedcba9876543210", count: 4)),
  ]

  static let command =
    "unga simulate --data synthetic SYN/L.1 --with AAB --without AAB --oppose AAB"
    + " --threshold 15 --threshold 20 --trials 4000 --seed 2025"

  static func result(threads: Int = 2, engine: SimulationOptions.Engine = .monteCarlo) throws
    -> SimulationResult
  {
    try Simulator.run(
      dataset: dataset, draft: SyntheticAssembly.draftID,
      options: options(threads: threads, engine: engine))
  }

  /// The Monte Carlo report on two threads, computed once.
  static let shared: Report? = try? report()

  static func report(threads: Int = 2, engine: SimulationOptions.Engine = .monteCarlo) throws
    -> Report
  {
    Report(
      result: try result(threads: threads, engine: engine), dataset: dataset, sources: sources,
      parameterOrigin: .defaults, command: command, toolVersion: "unga 0.1.0")
  }

  /// The committed golden file `name`.
  static func goldenPath(_ name: String) -> String {
    ImportFixtures.fixture("golden/" + name)
  }

  /// Compares `text` with the golden file `name`; with `UPDATE_GOLDEN=1` in the
  /// environment, writes it there instead (review the change by eye before committing).
  static func expectGolden(
    _ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let path = goldenPath(name)
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
      return
    }
    let data = try #require(
      FileManager.default.contents(atPath: path),
      "missing golden file \(path); run the tests with UPDATE_GOLDEN=1 to create it",
      sourceLocation: sourceLocation)
    let expected = String(decoding: data, as: UTF8.self)
    if text != expected {
      let got = text.split(separator: "\n", omittingEmptySubsequences: false)
      let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let line =
        zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(got.count, want.count)
      let gotLine: String = line < got.count ? String(got[line]) : "<end>"
      let wantLine: String = line < want.count ? String(want[line]) : "<end>"
      let message: Comment =
        "\(name) differs from the golden file at line \(line + 1):\ngot:      \(gotLine)\nexpected: \(wantLine)\n(UPDATE_GOLDEN=1 regenerates the file)"
      Issue.record(message, sourceLocation: sourceLocation)
    }
  }
}
