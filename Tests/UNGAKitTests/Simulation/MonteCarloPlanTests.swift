import Foundation
import Testing

@testable import UNGAKit

/// The Monte Carlo engine's tabulated cuts: marginals kept exactly, and the
/// joint distribution close to the continuous model's.
@Suite struct MonteCarloPlanTests {
  static let dataset = SyntheticAssembly.dataset(states: 24, rollCalls: 150, sessions: 6, seed: 11)

  /// The model with the second member moving its followers by twice its
  /// alignment per unit of surprise.
  static func model(_ parameters: ModelParameters) throws -> VoteModel {
    let plain = try VoteModel(
      dataset: dataset, target: SyntheticAssembly.draftID, parameters: parameters)
    var influenced = parameters
    influenced.backers = SimulationBenchmark.influences(model: plain, members: [1], strength: 2)
    return try VoteModel(
      dataset: dataset, target: SyntheticAssembly.draftID, parameters: influenced)
  }

  /// The second member co-sponsoring and opposing: its vote is fixed, so no
  /// backer is drawn, and its surprise shifts its followers.
  static func scenarios(_ model: VoteModel) throws -> [ScenarioModel] {
    let scenarios = [
      try model.scenario(Scenario(stance: .coSponsor, states: [model.states[1].code])),
      try model.scenario(Scenario(stance: .oppose, states: [model.states[1].code])),
    ]
    precondition(scenarios.allSatisfy { $0.drawn.isEmpty && $0.shifts.contains { $0 != 0 } })
    return scenarios
  }

  /// Averaged over the bins, every member's cuts give its exact marginal
  /// (up to the 2⁻³² rounding of the cuts and the quadrature, < 1e-9).
  @Test func cutsKeepEveryMarginal() throws {
    let model = try Self.model(.defaults)
    let scenarios = try Self.scenarios(model)
    let plan = try MonteCarloPlan(
      model: model, scenarios: scenarios, rule: .simple, thresholds: [], collectStates: false,
      threads: 2)
    #expect(plan.grid.binCount == 128)
    for (s, scenario) in scenarios.enumerated() {
      for i in 0..<model.memberCount {
        var mixed = [0.0, 0, 0, 0]
        for j in 0..<plan.grid.binCount {
          let p = plan.cutProbabilities(scenario: s, combination: 0, bin: j, member: i)
          #expect(p.allSatisfy { $0 >= 0 })
          for v in 0..<4 { mixed[v] += plan.grid.probabilities[j] * p[v] }
        }
        for vote in Vote.allCases {
          let exact = scenario.probability(member: i, vote: vote)
          #expect(abs(mixed[Int(vote.rawValue)] - exact) < 1e-9, "member \(i) \(vote)")
        }
      }
    }
  }

  /// The exact distribution of the binned model against the continuous
  /// model's (both by quadrature over the global factor, ρ_b = 0): the
  /// bins lose only the factor's variation within a bin. Then the engine
  /// agrees with the continuous model within 4 standard errors.
  @Test func binningChangesTheJointDistributionLittle() throws {
    let parameters = ModelParameters(globalCorrelation: 0.4, blocCorrelation: 0)
    let model = try Self.model(parameters)
    let scenarios = try Self.scenarios(model)
    let plan = try MonteCarloPlan(
      model: model, scenarios: scenarios, rule: .twoThirds, thresholds: [], collectStates: false,
      threads: 2)
    let grid = plan.grid
    let n = model.memberCount
    let scale = (1 - 0.4).squareRoot()
    let trials = 40_000
    let run = try MonteCarloEngine.run(
      model: model, scenarios: scenarios, rule: .twoThirds,
      options: MonteCarloOptions(trials: trials, seed: 3, threads: 2))
    for (s, scenario) in scenarios.enumerated() {
      var binned = [Double](repeating: 0, count: n + 1)
      var continuous = [Double](repeating: 0, count: n + 1)
      var binnedAdoption = 0.0
      var continuousAdoption = 0.0
      func accumulate(_ marginals: [Double], weight: Double, into yes: inout [Double]) -> Double {
        let joint = ExactEngine.jointYesNo(marginals: marginals, memberCount: n)
        var adoption = 0.0
        for y in 0...n {
          for k in 0...(n - y) {
            yes[y] += weight * joint[y * (n + 1) + k]
            if MajorityRule.twoThirds.adopts(yes: y, no: k) {
              adoption += weight * joint[y * (n + 1) + k]
            }
          }
        }
        return adoption
      }
      for j in 0..<grid.binCount {
        let marginals = (0..<n).flatMap {
          plan.cutProbabilities(scenario: s, combination: 0, bin: j, member: $0)
        }
        binnedAdoption += accumulate(marginals, weight: grid.probabilities[j], into: &binned)
        for q in 0..<3 {
          let node = grid.nodes[j * 3 + q]
          let exact = (0..<n).flatMap { i -> [Double] in
            if let vote = scenario.forced[i] {
              var p = [0.0, 0, 0, 0]
              p[Int(vote.rawValue)] = 1
              return p
            }
            let present = 1 - model.absence[i]
            let yes =
              present
              * StandardNormal.cdf(node - (scenario.cuts[i].upper - scenario.shifts[i]) / scale)
            let no =
              present
              * StandardNormal.cdf((scenario.cuts[i].lower - scenario.shifts[i]) / scale - node)
            return [yes, present - yes - no, no, model.absence[i]]
          }
          continuousAdoption += accumulate(
            exact, weight: grid.probabilities[j] * grid.weights[j * 3 + q], into: &continuous)
        }
      }
      let a = CountSummary(probabilities: binned)
      let b = CountSummary(probabilities: continuous)
      #expect(abs(a.mean - b.mean) < 1e-7)
      #expect(abs(a.sd - b.sd) < 5e-4 * b.sd, "sd \(a.sd) vs \(b.sd)")
      #expect(abs(binnedAdoption - continuousAdoption) < 1e-4)
      // The engine against the continuous model.
      let mc = run.statistics[s]
      let p = continuousAdoption
      let t = Double(trials).squareRoot()
      #expect(abs(mc.adoption.value - p) <= 4 * (p * (1 - p)).squareRoot() / t + 1e-9)
      #expect(abs(mc.yes.mean - b.mean) <= 4 * b.sd / t)
      #expect(abs(mc.yes.sd - b.sd) <= 4 * b.sd / t)
      // The correlation is strong enough that ignoring it would fail.
      let independent = ExactEngine.run(model: model, scenarios: [scenario], rule: .twoThirds)
      #expect(b.sd > 1.5 * independent[0].yes.sd)
    }
  }
}
