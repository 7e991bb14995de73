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
      guard recent.contains(dataset.rollCalls[index].session) else { return false }
      var seen: UInt8 = 0
      for byte in dataset.votes(rollCall: index) where byte <= Vote.no.rawValue {
        seen |= 1 << byte
      }
      return seen.nonzeroBitCount > 1
    }
  }
}
