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

  /// The mixture of `probabilities(shift:)` over `distribution`: the
  /// member's probabilities when its latent utility moves by `shift` plus a
  /// drawn backers' shift (`ShiftDistribution`).
  /// - Complexity: O(atoms).
  public func mixture(shift: Double, over distribution: ShiftDistribution) -> SIMD4<Double> {
    var total = SIMD4<Double>()
    for (value, weight) in zip(distribution.values, distribution.weights) where weight > 0 {
      total += weight * probabilities(shift: shift + value)
    }
    return total
  }

  /// The cuts whose mixture over `distribution` gives back these cuts'
  /// probabilities at no shift: `mixture(shift: 0, over: distribution)` of
  /// the result equals `probabilities(shift: 0)` of `self` (to about 1e-12).
  ///
  /// This is how a backer's draw keeps every member's marginal (MODEL.md
  /// §3): with the backers' votes drawn from their baselines, the member
  /// votes as its baseline says, and knowing a backer's vote moves it from
  /// there. Each cut solves `Σ_k w_k·Φ(t − s_k) = Φ(t₀)` by Newton's method
  /// kept inside the bracket `[t₀ + min s, t₀ + max s]`; infinite cuts stay.
  public func preservingMarginals(over distribution: ShiftDistribution) -> LatentCuts {
    guard !distribution.isNone else { return self }
    return distribution.values.withUnsafeBufferPointer { values in
      distribution.weights.withUnsafeBufferPointer { weights in
        preserving(values: values, weights: weights, start: nil)
      }
    }
  }

  /// `preservingMarginals(over:)` for one backer with pull `pull` on the
  /// member, whose surprises are `surprises` (yes, abstain, no, non-voting:
  /// `v − E₀[v]`, and 0) with probabilities `weights`; no allocation, for
  /// the fit's inner loop.
  func preservingMarginals(
    pull: Double, surprises: SIMD4<Double>, weights: SIMD4<Double>, start: LatentCuts?
  ) -> LatentCuts {
    guard pull != 0 else { return self }
    return withUnsafeTemporaryAllocation(of: Double.self, capacity: 8) { buffer in
      for c in 0..<4 {
        buffer[c] = pull * surprises[c]
        buffer[4 + c] = weights[c]
      }
      return preserving(
        values: UnsafeBufferPointer(rebasing: buffer[0..<4]),
        weights: UnsafeBufferPointer(rebasing: buffer[4..<8]), start: start)
    }
  }

  private func preserving(
    values: UnsafeBufferPointer<Double>, weights: UnsafeBufferPointer<Double>, start: LatentCuts?
  ) -> LatentCuts {
    LatentCuts(
      upper: LatentCuts.solve(cut: upper, values: values, weights: weights, start: start?.upper),
      lower: LatentCuts.solve(cut: lower, values: values, weights: weights, start: start?.lower),
      absence: absence)
  }

  /// The `t` with `Σ_k w_k·Φ(t − s_k) = Φ(cut)`, Newton's method from
  /// `start` (default: where a normal shift of the same mean and variance
  /// would put the cut).
  static func solve(
    cut: Double, values: UnsafeBufferPointer<Double>, weights: UnsafeBufferPointer<Double>,
    start: Double?
  ) -> Double {
    guard cut.isFinite else { return cut }
    let target = StandardNormal.cdf(cut)
    var low = cut
    var high = cut
    var mean = 0.0
    var square = 0.0
    for (s, w) in zip(values, weights) {
      low = min(low, cut + s)
      high = max(high, cut + s)
      mean += w * s
      square += w * s * s
    }
    guard high > low else { return cut }
    let guess = start ?? mean + cut * (1 + max(0, square - mean * mean)).squareRoot()
    var t = min(high, max(low, guess.isFinite ? guess : cut))
    for _ in 0..<60 {
      var value = -target
      var slope = 0.0
      for (s, w) in zip(values, weights) {
        value += w * StandardNormal.cdf(t - s)
        slope += w * StandardNormal.density(t - s)
      }
      if value > 0 { high = t } else { low = t }
      if abs(value) <= 1e-14 * max(target, 1e-300) || high - low <= 1e-13 * max(1, abs(t)) {
        return t
      }
      let step = slope > 0 ? t - value / slope : .nan
      guard step > low && step < high else {
        t = 0.5 * (low + high)
        continue
      }
      if abs(step - t) <= 1e-15 * max(1, abs(t)) { return step }
      t = step
    }
    return t
  }
}
