import Testing
import UNGAKit

@Suite struct AdoptionProbabilityTests {
  /// Three certain yes votes and two members voting no or staying out with even odds:
  /// N = 0, 1, 2 with probabilities 1/4, 1/2, 1/4.
  /// Simple majority: 3 > N always → 1.
  /// Two thirds: Y ≥ 2N holds for N = 0 and 1 (3 ≥ 2), not for N = 2 (3 < 4) → 3/4.
  @Test func handComputedRules() {
    let forecasts =
      [SIMD4<Double>](repeating: SIMD4(1, 0, 0, 0), count: 3)
      + [SIMD4<Double>](repeating: SIMD4(0, 0.25, 0.5, 0.25), count: 2)
    #expect(AdoptionProbability.independent(forecasts, rule: .simple) == 1)
    #expect(abs(AdoptionProbability.independent(forecasts, rule: .twoThirds) - 0.75) < 1e-15)
  }

  /// Two members yes or out with even odds, one certain no:
  /// Y = 0, 1, 2 with 1/4, 1/2, 1/4; N = 1. Simple: only Y = 2 beats 1 (a 1–1 tie fails) → 1/4.
  /// Two thirds: Y = 2, N = 1 is exactly two thirds and adopts → 1/4.
  @Test func tiesFailAndExactlyTwoThirdsAdopts() {
    let forecasts = [SIMD4(0.5, 0.5, 0, 0), SIMD4(0.5, 0, 0, 0.5), SIMD4(0, 0, 1, 0)]
    #expect(abs(AdoptionProbability.independent(forecasts, rule: .simple) - 0.25) < 1e-15)
    #expect(abs(AdoptionProbability.independent(forecasts, rule: .twoThirds) - 0.25) < 1e-15)
  }

  /// With nobody voting yes or no nothing is adopted, under either rule.
  @Test(arguments: MajorityRule.allCases)
  func noVotesCastAdoptsNothing(rule: MajorityRule) {
    let forecasts = [SIMD4<Double>](repeating: SIMD4(0, 0.6, 0, 0.4), count: 4)
    #expect(AdoptionProbability.independent(forecasts, rule: rule) == 0)
    #expect(AdoptionProbability.independent([SIMD4<Double>](), rule: rule) == 0)
  }

  /// Against brute-force enumeration of all 3^m (yes, no, other) outcomes, judged by
  /// `MajorityRule.adopts`.
  @Test(arguments: MajorityRule.allCases, [1, 2, 5, 8])
  func matchesEnumeration(rule: MajorityRule, members: Int) {
    var generator = AnalysisFixtures.SeededGenerator(seed: UInt64(members * 31 + 1))
    let forecasts = (0..<members).map { _ in AnalysisFixtures.randomForecast(using: &generator) }
    var expected = 0.0
    var outcomes = 1
    for _ in 0..<members { outcomes *= 3 }
    for outcome in 0..<outcomes {
      var code = outcome
      var probability = 1.0
      var yes = 0
      var no = 0
      for p in forecasts {
        switch code % 3 {
        case 0:
          probability *= p[0]
          yes += 1
        case 1:
          probability *= p[2]
          no += 1
        default: probability *= p[1] + p[3]
        }
        code /= 3
      }
      if rule.adopts(yes: yes, no: no) { expected += probability }
    }
    #expect(abs(AdoptionProbability.independent(forecasts, rule: rule) - expected) < 1e-12)
  }
}
