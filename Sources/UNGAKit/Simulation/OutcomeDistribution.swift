/// The distribution of a whole-number outcome that may be negative, such as an adoption
/// margin or a paired difference of yes votes: `mass[i]` is the probability (or share of
/// trials) of outcome `origin + i`.
///
/// Zero tails are trimmed, so `mass` starts and ends at an outcome seen at least once
/// (empty when nothing was seen).
public struct OutcomeDistribution: Sendable, Hashable, Codable {
  /// The outcome of `mass[0]`.
  public var origin: Int
  /// Probabilities in 0...1, summing to 1 (or 0 when empty).
  public var mass: [Double]

  /// A distribution of `mass` starting at outcome `origin`.
  public init(origin: Int, mass: [Double]) {
    self.origin = origin
    self.mass = mass
  }

  /// The shares of `counts` (outcome `origin + i` seen `counts[i]` times out of `trials`),
  /// with zero tails trimmed.
  init(counts: ArraySlice<Int>, origin: Int, trials: Int) {
    let first = counts.firstIndex { $0 > 0 }
    let last = counts.lastIndex { $0 > 0 }
    guard let first, let last else {
      self.init(origin: origin, mass: [])
      return
    }
    let total = Double(max(trials, 1))
    self.init(
      origin: origin + (first - counts.startIndex),
      mass: counts[first...last].map { Double($0) / total })
  }

  /// The probability of an outcome at least `outcome`.
  public func probability(atLeast outcome: Int) -> Double {
    let start = max(outcome - origin, 0)
    guard start < mass.count else { return 0 }
    return mass[start...].reduce(0, +)
  }
}
