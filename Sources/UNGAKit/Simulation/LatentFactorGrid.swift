/// The shared factor shift of a bloc, `S = √ρ_g G + √ρ_b B_k` (in units of
/// the idiosyncratic term `√(1 − ρ_g − ρ_b) ε`, so `S ~ N(0, σ²)` with
/// `σ² = (ρ_g + ρ_b) / (1 − ρ_g − ρ_b)`), cut into bins, with the quadrature
/// that turns a member's cut into its vote probability given the bin.
///
/// The Monte Carlo engine draws `G` and `B_k` exactly and looks up the bin
/// of each bloc's `S`; given the bin, a member votes yes with probability
/// `E[Φ(S − c⁺) | S in the bin]` (its cut `c⁺` in the same units), so one
/// uniform and an integer comparison replace the normal draw of `ε`.
///
/// Discretisation, and what it costs:
/// - Marginals are kept: averaging the bin's conditional probability over
///   the bins' exact probabilities gives back `Φ(−c⁺ / √(1 + σ²))`, the
///   member's probability, up to the quadrature error (below 1e-10).
/// - The joint distribution loses the variation of `S` *within* a bin:
///   given the bin, members vote independently. Bins are `binCount` equal
///   widths `h` over `±span · σ` (the two end bins reach to infinity), so
///   the factor variance lost is about `h² / 12`, 0.07 % of `σ²` at the
///   defaults (128 bins over ±6σ, `h ≈ 0.094σ`); the standard deviation of
///   the yes count moves by a few parts in 10⁴ (tested).
/// - Each bin's expectation is a 3-point Gauss–Legendre rule in probability
///   space (nodes `σ Φ⁻¹(v)`), exact for polynomials of degree 5 in `v`.
///
/// With `σ = 0` (independent votes) there is one bin with the single node 0
/// and nothing is discretised.
struct LatentFactorGrid: Sendable {
  /// Gauss–Legendre nodes per bin.
  static let nodesPerBin = 3
  /// The default number of bins.
  static let defaultBinCount = 128
  /// The default half-width of the binned range, in σ.
  static let defaultSpan = 6.0

  /// σ, the standard deviation of S.
  let standardDeviation: Double
  /// The number of bins, ≥ 1.
  let binCount: Int
  /// The lower end of bin 1 minus one width: bin `j` covers
  /// `[lower + j·h, lower + (j + 1)·h)`, bin 0 reaching down to −∞ and the
  /// last bin up to +∞.
  let lower: Double
  /// `1 / h` (0 with one bin).
  let inverseWidth: Double
  /// `binCount × nodesPerBin` values of S.
  let nodes: [Double]
  /// `binCount × nodesPerBin` weights; each bin's sum to 1.
  let weights: [Double]
  /// `P(S in bin j)`, summing to 1.
  let probabilities: [Double]

  init(
    standardDeviation sigma: Double, binCount requested: Int = defaultBinCount,
    span: Double = defaultSpan
  ) {
    standardDeviation = sigma
    guard sigma > 0, requested > 1 else {
      binCount = 1
      lower = 0
      inverseWidth = 0
      nodes = [Double](repeating: 0, count: Self.nodesPerBin)
      weights = [1] + [Double](repeating: 0, count: Self.nodesPerBin - 1)
      probabilities = [1]
      return
    }
    // An even count keeps the bins symmetric about 0: the upper half mirrors the lower.
    let count = (requested + 1) / 2 * 2
    let width = 2 * span * sigma / Double(count)
    binCount = count
    lower = -span * sigma
    inverseWidth = 1 / width
    let gauss = [0.5 - 0.5 * (0.6).squareRoot(), 0.5, 0.5 + 0.5 * (0.6).squareRoot()]
    let gaussWeights = [5.0 / 18, 8.0 / 18, 5.0 / 18]
    var nodes = [Double](repeating: 0, count: count * Self.nodesPerBin)
    var weights = [Double](repeating: 0, count: count * Self.nodesPerBin)
    var probabilities = [Double](repeating: 0, count: count)
    for j in 0..<(count / 2) {
      // Probability-space ends of bin j (lower half: v ≤ 1/2, no cancellation).
      let low = j == 0 ? 0 : StandardNormal.cdf((-span + Double(j) * 2 * span / Double(count)))
      let high = StandardNormal.cdf(-span + Double(j + 1) * 2 * span / Double(count))
      probabilities[j] = high - low
      probabilities[count - 1 - j] = high - low
      for q in 0..<Self.nodesPerBin {
        let s = sigma * StandardNormal.quantile(low + (high - low) * gauss[q])
        nodes[j * Self.nodesPerBin + q] = s
        weights[j * Self.nodesPerBin + q] = gaussWeights[q]
        let mirror = (count - 1 - j) * Self.nodesPerBin + (Self.nodesPerBin - 1 - q)
        nodes[mirror] = -s
        weights[mirror] = gaussWeights[q]
      }
    }
    self.nodes = nodes
    self.weights = weights
    self.probabilities = probabilities
  }

  /// The bin of a factor shift `s`.
  @inline(__always)
  func bin(_ s: Double) -> Int {
    Int(max(0, min((s - lower) * inverseWidth, Double(binCount - 1))))
  }

  /// `(E[Φ(S − yesCut) | bin], E[Φ(noCut − S) | bin])`: the probabilities
  /// of yes and of no, given presence, of a member with these cuts (in the
  /// units of S) when its bloc's shift falls in bin `j`.
  /// With one bin the values are exact; else Φ comes from `TabulatedNormal`
  /// (absolute error below 1e-11).
  func probabilities(bin j: Int, yesCut: Double, noCut: Double) -> (yes: Double, no: Double) {
    if binCount == 1 {
      return (StandardNormal.survival(yesCut), StandardNormal.cdf(noCut))
    }
    let normal = TabulatedNormal.shared
    var yes = 0.0
    var no = 0.0
    for q in (j * Self.nodesPerBin)..<((j + 1) * Self.nodesPerBin) {
      yes += weights[q] * normal.cdf(nodes[q] - yesCut)
      no += weights[q] * normal.cdf(noCut - nodes[q])
    }
    return (yes, no)
  }

  /// As `probabilities(bin:yesCut:noCut:)` with Φ evaluated exactly, for tests.
  func exactProbabilities(bin j: Int, yesCut: Double, noCut: Double) -> (
    yes: Double, no: Double
  ) {
    var yes = 0.0
    var no = 0.0
    for q in (j * Self.nodesPerBin)..<((j + 1) * Self.nodesPerBin) {
      yes += weights[q] * StandardNormal.survival(yesCut - nodes[q])
      no += weights[q] * StandardNormal.cdf(noCut - nodes[q])
    }
    return (yes, no)
  }
}
