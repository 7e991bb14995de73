import Foundation

/// A figure with its Monte Carlo standard error (0 for exact figures).
public struct Estimate: Sendable, Hashable, Codable {
  public var value: Double
  public var standardError: Double
  /// The model range `[low, high]`: the 2.5th and 97.5th percentiles of the figure
  /// recomputed under each of the calibration's parameter replicates (see
  /// `ModelUncertainty`); nil when the run had none.
  public var modelInterval: [Double]?

  public init(value: Double, standardError: Double) {
    self.value = value
    self.standardError = standardError
  }

  /// A proportion `successes / trials` with its binomial standard error
  /// `√(p(1 − p) / trials)`.
  public init(successes: Int, trials: Int) {
    let p = trials > 0 ? Double(successes) / Double(trials) : 0
    self.init(value: p, standardError: trials > 0 ? (p * (1 - p) / Double(trials)).squareRoot() : 0)
  }

  /// The mean of paired per-trial differences `d_t`, given `Σd` and `Σd²`,
  /// with the standard error `√(s² / T)` where `s²` is their sample variance.
  ///
  /// With common random numbers the differences are strongly correlated
  /// with neither figure alone, so this is usually far below either figure's own error.
  public init(differenceSum: Int, squareSum: Int, trials: Int) {
    guard trials > 0 else {
      self.init(value: 0, standardError: 0)
      return
    }
    let t = Double(trials)
    let mean = Double(differenceSum) / t
    let variance =
      trials > 1 ? max(0, (Double(squareSum) - Double(differenceSum) * mean) / (t - 1)) : 0
    self.init(value: mean, standardError: (variance / t).squareRoot())
  }
}

/// `P(yes ≥ yes)` for one threshold, or its difference from the baseline.
public struct ThresholdEstimate: Sendable, Hashable, Codable {
  /// The threshold K: at least this many yes votes.
  public var yes: Int
  /// The probability (in a scenario), or its difference from the baseline.
  public var probability: Double
  public var standardError: Double

  public init(yes: Int, probability: Double, standardError: Double) {
    self.yes = yes
    self.probability = probability
    self.standardError = standardError
  }
}
