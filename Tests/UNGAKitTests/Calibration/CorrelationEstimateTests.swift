import Foundation
import Testing

@testable import UNGAKit

@Suite struct CorrelationEstimateTests {
  /// Roll calls of `states` members in five blocs with random marginals, votes drawn
  /// through the latent factor model with the given correlations.
  static func moments(
    global: Double, bloc: Double, rollCalls: Int = 240, states: Int = 40, seed: UInt64,
    grid: [Double]
  ) -> [TallyMoments] {
    var rng = Xoshiro256StarStar(seed: seed)
    let members = (0..<states).map {
      MemberState(
        code: MemberState.Code("S\($0)"), alpha2: nil, name: "S\($0)",
        group: RegionalGroup.allCases[$0 % 5], admitted: CalendarDate(daysSinceEpoch: 0))
    }
    let blocs = (0..<states).map { $0 % 5 }
    let parameters = ModelParameters(globalCorrelation: global, blocCorrelation: bloc)
    let quadrature = GaussHermite(count: 16)
    return (0..<rollCalls).map { _ in
      let forecasts = (0..<states).map { _ -> SIMD4<Double> in
        var p = SIMD4(
          0.2 + 2 * rng.nextUnit(), 0.1 + rng.nextUnit(), 0.1 + 1.5 * rng.nextUnit(),
          0.15 * rng.nextUnit())
        let scale = (1 - p[3]) / (p[0] + p[1] + p[2])
        p[0] *= scale
        p[1] *= scale
        p[2] *= scale
        return p
      }
      let votes = SyntheticHistory.draw(
        forecasts, states: members, parameters: parameters, using: &rng)
      return TallyMoments(
        forecasts: forecasts, observed: votes, blocs: blocs, grid: grid, quadrature: quadrature)
    }
  }

  /// The method of moments recovers the correlations that generated the votes, within four
  /// bootstrap standard errors (the 95 % interval's width / 3.92).
  @Test(arguments: [(0.3, 0.2, UInt64(1)), (0.1, 0.4, UInt64(2))])
  func recoversTheGeneratingCorrelations(global: Double, bloc: Double, seed: UInt64) {
    let grid = CorrelationEstimate.grid(step: 0.05)
    let moments = Self.moments(global: global, bloc: bloc, seed: seed, grid: grid)
    let estimate = CorrelationEstimate.estimate(moments, grid: grid, replicates: 200, seed: 5)
    let globalError = (estimate.globalInterval[1] - estimate.globalInterval[0]) / 3.92
    let withinError = (estimate.withinBlocInterval[1] - estimate.withinBlocInterval[0]) / 3.92
    #expect(globalError > 0 && globalError < 0.1)
    #expect(abs(estimate.global - global) < 4 * globalError, "\(estimate)")
    #expect(abs(estimate.withinBloc - (global + bloc)) < 4 * withinError, "\(estimate)")
    #expect(estimate.overdispersion > 2)
    #expect(estimate.rollCalls == 240)
    #expect(estimate.replicates == 200)
  }

  /// Independent votes spread as independence says: overdispersion near 1 (each roll call's
  /// squared error over its variance is about χ²₁, so the mean ratio over 240 roll calls ×
  /// 2 counts has a standard error of about √(2/480) = 0.065; four of them are allowed),
  /// correlations near 0.
  @Test func independentVotesGiveNoCorrelation() {
    let grid = CorrelationEstimate.grid(step: 0.05)
    let moments = Self.moments(global: 0, bloc: 0, seed: 3, grid: grid)
    let estimate = CorrelationEstimate.estimate(moments, grid: grid, replicates: 200, seed: 5)
    #expect(estimate.global < 0.05)
    #expect(estimate.withinBloc < 0.05)
    #expect(abs(estimate.overdispersion - 1) < 4 * (2.0 / 480).squareRoot())
  }

  /// Observed statistics by hand: two blocs of two members, p(yes) = 0.5 each, nobody absent
  /// or voting no; all four vote yes.
  @Test func observedExcessByHand() {
    let p = SIMD4(0.5, 0.5, 0, 0)
    let moments = TallyMoments(
      forecasts: [p, p, p, p], observed: [.yes, .yes, .yes, .yes], blocs: [0, 0, 1, 1],
      grid: [0, 0.5], quadrature: GaussHermite(count: 24))
    // Yes: bloc errors 1 and 1; within = (1 + 1) − 4·0.25 = 1; between = 2² − 2 = 2.
    // No: every p and error is 0.
    #expect(moments.observedWithin == 1)
    #expect(moments.observedBetween == 2)
    #expect(moments.independentVariance == 1)
    #expect(moments.observedSquaredError == 4)
    // Independent votes have no excess; at ρ = 0.5 a pair of P = ½ members has covariance
    // Φ₂(0, 0; ½) − ¼ = 1/3 − 1/4 = 1/12: within 2 pairs · 2 · 1/12, between 4 pairs · 2 · 1/12.
    #expect(abs(moments.modelWithin[0]) < 1e-12)
    #expect(abs(moments.modelBetween[0]) < 1e-12)
    #expect(abs(moments.modelWithin[1] - 4.0 / 12) < 1e-6)
    #expect(abs(moments.modelBetween[1] - 8.0 / 12) < 1e-6)
  }

  @Test func invertsByLinearInterpolationAndClampsAtTheEnds() {
    let grid = [0.0, 0.1, 0.2]
    let values = [0.0, 10, 30]
    #expect(CorrelationEstimate.invert(values, at: 5, grid: grid) == 0.05)
    #expect(abs(CorrelationEstimate.invert(values, at: 20, grid: grid) - 0.15) < 1e-12)
    #expect(CorrelationEstimate.invert(values, at: -3, grid: grid) == 0)
    #expect(CorrelationEstimate.invert(values, at: 99, grid: grid) == 0.2)
    #expect(CorrelationEstimate.grid(step: 0.3) == [0, 0.3, 0.6, 0.9])
  }
}
