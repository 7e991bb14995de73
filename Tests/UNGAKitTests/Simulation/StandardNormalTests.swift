import Testing
import UNGAKit

@Suite struct StandardNormalTests {
  /// Reference values of Φ (to 16 digits, from tables of the normal integral).
  @Test(arguments: [
    (0.0, 0.5), (1.0, 0.8413447460685429), (-1.96, 0.024997895148220435),
    (3.0, 0.9986501019683699), (-5.0, 2.866515718791939e-07), (-10.0, 7.619853024160527e-24),
  ])
  func cdfMatchesKnownValues(x: Double, expected: Double) {
    #expect(abs(StandardNormal.cdf(x) - expected) <= 1e-12 * expected)
  }

  @Test func cdfLimitsAndSurvival() {
    #expect(StandardNormal.cdf(-.infinity) == 0)
    #expect(StandardNormal.cdf(.infinity) == 1)
    #expect(abs(StandardNormal.survival(5) - 2.866515718791939e-07) < 1e-20)
  }

  /// Reference quantiles Φ⁻¹(p).
  @Test(arguments: [
    (0.975, 1.959963984540054), (0.995, 2.5758293035489004), (1e-10, -6.361340902404056),
    (0.3, -0.5244005127080407), (0.9999999, 5.199337582290662), (1e-300, -37.0470962993612),
  ])
  func quantileMatchesKnownValues(p: Double, expected: Double) {
    #expect(abs(StandardNormal.quantile(p) - expected) <= 1e-9 * abs(expected))
  }

  @Test func quantileInvertsTheCDF() {
    for p in stride(from: 0.001, to: 1, by: 0.0137) {
      #expect(abs(StandardNormal.cdf(StandardNormal.quantile(p)) - p) < 1e-12)
    }
    #expect(StandardNormal.quantile(0.5) == 0)
  }

  @Test func quantileEdges() {
    #expect(StandardNormal.quantile(0) == -.infinity)
    #expect(StandardNormal.quantile(1) == .infinity)
    #expect(StandardNormal.quantile(-0.1).isNaN)
    #expect(StandardNormal.quantile(1.5).isNaN)
    #expect(StandardNormal.quantile(.nan).isNaN)
  }
}
