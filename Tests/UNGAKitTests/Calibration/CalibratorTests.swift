import Foundation
import Testing

@testable import UNGAKit

@Suite struct CalibratorTests {
  static let truth = ModelParameters(
    influence: 0.8, globalCorrelation: 0.2, blocCorrelation: 0.3, halfLife: 2,
    priorStrength: 1.5, weightRule: .median, alignmentSessions: 6)
  static let compliance = 0.85

  static let history: Dataset? = try? SyntheticHistory.dataset(
    truth: truth, compliance: compliance, seed: 11)

  /// A rougher, faster search and coarser grids than the defaults, to keep the tests quick.
  static func options(threads: Int? = nil) -> Calibrator.Options {
    Calibrator.Options(
      fitSessions: 56...67, heldOutSessions: 68...71, alignmentSessions: 6, replicates: 100,
      quadratureNodes: 16, correlationStep: 0.05, influenceStep: 0.05, influenceMaximum: 2,
      searchGridPoints: 7, searchGoldenSteps: 12, searchCycles: 3, threads: threads)
  }

  static let description = CalibratedParameters.DataDescription(
    files: [.init(file: "synthetic/votes.csv", rows: 1, sha256: "0")], rollCalls: 0, votes: 0,
    sponsorships: 0)

  static let calibration: CalibratedParameters? = history.flatMap {
    try? Calibrator.run(
      dataset: $0, options: options(), command: "unga calibrate --test", data: description)
  }

  /// Data drawn from the model itself: the fit finds the weight rule, the influence and the
  /// correlations that drew them (inside their 95 % bootstrap intervals; the correlations'
  /// widened by the 0.05 grid step), the compliance within 0.12 (about three standard errors
  /// of a proportion from the ~270 sponsor votes, of which only those the baseline would not
  /// have given yes inform it), and a half-life and prior strength of the right size (the
  /// fit sees them only through 12 sessions of 8 roll calls).
  @Test func recoversTheParametersThatGeneratedTheData() throws {
    let result = try #require(Self.calibration)
    let p = result.parameters
    let effect = result.sponsorship
    #expect(effect.isSupported)
    #expect(effect.interval[0] <= 0.8 && 0.8 <= effect.interval[1], "\(effect.interval)")
    #expect(effect.interval[1] - effect.interval[0] < 0.6)
    #expect(abs(result.sponsorCompliance - 0.85) < 0.12)
    #expect(p.weightRule == .median)
    let rho = result.correlation.estimate
    #expect(rho.globalInterval[0] - 0.05 <= 0.2 && 0.2 <= rho.globalInterval[1] + 0.05, "\(rho)")
    #expect(
      rho.withinBlocInterval[0] - 0.05 <= 0.5 && 0.5 <= rho.withinBlocInterval[1] + 0.05, "\(rho)")
    #expect(p.halfLife > 0.7 && p.halfLife < 6, "\(p)")
    #expect(p.priorStrength > 0.5 && p.priorStrength < 5, "\(p)")
    #expect(result.fit.logLoss < result.fit.defaultParametersLogLoss)
    #expect(result.heldOut.model.logLoss <= result.heldOut.defaultParameters.logLoss + 0.01)
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
    #expect(result.notes.contains { $0.contains("68-71 have 32 roll calls with a known sponsor") })
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
