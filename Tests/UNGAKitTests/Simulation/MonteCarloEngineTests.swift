import Foundation
import Testing
import UNGAKit

@Suite struct MonteCarloEngineTests {
  static let dataset = SyntheticAssembly.dataset(states: 24, rollCalls: 150, sessions: 6, seed: 11)

  static func model(_ parameters: ModelParameters = .defaults) throws -> VoteModel {
    try VoteModel(dataset: dataset, target: SyntheticAssembly.draftID, parameters: parameters)
  }

  /// The recorded draft plus the second member as co-sponsor and as opponent.
  static func scenarios(_ model: VoteModel) throws -> [ScenarioModel] {
    let backer = model.states[1].code
    return [
      model.recorded(), try model.scenario(Scenario(stance: .coSponsor, states: [backer])),
      try model.scenario(Scenario(stance: .oppose, states: [backer])),
    ]
  }

  struct Configuration: Sendable, CustomStringConvertible {
    var influence: Double
    var rule: MajorityRule
    var seed: UInt64
    var description: String { "κ \(influence), \(rule), seed \(seed)" }
  }

  /// With independent votes, every Monte Carlo figure lies within 4 standard
  /// errors (computed from the exact distribution) of the exact figure.
  @Test(arguments: [
    Configuration(influence: 1, rule: .simple, seed: 1),
    Configuration(influence: 2.5, rule: .twoThirds, seed: 2),
    Configuration(influence: 0, rule: .twoThirds, seed: 3),
  ])
  func agreesWithTheExactEngine(configuration: Configuration) throws {
    let model = try Self.model(
      TestInfluence.parameters(Self.dataset, backer: 0, strength: configuration.influence)
        .independent)
    let scenarios = try Self.scenarios(model)
    let thresholds = [10, 14]
    let trials = 20_000
    let exact = ExactEngine.run(
      model: model, scenarios: scenarios, rule: configuration.rule, thresholds: thresholds)
    let run = try MonteCarloEngine.run(
      model: model, scenarios: scenarios, rule: configuration.rule, thresholds: thresholds,
      options: MonteCarloOptions(trials: trials, seed: configuration.seed, threads: 2))
    #expect(run.trials == trials)
    let t = Double(trials)
    func close(_ simulated: Double, _ exact: Double, sd: Double, _ label: String) {
      let tolerance = 4 * sd / t.squareRoot() + 1e-9
      #expect(abs(simulated - exact) <= tolerance, "\(label): \(simulated) vs \(exact)")
    }
    func binomialSD(_ p: Double) -> Double { (p * (1 - p)).squareRoot() }
    for (mc, oracle) in zip(run.statistics, exact) {
      close(
        mc.adoption.value, oracle.adoption.value, sd: binomialSD(oracle.adoption.value), "adoption")
      close(mc.yes.mean, oracle.yes.mean, sd: oracle.yes.sd, "yes")
      close(mc.no.mean, oracle.no.mean, sd: oracle.no.sd, "no")
      close(mc.abstain.mean, oracle.abstain.mean, sd: oracle.abstain.sd, "abstain")
      close(mc.nonVoting.mean, oracle.nonVoting.mean, sd: oracle.nonVoting.sd, "non-voting")
      close(mc.yes.sd, oracle.yes.sd, sd: oracle.yes.sd, "sd of yes")
      for (a, b) in zip(mc.thresholds, oracle.thresholds) {
        close(a.probability, b.probability, sd: binomialSD(b.probability), "P(yes ≥ \(b.yes))")
      }
      // Each estimate's own standard error is close to the exact one.
      let exactSE = binomialSD(oracle.adoption.value) / t.squareRoot()
      #expect(abs(mc.adoption.standardError - exactSE) <= 0.2 * exactSE + 1e-4)
      if let d = mc.difference, let e = oracle.difference {
        #expect(abs(d.yes.value - e.yes.value) <= 4 * d.yes.standardError + 1e-9)
        #expect(
          abs(d.adoptionProbability.value - e.adoptionProbability.value)
            <= 4 * d.adoptionProbability.standardError + 1e-9)
      }
    }
  }

  /// Per-state frequencies reproduce the exact marginals, with the
  /// correlated model on: the factors spread the joint distribution only.
  @Test func preservesMarginalsWithCorrelationOn() throws {
    let model = try Self.model(ModelParameters())
    let scenarios = [
      model.recorded(),
      try model.scenario(Scenario(stance: .oppose, states: [model.states[2].code])),
    ]
    let trials = 16_000
    let run = try MonteCarloEngine.run(
      model: model, scenarios: scenarios, rule: .simple,
      options: MonteCarloOptions(trials: trials, seed: 5, collectStateFrequencies: true))
    for (scenario, figures) in zip(scenarios, run.statistics) {
      let frequencies = try #require(figures.stateFrequencies)
      for i in 0..<model.memberCount {
        for vote in Vote.allCases {
          let p = scenario.probability(member: i, vote: vote)
          let f = frequencies[i * 4 + Int(vote.rawValue)]
          #expect(abs(f - p) <= 4 * (p * (1 - p) / Double(trials)).squareRoot() + 1e-9)
        }
      }
    }
    // With κ = 0 and no backer, members keep their baseline distribution.
    let baseline = model.baseline
    for i in 0..<model.memberCount where scenarios[0].forced[i] == nil {
      for vote in Vote.allCases {
        #expect(
          abs(
            scenarios[0].probability(member: i, vote: vote)
              - baseline.probability(member: i, vote: vote)) < 1e-12)
      }
    }
  }

  /// Correlation widens the distribution of the yes count but not its mean.
  @Test func correlationSpreadsTheTally() throws {
    let correlated = try Self.model()
    let independent = try Self.model(ModelParameters.defaults.independent)
    let options = MonteCarloOptions(trials: 8_000, seed: 9)
    let a = try MonteCarloEngine.run(
      model: correlated, scenarios: [correlated.recorded()], rule: .simple, options: options)
    let b = try MonteCarloEngine.run(
      model: independent, scenarios: [independent.recorded()], rule: .simple, options: options)
    #expect(a.statistics[0].yes.sd > 1.5 * b.statistics[0].yes.sd)
    let se = (a.statistics[0].yes.meanStandardError + b.statistics[0].yes.meanStandardError)
    #expect(abs(a.statistics[0].yes.mean - b.statistics[0].yes.mean) < 4 * se)
  }

  @Test func figuresDoNotDependOnThreads() throws {
    let model = try Self.model()
    let scenarios = try Self.scenarios(model)
    func run(_ threads: Int) throws -> [ScenarioStatistics] {
      try MonteCarloEngine.run(
        model: model, scenarios: scenarios, rule: .simple, thresholds: [12],
        options: MonteCarloOptions(trials: 5_000, seed: 77, threads: threads, blockSize: 512)
      )
      .statistics
    }
    let one = try run(1)
    #expect(try run(2) == one)
    #expect(try run(8) == one)
    let other = try MonteCarloEngine.run(
      model: model, scenarios: scenarios, rule: .simple, thresholds: [12],
      options: MonteCarloOptions(trials: 5_000, seed: 78, threads: 1, blockSize: 512))
    #expect(other.statistics != one)
  }

  /// Common random numbers: a difference is estimated far more precisely
  /// than either figure.
  @Test func differencesAreMorePreciseThanTheFigures() throws {
    let model = try Self.model()
    let scenarios = try Self.scenarios(model)
    let median = try MonteCarloEngine.run(
      model: model, scenarios: [scenarios[0]], rule: .simple,
      options: MonteCarloOptions(trials: 2_000, seed: 3)
    ).statistics[0].yes.q50
    let run = try MonteCarloEngine.run(
      model: model, scenarios: scenarios, rule: .simple, thresholds: [median],
      options: MonteCarloOptions(trials: 10_000, seed: 4))
    let base = run.statistics[0]
    for figures in run.statistics.dropFirst() {
      let difference = try #require(figures.difference)
      #expect(difference.yes.standardError < base.yes.meanStandardError)
      #expect(difference.yes.standardError < figures.yes.meanStandardError)
      #expect(difference.thresholds[0].standardError < base.thresholds[0].standardError)
      #expect(difference.thresholds[0].standardError < figures.thresholds[0].standardError)
    }
  }

  @Test func precisionModeStopsDeterministically() throws {
    let model = try Self.model()
    let scenarios = try Self.scenarios(model)
    func run(threads: Int) throws -> MonteCarloEngine.Run {
      try MonteCarloEngine.run(
        model: model, scenarios: scenarios, rule: .twoThirds,
        options: MonteCarloOptions(
          seed: 21, threads: threads, precision: 0.01, maxTrials: 200_000, blockSize: 256,
          roundBlocks: 4))
    }
    let a = try run(threads: 1)
    let b = try run(threads: 2)
    #expect(a.trials == b.trials)
    #expect(a.statistics == b.statistics)
    #expect(a.trials % 1024 == 0)
    #expect(a.trials < 200_000)
    #expect(a.statistics.allSatisfy { $0.adoption.standardError < 0.01 })
    // Stopping after fewer rounds would not have met the target.
    let fixed = try MonteCarloEngine.run(
      model: model, scenarios: scenarios, rule: .twoThirds,
      options: MonteCarloOptions(trials: a.trials, seed: 21, blockSize: 256))
    #expect(fixed.statistics == a.statistics)
    if a.trials > 1024 {
      let shorter = try MonteCarloEngine.run(
        model: model, scenarios: scenarios, rule: .twoThirds,
        options: MonteCarloOptions(trials: a.trials - 1024, seed: 21, blockSize: 256))
      #expect(shorter.statistics.contains { $0.adoption.standardError >= 0.01 })
    }
  }

  @Test func precisionModeRespectsTheCap() throws {
    let model = try Self.model()
    let run = try MonteCarloEngine.run(
      model: model, scenarios: [model.recorded()], rule: .simple,
      options: MonteCarloOptions(
        precision: 1e-6, maxTrials: 3_000, blockSize: 256, roundBlocks: 2))
    #expect(run.trials == 3_000)
  }

  @Test(arguments: [
    MonteCarloOptions(trials: 0), MonteCarloOptions(trials: -5), MonteCarloOptions(threads: 0),
    MonteCarloOptions(blockSize: 0), MonteCarloOptions(precision: 0),
    MonteCarloOptions(precision: 0.01, maxTrials: 0), MonteCarloOptions(roundBlocks: 0),
  ])
  func rejectsInvalidOptions(options: MonteCarloOptions) throws {
    let model = try Self.model()
    #expect(throws: SimulationError.self) {
      try MonteCarloEngine.run(
        model: model, scenarios: [model.recorded()], rule: .simple, options: options)
    }
  }

  @Test func stopsWhenCancelled() throws {
    let model = try Self.model()
    let token = CancellationToken()
    token.cancel()
    #expect(throws: SimulationError.cancelled) {
      try MonteCarloEngine.run(
        model: model, scenarios: [model.recorded()], rule: .simple,
        options: MonteCarloOptions(trials: 100_000, cancellation: token))
    }
  }
}
