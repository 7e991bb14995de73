import Testing

/// Usage errors of subcommands, run as a user would: exit 64, nothing on
/// standard output, the error naming the argument and what was expected, then
/// the subcommand's usage line.
@Suite struct ArgumentErrorTests {
  static let validateUsage = "Usage: unga validate [--data <path> ...] [--limit <count>]"
  static let backtestUsage =
    "Usage: unga backtest [options]"

  @Test(arguments: [
    (
      ["validate", "--dta", "x"], "unknown option '--dta'; did you mean '--data'?",
      validateUsage
    ),
    (["validate", "--data"], "missing value for '--data <path>'", validateUsage),
    (
      ["validate", "--limit", "-3"],
      "invalid value '-3' for '--limit': expected an integer at least 0", validateUsage
    ),
    (
      ["backtest", "--threads", "0"],
      "invalid value '0' for '--threads': expected an integer at least 1", backtestUsage
    ),
    (
      ["backtest", "--parameters", "p.json", "--defaults"],
      "'--parameters' cannot be used with '--defaults'", backtestUsage
    ),
  ])
  func exits64WithTheUsageLine(_ arguments: [String], _ message: String, _ usage: String)
    throws
  {
    let result = try unga(arguments: arguments)
    #expect(result.status == 64, "\(result)")
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first == "unga: error: " + message, "\(result)")
    #expect(lines.dropFirst().first == usage, "\(result)")
  }
}
