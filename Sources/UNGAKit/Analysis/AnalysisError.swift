/// A problem with the inputs of an analysis: a document that is not in the
/// dataset, a reference set that cannot support a baseline, a parameter out
/// of range.
public enum AnalysisError: Error, Sendable, Hashable, CustomStringConvertible {
  /// No draft or roll call has this id or symbol.
  case unknownDocument(String)
  /// No roll call has this id or symbol (an explicit reference).
  case unknownRollCall(String)
  /// An explicit reference that names a document of the dataset that cannot
  /// be a reference: a draft never voted on, the target itself, or a roll call
  /// dated after the target (its votes were not known yet); `reason` says which.
  case invalidReference(key: String, reason: String)
  /// None of the reference roll calls has a vote by a state that is a member
  /// on the target's date; `reason` says what was tried.
  case noUsableReferences(target: String, reason: String)
  /// A parameter outside its range.
  case invalidParameter(name: String, value: String, expected: String)
  /// An explicit reference dated on or after the target: a model input for a
  /// text dated D comes only from roll calls dated before D.
  case referenceNotBeforeTarget(
    reference: String, date: CalendarDate, target: String, targetDate: CalendarDate)

  public var description: String {
    switch self {
    case .unknownDocument(let key):
      return "unknown draft or roll call '\(key)'; expected an id, draft symbol or resolution"
        + " symbol in the dataset"
    case .unknownRollCall(let key):
      return "unknown roll call '\(key)'; expected an id, resolution symbol or draft symbol of"
        + " a recorded vote"
    case .invalidReference(let key, let reason):
      return "'\(key)' cannot be a reference: \(reason)"
    case .noUsableReferences(let target, let reason):
      return "no usable reference roll calls for \(target): \(reason)"
    case .invalidParameter(let name, let value, let expected):
      return "invalid \(name) \(value); expected \(expected)"
    case .referenceNotBeforeTarget(let reference, let date, let target, let targetDate):
      return "reference \(reference) is dated \(date), not before \(target) (\(targetDate)); "
        + "expected roll calls dated before the target, as the model uses nothing later"
    }
  }
}
