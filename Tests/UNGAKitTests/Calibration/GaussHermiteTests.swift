import Foundation
import Testing

@testable import UNGAKit

@Suite struct GaussHermiteTests {
  /// Exact for polynomials below degree 2n: the normal moments 1, 0, 1, 0, 3, 0, 15, 0, 105.
  @Test(arguments: [8, 16, 24, 40])
  func integratesNormalMomentsExactly(count: Int) {
    let rule = GaussHermite(count: count)
    #expect(rule.nodes.count == count)
    #expect(abs(rule.weights.reduce(0, +) - 1) < 1e-14)
    #expect(rule.nodes == rule.nodes.sorted())
    let moments: [Double] = [1, 0, 1, 0, 3, 0, 15, 0, 105]
    for (k, moment) in moments.enumerated() where k < 2 * count {
      let value = rule.expectation { pow($0, Double(k)) }
      #expect(abs(value - moment) < 1e-9 * max(1, moment), "E[Z^\(k)]")
    }
  }

  /// E[Φ(a + bZ)] = Φ(a / √(1 + b²)), the integral the correlation moments rest on, with
  /// b = √(ρ / (1 − ρ)) up to 3 (ρ = 0.9). Φ is not a polynomial: the error falls from
  /// about 6e-4 with 24 nodes to 2e-5 with 40.
  @Test(arguments: [(0.0, 1.0), (0.8, 0.5), (-1.2, 2.0), (2.0, 3.0), (2.5, 2.2)])
  func integratesTheNormalDistributionFunction(a: Double, b: Double) {
    let exact = StandardNormal.cdf(a / (1 + b * b).squareRoot())
    let coarse = GaussHermite(count: 24).expectation { StandardNormal.cdf(a + b * $0) }
    let fine = GaussHermite(count: 40).expectation { StandardNormal.cdf(a + b * $0) }
    #expect(abs(coarse - exact) < 1e-3)
    #expect(abs(fine - exact) < 5e-5)
  }
}
