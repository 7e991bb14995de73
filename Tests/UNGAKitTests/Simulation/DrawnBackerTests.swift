import Foundation
import Testing

@testable import UNGAKit

/// Backers whose vote is drawn per trial (`ScenarioModel.drawn`): both
/// engines condition on their votes.
@Suite struct DrawnBackerTests {
  static let dataset = SyntheticAssembly.dataset(states: 24, rollCalls: 150, sessions: 6, seed: 11)

  /// The model with `influential` members moving their followers by 2.5 ×
  /// their alignment per unit of surprise.
  static func model(_ parameters: ModelParameters, influential: [Int] = [5, 9]) throws
    -> VoteModel
  {
    let plain = try VoteModel(
      dataset: dataset, target: SyntheticAssembly.draftID, parameters: parameters)
    var influenced = parameters
    influenced.backers = SimulationBenchmark.influences(
      model: plain, members: influential, strength: 2.5)
    return try VoteModel(
      dataset: dataset, target: SyntheticAssembly.draftID, parameters: influenced)
  }

  /// Every influential member left open (`~`, drawn); the same with the
  /// second member as co-sponsor (likewise); and member 5 abstaining (fixed:
  /// its surprise moves its followers; the others drawn).
  static func scenarios(_ model: VoteModel) throws -> [ScenarioModel] {
    let open = openChanges(model)
    let fifth = model.states[5].code
    return [
      try model.scenario(Scenario(name: "open", changes: open)),
      try model.scenario(
        Scenario(
          name: "open, second co-sponsors",
          changes: open + [Scenario.Change(state: model.states[1].code, stance: .coSponsor)])),
      try model.scenario(
        Scenario(
          name: "open, fifth abstains",
          changes: open.filter { $0.state != fifth }
            + [Scenario.Change(state: fifth, stance: .abstain)])),
    ]
  }

  /// Every influential member named `~` (not a sponsor, vote left open).
  static func openChanges(_ model: VoteModel) -> [Scenario.Change] {
    model.influences.map { Scenario.Change(state: model.states[$0.member].code, stance: .neutral) }
  }

  /// With independent votes every Monte Carlo figure lies within 4 standard
  /// errors of the exact engine's, and the drawn backers change the figures
  /// (so the comparison could fail).
  @Test(arguments: [(MajorityRule.simple, UInt64(1), false), (.twoThirds, 2, true)])
  func agreesWithTheExactEngine(rule: MajorityRule, seed: UInt64, three: Bool) throws {
    let model = try Self.model(
      ModelParameters.defaults.independent, influential: three ? [5, 9, 13] : [5, 9])
    let scenarios = try Self.scenarios(model)
    #expect(scenarios[0].drawn.count == (three ? 3 : 2))
    #expect(scenarios[2].drawn.count == (three ? 2 : 1))
    #expect(scenarios[2].forced[5] == .abstain)
    let trials = 20_000
    let exact = ExactEngine.run(
      model: model, scenarios: scenarios, rule: rule, thresholds: [12],
      conditionOnDrawnBackers: true)
    let run = try MonteCarloEngine.run(
      model: model, scenarios: scenarios, rule: rule, thresholds: [12],
      options: MonteCarloOptions(trials: trials, seed: seed, threads: 2))
    let t = Double(trials).squareRoot()
    func close(_ simulated: Double, _ exact: Double, sd: Double, _ label: String) {
      #expect(abs(simulated - exact) <= 4 * sd / t + 1e-9, "\(label): \(simulated) vs \(exact)")
    }
    func binomialSD(_ p: Double) -> Double { (p * (1 - p)).squareRoot() }
    for (mc, oracle) in zip(run.statistics, exact) {
      close(mc.adoption.value, oracle.adoption.value, sd: binomialSD(oracle.adoption.value), "P")
      close(mc.yes.mean, oracle.yes.mean, sd: oracle.yes.sd, "yes")
      close(mc.no.mean, oracle.no.mean, sd: oracle.no.sd, "no")
      close(mc.abstain.mean, oracle.abstain.mean, sd: oracle.abstain.sd, "abstain")
      close(mc.nonVoting.mean, oracle.nonVoting.mean, sd: oracle.nonVoting.sd, "non-voting")
      close(mc.yes.sd, oracle.yes.sd, sd: oracle.yes.sd, "sd of yes")
      close(
        mc.thresholds[0].probability, oracle.thresholds[0].probability,
        sd: binomialSD(oracle.thresholds[0].probability), "P(yes ≥ 12)")
    }
    // The backers' draws spread the yes count beyond independent members'.
    let recorded = scenarios[0]
    let fixed = ScenarioModel(
      name: "fixed", isBaseline: true, changes: [], stances: recorded.stances,
      shifts: recorded.shifts, forced: recorded.forced, cuts: recorded.cuts,
      marginals: recorded.marginals)
    let without = ExactEngine.run(model: model, scenarios: [fixed], rule: rule)
    #expect(exact[0].yes.sd > without[0].yes.sd * 1.05)
  }

