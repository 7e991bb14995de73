import Testing
import UNGAKit

@Suite struct OutcomeDistributionTests {
  /// The margin's distribution says the same as the adoption count, and the paired yes
  /// differences have the mean of the paired estimate, trial for trial.
  @Test(arguments: [MajorityRule.simple, .twoThirds])
  func agreesWithTheRunsOtherFigures(rule: MajorityRule) throws {
    let model = try MonteCarloEngineTests.model()
    let scenarios = try MonteCarloEngineTests.scenarios(model)
    let run = try MonteCarloEngine.run(
      model: model, scenarios: scenarios, rule: rule, thresholds: [],
      options: MonteCarloOptions(trials: 5_000, seed: 7, threads: 2))
    for statistics in run.statistics {
      let margin = try #require(statistics.margin)
      #expect(abs(margin.mass.reduce(0, +) - 1) < 1e-12)
      #expect(margin.mass.first ?? 0 > 0)
      #expect(margin.mass.last ?? 0 > 0)
      let adopted = margin.probability(atLeast: rule.adoptingMargin)
      #expect(abs(adopted - statistics.adoption.value) < 1e-12)
      var meanMargin = 0.0
      for (i, p) in margin.mass.enumerated() { meanMargin += Double(margin.origin + i) * p }
      let noWeight: Double = rule == .simple ? 1 : 2
      let expected = statistics.yes.mean - noWeight * statistics.no.mean
      #expect(abs(meanMargin - expected) < 1e-9)
    }
    for statistics in run.statistics.dropFirst() {
      let difference = try #require(statistics.difference)
      let distribution = try #require(difference.yesDistribution)
      var mean = 0.0
      for (i, p) in distribution.mass.enumerated() { mean += Double(distribution.origin + i) * p }
      #expect(abs(mean - difference.yes.value) < 1e-9)
      #expect(distribution.origin >= -model.states.count)
    }
  }

  @Test func probabilityAtLeastCountsTheUpperTail() {
    let distribution = OutcomeDistribution(origin: -2, mass: [0.1, 0.2, 0.3, 0.4])
    #expect(distribution.probability(atLeast: -5) == 1.0)
    #expect(abs(distribution.probability(atLeast: 0) - 0.7) < 1e-12)
    #expect(distribution.probability(atLeast: 2) == 0)
  }
}
