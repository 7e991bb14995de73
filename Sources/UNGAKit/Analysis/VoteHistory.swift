/// Cumulative vote counts over the whole-text roll calls of a dataset, for
/// vote frequencies over any run of roll calls in constant time per state.
///
/// Amendment and paragraph votes are left out: they split states differently
/// from votes on whole texts, which are what forecasts are made for.
/// Memory: `(r + 1) × s` counts of 16 bytes (about 20 MB for the 1946–2020
/// history of 6,200 roll calls and 200 states).
public struct VoteHistory: Sendable {
  /// The number of states (the dataset's `states.count`).
  public let stateCount: Int
  /// The number of roll calls (the dataset's `rollCalls.count`).
  public let rollCallCount: Int
  /// Row `r` holds each state's counts over roll calls `0..<r`, in `Vote` raw-value order.
  private let cumulative: [SIMD4<Int32>]
  /// All members' counts over roll calls `0..<r`.
  private let cumulativeTotals: [SIMD4<Int>]
  /// Day numbers of the roll calls (non-decreasing: the dataset sorts by date).
  private let days: [Int]

  /// Counts the whole-text votes of `dataset`.
  /// - Complexity: O(r·s).
  public init(dataset: Dataset) {
    let states = dataset.states.count
    let rollCalls = dataset.rollCalls.count
    var cumulative = [SIMD4<Int32>](repeating: SIMD4(), count: (rollCalls + 1) * states)
    var totals = [SIMD4<Int>](repeating: SIMD4(), count: rollCalls + 1)
    cumulative.withUnsafeMutableBufferPointer { rows in
      dataset.voteMatrix.withUnsafeBufferPointer { matrix in
        for r in 0..<rollCalls {
          let previous = r * states
          let next = previous + states
          var total = totals[r]
          let counted = dataset.rollCalls[r].isWholeText
          for s in 0..<states {
            var counts = rows[previous + s]
            let byte = matrix[previous + s]
            if counted, byte < 4 {
              counts[Int(byte)] += 1
              total[Int(byte)] += 1
            }
            rows[next + s] = counts
          }
          totals[r + 1] = total
        }
      }
    }
    self.stateCount = states
    self.rollCallCount = rollCalls
    self.cumulative = cumulative
    self.cumulativeTotals = totals
    self.days = dataset.rollCalls.map(\.date.daysSinceEpoch)
  }

  /// One state's whole-text vote counts over `rollCalls` (clamped to the dataset),
  /// in `Vote` raw-value order.
  /// - Complexity: O(1).
  public func counts(state: Int, rollCalls: Range<Int>) -> SIMD4<Int> {
    let range = rollCalls.clamped(to: 0..<rollCallCount)
    let upper = cumulative[range.upperBound * stateCount + state]
    let lower = cumulative[range.lowerBound * stateCount + state]
    return SIMD4<Int>(truncatingIfNeeded: upper &- lower)
  }

  /// All members' whole-text vote counts over `rollCalls` (clamped to the dataset).
  /// - Complexity: O(1).
  public func totalCounts(rollCalls: Range<Int>) -> SIMD4<Int> {
    let range = rollCalls.clamped(to: 0..<rollCallCount)
    return cumulativeTotals[range.upperBound] &- cumulativeTotals[range.lowerBound]
  }

  /// The index of the first roll call dated on or after `date` (`rollCallCount` if none).
  /// - Complexity: O(log r).
  public func firstRollCall(onOrAfter date: CalendarDate) -> Int {
    let day = date.daysSinceEpoch
    var low = 0
    var high = days.count
    while low < high {
      let middle = (low + high) / 2
      if days[middle] < day { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The roll calls dated in the `years` years before `date`, excluding `date` itself.
  public func window(before date: CalendarDate, years: Double) -> Range<Int> {
    let end = firstRollCall(onOrAfter: date)
    let span = Int((max(0, years) * 365.2425).rounded())
    let start = firstRollCall(onOrAfter: date.adding(days: -span))
    return min(start, end)..<end
  }

  /// Vote frequencies of all members over `rollCalls`, with one pseudo-vote per
  /// outcome so none is 0: `(N_c + 1) / (N + 4)` (uniform with no votes).
  public func frequencies(rollCalls: Range<Int>) -> SIMD4<Double> {
    let counts = SIMD4<Double>(totalCounts(rollCalls: rollCalls))
    return (counts + 1) / (counts.sum() + 4)
  }

  /// Each state's vote frequencies over `rollCalls`, shrunk towards all members'
  /// frequencies `g` (from `frequencies(rollCalls:)`) with `priorStrength` β
  /// pseudo-votes: `(n_c + β·g_c) / (n + β)`. A state with no votes gets `g`.
  /// Entries are by interned state index.
  /// - Complexity: O(s).
  public func stateFrequencies(rollCalls: Range<Int>, priorStrength: Double) -> [SIMD4<Double>] {
    let global = frequencies(rollCalls: rollCalls)
    let strength = max(priorStrength, 0)
    return (0..<stateCount).map { state in
      let counts = SIMD4<Double>(self.counts(state: state, rollCalls: rollCalls))
      let total = counts.sum() + strength
      return total > 0 ? (counts + strength * global) / total : global
    }
  }
}
