import Foundation

/// A target for the cheapest route: the fewest recruits after which the
/// objective reaches `target` (e.g. `P(adopted) ≥ 0.95`, expected yes ≥ 120).
///
/// The goal is reached when the estimate is at least the target; the
/// estimate's standard error is reported alongside so that a reader can judge
/// a narrow miss or hit.
public struct RecruitGoal: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The figure the target applies to (it may differ from the plan's objective).
  public var objective: PlanningObjective
  /// A probability in (0, 1] for `adoption` and `threshold`, a number of yes
  /// votes in (0, members] for `yes`.
  public var target: Double

  public init(objective: PlanningObjective, target: Double) {
    self.objective = objective
    self.target = target
  }

  /// Parses `OBJECTIVE>=VALUE`: `adoption>=0.95`, `yes>=120`,
  /// `threshold:100>=0.9` (`≥` may replace `>=`).
  /// - Throws: `PlanningError.invalidGoal`, or `.invalidObjective` for the part before `>=`.
  public init(parsing text: String) throws(PlanningError) {
    let normalised = text.replacingOccurrences(of: "≥", with: ">=")
    guard let range = normalised.range(of: ">=") else {
      throw .invalidGoal(
        text: text, expected: "OBJECTIVE>=VALUE, e.g. adoption>=0.95 or yes>=120")
    }
    let objective = try PlanningObjective(parsing: String(normalised[..<range.lowerBound]))
    let value = normalised[range.upperBound...].trimmingCharacters(in: .whitespaces)
    guard let target = Double(value), target.isFinite else {
      throw .invalidGoal(text: text, expected: "a number after '>=', e.g. adoption>=0.95")
    }
    self.init(objective: objective, target: target)
  }

  /// `OBJECTIVE>=VALUE`, which `init(parsing:)` reads back.
  public var description: String { "\(objective)>=\(Self.format(target))" }

  /// Checks the objective and the target's range for an assembly of `members`.
  /// - Throws: `PlanningError.invalidThreshold` or `.invalidGoal`.
  public func validate(members: Int) throws(PlanningError) {
    try objective.validate(members: members)
    if objective.isProbability {
      guard target > 0, target <= 1 else {
        throw .invalidGoal(text: description, expected: "a probability in (0, 1]")
      }
    } else {
      guard target > 0, target <= Double(members) else {
        throw .invalidGoal(
          text: description, expected: "a number of yes votes in (0, \(members)]")
      }
    }
  }

  /// Whether an estimate of the objective meets the target.
  public func isReached(by estimate: Estimate) -> Bool { estimate.value >= target }

  static func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}
