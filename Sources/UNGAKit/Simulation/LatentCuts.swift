/// One member's ordered-probit cuts (MODEL.md §2): its vote probabilities
/// for any shift `Δ` of its latent utility, non-voting kept as it is.
///
/// With `t⁺ = Φ⁻¹(1 − P(yes | present))` and `t⁻ = Φ⁻¹(P(no | present))`,
/// `P(yes) = (1 − q)·(1 − Φ(t⁺ − Δ))` and `P(no) = (1 − q)·Φ(t⁻ − Δ)`; at
/// `Δ = 0` this gives back the probabilities the cuts were made from.
public struct LatentCuts: Sendable, Hashable {
  /// `t⁺`.
  public var upper: Double
  /// `t⁻`.
  public var lower: Double
  /// `q`, the probability of not voting.
  public var absence: Double

  /// The cuts of `p` (yes, abstain, no, non-voting), which must have some present mass.
  public init(_ p: SIMD4<Double>) {
    let present = max(p[0] + p[1] + p[2], .leastNormalMagnitude)
    upper = StandardNormal.quantile((p[1] + p[2]) / present)
    lower = StandardNormal.quantile(p[2] / present)
    absence = p[3]
  }

  /// Cuts as given.
  public init(upper: Double, lower: Double, absence: Double) {
    self.upper = upper
    self.lower = lower
    self.absence = absence
  }

  /// The probabilities of yes, abstain, no and non-voting with the latent
  /// utility moved by `shift` standard deviations (towards yes when positive).
  public func probabilities(shift: Double) -> SIMD4<Double> {
    let scale = 1 - absence
    let yes = scale * StandardNormal.survival(upper - shift)
    let no = scale * StandardNormal.cdf(lower - shift)
    return SIMD4(yes, max(0, scale - yes - no), no, absence)
  }

  /// The mixture of `probabilities(shift:)` over the outcomes of backers
  /// whose votes are drawn (MODEL.md §3): `shift` plus `Σ_b pulls[b]·d_b`
  /// with `d_b = v_b − expected[b]` for a present backer (`v` = +1 yes,
  /// 0 abstain, −1 no) and 0 for an absent one, weighted by the backers'
  /// independent outcome probabilities `outcomes[b]` (yes, abstain, no,
  /// non-voting).
  /// - Complexity: O(4^k) for k backers.
  public func mixture(
    shift: Double, pulls: [Double], expected: [Double], outcomes: [SIMD4<Double>]
  ) -> SIMD4<Double> {
    var total = SIMD4<Double>()
    func visit(_ b: Int, shift: Double, weight: Double) {
      guard weight > 0 else { return }
      guard b < pulls.count else {
        total += weight * probabilities(shift: shift)
        return
      }
      if pulls[b] == 0 {
        visit(b + 1, shift: shift, weight: weight)
        return
      }
      let o = outcomes[b]
      visit(b + 1, shift: shift + pulls[b] * (1 - expected[b]), weight: weight * o[0])
      visit(b + 1, shift: shift + pulls[b] * (0 - expected[b]), weight: weight * o[1])
      visit(b + 1, shift: shift + pulls[b] * (-1 - expected[b]), weight: weight * o[2])
      visit(b + 1, shift: shift, weight: weight * o[3])
    }
    visit(0, shift: shift, weight: 1)
    return total
  }
}
