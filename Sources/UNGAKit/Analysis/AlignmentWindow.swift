/// The roll calls over which states' alignment is measured (MODEL.md §3).
public enum AlignmentWindow {
  /// Recorded whole-text votes dated before `date`, from the `sessions` most
  /// recent sessions that have any such vote, skipping unanimous ones.
  ///
  /// Counting sessions that have votes (rather than calendar sessions) keeps
  /// the window full when the data stop before the target (the shipped
  /// history ends in 2020). A roll call is unanimous when every state that
  /// voted yes, abstain or no cast the same vote; it says nothing about who
  /// follows whom.
  /// - Returns: indices in `dataset.rollCalls`, ascending.
  /// - Complexity: O(r · s) for r roll calls and s states.
  public static func rollCalls(in dataset: Dataset, before date: CalendarDate, sessions: Int)
    -> [Int]
  {
    guard sessions > 0 else { return [] }
    let candidates = dataset.rollCalls.indices.filter {
      dataset.rollCalls[$0].date < date && dataset.rollCalls[$0].isWholeText
    }
    let recent = Set(
      Set(candidates.map { dataset.rollCalls[$0].session }).sorted(by: >).prefix(sessions))
    return candidates.filter { index in
      recent.contains(dataset.rollCalls[index].session) && isContested(dataset, rollCall: index)
    }
  }

  /// Recorded whole-text votes of the regular sessions in `sessions`, skipping
  /// unanimous ones: the window of an alignment study over a fixed period
  /// (such as sessions 45 to 47, 1990 to 1992).
  /// - Returns: indices in `dataset.rollCalls`, ascending.
  /// - Complexity: O(r · s) for r roll calls and s states.
  public static func rollCalls(in dataset: Dataset, sessions: ClosedRange<Int>) -> [Int] {
    dataset.rollCalls.indices.filter { index in
      let rollCall = dataset.rollCalls[index]
      return sessions.contains(rollCall.session) && rollCall.isWholeText
        && isContested(dataset, rollCall: index)
    }
  }

  /// Whether at least two different votes among yes, abstain and no were cast.
  private static func isContested(_ dataset: Dataset, rollCall: Int) -> Bool {
    var seen: UInt8 = 0
    for byte in dataset.votes(rollCall: rollCall) where byte <= Vote.no.rawValue {
      seen |= 1 << byte
    }
    return seen.nonzeroBitCount > 1
  }
}
