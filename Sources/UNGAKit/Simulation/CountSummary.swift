/// The distribution of one count (yes, no, abstain or non-voting votes) in
/// one scenario: mean, standard deviation and 5 / 50 / 95 % quantiles.
///
/// Quantiles are of the discrete distribution: `q05` is the smallest count
/// `k` with `P(count ≤ k) ≥ 0.05`.
public struct CountSummary: Sendable, Hashable, Codable {
  /// Expected count.
  public var mean: Double
  /// Standard deviation of the count (across trials, not of the mean).
  public var sd: Double
  public var q05: Int
  public var q50: Int
  public var q95: Int
  /// Monte Carlo standard error of `mean`: `sd / √trials` (0 when exact).
  public var meanStandardError: Double
  /// The model range of `mean`, `[low, high]`: the 2.5th and 97.5th percentiles of the
  /// expected count under each of the calibration's parameter replicates (see
  /// `ModelUncertainty`); nil when the run had none.
  public var modelInterval: [Double]?

  public init(mean: Double, sd: Double, q05: Int, q50: Int, q95: Int, meanStandardError: Double) {
    self.mean = mean
    self.sd = sd
    self.q05 = q05
    self.q50 = q50
    self.q95 = q95
    self.meanStandardError = meanStandardError
  }

  /// Summarises a histogram of `trials` draws: `histogram[k]` draws had count `k`.
  ///
  /// Quantiles use exact integer comparisons, so they never depend on rounding.
  /// - Complexity: O(histogram.count).
  public init(histogram: [Int], trials: Int) {
    let total = Double(max(trials, 1))
    var sum = 0
    for (k, count) in histogram.enumerated() { sum += k * count }
    let mean = Double(sum) / total
    var squares = 0.0
    for (k, count) in histogram.enumerated() where count > 0 {
      let d = Double(k) - mean
      squares += Double(count) * d * d
    }
    func quantile(_ percent: Int) -> Int {
      var cumulative = 0
      for (k, count) in histogram.enumerated() {
        cumulative += count
        if cumulative * 100 >= percent * trials { return k }
      }
      return max(0, histogram.count - 1)
    }
    let sd = (squares / total).squareRoot()
    self.init(
      mean: mean, sd: sd, q05: quantile(5), q50: quantile(50), q95: quantile(95),
      meanStandardError: sd / total.squareRoot())
  }

  /// Summarises an exact distribution: `probabilities[k] = P(count = k)`.
  ///
  /// A cumulative probability within 1e-12 of a quantile level counts as reaching it.
  public init(probabilities: [Double]) {
    var mean = 0.0
    for (k, p) in probabilities.enumerated() { mean += Double(k) * p }
    var variance = 0.0
    for (k, p) in probabilities.enumerated() {
      variance += p * (Double(k) - mean) * (Double(k) - mean)
    }
    func quantile(_ level: Double) -> Int {
      var cumulative = 0.0
      for (k, p) in probabilities.enumerated() {
        cumulative += p
        if cumulative >= level - 1e-12 { return k }
      }
      return max(0, probabilities.count - 1)
    }
    self.init(
      mean: mean, sd: variance.squareRoot(), q05: quantile(0.05), q50: quantile(0.5),
      q95: quantile(0.95), meanStandardError: 0)
  }
}
