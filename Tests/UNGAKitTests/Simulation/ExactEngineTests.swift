import Testing
import UNGAKit

@Suite struct ExactEngineTests {
  @Test func poissonBinomialMatchesHandComputation() {
    let d = ExactEngine.poissonBinomial([0.5, 0.2])
    #expect(abs(d[0] - 0.4) < 1e-15)
    #expect(abs(d[1] - 0.5) < 1e-15)
    #expect(abs(d[2] - 0.1) < 1e-15)
  }

  /// Two members: the joint table holds products of their marginals.
  @Test func jointTableOfTwoMembers() throws {
    let dataset = SyntheticAssembly.dataset(states: 3, rollCalls: 30, sessions: 3, seed: 4)
    let model = try VoteModel(
      dataset: dataset, target: SyntheticAssembly.draftID, parameters: .defaults.independent)
    let scenario = try model.scenario(
      Scenario(name: "none", changes: [.init(state: model.states[0].code, stance: .neutral)]))
    let n = model.memberCount
    let joint = ExactEngine.jointYesNo(scenario, memberCount: n)
    #expect(abs(joint.reduce(0, +) - 1) < 1e-14)
    // P(Y = n) is the product of the members' P(yes).
    let allYes = (0..<n).reduce(1.0) { $0 * scenario.probability(member: $1, vote: .yes) }
    #expect(abs(joint[n * (n + 1)] - allYes) < 1e-15)
    let allNo = (0..<n).reduce(1.0) { $0 * scenario.probability(member: $1, vote: .no) }
    #expect(abs(joint[n] - allNo) < 1e-15)
  }

  @Test func meansEqualSumsOfMarginals() throws {
    let dataset = SyntheticAssembly.dataset(states: 20, rollCalls: 100, sessions: 4, seed: 5)
    let model = try VoteModel(dataset: dataset, target: SyntheticAssembly.draftID)
    let scenarios = [
      model.recorded(),
      try model.scenario(Scenario(stance: .oppose, states: [model.states[3].code])),
    ]
    let statistics = ExactEngine.run(
      model: model, scenarios: scenarios, rule: .simple, thresholds: [10])
    for (scenario, figures) in zip(scenarios, statistics) {
      #expect(abs(figures.yes.mean - scenario.expectedCount(.yes)) < 1e-12)
      #expect(abs(figures.no.mean - scenario.expectedCount(.no)) < 1e-12)
      #expect(abs(figures.abstain.mean - scenario.expectedCount(.abstain)) < 1e-12)
      #expect(abs(figures.nonVoting.mean - scenario.expectedCount(.nonVoting)) < 1e-12)
      #expect(abs(figures.yesHistogram.reduce(0, +) - 1) < 1e-12)
      #expect(figures.adoption.standardError == 0)
    }
    let difference = try #require(statistics[1].difference)
    #expect(abs(difference.yes.value - (statistics[1].yes.mean - statistics[0].yes.mean)) < 1e-12)
  }
}
