/// The distribution of the shift `S_i = Σ_b π_ib·d_b` of one member's latent
/// utility when the votes of some backers are drawn (MODEL.md §3): one atom
/// per combination of the backers' outcomes, with `d_b = v_b − E₀[v_b]` for
/// a present backer (`v` = +1 yes, 0 abstain, −1 no) and 0 for an absent
/// one, weighted by the backers' independent outcome probabilities.
///
/// Used two ways: to mix a member's probabilities over drawn backers'
/// votes (`LatentCuts.mixture(shift:over:)`), and to set its cuts so that
/// this mixture, with the backers drawn from their baselines, gives back its
/// baseline exactly (`LatentCuts.preservingMarginals(over:)`).
public struct ShiftDistribution: Sendable, Hashable {
  /// The atoms' shifts, in latent standard deviations.
  public private(set) var values: [Double]
  /// The atoms' probabilities; they sum to 1.
  public private(set) var weights: [Double]

  /// No shift for certain.
  public static let none = ShiftDistribution(values: [0], weights: [1])

  /// Atoms as given (`weights` non-negative, summing to 1).
  public init(values: [Double], weights: [Double]) {
    precondition(values.count == weights.count && !values.isEmpty)
    self.values = values
    self.weights = weights
  }

  /// The shifts of backers whose pulls on the member are `pulls`, whose
  /// expected votes are `expected` (`E₀[v_b]`, −1…+1) and whose outcome
  /// probabilities are `outcomes` (yes, abstain, no, non-voting). Backers
  /// with zero pull and outcomes of zero probability add no atoms.
  /// - Complexity: O(4^k) for k backers with a non-zero pull.
  public init(pulls: [Double], expected: [Double], outcomes: [SIMD4<Double>]) {
    precondition(pulls.count == expected.count && pulls.count == outcomes.count)
    var values: [Double] = [0]
    var weights: [Double] = [1]
    for b in pulls.indices where pulls[b] != 0 {
      let o = outcomes[b]
      let steps = [
        pulls[b] * (1 - expected[b]), pulls[b] * (0 - expected[b]),
        pulls[b] * (-1 - expected[b]), 0,
      ]
      var nextValues: [Double] = []
      var nextWeights: [Double] = []
      nextValues.reserveCapacity(values.count * 4)
      nextWeights.reserveCapacity(values.count * 4)
      for (value, weight) in zip(values, weights) {
        for c in 0..<4 where o[c] > 0 {
          nextValues.append(value + steps[c])
          nextWeights.append(weight * o[c])
        }
      }
      values = nextValues
      weights = nextWeights
    }
    self.values = values
    self.weights = weights
  }

  /// Whether the shift is 0 for certain.
  public var isNone: Bool { values.allSatisfy { $0 == 0 } }
}
