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

  /// How far `yes` and `no` votes are from the line: positive or zero adopts under
  /// `twoThirds` (`3·yes − 2·(yes + no)`, that is `yes − 2·no`), positive adopts under
  /// `simple` (`yes − no`; a tie fails). Ranges over `−2n...n` for `n` members.
  /// ``adoptingMargin`` is the smallest margin that adopts (when anyone votes yes or no).
  @inlinable
  public func margin(yes: Int, no: Int) -> Int {
    switch self {
    case .simple: return yes - no
    case .twoThirds: return yes - 2 * no
    }
  }

  /// The smallest ``margin(yes:no:)`` that adopts: 1 for a simple majority, 0 for two
  /// thirds.
  public var adoptingMargin: Int { self == .simple ? 1 : 0 }

  public var description: String { rawValue }
}
