/// Whether terminal output may carry colour, following the `NO_COLOR` convention.
///
/// The caller observes the world (is standard output a terminal? what is the environment?)
/// and passes the facts in, so the decision itself is a pure function that tests can cover.
public enum ColorPolicy {
  /// True when `isTerminal` is true, `NO_COLOR` is absent or empty, and `TERM` is not
  /// `dumb`.
  ///
  /// Per the `NO_COLOR` convention, the variable disables colour when it is present and not
  /// an empty string, whatever its value (`NO_COLOR=0` disables colour too); an empty
  /// `NO_COLOR=` does not. A `dumb` terminal cannot show escape sequences at all.
  public static func shouldUseColor(isTerminal: Bool, environment: [String: String]) -> Bool {
    guard isTerminal else { return false }
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    if environment["TERM"] == "dumb" { return false }
    return true
  }
}