  /// The exact engine's means are the sums of the scenario's marginals (the
  /// mixture `ScenarioModel` computes on its own); drawn backers that move
  /// no one change nothing.
  /// `unga bench simulate --drawn K` leaves its K backers open in every scenario, so the
  /// engine draws them (up to the limit of 4 per scenario).
  @Test(arguments: [0, 2, 5])
  func theBenchmarkDrawsItsBackers(drawn: Int) throws {
    let result = try SimulationBenchmark.synthetic(
      members: 40, trials: 2_000, threadCounts: [1], scenarios: 4, drawn: drawn)
    #expect(result.drawnBackers == min(drawn, 4))
  }

  @Test func exactMixtureKeepsMarginals() throws {
    let model = try Self.model(ModelParameters.defaults.independent)
    let scenarios = try Self.scenarios(model)
    let exact = ExactEngine.run(
      model: model, scenarios: scenarios, rule: .simple, conditionOnDrawnBackers: true)
    for (scenario, figures) in zip(scenarios, exact) {
      #expect(abs(figures.yes.mean - scenario.expectedCount(.yes)) < 1e-9)
      #expect(abs(figures.no.mean - scenario.expectedCount(.no)) < 1e-9)
      #expect(abs(figures.nonVoting.mean - scenario.expectedCount(.nonVoting)) < 1e-9)
      #expect(abs(figures.yesHistogram.reduce(0, +) - 1) < 1e-12)
    }
    let plain = try VoteModel(
      dataset: Self.dataset, target: SyntheticAssembly.draftID,
      parameters: ModelParameters.defaults.independent)
    let recorded = plain.recorded()
    let still = ScenarioModel(
      name: "still", isBaseline: true, changes: [], stances: recorded.stances,
      shifts: recorded.shifts, forced: recorded.forced, cuts: recorded.cuts,
      marginals: recorded.marginals,
      drawn: scenarios[0].drawn.map {
        DrawnBacker(
          member: $0.member, expectedVote: $0.expectedVote,
          pull: [Double](repeating: 0, count: plain.memberCount))
      })
    let a = ExactEngine.run(model: plain, scenarios: [recorded], rule: .simple, thresholds: [12])
    let b = ExactEngine.run(
      model: plain, scenarios: [still], rule: .simple, thresholds: [12],
      conditionOnDrawnBackers: true)
    #expect(abs(a[0].adoption.value - b[0].adoption.value) < 1e-12)
    #expect(abs(a[0].yes.sd - b[0].yes.sd) < 1e-9)
    #expect(abs(a[0].thresholds[0].probability - b[0].thresholds[0].probability) < 1e-12)
  }

  /// With the correlated model on (global factor only, so every bloc shares
  /// one bin), each member's frequencies match the discretised model's exact
  /// marginals: the backers' votes given the bin, then the member's.
  @Test func marginalsWithCorrelationOn() throws {
    let model = try Self.model(ModelParameters(blocCorrelation: 0))
    let scenarios = try Self.scenarios(model)
    let trials = 16_000
    let run = try MonteCarloEngine.run(
      model: model, scenarios: scenarios, rule: .simple,
      options: MonteCarloOptions(trials: trials, seed: 5, collectStateFrequencies: true))
    let plan = try MonteCarloPlan(
      model: model, scenarios: scenarios, rule: .simple, thresholds: [], collectStates: false,
      threads: 1)
    let n = model.memberCount
    for (s, scenario) in scenarios.enumerated() {
      var expected = [Double](repeating: 0, count: n * 4)
      let outcomes = DrawnOutcomes(scenario.drawn)
      for j in 0..<plan.grid.binCount {
        let own = scenario.drawn.map {
          plan.cutProbabilities(scenario: s, combination: 0, bin: j, member: $0.member)
        }
        for c in 0..<outcomes.combinationCount {
          let weight = plan.grid.probabilities[j] * outcomes.probability(of: c, probabilities: own)
          for i in 0..<n {
            let p = plan.cutProbabilities(scenario: s, combination: c, bin: j, member: i)
            for v in 0..<4 { expected[i * 4 + v] += weight * p[v] }
          }
        }
      }
      // Drawn apart from the factors, the backers keep every member's marginal exactly, as
      // the scenario computes it (the bins keep conditional probabilities exactly).
      for k in 0..<(n * 4) {
        #expect(abs(expected[k] - scenario.marginals[k]) < 1e-6, "\(s) \(k)")
      }
      let frequencies = try #require(run.statistics[s].stateFrequencies)
      for k in 0..<(n * 4) {
        let p = expected[k]
        let variance = max(0, p * (1 - p)) / Double(trials)
        #expect(abs(frequencies[k] - p) <= 4 * variance.squareRoot() + 1e-9)
      }
    }
  }

