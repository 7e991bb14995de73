/// A range of regular sessions on the command line: `70-74`, or `70` for one session.
struct SessionRange: ArgumentValue, Equatable, CustomStringConvertible {
  var range: ClosedRange<Int>

  init(_ range: ClosedRange<Int>) { self.range = range }

  init?(argument: String) {
    let parts = argument.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count),
      let first = Int(parts[0]), let last = Int(parts[parts.count - 1]),
      first >= 1, first <= last
    else { return nil }
    range = first...last
  }

  static var expectation: String {
    "a session number or a range FROM-TO of session numbers (e.g. 70-74), FROM ≤ TO"
  }

  /// `70-74`, or `70` for one session.
  var description: String {
    range.lowerBound == range.upperBound
      ? "\(range.lowerBound)" : "\(range.lowerBound)-\(range.upperBound)"
  }
}
