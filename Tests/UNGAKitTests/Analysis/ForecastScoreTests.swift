import Foundation
import Testing
import UNGAKit

@Suite struct ForecastScoreTests {
  /// Two forecasts scored by hand:
  /// 1. (0.7, 0.1, 0.1, 0.1), yes cast: −ln 0.7 = 0.356675; Brier 0.3² + 3·0.1² = 0.12;
  ///    most probable yes (right).
  /// 2. (0.2, 0.5, 0.2, 0.1), no cast: −ln 0.2 = 1.609438; Brier 0.2² + 0.5² + 0.8² + 0.1²
  ///    = 0.94; most probable abstain (wrong).
  /// Means: log loss 0.983056, Brier 0.53, accuracy 0.5.
  static func twoForecasts() -> ForecastScore {
    var score = ForecastScore()
    score.add(SIMD4(0.7, 0.1, 0.1, 0.1), observed: .yes)
    score.add(SIMD4(0.2, 0.5, 0.2, 0.1), observed: .no)
    return score
  }

  @Test func handComputedMeans() throws {
    let score = ForecastScoreTests.twoForecasts()
    #expect(score.count == 2)
    #expect(abs(try #require(score.logLoss) - 0.983_056_5) < 1e-6)
    #expect(abs(try #require(score.brier) - 0.53) < 1e-12)
    #expect(score.accuracy == 0.5)
    #expect(score.correctCount == 1)
  }

  /// Confusion: yes→yes, no→abstain.
  /// yes: TP 1, FP 0, FN 0 → precision 1, recall 1, F1 1.
  /// abstain: favoured once, never cast → precision 0, recall undefined, F1 2·0/(0+1+0) = 0.
  /// no: cast once, never favoured → precision undefined, recall 0, F1 0.
  /// non-voting: neither → all undefined. Macro F1 = (1 + 0 + 0) / 3.
  @Test func perClassScores() {
    let score = ForecastScoreTests.twoForecasts()
    #expect(score.precision(.yes) == 1)
    #expect(score.recall(.yes) == 1)
    #expect(score.f1(.yes) == 1)
    #expect(score.precision(.abstain) == 0)
    #expect(score.recall(.abstain) == nil)
    #expect(score.f1(.abstain) == 0)
    #expect(score.precision(.no) == nil)
    #expect(score.recall(.no) == 0)
    #expect(score.f1(.no) == 0)
    #expect(score.f1(.nonVoting) == nil)
    #expect(score.macroF1 == 1.0 / 3.0)
    #expect(score.observedCount(.no) == 1)
    #expect(score.predictedCount(.abstain) == 1)
  }

  /// F1 from precision 2/3 and recall 1/2: three forecasts favour yes (two right), and yes
  /// is cast four times. 2·TP / (2·TP + FP + FN) = 4 / (4 + 1 + 2) = 4/7.
  @Test func f1IsTheHarmonicMean() throws {
    var score = ForecastScore()
    let favoursYes = SIMD4(0.6, 0.2, 0.1, 0.1)
    let favoursNo = SIMD4(0.1, 0.2, 0.6, 0.1)
    score.add(favoursYes, observed: .yes)
    score.add(favoursYes, observed: .yes)
    score.add(favoursYes, observed: .no)
    score.add(favoursNo, observed: .yes)
    score.add(favoursNo, observed: .yes)
    #expect(score.precision(.yes) == 2.0 / 3.0)
    #expect(score.recall(.yes) == 0.5)
    #expect(abs(try #require(score.f1(.yes)) - 4.0 / 7.0) < 1e-15)
  }

  /// A probability of 0 on the vote cast costs −ln 1e-15 = 34.538776 nats, not infinity.
  @Test func logLossIsFloored() throws {
    var score = ForecastScore()
    score.add(SIMD4(0, 1, 0, 0), observed: .yes)
    #expect(abs(try #require(score.logLoss) - 34.538_776_394_910_684) < 1e-9)
    #expect(ForecastScore.probabilityFloor == 1e-15)
    #expect(score.brier == 2)
  }

