import Foundation

/// Running scores of probabilistic vote forecasts against the votes cast.
///
/// Each forecast is a probability vector over the four outcomes, indexed by
/// `Vote` raw value (yes, abstain, no, non-voting), and the observed vote.
/// The score keeps sums and counts only, so millions of forecasts need no
/// array of them, and two scores of disjoint forecasts `merge` into the score
/// of their union (for parallel reduction; merge in a fixed order to get the
/// same floating-point sums whatever the number of threads).
///
/// - Log loss: mean of `−ln max(p_observed, probabilityFloor)`, in nats. The
///   floor (`1e-15`) caps the cost of a confident miss at about 34.5 nats;
///   probabilities are not renormalised.
/// - Brier score: mean over forecasts of `Σ_c (p_c − [observed = c])²` over
///   the four classes, from 0 (perfect) to 2.
/// - Accuracy: the share of forecasts whose most probable class is the
///   observed one; ties go to the class with the lowest raw value.
/// - Per-class precision, recall and F1 of that most probable class (a class
///   observed but never favoured has F1 0, not an undefined one).
/// - Reliability: for each class, forecasts grouped by the probability they
///   gave the class, in `binCount` equal bins of [0, 1] (bin `b` holds
///   `b/B ≤ p < (b+1)/B`, the last bin includes 1), with the mean predicted
///   probability and the observed frequency of the class in each bin.
///
/// Forecast values are expected to be finite, non-negative and to sum to 1;
/// the score does not check them (`Backtest` does).
public struct ForecastScore: Sendable, Hashable, Codable {
  /// The smallest probability the log loss takes for the observed vote.
  public static let probabilityFloor = 1e-15

  /// The number of equal-width probability bins of the reliability table, at least 1.
  public let binCount: Int
  /// The number of forecasts added.
  public private(set) var count = 0
  /// Σ −ln max(p_observed, floor), in nats.
  public private(set) var logLossSum = 0.0
  /// Σ of the per-forecast multiclass Brier scores.
  public private(set) var brierSum = 0.0
  /// 4 × 4 counts, row-major: `confusion[observed * 4 + predicted]`, by `Vote` raw value,
  /// where the predicted class is the most probable one.
  public private(set) var confusion = [Int](repeating: 0, count: 16)
  /// 4 × `binCount` counts of forecasts by class (row) and bin of the class's probability.
  private var binCounts: [Int]
  /// Σ of the class's predicted probability per class and bin.
  private var binProbabilitySums: [Double]
  /// How many forecasts per class and bin observed that class.
  private var binHits: [Int]

  /// An empty score whose reliability table has `binCount` bins (clamped to at least 1).
  public init(binCount: Int = 10) {
    self.binCount = max(1, binCount)
    binCounts = [Int](repeating: 0, count: 4 * self.binCount)
    binProbabilitySums = [Double](repeating: 0, count: 4 * self.binCount)
    binHits = [Int](repeating: 0, count: 4 * self.binCount)
  }

  /// One forecast's log loss, `−ln max(p_observed, probabilityFloor)`, in nats.
  public static func logLoss(_ probabilities: SIMD4<Double>, observed: Vote) -> Double {
    -Foundation.log(max(probabilities[Int(observed.rawValue)], probabilityFloor))
  }

  /// Adds one forecast.
  ///
  /// - Parameters:
  ///   - probabilities: P(yes), P(abstain), P(no), P(non-voting), in `Vote` raw-value order.
  ///   - observed: the vote cast.
  /// - Complexity: O(1).
  public mutating func add(_ probabilities: SIMD4<Double>, observed: Vote) {
    let o = Int(observed.rawValue)
    count += 1
    logLossSum += ForecastScore.logLoss(probabilities, observed: observed)
    var brier = 0.0
    var best = 0
    for c in 0..<4 {
      let p = probabilities[c]
      let error = p - (c == o ? 1 : 0)
      brier += error * error
      if p > probabilities[best] { best = c }
      let bin = ForecastScore.bin(of: p, count: binCount)
      binCounts[c * binCount + bin] += 1
      binProbabilitySums[c * binCount + bin] += p
      if c == o { binHits[c * binCount + bin] += 1 }
    }
    brierSum += brier
    confusion[o * 4 + best] += 1
  }

  /// Adds the forecasts of `other`, which must use the same number of bins
  /// (otherwise its reliability table is ignored and only the other scores merge).
  /// - Complexity: O(`binCount`).
  public mutating func merge(_ other: ForecastScore) {
    count += other.count
    logLossSum += other.logLossSum
    brierSum += other.brierSum
    for index in 0..<16 { confusion[index] += other.confusion[index] }
    guard other.binCount == binCount else { return }
    for index in binCounts.indices {
      binCounts[index] += other.binCounts[index]
      binProbabilitySums[index] += other.binProbabilitySums[index]
      binHits[index] += other.binHits[index]
    }
  }

