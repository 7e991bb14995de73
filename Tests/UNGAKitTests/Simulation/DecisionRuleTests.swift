import Testing
import UNGAKit

@Suite struct DecisionRuleTests {
  @Test(arguments: [
    (MajorityRule.simple, 5, 5, false), (.simple, 6, 5, true), (.simple, 0, 0, false),
    (.simple, 1, 0, true), (.simple, 0, 1, false), (.twoThirds, 2, 1, true),
    (.twoThirds, 20, 10, true), (.twoThirds, 19, 10, false), (.twoThirds, 0, 0, false),
    (.twoThirds, 1, 0, true),
  ])
  func ruleEdges(rule: MajorityRule, yes: Int, no: Int, adopted: Bool) {
    #expect(rule.adopts(yes: yes, no: no) == adopted)
  }

  /// Three members whose votes are all fixed by their stances.
  static func fixed(_ text: String, rule: MajorityRule) throws -> [SimulationResult] {
    let dataset = TestAssembly.dataset(
      states: [
        TestAssembly.state("AAA", .african), TestAssembly.state("BBB", .african),
        TestAssembly.state("CCC", .asiaPacific),
      ],
      calls: [TestAssembly.call("r1", "2020-01-01", session: 74, votes: "YNA")],
      drafts: [TestAssembly.draft("D/1", "2024-01-01", majority: rule)])
    var options = SimulationOptions(
      scenarios: [try Scenario(parsing: text)],
      sampling: MonteCarloOptions(trials: 2_000, threads: 1))
    let simulated = try Simulator.run(dataset: dataset, draft: "D/1", options: options)
    options.engine = .exact
    let exact = try Simulator.run(dataset: dataset, draft: "D/1", options: options)
    return [simulated, exact]
  }

  @Test func exactlyTwoThirdsAdopts() throws {
    for result in try Self.fixed("X: +AAA +BBB -CCC", rule: .twoThirds) {
      #expect(result.scenarios[1].adoptionProbability == 1)
      #expect(result.scenarios[1].yes.mean == 2)
    }
  }

  @Test func aTieFails() throws {
    for result in try Self.fixed("X: +AAA -BBB ~CCC", rule: .simple) {
      // CCC votes freely; adoption needs its yes, so P(adopted) = P(CCC yes).
      let c = result.scenarios[1].states[2]
      #expect(
        abs(result.scenarios[1].adoptionProbability - c.pYes) <= 4
          * ((c.pYes * (1 - c.pYes)) / 2_000).squareRoot())
    }
    for result in try Self.fixed("X: +AAA -BBB -CCC", rule: .simple) {
      #expect(result.scenarios[1].adoptionProbability == 0)
    }
  }

  /// With one free member, a trial with no yes and no no vote is not adopted:
  /// P(adopted) is P(yes), not 1 − P(no).
  @Test func noYesOrNoVotesFails() throws {
    for rule in MajorityRule.allCases {
      let dataset = TestAssembly.dataset(
        states: [TestAssembly.state("AAA", .african)],
        calls: [
          TestAssembly.call("r1", "2020-01-01", session: 74, votes: "A"),
          TestAssembly.call("r2", "2021-01-01", session: 75, votes: "X"),
        ],
        drafts: [TestAssembly.draft("D/1", "2024-01-01", majority: rule)])
      var options = SimulationOptions(sampling: MonteCarloOptions(trials: 4_000, threads: 1))
      let simulated = try Simulator.run(dataset: dataset, draft: "D/1", options: options)
      options.engine = .exact
      let exact = try Simulator.run(dataset: dataset, draft: "D/1", options: options)
      let p = exact.scenarios[0].states[0].pYes
      #expect(abs(exact.scenarios[0].adoptionProbability - p) < 1e-12)
      let se = (p * (1 - p) / 4_000).squareRoot()
      #expect(abs(simulated.scenarios[0].adoptionProbability - p) <= 4 * se)
      #expect(exact.scenarios[0].yesHistogram[0] > 0.5)
    }
  }
}
