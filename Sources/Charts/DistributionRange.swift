/// The part of one or more probability mass functions worth drawing.
public enum DistributionRange {
  /// The smallest range of outcomes that holds all but `tail` of every distribution's mass
  /// (at most `tail / 2` cut from each end of each), widened to contain `including`.
  ///
  /// - Parameters:
  ///   - masses: Each array is a mass function, `mass[i]` the probability of outcome
  ///     `origin + i`; negative and non-finite entries count as 0.
  ///   - origin: The outcome of index 0 (0 for vote counts).
  ///   - tail: The mass that may be left out of view (0...1); 0 keeps every outcome with
  ///     positive mass.
  ///   - including: Outcomes that must be in view, such as the adoption threshold.
  /// - Returns: A range of outcomes; `origin...origin` when there is no mass at all and
  ///   nothing to include.
  /// - Complexity: O(total number of entries).
  public static func visible(
    masses: [[Double]], origin: Int = 0, tail: Double = 0.001, including: [Int] = []
  ) -> ClosedRange<Int> {
    let cut = min(max(tail, 0), 1) / 2
    var lower = including.min()
    var upper = including.max()
    for mass in masses {
      let clean = mass.map { $0.isFinite && $0 > 0 ? $0 : 0 }
      let total = clean.reduce(0, +)
      guard total > 0 else { continue }
      var first = 0
      var below = 0.0
      while first < clean.count - 1, below + clean[first] <= cut * total {
        below += clean[first]
        first += 1
      }
      var last = clean.count - 1
      var above = 0.0
      while last > first, above + clean[last] <= cut * total {
        above += clean[last]
        last -= 1
      }
      lower = min(lower ?? origin + first, origin + first)
      upper = max(upper ?? origin + last, origin + last)
    }
    let low = lower ?? origin
    return low...max(upper ?? low, low)
  }
}
