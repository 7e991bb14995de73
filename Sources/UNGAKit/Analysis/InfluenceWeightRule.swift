/// How a backer's influence on each state follows from their alignment (MODEL.md §3).
///
/// A strategy, so that calibration can choose the rule that predicts held-out
/// votes best. Every rule gives weights in [0, 1] and a zero weight to the
/// backer itself: a backer's own vote follows its stance, not its influence.
public enum InfluenceWeightRule: String, Sendable, Hashable, Codable, CaseIterable,
  CustomStringConvertible
{
  /// Followers move with their leader: with `m_b` the median and `M_b` the
  /// maximum of `a_jb` over the other states,
  /// `w_ib = max(0, (a_ib − m_b) / (M_b − m_b))`. States at or below the
  /// median alignment are not moved; the closest follower moves fully. All
  /// weights are 0 when `M_b ≤ m_b`.
  case median
  /// Raw positive alignment: `w_ib = max(0, a_ib)`.
  case positiveAlignment = "positive-alignment"

  public var description: String { rawValue }

  /// The weight of backer `backer` on every state (positions in `alignment.states`).
  /// - Complexity: O(n log n) for the median rule, O(n) otherwise.
  public func weights(alignment: AlignmentMatrix, backer: Int) -> [Double] {
    let n = alignment.states.count
    var weights = [Double](repeating: 0, count: n)
    guard n > 1 else { return weights }
    let column = (0..<n).map { alignment[$0, backer] }
    switch self {
    case .positiveAlignment:
      for i in 0..<n where i != backer { weights[i] = max(0, column[i]) }
    case .median:
      var others = column
      others.remove(at: backer)
      others.sort()
      let middle = others.count / 2
      let median =
        others.count % 2 == 1 ? others[middle] : (others[middle - 1] + others[middle]) / 2
      let top = others[others.count - 1]
      guard top > median else { return weights }
      for i in 0..<n where i != backer {
        weights[i] = min(1, max(0, (column[i] - median) / (top - median)))
      }
    }
    return weights
  }
}
