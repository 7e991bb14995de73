/// Pairwise voting alignment between states over a window of roll calls (MODEL.md §3).
///
/// Votes are coded yes 1, abstain ½, no 0, and
///
///     a_ij = 2 · mean_r (1 − |x_ir − x_jr|) − 1   ∈ [−1, 1]
///
/// over the roll calls on which both states voted yes, abstain or no: 1 when
/// they always vote alike, −1 when one always says yes where the other says
/// no. A pair with no roll call in common has `a_ij = 0` (no evidence either
/// way) and `sharedVotes = 0`.
///
/// Each state's votes are held as three bit sets (yes, abstain, no) over the
/// window, so a pair costs a few population counts per 64 roll calls: 193
/// states over 1,000 roll calls take about a million word operations.
public struct AlignmentMatrix: Sendable {
  /// The states compared, as dataset state indices; row and column `k` is `states[k]`.
  public let states: [Int]
  /// The number of roll calls in the window.
  public let rollCallCount: Int
  /// `states.count²` values, row-major: `values[i * n + j] = a_ij`, symmetric.
  public let values: [Double]
  /// `states.count²` counts of roll calls on which both voted yes, abstain or no.
  public let sharedVotes: [Int32]

  /// Measures alignment among `states` over `rollCalls`.
  /// - Parameters:
  ///   - states: dataset state indices.
  ///   - rollCalls: indices in `dataset.rollCalls` (see `AlignmentWindow`).
  /// - Complexity: O(n · r + n² · r / 64) for n states and r roll calls.
  public init(dataset: Dataset, states: [Int], rollCalls: [Int]) {
    let n = states.count
    let words = (rollCalls.count + 63) / 64
    // Bit sets per state: yes, abstain, no, back to back (3 · words per state).
    var bits = [UInt64](repeating: 0, count: n * 3 * words)
    let stateCount = dataset.states.count
    dataset.voteMatrix.withUnsafeBufferPointer { matrix in
      for (column, rollCall) in rollCalls.enumerated() {
        let base = rollCall * stateCount
        let word = column / 64
        let bit: UInt64 = 1 << UInt64(column % 64)
        for (k, state) in states.enumerated() {
          let byte = matrix[base + state]
          if byte <= Vote.no.rawValue { bits[(k * 3 + Int(byte)) * words + word] |= bit }
        }
      }
    }
    var values = [Double](repeating: 0, count: n * n)
    var shared = [Int32](repeating: 0, count: n * n)
    bits.withUnsafeBufferPointer { bits in
      // An empty window (no roll calls) may have no storage: no evidence, all zeros.
      guard let base = bits.baseAddress else { return }
      for i in 0..<n {
        let yi = base + (i * 3) * words
        let ai = yi + words
        let ni = ai + words
        for j in i..<n {
          let yj = base + (j * 3) * words
          let aj = yj + words
          let nj = aj + words
          var same = 0
          var adjacent = 0
          var both = 0
          for w in 0..<words {
            let vi = yi[w] | ai[w] | ni[w]
            let vj = yj[w] | aj[w] | nj[w]
            both &+= (vi & vj).nonzeroBitCount
            same &+=
              (yi[w] & yj[w]).nonzeroBitCount + (ai[w] & aj[w]).nonzeroBitCount
              + (ni[w] & nj[w]).nonzeroBitCount
            adjacent &+=
              ((yi[w] | ni[w]) & aj[w]).nonzeroBitCount
              + (ai[w] & (yj[w] | nj[w])).nonzeroBitCount
          }
          // mean(1 − |x_i − x_j|) = (same + adjacent / 2) / both.
          let a = both > 0 ? Double(2 * same + adjacent) / Double(both) - 1 : 0
          values[i * n + j] = a
          values[j * n + i] = a
          shared[i * n + j] = Int32(both)
          shared[j * n + i] = Int32(both)
        }
      }
    }
    self.states = states
    self.rollCallCount = rollCalls.count
    self.values = values
    self.sharedVotes = shared
  }

  /// `a_ij` for rows `i` and `j` (positions in `states`).
  @inlinable
  public subscript(i: Int, j: Int) -> Double { values[i * states.count + j] }
}
