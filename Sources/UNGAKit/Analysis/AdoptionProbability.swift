/// The probability that a decision is adopted when members vote independently.
///
/// This is the independent-votes approximation: each member votes yes, no or
/// otherwise (abstain or non-voting) with its own probabilities, unrelated to
/// the others. Real votes are correlated (blocs move together), so real
/// tallies spread more than this; backtests use it to turn per-state
/// forecasts into P(adopted) without a simulator.
///
/// Both majority rules compare a weighted difference of the yes and no
/// counts with a threshold (`Y − N ≥ 1`; `Y − 2N ≥ 0` with `Y + N > 0`), so
/// the exact probability follows by dynamic programming over that one
/// statistic: about 3m cells for m members instead of the (m + 1)² of the
/// joint (yes, no) table.
public enum AdoptionProbability {
  /// P(adopted under `rule`) for independent members.
  ///
  /// - Parameter forecasts: each member's P(yes), P(abstain), P(no),
  ///   P(non-voting), in `Vote` raw-value order (abstain and non-voting are read
  ///   together as "neither yes nor no").
  /// - Returns: a probability in [0, 1]; 0 with no members.
  /// - Complexity: O(m²) for m members (about 110,000 cell updates for 193).
  public static func independent(
    _ forecasts: some Collection<SIMD4<Double>>, rule: MajorityRule
  ) -> Double {
    let noWeight: Int
    switch rule {
    case .simple: noWeight = 1
    case .twoThirds: noWeight = 2
    }
    let m = forecasts.count
    // Cell `offset + d` holds P(Y − noWeight·N = d).
    let offset = noWeight * m
    var current = [Double](repeating: 0, count: offset + m + 1)
    var next = current
    current[offset] = 1
    var noneVoting = 1.0
    var low = offset
    var high = offset
    for p in forecasts {
      let pYes = p[0]
      let pNo = p[2]
      let pOther = p[1] + p[3]
      noneVoting *= pOther
      let newLow = low - noWeight
      let newHigh = high + 1
      for d in newLow...newHigh {
        var value = 0.0
        if d >= low, d <= high { value += pOther * current[d] }
        if d - 1 >= low, d - 1 <= high { value += pYes * current[d - 1] }
        if d + noWeight >= low, d + noWeight <= high { value += pNo * current[d + noWeight] }
        next[d] = value
      }
      swap(&current, &next)
      low = newLow
      high = newHigh
    }
    var adopted = 0.0
    switch rule {
    case .simple:
      for d in (offset + 1)..<current.count { adopted += current[d] }
    case .twoThirds:
      for d in offset..<current.count { adopted += current[d] }
      // Y − 2N ≥ 0 also holds for Y = N = 0, which adopts nothing.
      adopted -= noneVoting
    }
    return min(1, max(0, adopted))
  }
}
