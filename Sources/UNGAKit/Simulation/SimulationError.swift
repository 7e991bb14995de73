/// A problem with a simulation's inputs or run. Every case says what was
/// wrong and what was expected; nothing on user input traps.
public enum SimulationError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A state code that names no state in the dataset; `context` says where it appeared.
  case unknownState(code: String, context: String)
  /// A state that is in the dataset but not a member on the target's date.
  case notAMember(code: String, date: CalendarDate, context: String)
  /// The same state twice in one scenario with different stances.
  case conflictingStance(code: String, scenario: String)
  /// A scenario text that does not parse; `text` is the whole text.
  case invalidScenario(text: String, message: String)
  /// Two scenarios with the same name (names identify them in reports).
  case duplicateScenarioName(String)
  /// A parameter outside its range.
  case invalidParameter(name: String, value: String, expected: String)
  /// `ρ_g + ρ_b` must stay below 1 so that each state keeps some idiosyncratic variance.
  case correlationsTooLarge(global: Double, bloc: Double)
  /// A run was stopped through its `CancellationToken`.
  case cancelled

  public var description: String {
    switch self {
    case .unknownState(let code, let context):
      return "unknown state code '\(code)' in \(context); expected an alpha-3 code"
        + " (or alpha-2 code) of a member state"
    case .notAMember(let code, let date, let context):
      return "state '\(code)' in \(context) is not a member on \(date); expected a state that"
        + " is a member on the draft's date"
    case .conflictingStance(let code, let scenario):
      return "state '\(code)' has two different stances in scenario '\(scenario)'; expected"
        + " one of +, ~ or - per state"
    case .invalidScenario(let text, let message):
      return "invalid scenario \"\(text)\": \(message)"
    case .duplicateScenarioName(let name):
      return "two scenarios are named '\(name)'; expected distinct names"
    case .invalidParameter(let name, let value, let expected):
      return "invalid \(name) \(value); expected \(expected)"
    case .correlationsTooLarge(let global, let bloc):
      return "global correlation \(global) plus bloc correlation \(bloc) is \(global + bloc);"
        + " expected a sum below 1"
    case .cancelled:
      return "the simulation was cancelled"
    }
  }
}
