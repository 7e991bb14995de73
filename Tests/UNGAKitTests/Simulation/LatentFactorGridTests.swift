import Foundation
import Testing

@testable import UNGAKit

@Suite struct LatentFactorGridTests {
  /// σ of the bloc factor at the default correlations (ρ_g 0.15, ρ_b 0.25).
  static let sigma = (0.4 / 0.6).squareRoot()

  @Test func binsAreSymmetricAndSumToOne() {
    let grid = LatentFactorGrid(standardDeviation: Self.sigma)
    #expect(grid.binCount == 128)
    #expect(abs(grid.probabilities.reduce(0, +) - 1) < 1e-14)
    for j in 0..<grid.binCount {
      #expect(grid.probabilities[j] == grid.probabilities[grid.binCount - 1 - j])
      let weights = grid.weights[(j * 3)..<(j * 3 + 3)]
      #expect(abs(weights.reduce(0, +) - 1) < 1e-15)
    }
    #expect(grid.bin(-1e300) == 0)
    #expect(grid.bin(1e300) == grid.binCount - 1)
    #expect(grid.bin(0) == grid.binCount / 2)
    #expect(grid.bin(-1e-12) == grid.binCount / 2 - 1)
  }

  /// Averaging the conditional probabilities over the bins gives back the
  /// member's exact probability, `Φ̄(c / √(1 + σ²))`, for cuts from far
  /// below to far above the factor's range.
  @Test(arguments: [-6.0, -2.5, -0.7, 0, 0.3, 1.1, 2.9, 5.5])
  func marginalsAreExact(cut: Double) {
    let grid = LatentFactorGrid(standardDeviation: Self.sigma)
    var yes = 0.0
    var no = 0.0
    for j in 0..<grid.binCount {
      let p = grid.probabilities(bin: j, yesCut: cut, noCut: cut - 0.8)
      yes += grid.probabilities[j] * p.yes
      no += grid.probabilities[j] * p.no
    }
    let spread = (1 + Self.sigma * Self.sigma).squareRoot()
    #expect(abs(yes - StandardNormal.survival(cut / spread)) < 1e-10)
    #expect(abs(no - StandardNormal.cdf((cut - 0.8) / spread)) < 1e-10)
  }

  /// The factor variance lost inside the bins is about `h² / 12`: 0.07 % of σ².
  @Test func withinBinVarianceIsSmall() {
    let grid = LatentFactorGrid(standardDeviation: Self.sigma)
    var between = 0.0
    for j in 0..<grid.binCount {
      let mean = (0..<3).reduce(0.0) { $0 + grid.weights[j * 3 + $1] * grid.nodes[j * 3 + $1] }
      between += grid.probabilities[j] * mean * mean
    }
    let lost = 1 - between / (Self.sigma * Self.sigma)
    let width = 12.0 / 128
    #expect(abs(lost - width * width / 12) < 0.05 * width * width / 12)
  }

  @Test func independentVotesHaveOneBin() {
    let grid = LatentFactorGrid(standardDeviation: 0)
    #expect(grid.binCount == 1)
    #expect(grid.bin(3) == 0)
    let p = grid.probabilities(bin: 0, yesCut: 0.4, noCut: -0.2)
    #expect(p.yes == StandardNormal.survival(0.4))
    #expect(p.no == StandardNormal.cdf(-0.2))
  }
}

@Suite struct TabulatedNormalTests {
  /// Within 1e-11 of Φ everywhere, including the lattice's ends and beyond.
  @Test func matchesTheDistributionFunction() {
    var worst = 0.0
    var x = -14.0
    while x <= 14 {
      worst = max(worst, abs(TabulatedNormal.shared.cdf(x) - StandardNormal.cdf(x)))
      x += 0.000_37
    }
    #expect(worst < 1e-11)
    #expect(TabulatedNormal.shared.cdf(-40) == 0)
    #expect(TabulatedNormal.shared.cdf(40) == 1)
  }

  /// The grid's fast conditional probabilities against exact Φ.
  @Test func gridProbabilitiesMatchExactOnes() {
    let grid = LatentFactorGrid(standardDeviation: LatentFactorGridTests.sigma)
    for j in stride(from: 0, to: grid.binCount, by: 7) {
      let fast = grid.probabilities(bin: j, yesCut: 0.6, noCut: -1.3)
      let exact = grid.exactProbabilities(bin: j, yesCut: 0.6, noCut: -1.3)
      #expect(abs(fast.yes - exact.yes) < 1e-11)
      #expect(abs(fast.no - exact.no) < 1e-11)
    }
  }
}