  @Test func figuresDoNotDependOnThreads() throws {
    let model = try Self.model(.defaults, influential: [5, 9, 13])
    let scenarios = try Self.scenarios(model)
    func run(_ threads: Int) throws -> [ScenarioStatistics] {
      try MonteCarloEngine.run(
        model: model, scenarios: scenarios, rule: .simple, thresholds: [12],
        options: MonteCarloOptions(trials: 5_000, seed: 77, threads: threads, blockSize: 512)
      ).statistics
    }
    let one = try run(1)
    #expect(try run(2) == one)
    #expect(try run(8) == one)
  }

  /// Five drawn backers (more than the engine keeps cut sets for): cuts
  /// computed per trial, still within 4 standard errors of the exact engine,
  /// and the same bytes on any number of threads.
  @Test func manyDrawnBackersAgreeWithTheExactEngine() throws {
    let model = try Self.model(ModelParameters.defaults.independent, influential: Array(3...7))
    // `ScenarioModel` draws at most four with their followers; the fifth is
    // added by hand, as a caller building its own scenario may.
    let recorded = try model.scenario(Scenario(name: "open", changes: Self.openChanges(model)))
    #expect(recorded.drawn.count == 4)
    let drawnMembers = Set(recorded.drawn.map(\.member))
    let fifth = try #require(model.influences.first { !drawnMembers.contains($0.member) })
    var pull = fifth.pulls
    for member in drawnMembers { pull[member] = 0 }
    let backers =
      recorded.drawn.map {
        var backer = $0
        backer.pull[fifth.member] = 0
        return backer
      }
      + [
        DrawnBacker(
          member: fifth.member,
          expectedVote: BackerInfluence.expectedVote(
            model.cuts(member: fifth.member).probabilities(shift: recorded.shifts[fifth.member])),
          pull: pull)
      ]
    let scenarios = [
      ScenarioModel(
        name: recorded.name, isBaseline: true, changes: [], stances: recorded.stances,
        shifts: recorded.shifts, forced: recorded.forced, cuts: recorded.cuts,
        marginals: recorded.marginals,
        drawn: backers)
    ]
    #expect(scenarios[0].drawn.count == 5)
    let trials = 8_000
    let exact = ExactEngine.run(
      model: model, scenarios: scenarios, rule: .simple, conditionOnDrawnBackers: true)
    func run(_ threads: Int) throws -> MonteCarloEngine.Run {
      try MonteCarloEngine.run(
        model: model, scenarios: scenarios, rule: .simple,
        options: MonteCarloOptions(trials: trials, seed: 4, threads: threads, blockSize: 1024))
    }
    let mc = try run(2)
    #expect(try run(1).statistics == mc.statistics)
    let t = Double(trials).squareRoot()
    let p = exact[0].adoption.value
    #expect(abs(mc.statistics[0].adoption.value - p) <= 4 * (p * (1 - p)).squareRoot() / t + 1e-9)
    #expect(abs(mc.statistics[0].yes.mean - exact[0].yes.mean) <= 4 * exact[0].yes.sd / t)
    #expect(abs(mc.statistics[0].no.mean - exact[0].no.mean) <= 4 * exact[0].no.sd / t)
    #expect(abs(mc.statistics[0].yes.sd - exact[0].yes.sd) <= 4 * exact[0].yes.sd / t)
  }
}
