import Foundation
import Testing

@testable import UNGAKit

/// Cuts that keep a member's marginal over drawn backers' votes (MODEL.md §3).
@Suite struct LatentCutsTests {
  static let member = LatentCuts(SIMD4(0.62, 0.15, 0.18, 0.05))

  @Test func theDensityIsTheNormalOne() {
    #expect(abs(StandardNormal.density(0) - 1 / (2 * Double.pi).squareRoot()) < 1e-16)
    #expect(abs(StandardNormal.density(1.5) - exp(-1.125) / (2 * Double.pi).squareRoot()) < 1e-16)
    #expect(StandardNormal.density(.infinity) == 0)
  }

  /// One atom per outcome of each backer with a pull: `pull·(v − E₀[v])`,
  /// 0 when it does not vote, weighted by its outcome probabilities.
  @Test func shiftsOfTwoBackers() {
    let distribution = ShiftDistribution(
      pulls: [0.5, 0, 2], expected: [0.2, 0.9, -0.5],
      outcomes: [SIMD4(0.5, 0.2, 0.2, 0.1), SIMD4(1, 0, 0, 0), SIMD4(0.25, 0.25, 0.5, 0)])
    // The second backer has no pull and adds no atom; the third is never absent: 4 × 3 atoms.
    #expect(distribution.values.count == 4 * 3)
    #expect(abs(distribution.weights.reduce(0, +) - 1) < 1e-15)
    // First atom: both vote yes.
    #expect(abs(distribution.values[0] - (0.5 * 0.8 + 2 * 1.5)) < 1e-15)
    #expect(abs(distribution.weights[0] - 0.5 * 0.25) < 1e-15)
    // The first backer absent, the third voting no.
    let absentNo = 3 * 3 + 2
    #expect(abs(distribution.values[absentNo] - 2 * (-0.5)) < 1e-15)
    #expect(abs(distribution.weights[absentNo] - 0.1 * 0.5) < 1e-15)
    #expect(ShiftDistribution.none.isNone)
    #expect(!distribution.isNone)
  }

  /// The mixture over the atoms of the adjusted cuts gives back the member's
  /// probabilities, for small and large pulls and lopsided backers.
  @Test(arguments: [0.1, 0.9, 1.65, 4.0])
  func keepsTheMarginal(pull: Double) {
    for outcome in [
      SIMD4(0.6, 0.1, 0.25, 0.05), SIMD4(0.02, 0.01, 0.97, 0), SIMD4(0.97, 0, 0, 0.03),
    ] {
      let e = BackerInfluence.expectedVote(outcome)
      let atoms = ShiftDistribution(pulls: [pull], expected: [e], outcomes: [outcome])
      let adjusted = Self.member.preservingMarginals(over: atoms)
      let mixed = adjusted.mixture(shift: 0, over: atoms)
      let original = Self.member.probabilities(shift: 0)
      for c in 0..<4 { #expect(abs(mixed[c] - original[c]) < 1e-12, "\(pull) \(outcome) \(c)") }
      // Without adjustment the mixture flattens the member's vote.
      let flattened = Self.member.mixture(shift: 0, over: atoms)
      if pull >= 0.9 && outcome[1] > 0 { #expect(flattened[0] < original[0] - 1e-3) }
      // The same through the fit's allocation-free path.
      let fast = Self.member.preservingMarginals(
        pull: pull, surprises: SIMD4(1 - e, -e, -1 - e, 0), weights: outcome, start: nil)
      #expect(abs(fast.upper - adjusted.upper) < 1e-12 && abs(fast.lower - adjusted.lower) < 1e-12)
    }
  }

  /// No shift keeps the cuts; a member that never votes no keeps its infinite cut.
  @Test func edgeCases() {
    #expect(Self.member.preservingMarginals(over: .none) == Self.member)
    let never = LatentCuts(SIMD4(0.7, 0.3, 0, 0))
    let atoms = ShiftDistribution(pulls: [1], expected: [0], outcomes: [SIMD4(0.5, 0, 0.5, 0)])
    let adjusted = never.preservingMarginals(over: atoms)
    #expect(adjusted.lower == -.infinity)
    let mixed = adjusted.mixture(shift: 0, over: atoms)
    #expect(abs(mixed[0] - 0.7) < 1e-12 && mixed[2] == 0)
  }
}
