import Foundation
import Testing
import UNGAKit

@Suite struct StanceSweepTests {
  static let dataset = SyntheticAssembly.dataset(states: 24, rollCalls: 150, sessions: 6, seed: 11)
  static let sampling = MonteCarloOptions(trials: 3_000, seed: 17, threads: 2, blockSize: 500)

  static func model() throws -> VoteModel {
    try VoteModel(dataset: dataset, target: SyntheticAssembly.draftID)
  }

  /// Each combination's figures are those of a separate simulation of that
  /// scenario with the same seed: identical, because both runs draw the
  /// same numbers for it and for the draft as recorded.
  @Test func matchesSeparateSimulatorRuns() throws {
    let model = try Self.model()
    let sweep = try StanceSweep.run(
      model: model, dataset: Self.dataset,
      backers: [
        StanceSweep.Backer(state: "AAB"),
        StanceSweep.Backer(state: "aac", stances: [.coSponsor, .oppose]),
      ],
      options: PlanningOptions(objective: .threshold(14), sampling: Self.sampling))
    #expect(sweep.combinations.count == 6)
    #expect(sweep.run.engineRuns == 1)
    #expect(sweep.run.scenarioEvaluations == 7)
    #expect(sweep.backers.map(\.state) == ["AAB", "AAC"])
    #expect(
      Set(sweep.combinations.map(\.name)) == [
        "+AAB +AAC", "+AAB -AAC", "~AAB +AAC", "~AAB -AAC", "-AAB +AAC", "-AAB -AAC",
      ])
    #expect(sweep.combinations.map(\.rank) == Array(1...6))
    let objectives = sweep.combinations.map(\.figures.objective)
    #expect(objectives == objectives.sorted(by: >))

    for combination in sweep.combinations {
      let scenario = Scenario(name: combination.name, changes: combination.stances)
      let simulated = try Simulator.run(
        model: model, dataset: Self.dataset,
        options: SimulationOptions(thresholds: [14], scenarios: [scenario], sampling: Self.sampling)
      )
      let recorded = simulated.scenarios[0]
      let alone = simulated.scenarios[1]
      let figures = combination.figures
      #expect(figures.adoptionProbability == alone.adoptionProbability)
      #expect(figures.adoptionProbabilityStandardError == alone.adoptionProbabilityStandardError)
      #expect(figures.yes == alone.yes)
      #expect(figures.no == alone.no)
      #expect(figures.abstain == alone.abstain)
      #expect(figures.objective == alone.thresholds[0].probability)
      #expect(combination.difference == alone.difference)
      #expect(combination.objectiveDifference == alone.difference?.thresholds[0].probability)
      #expect(sweep.recorded.adoptionProbability == recorded.adoptionProbability)
      #expect(sweep.recorded.yes == recorded.yes)
    }
    // The backers vote their stances.
    let best = sweep.combinations[0]
    #expect(best.name == "+AAB +AAC")
    #expect(best.objectiveDifference > 0)
  }

  @Test func exactSweepRanksByExpectedYes() throws {
    let model = try Self.model()
    let sweep = try StanceSweep.run(
      model: model, dataset: Self.dataset, backers: [StanceSweep.Backer(state: "AAD")],
      base: Scenario(stance: .neutral, states: ["AAB"]),
      options: PlanningOptions(objective: .yes, engine: .exact))
    #expect(sweep.run.engine == .exact && sweep.run.trials == nil)
    #expect(sweep.run.parameters.globalCorrelation == 0)
    #expect(sweep.combinations.map(\.name) == ["+AAD", "~AAD", "-AAD"])
    #expect(sweep.base.changes == [Scenario.Change(state: "AAB", stance: .neutral)])
    let neutral = try model.scenario(
      Scenario(
        name: "x",
        changes: [.init(state: "AAB", stance: .neutral), .init(state: "AAD", stance: .neutral)]))
    #expect(abs(sweep.combinations[1].figures.yes.mean - neutral.expectedCount(.yes)) < 1e-9)
    #expect(sweep.combinations.allSatisfy { $0.objectiveDifferenceStandardError == 0 })
    let text = sweep.renderText()
    #expect(text.contains("Stance sweep for SYN/L.1"))
    #expect(text.contains("+AAD") && text.contains("-AAD"))
  }

  /// 3⁶ = 729 combinations run; 3⁷ = 2,187 are refused with the limit named.
  @Test func combinationLimit() throws {
    let model = try Self.model()
    let six = ["AAB", "AAC", "AAD", "AAE", "AAF", "AAG"].map { StanceSweep.Backer(state: $0) }
    let sweep = try StanceSweep.run(
      model: model, dataset: Self.dataset, backers: six,
      options: PlanningOptions(sampling: MonteCarloOptions(trials: 64, seed: 1, blockSize: 64)))
    #expect(sweep.combinations.count == StanceSweep.combinationLimit)
    #expect(Set(sweep.combinations.map(\.name)).count == 729)
    // The text table is as wide as its cells: no combination's stances are cut, and the
    // differences carry a Unicode minus and percentage points, as the simulation report's do.
    let text = sweep.renderText()
    #expect(!text.contains("…"))
    for combination in sweep.combinations { #expect(text.contains("  \(combination.name)  ")) }
    #expect(text.contains(" pp"))
    #expect(!text.contains(" -0") && !text.contains(" -1"))
    #expect(text.contains("−"))
    let error = #expect(throws: PlanningError.self) {
      try StanceSweep.run(
        model: model, dataset: Self.dataset, backers: six + [StanceSweep.Backer(state: "AAH")])
    }
    #expect(error == .tooManyCombinations(count: 2187, limit: 729))
    #expect(error?.description.contains("limit of 729") == true)
  }

  @Test func invalidBackersGiveClearErrors() throws {
    let model = try Self.model()
    func sweep(_ backers: [StanceSweep.Backer]) throws -> StanceSweepResult {
      try StanceSweep.run(model: model, dataset: Self.dataset, backers: backers)
    }
    #expect(throws: PlanningError.noBackers) { try sweep([]) }
    #expect(throws: PlanningError.duplicateBacker(code: "AAB")) {
      try sweep([StanceSweep.Backer(state: "AAB"), StanceSweep.Backer(state: "aab")])
    }
    #expect(throws: PlanningError.noStances(code: "AAB")) {
      try sweep([StanceSweep.Backer(state: "AAB", stances: [])])
    }
    #expect(throws: SimulationError.unknownState(code: "QQQ", context: "backers")) {
      try sweep([StanceSweep.Backer(state: "QQQ")])
    }
  }

  @Test func parsesStanceLists() throws {
    #expect(try StanceSweep.stances(parsing: "co-sponsor,neutral") == [.coSponsor, .neutral])
    #expect(try StanceSweep.stances(parsing: "+ -") == [.coSponsor, .oppose])
    #expect(try StanceSweep.stances(parsing: "Oppose") == [.oppose])
    #expect(throws: PlanningError.invalidStance(text: "maybe")) {
      try StanceSweep.stances(parsing: "neutral,maybe")
    }
    #expect(throws: PlanningError.self) { try StanceSweep.stances(parsing: " , ") }
  }
}
