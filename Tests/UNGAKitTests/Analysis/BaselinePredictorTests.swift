import Testing
import UNGAKit

/// The baselines on a dataset small enough to check by hand.
///
/// States (by code order): AAA, BBB (Western European and Others), CCC, DDD, EEE
/// (African, DDD admitted 2004-06-01), FFF (Eastern European, departed 2003-01-01).
/// Roll calls "Topic" in sessions 57 (r1) and 59 (r3), an amendment in 58 (r2, not
/// counted), and the target "Topic" in session 60:
///
///          AAA BBB CCC DDD EEE FFF
///     r1    Y   Y   N   .   A   Y      (2002-10-01)
///     r2    N   N   N   N   N   .      (amendment)
///     r3    Y   A   N   X   N   .      (2004-10-01)
///
/// Whole-text votes in the window: yes 4, abstain 2, no 3, non-voting 1 (10 in all), so
/// the overall frequencies are g = (5, 3, 4, 2) / 14 (one pseudo-vote per outcome), and a
/// state's frequencies with β = 2 are f = (n + 2g) / (n_total + 2).
@Suite struct BaselinePredictorTests {
  static let dataset: Dataset = {
    typealias F = AnalysisFixtures
    return F.dataset(
      states: [
        F.state("AAA", .westernEuropeanAndOthers), F.state("BBB", .westernEuropeanAndOthers),
        F.state("CCC", .african), F.state("DDD", .african, admitted: "2004-06-01"),
        F.state("EEE", .african), F.state("FFF", .easternEuropean, departed: "2003-01-01"),
      ],
      rows: [
        F.row("r1", "2002-10-01", session: 57, title: "Topic", issues: ["hr"], votes: "YYN-AY"),
        F.row(
          "r2", "2003-10-01", session: 58, title: "Other", issues: ["hr"], amendment: true,
          votes: "NNNNN-"),
        F.row("r3", "2004-10-01", session: 59, title: "Topic", votes: "YANXN-"),
        F.row("target", "2005-10-01", session: 60, title: "Topic", votes: "YYNNN-"),
        F.row("tagged", "2005-10-02", session: 60, title: "New", issues: ["hr"], votes: "YYNNN-"),
      ])
  }()

  func context(_ id: String) throws -> PredictionContext {
    let dataset = BaselinePredictorTests.dataset
    return Backtest(dataset: dataset).context(target: try #require(dataset.rollCallIndex(id)))
  }

  func expectClose(
    _ actual: SIMD4<Double>, _ expected: SIMD4<Double>,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let difference = actual - expected
    #expect(
      (difference * difference).sum() < 1e-24, "\(actual) != \(expected)",
      sourceLocation: sourceLocation)
  }

  @Test func contextSeesOnlyEarlierRollCalls() throws {
    let context = try context("target")
    #expect(context.earlier == 0..<3)
    #expect(context.references.match == .title)
    #expect(context.references.rollCalls == [2, 0])
  }

  @Test func overallFrequencies() throws {
    let forecasts = OverallFrequencyPredictor().predict(try context("target"))
    #expect(forecasts.count == 6)
    for forecast in forecasts { expectClose(forecast, SIMD4(5, 3, 4, 2) / 14) }
  }

  /// AAA: n = (2, 0, 0, 0): (2 + 10/14, 6/14, 8/14, 4/14) / 4 = (38, 6, 8, 4) / 56.
  /// DDD: n = (0, 0, 0, 1): (10/14, 6/14, 8/14, 1 + 4/14) / 3 = (10, 6, 8, 18) / 42.
  @Test func stateFrequencies() throws {
    let forecasts = StateFrequencyPredictor().predict(try context("target"))
    expectClose(forecasts[0], SIMD4(38, 6, 8, 4) / 56)
    expectClose(forecasts[3], SIMD4(10, 6, 8, 18) / 42)
  }

  /// λ = 0.5: AAA voted yes on r3 → (28 + 19, 3, 4, 2) / 56 = (47, 3, 4, 2) / 56.
  /// DDD did not vote on r3 → (5, 3, 4, 21 + 9) / 42.
  /// FFF was no member on r3; on r1 it voted yes; f = (24, 6, 8, 4) / 42 →
  /// (21 + 12, 3, 4, 2) / 42.
  @Test func previousVote() throws {
    let forecasts = PreviousVotePredictor().predict(try context("target"))
    expectClose(forecasts[0], SIMD4(47, 3, 4, 2) / 56)
    expectClose(forecasts[3], SIMD4(5, 3, 4, 30) / 42)
    expectClose(forecasts[5], SIMD4(33, 3, 4, 2) / 42)
  }

  /// On r3 the Western Europeans split 1–1 between yes and abstain (the tie goes to yes)
  /// and the Africans voted no, no, non-voting (no). BBB: f = (24, 20, 8, 4) / 56 →
  /// (28 + 12, 10, 4, 2) / 56. EEE: f = (10, 20, 22, 4) / 56 → (5, 10, 28 + 11, 2) / 56.
  /// No Eastern European was a member on r3, so FFF keeps its frequencies.
  @Test func groupMajority() throws {
    let context = try context("target")
    let forecasts = GroupMajorityPredictor().predict(context)
    let frequencies = StateFrequencyPredictor().predict(context)
    expectClose(forecasts[1], SIMD4(40, 10, 4, 2) / 56)
    expectClose(forecasts[4], SIMD4(5, 10, 39, 2) / 56)
    expectClose(forecasts[5], frequencies[5])
  }

  /// "tagged" has a new title; its reference r1 shares only the tag "hr". The same-resolution
  /// baselines ignore it unless told to use tag references.
  @Test func tagReferencesAreOptIn() throws {
    let context = try context("tagged")
    #expect(context.references.match == .tags)
    let frequencies = StateFrequencyPredictor().predict(context)
    #expect(PreviousVotePredictor().predict(context) == frequencies)
    #expect(GroupMajorityPredictor().predict(context) == frequencies)
    let withTags = PreviousVotePredictor(smoothing: VoteSmoothing(usesTagReferences: true)).predict(
      context)
    expectClose(withTags[2], 0.5 * SIMD4(0, 0, 1, 0) + 0.5 * frequencies[2])
  }

  /// Smoothing cannot reach 0, so no forecast gives a vote probability 0.
  @Test(arguments: [0.0, -1, 1e-9, 2])
  func smoothingIsClamped(smoothing: Double) throws {
    let predictor = PreviousVotePredictor(smoothing: VoteSmoothing(weight: smoothing))
    #expect(predictor.smoothing.weight >= 1e-6 && predictor.smoothing.weight <= 1)
    for forecast in predictor.predict(try context("target")) {
      #expect(forecast.min() > 0)
      #expect(abs(forecast.sum() - 1) < 1e-12)
    }
  }

  /// With no earlier roll call at all, the frequencies are uniform.
  @Test func noHistory() throws {
    let forecasts = StateFrequencyPredictor().predict(try context("r1"))
    for forecast in forecasts { expectClose(forecast, SIMD4(repeating: 0.25)) }
    #expect(PreviousVotePredictor().predict(try context("r1")) == forecasts)
  }
}
