import Foundation
import Testing
import UNGAKit

@Suite struct SimulatorTests {
  static let dataset = SyntheticAssembly.dataset(states: 30, rollCalls: 200, sessions: 8, seed: 3)

  static func options(threads: Int = 2, trials: Int = 6_000) -> SimulationOptions {
    let follower = dataset.states[1].code
    return SimulationOptions(
      parameters: TestInfluence.parameters(dataset, backer: 1, strength: 1.5, odd: 0),
      thresholds: [15],
      scenarios: [
        Scenario(stance: .coSponsor, states: [follower]),
        Scenario(stance: .neutral, states: [follower]),
        Scenario(stance: .oppose, states: [follower]),
      ],
      sampling: MonteCarloOptions(trials: trials, seed: 2025, threads: threads, blockSize: 1000))
  }

  static func json(_ result: SimulationResult) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try encoder.encode(result)
  }

  @Test func sameBytesForOneTwoAndEightThreads() throws {
    let one = try Self.json(
      Simulator.run(
        dataset: Self.dataset, draft: SyntheticAssembly.draftID, options: Self.options(threads: 1)))
    for threads in [2, 8] {
      let result = try Simulator.run(
        dataset: Self.dataset, draft: SyntheticAssembly.draftID,
        options: Self.options(threads: threads))
      #expect(result.threads == threads)
      #expect(try Self.json(result) == one)
    }
  }

  @Test func jsonKeepsTheStableCore() throws {
    let result = try Simulator.run(
      dataset: Self.dataset, draft: SyntheticAssembly.draftID, options: Self.options())
    let object = try #require(
      try JSONSerialization.jsonObject(with: Self.json(result)) as? [String: Any])
    let scenarios = try #require(object["scenarios"] as? [[String: Any]])
    #expect(scenarios.count == 4)
    #expect(
      scenarios.map { $0["name"] as? String } == [
        "as recorded", "with AAB", "without AAB", "AAB opposing",
      ])
    for scenario in scenarios {
      #expect(scenario["adoptionProbability"] is Double)
      #expect(scenario["adoptionProbabilityStandardError"] is Double)
      for key in ["yes", "no", "abstain", "nonVoting"] {
        let summary = try #require(scenario[key] as? [String: Any])
        for field in ["mean", "sd", "q05", "q50", "q95"] { #expect(summary[field] != nil) }
      }
    }
    #expect(object["threads"] == nil)
    let decoded = try JSONDecoder().decode(SimulationResult.self, from: Self.json(result))
    #expect(decoded.scenarios == result.scenarios)
  }

  /// A co-sponsor raises the expected yes count among the states that follow
  /// it, and an opponent lowers it, both exactly and in simulation.
  @Test func backersMoveTheirFollowers() throws {
    let result = try Simulator.run(
      dataset: Self.dataset, draft: SyntheticAssembly.draftID, options: Self.options())
    let model = try VoteModel(
      dataset: Self.dataset, target: SyntheticAssembly.draftID,
      parameters: Self.options().parameters)
    let influence = try #require(model.influences.first)
    let followers = Set(
      model.states.indices.filter { influence.pulls[$0] > 0 }.map { model.states[$0].code })
    #expect(!followers.isEmpty)
    func followerYes(_ scenario: ScenarioResult) -> Double {
      scenario.states.filter { followers.contains($0.state) }.map(\.pYes).reduce(0, +)
    }
    let recorded = result.scenarios[0]
    let with = result.scenarios[1]
    let opposing = result.scenarios[3]
    #expect(followerYes(with) > followerYes(recorded))
    #expect(followerYes(opposing) < followerYes(recorded))
    let up = try #require(with.difference?.yes)
    let down = try #require(opposing.difference?.yes)
    #expect(up.value > 3 * up.standardError)
    #expect(down.value < -3 * down.standardError)
    // The backer votes its stance.
    let own = { (s: ScenarioResult) in s.states.first { $0.state == Self.dataset.states[1].code }! }
    #expect(own(with).pYes == 1)
    #expect(own(opposing).pNo == 1)
    #expect(own(with).stance == .coSponsor)
    // Swing states are the largest moves, in order.
    #expect(!with.swingStates.isEmpty)
    let changes = with.swingStates.map { abs($0.change) }
    #expect(changes == changes.sorted(by: >))
    #expect(recorded.swingStates.isEmpty)
    let distances = with.boundaryStates.map { abs($0.distance) }
    #expect(distances == distances.sorted())
    #expect(!with.boundaryStates.contains { $0.state == Self.dataset.states[1].code })
  }

  @Test func exactEngineThroughTheSameCall() throws {
    var options = Self.options()
    options.engine = .exact
    let result = try Simulator.run(
      dataset: Self.dataset, draft: SyntheticAssembly.draftID, options: options)
    #expect(result.engine == .exact)
    #expect(result.parameters.globalCorrelation == 0)
    #expect(result.seed == nil && result.trials == nil)
    #expect(result.scenarios.allSatisfy { $0.adoptionProbabilityStandardError == 0 })
    let q = result.scenarios[0].yes
    #expect(q.q05 <= q.q50 && q.q50 <= q.q95)
  }

  @Test func invalidInputsGiveClearErrors() throws {
    var options = Self.options()
    options.scenarios = [try Scenario(parsing: "X: +QQQ")]
    let unknown = #expect(throws: SimulationError.self) {
      try Simulator.run(dataset: Self.dataset, draft: SyntheticAssembly.draftID, options: options)
    }
    #expect(unknown?.description.contains("QQQ") == true)
    options.scenarios = [Scenario(name: "as recorded")]
    #expect(throws: SimulationError.duplicateScenarioName("as recorded")) {
      try Simulator.run(dataset: Self.dataset, draft: SyntheticAssembly.draftID, options: options)
    }
    options = Self.options()
    options.thresholds = [31]
    #expect(throws: SimulationError.self) {
      try Simulator.run(dataset: Self.dataset, draft: SyntheticAssembly.draftID, options: options)
    }
    options = Self.options()
    options.parameters.globalCorrelation = 0.8
    #expect(throws: SimulationError.correlationsTooLarge(global: 0.8, bloc: 0.25)) {
      try Simulator.run(dataset: Self.dataset, draft: SyntheticAssembly.draftID, options: options)
    }
    options = Self.options()
    options.sampling.trials = 0
    #expect(throws: SimulationError.self) {
      try Simulator.run(dataset: Self.dataset, draft: SyntheticAssembly.draftID, options: options)
    }
    #expect(throws: AnalysisError.unknownDocument("A/79/L.99")) {
      try Simulator.run(dataset: Self.dataset, draft: "A/79/L.99", options: Self.options())
    }
    options = Self.options()
    options.references = .tags(["nothing"])
    #expect(throws: AnalysisError.self) {
      try Simulator.run(dataset: Self.dataset, draft: SyntheticAssembly.draftID, options: options)
    }
  }
}
