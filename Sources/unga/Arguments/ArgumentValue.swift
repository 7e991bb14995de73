/// A type that can be read from one command-line word.
///
/// Enumerations with `String` raw values conform by declaring it
/// (`extension MajorityRule: ArgumentValue {}`): their cases become the
/// allowed values, listed in help and in errors.
protocol ArgumentValue {
  /// Reads a word; `nil` when it is not a valid value.
  init?(argument: String)
  /// What a valid value is, for errors: "an integer", "one of: text, json".
  static var expectation: String { get }
  /// The complete list of valid values, or empty when it is open-ended.
  static var allowedValues: [String] { get }
  /// The value as a user would type it, for defaults in help.
  var argumentDescription: String { get }
}

extension ArgumentValue {
  static var allowedValues: [String] { [] }
}

extension ArgumentValue where Self: CustomStringConvertible {
  var argumentDescription: String { description }
}

extension ArgumentValue where Self: CaseIterable & RawRepresentable, RawValue == String {
  init?(argument: String) { self.init(rawValue: argument) }
  static var allowedValues: [String] { allCases.map(\.rawValue) }
  static var expectation: String { "one of: " + allowedValues.joined(separator: ", ") }
  var argumentDescription: String { rawValue }
}

extension String: ArgumentValue {
  init?(argument: String) { self = argument }
  static var expectation: String { "a value" }
}

extension Int: ArgumentValue {
  init?(argument: String) { self.init(argument) }
  static var expectation: String { "an integer" }
}

extension UInt64: ArgumentValue {
  init?(argument: String) { self.init(argument) }
  static var expectation: String { "an integer from 0 to \(UInt64.max)" }
}

extension Double: ArgumentValue {
  init?(argument: String) {
    // `Double("nan")` and `Double("inf")` parse, but no option means them.
    guard let value = Double(argument), value.isFinite else { return nil }
    self = value
  }
  static var expectation: String { "a number" }
  var argumentDescription: String {
    if self == rounded(), abs(self) < 1e15 { return String(Int(self)) }
    return description
  }
}

/// A range that a numeric option's value must lie in, described in words for help and errors.
protocol ArgumentRange<Bound>: RangeExpression where Bound: ArgumentValue {
  /// "at least 1", "from 0 to less than 1".
  var requirement: String { get }
}

extension ClosedRange: ArgumentRange where Bound: ArgumentValue {
  var requirement: String {
    "from \(lowerBound.argumentDescription) to \(upperBound.argumentDescription)"
  }
}

extension Range: ArgumentRange where Bound: ArgumentValue {
  var requirement: String {
    "from \(lowerBound.argumentDescription) to less than \(upperBound.argumentDescription)"
  }
}

extension PartialRangeFrom: ArgumentRange where Bound: ArgumentValue {
  var requirement: String { "at least \(lowerBound.argumentDescription)" }
}

extension PartialRangeThrough: ArgumentRange where Bound: ArgumentValue {
  var requirement: String { "at most \(upperBound.argumentDescription)" }
}

extension PartialRangeUpTo: ArgumentRange where Bound: ArgumentValue {
  var requirement: String { "less than \(upperBound.argumentDescription)" }
}
