import Testing
import UNGAKit

@Suite struct TallyScoreTests {
  /// Roll call 1, three members voting yes, abstain, no:
  /// forecasts (0.9, 0, 0.1, 0), (0.5, 0.5, 0, 0), (0.2, 0.2, 0.6, 0).
  /// Expected yes 1.6, abstain 0.7, no 0.7, non-voting 0; errors 0.6, 0.3, 0.3, 0.
  /// P(adopted), simple majority, by enumeration:
  ///   first yes (0.9): second yes (0.5) always adopts → 0.45; second out (0.5) adopts
  ///   unless the third votes no → 0.9·0.5·0.4 = 0.18;
  ///   first no (0.1): adopts only if the second and third vote yes → 0.1·0.5·0.2 = 0.01.
  ///   Total 0.64: predicted adopted; actually 1–1, a tie, not adopted (wrong);
  ///   squared error 0.64² = 0.4096.
  /// Roll call 2, given totals: expected (10, 2, 3, 1) against 12 yes, 1 abstain, 3 no,
  /// 0 non-voting; errors 2, 1, 0, 1; P(adopted) 0.3 but adopted (wrong); (0.3 − 1)² = 0.49.
  /// Means: yes 1.3, abstain 0.65, no 0.15, non-voting 0.5; adoption accuracy 0;
  /// adoption Brier 0.4498.
  @Test func handComputedRollCalls() throws {
    var score = TallyScore()
    let probability = score.add(
      forecasts: [SIMD4(0.9, 0, 0.1, 0), SIMD4(0.5, 0.5, 0, 0), SIMD4(0.2, 0.2, 0.6, 0)],
      observed: [.yes, .abstain, .no], rule: .simple)
    #expect(abs(probability - 0.64) < 1e-12)
    score.add(
      expected: SIMD4(10, 2, 3, 1), actual: Tally(yes: 12, no: 3, abstain: 1, nonVoting: 0),
      adoptionProbability: 0.3, rule: .simple)
    #expect(score.rollCalls == 2)
    #expect(abs(try #require(score.meanAbsoluteError(.yes)) - 1.3) < 1e-12)
    #expect(abs(try #require(score.meanAbsoluteError(.abstain)) - 0.65) < 1e-12)
    #expect(abs(try #require(score.meanAbsoluteError(.no)) - 0.15) < 1e-12)
    #expect(abs(try #require(score.meanAbsoluteError(.nonVoting)) - 0.5) < 1e-12)
    #expect(score.adoptionAccuracy == 0)
    #expect(abs(try #require(score.adoptionBrier) - 0.4498) < 1e-12)
    #expect(score.adoptedCount == 1)
    #expect(score.predictedAdoptedCount == 1)
  }

  /// P(adopted) of exactly 0.5 predicts adoption; the rule decides the actual outcome
  /// (12 yes to 7 no is a simple majority but short of two thirds).
  @Test(arguments: [(MajorityRule.simple, 1), (.twoThirds, 0)])
  func thresholdAndRule(rule: MajorityRule, adopted: Int) {
    var score = TallyScore()
    score.add(
      expected: SIMD4(12, 0, 7, 0), actual: Tally(yes: 12, no: 7), adoptionProbability: 0.5,
      rule: rule)
    #expect(score.adoptedCount == adopted)
    #expect(score.adoptionAccuracy == Double(adopted))
  }

  @Test func mergeAddsRollCalls() {
    var first = TallyScore()
    first.add(
      expected: SIMD4(3, 1, 1, 0), actual: Tally(yes: 4, no: 1), adoptionProbability: 0.9,
      rule: .simple)
    var second = TallyScore()
    second.add(
      expected: SIMD4(1, 0, 3, 1), actual: Tally(yes: 1, no: 4), adoptionProbability: 0.2,
      rule: .simple)
    first.merge(second)
    #expect(first.rollCalls == 2)
    #expect(first.absoluteErrorSums == SIMD4(1, 1, 1, 1))
    #expect(first.adoptionAccuracy == 1)
    #expect(TallyScore().meanAbsoluteError(.yes) == nil)
  }
}