  /// The bin of probability `p` among `count` equal bins of [0, 1]; values
  /// outside [0, 1] fall in the first or last bin.
  static func bin(of p: Double, count: Int) -> Int {
    guard p > 0 else { return 0 }
    guard p < 1 else { return count - 1 }
    return min(Int(p * Double(count)), count - 1)
  }

  // MARK: Results

  /// Mean log loss in nats, or `nil` before any forecast.
  public var logLoss: Double? { count > 0 ? logLossSum / Double(count) : nil }

  /// Mean multiclass Brier score (0 to 2), or `nil` before any forecast.
  public var brier: Double? { count > 0 ? brierSum / Double(count) : nil }

  /// The number of forecasts whose most probable class was observed.
  public var correctCount: Int { (0..<4).reduce(0) { $0 + confusion[$1 * 5] } }

  /// Share of forecasts whose most probable class was observed, or `nil` before any forecast.
  public var accuracy: Double? { count > 0 ? Double(correctCount) / Double(count) : nil }

  /// How many forecasts observed `vote`.
  public func observedCount(_ vote: Vote) -> Int {
    let o = Int(vote.rawValue)
    return (0..<4).reduce(0) { $0 + confusion[o * 4 + $1] }
  }

  /// How many forecasts gave `vote` the highest probability.
  public func predictedCount(_ vote: Vote) -> Int {
    let p = Int(vote.rawValue)
    return (0..<4).reduce(0) { $0 + confusion[$1 * 4 + p] }
  }

  /// Of the forecasts whose most probable class was `vote`, the share that observed it;
  /// `nil` when no forecast favoured `vote`.
  public func precision(_ vote: Vote) -> Double? {
    let predicted = predictedCount(vote)
    guard predicted > 0 else { return nil }
    let c = Int(vote.rawValue)
    return Double(confusion[c * 5]) / Double(predicted)
  }

  /// Of the forecasts that observed `vote`, the share that gave it the highest probability;
  /// `nil` when `vote` was never observed.
  public func recall(_ vote: Vote) -> Double? {
    let observed = observedCount(vote)
    guard observed > 0 else { return nil }
    let c = Int(vote.rawValue)
    return Double(confusion[c * 5]) / Double(observed)
  }

  /// The harmonic mean of precision and recall for `vote`, `2·TP / (2·TP + FP + FN)`:
  /// 0 when the class was observed or favoured but never both at once, `nil` when it was
  /// neither observed nor favoured.
  public func f1(_ vote: Vote) -> Double? {
    let truePositives = confusion[Int(vote.rawValue) * 5]
    let falsePositives = predictedCount(vote) - truePositives
    let falseNegatives = observedCount(vote) - truePositives
    let denominator = 2 * truePositives + falsePositives + falseNegatives
    guard denominator > 0 else { return nil }
    return Double(2 * truePositives) / Double(denominator)
  }

  /// The unweighted mean of the defined per-class F1 scores, or `nil` when none is defined.
  public var macroF1: Double? {
    let scores = Vote.allCases.compactMap { f1($0) }
    return scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
  }

  /// One row of a reliability table.
  public struct ReliabilityBin: Sendable, Hashable, Codable {
    /// The bin's lower probability bound (inclusive).
    public var lower: Double
    /// The bin's upper probability bound (exclusive, except 1 for the last bin).
    public var upper: Double
    /// How many forecasts gave the class a probability in the bin.
    public var count: Int
    /// Their mean predicted probability of the class, or `nil` for an empty bin.
    public var meanPredicted: Double?
    /// The share of them that observed the class, or `nil` for an empty bin.
    public var observedFrequency: Double?

    /// A row as given.
    public init(
      lower: Double, upper: Double, count: Int, meanPredicted: Double?, observedFrequency: Double?
    ) {
      self.lower = lower
      self.upper = upper
      self.count = count
      self.meanPredicted = meanPredicted
      self.observedFrequency = observedFrequency
    }
  }

  /// The reliability table of class `vote`: `binCount` rows, lowest probabilities first.
  public func reliability(_ vote: Vote) -> [ReliabilityBin] {
    let c = Int(vote.rawValue)
    return (0..<binCount).map { b in
      let index = c * binCount + b
      let n = binCounts[index]
      return ReliabilityBin(
        lower: Double(b) / Double(binCount), upper: Double(b + 1) / Double(binCount), count: n,
        meanPredicted: n > 0 ? binProbabilitySums[index] / Double(n) : nil,
        observedFrequency: n > 0 ? Double(binHits[index]) / Double(n) : nil)
    }
  }
}
