/// The majority a General Assembly decision needs (Charter Article 18, rules 85–87).
///
/// Only yes and no votes count ("members present and voting"); a decision
/// with no yes or no vote at all is not adopted.
public enum MajorityRule: String, Sendable, Hashable, Codable, CaseIterable,
  CustomStringConvertible
{
  /// More yes than no votes; a tie fails.
  case simple
  /// At least two thirds of yes and no votes are yes (important questions).
  case twoThirds = "two-thirds"

  /// Whether `yes` yes votes and `no` no votes adopt the decision.
  @inlinable
  public func adopts(yes: Int, no: Int) -> Bool {
    guard yes + no > 0 else { return false }
    switch self {
    case .simple: return yes > no
    case .twoThirds: return 3 * yes >= 2 * (yes + no)
    }
  }

  /// The smallest number of yes votes that adopts when `no` states vote no.
  public func yesNeeded(no: Int) -> Int {
    switch self {
    case .simple: return no + 1
    case .twoThirds: return max(1, 2 * no)
    }
  }

  public var description: String { rawValue }
}
