import Foundation
import Testing

@testable import UNGAKit

@Suite struct CalibratorTests {
  /// The leader AAA moves the states of its group (every fifth) towards its
  /// vote and those of the third group against it.
  static let truth = ModelParameters(
    baseline: BaselineParameters(
      halfLife: 2, groupWeight: 0.3, ownWeight: 0.1, floor: 0.02, exponent: 1,
      absence: [-2, 0.5, 0.3]),
    backers: [
      BackerInfluence(
        backer: "AAA", strength: 1.5, interval: [1.5, 1.5], isActive: true,
        crossValidatedGain: 1, rollCalls: 1, ridge: 2,
        weights: Dictionary(
          uniqueKeysWithValues: (1..<40).map { i in
            (SyntheticHistory.code(i), i % 5 == 0 ? 0.5 : i % 5 == 2 ? -0.3 : 0)
          }))
    ],
    globalCorrelation: 0.2, blocCorrelation: 0.3, alignmentSessions: 6)
  static let compliance = 0.85

  static let history: Dataset? = try? SyntheticHistory.dataset(
    truth: truth, compliance: compliance, seed: 11)

  /// A rougher, faster search and coarser grids than the defaults, to keep the tests quick.
  static func options(threads: Int? = nil) -> Calibrator.Options {
    Calibrator.Options(
      fitSessions: 56...67, heldOutSessions: 68...71, alignmentSessions: 6, replicates: 100,
      parameterReplicates: 3, backers: ["AAA", "AAB"], quadratureNodes: 16,
      correlationStep: 0.05, searchGridPoints: 7, searchGoldenSteps: 12, searchCycles: 3,
      threads: threads)
  }

  static let description = CalibratedParameters.DataDescription(
    files: [.init(file: "synthetic/votes.csv", rows: 1, sha256: "0")], rollCalls: 0, votes: 0,
    sponsorships: 0)

  static let calibration: CalibratedParameters? = history.flatMap {
    try? Calibrator.run(
      dataset: $0, options: options(), command: "unga calibrate --test", data: description)
  }

  /// Data drawn from the model itself: the fit switches the leader's
  /// influence on with a strength of the right size and weights that single out
  /// its followers and opponents, finds the compliance within 0.12, the within-bloc correlation
  /// inside its 95 % bootstrap interval (widened by the 0.05 grid step), a
  /// global one no higher than the truth, and a half-life of
  /// the right size (the fit sees it only through 12 sessions of 8 roll calls).
  @Test func recoversTheParametersThatGeneratedTheData() throws {
    let result = try #require(Self.calibration)
    let p = result.parameters
    let leader = try #require(p.influence(of: "AAA"))
    #expect(leader.isActive)
    #expect(leader.strength > 0.5 && leader.strength < 4, "\(leader.strength)")
    #expect(leader.interval[0] > 0)
    // Every follower (every fifth state) weighs more than any state the leader does not
    // move, and the opponents (every fifth from the second) weigh less than 0 on average.
    func weights(_ remainder: Int) -> [Double] {
      (1..<40).filter { $0 % 5 == remainder }.map {
        leader.weights[SyntheticHistory.code($0)] ?? 0
      }
    }
    let unmoved = [1, 3, 4].flatMap(weights)
    #expect(weights(0).min()! > max(0.1, unmoved.max()!), "\(leader.weights)")
    #expect(weights(2).reduce(0, +) < 0, "\(leader.weights)")
    #expect(abs(result.sponsorCompliance - 0.85) < 0.12)
    let rho = result.correlation.estimate
    // The leader's pull explains part of the co-movement: the global share comes out lower.
    #expect(rho.globalInterval[0] <= 0.2 && rho.global > 0.02, "\(rho)")
    #expect(
      rho.withinBlocInterval[0] - 0.05 <= 0.5 && 0.5 <= rho.withinBlocInterval[1] + 0.05, "\(rho)")
    #expect(p.halfLife > 0.7 && p.halfLife < 6, "\(p)")
    #expect(result.replicates.count == 3)
    // Replicates refit the baseline near the estimate, in the short search's box.
    #expect(result.replicates.contains { $0.baseline != p.baseline })
    #expect(
      result.replicates.allSatisfy {
        $0.baseline.halfLife >= p.halfLife / 3 && $0.baseline.halfLife <= p.halfLife * 3
          && abs($0.baseline.exponent - p.baseline.exponent) <= 0.2
      })
    // Told the leader's vote, the held-out forecasts of the others improve.
    let told = try #require(result.heldOut.conditional.first { $0.given == "AAA" })
    #expect(told.told.logLoss < told.notTold.logLoss)
  }

  /// The file records where everything came from, and its numbers agree with a backtest.
  @Test func recordsRangesScoresAndTheCommand() throws {
    let result = try #require(Self.calibration)
    let dataset = try #require(Self.history)
    #expect(result.command == "unga calibrate --test")
    #expect(result.fit.span.firstSession == 56)
    #expect(result.fit.span.lastSession == 67)
    #expect(result.fit.span.rollCalls == 12 * 8)
    #expect(result.heldOut.span.rollCalls == 4 * 8)
    #expect(result.heldOut.baselines.map(\.name) == Backtest.standardBaselines.map(\.name))
    #expect(result.fit.ranges["halfLife"] == [0.1, 50])
    let backtest = try Backtest.runModel(
      dataset: dataset, sessions: 68...71, parameters: result.parameters,
      sponsorCompliance: result.sponsorCompliance)
    #expect(backtest.model.map(CalibratedParameters.Score.init) == result.heldOut.model)
    #expect(
      result.heldOut.modelBeatsEveryBaseline
        == result.heldOut.baselines.allSatisfy { $0.logLoss > result.heldOut.model.logLoss })
    #expect(result.notes.contains { $0.contains("AAA carries an estimated influence") })
    #expect(result.heldOut.conditional.map(\.given) == ["AAA", "AAB"])
  }

  /// Same data and options, same bytes, whatever the number of threads (on a smaller
  /// history, to keep the test quick).
  @Test func isDeterministic() throws {
    let dataset = try SyntheticHistory.dataset(
      states: 15, titles: 4, sessions: 50...61, truth: Self.truth, compliance: 0.9, seed: 4)
    var options = Self.options(threads: 1)
    options.fitSessions = 55...59
    options.heldOutSessions = 60...61
    options.replicates = 20
    let single = try Calibrator.run(
      dataset: dataset, options: options, command: "c", data: Self.description)
    options.threads = 3
    let several = try Calibrator.run(
      dataset: dataset, options: options, command: "c", data: Self.description)
    #expect(try single.json() == several.json())
    #expect(single.fit.span.rollCalls == 20)
  }

  @Test func refusesHeldOutSessionsBeforeTheFit() throws {
    let dataset = try #require(Self.history)
    var options = Self.options()
    options.heldOutSessions = 60...61
    #expect(throws: CalibrationError.heldOutNotAfterFit(fit: 56...67, heldOut: 60...61)) {
      try Calibrator.run(dataset: dataset, options: options, command: "", data: Self.description)
    }
    options.heldOutSessions = 90...91
    #expect(throws: CalibrationError.nothingToScore(what: "held-out", sessions: 90...91)) {
      try Calibrator.run(dataset: dataset, options: options, command: "", data: Self.description)
    }
  }
}