  /// Ties go to the class with the lowest raw value.
  @Test(arguments: [
    (SIMD4(0.4, 0.4, 0.1, 0.1), Vote.yes),
    (SIMD4(0.1, 0.4, 0.4, 0.1), Vote.abstain),
    (SIMD4(0.25, 0.25, 0.25, 0.25), Vote.yes),
    (SIMD4(0.1, 0.1, 0.4, 0.4), Vote.no),
  ])
  func tiesGoToTheLowestClass(probabilities: SIMD4<Double>, favoured: Vote) {
    var score = ForecastScore()
    score.add(probabilities, observed: .nonVoting)
    #expect(score.predictedCount(favoured) == 1)
  }

  /// Ten bins of width 0.1: 0.7 lands in bin 7, 0.2 in bin 2, 0 in bin 0 and 1 in bin 9.
  @Test func reliabilityBins() {
    let score = ForecastScoreTests.twoForecasts()
    let yes = score.reliability(.yes)
    #expect(yes.count == 10)
    #expect(yes[7].count == 1)
    #expect(yes[7].meanPredicted == 0.7)
    #expect(yes[7].observedFrequency == 1)
    #expect(yes[2].count == 1)
    #expect(yes[2].observedFrequency == 0)
    #expect(yes[0].count == 0)
    #expect(yes[0].meanPredicted == nil)
    #expect(yes[3].lower == 0.3)
    #expect(yes[3].upper == 0.4)
    // Abstain got 0.1 (bin 1) and 0.5 (bin 5); neither forecast observed abstain.
    let abstain = score.reliability(.abstain)
    #expect(abstain[1].count == 1)
    #expect(abstain[5].count == 1)
    #expect(abstain[5].observedFrequency == 0)

    var edges = ForecastScore(binCount: 4)
    edges.add(SIMD4(1, 0, 0, 0), observed: .yes)
    #expect(edges.reliability(.yes)[3].count == 1)
    #expect(edges.reliability(.abstain)[0].count == 1)
    #expect(edges.reliability(.yes).map(\.upper) == [0.25, 0.5, 0.75, 1])
  }

  /// The counts in each class's reliability table add up to the number of forecasts, and
  /// the observed counts to the votes cast of that class.
  @Test func reliabilityAccountsForEveryForecast() {
    var generator = AnalysisFixtures.SeededGenerator(seed: 7)
    var score = ForecastScore(binCount: 7)
    for _ in 0..<500 {
      let p = AnalysisFixtures.randomForecast(using: &generator)
      score.add(p, observed: Vote.allCases.randomElement(using: &generator) ?? .yes)
    }
    for vote in Vote.allCases {
      let table = score.reliability(vote)
      #expect(table.reduce(0) { $0 + $1.count } == 500)
      let hits = table.reduce(0.0) { $0 + Double($1.count) * ($1.observedFrequency ?? 0) }
      #expect(abs(hits - Double(score.observedCount(vote))) < 1e-9)
    }
  }

  /// Merging the scores of two halves gives the score of the whole.
  @Test func mergeEqualsSequentialAdding() {
    var generator = AnalysisFixtures.SeededGenerator(seed: 11)
    let forecasts = (0..<200).map { _ in
      (
        AnalysisFixtures.randomForecast(using: &generator),
        Vote.allCases.randomElement(using: &generator) ?? .yes
      )
    }
    var whole = ForecastScore()
    var first = ForecastScore()
    var second = ForecastScore()
    for (index, (p, vote)) in forecasts.enumerated() {
      whole.add(p, observed: vote)
      if index < 80 { first.add(p, observed: vote) } else { second.add(p, observed: vote) }
    }
    first.merge(second)
    #expect(first.count == whole.count)
    #expect(first.confusion == whole.confusion)
    #expect(abs(first.logLossSum - whole.logLossSum) < 1e-9)
    #expect(abs(first.brierSum - whole.brierSum) < 1e-9)
    for vote in Vote.allCases {
      #expect(first.reliability(vote).map(\.count) == whole.reliability(vote).map(\.count))
    }
  }

  @Test func emptyScoreHasNoMeans() {
    let score = ForecastScore()
    #expect(score.logLoss == nil)
    #expect(score.brier == nil)
    #expect(score.accuracy == nil)
    #expect(score.macroF1 == nil)
  }
}
