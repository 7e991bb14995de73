/// Why a backtest could not be scored.
public enum BacktestError: Error, Sendable, Hashable, CustomStringConvertible {
  /// No predictor was given.
  case noPredictors
  /// Two predictors share a name.
  case duplicatePredictorName(String)
  /// No whole-text roll call with a member lies in the session range.
  case nothingToScore(sessions: ClosedRange<Int>)
  /// A predictor returned the wrong number of forecasts.
  case wrongForecastCount(predictor: String, rollCall: RollCall.ID, expected: Int, found: Int)
  /// A predictor returned probabilities that are negative, not finite, or do not sum to 1.
  case invalidForecast(
    predictor: String, rollCall: RollCall.ID, state: MemberState.Code, probabilities: [Double])

  /// What went wrong and what was expected, in one line.
  public var description: String {
    switch self {
    case .noPredictors:
      return "backtest: no predictor given; expected at least one"
    case .duplicatePredictorName(let name):
      return "backtest: two predictors are named '\(name)'; expected unique names"
    case .nothingToScore(let sessions):
      return
        "backtest: no whole-text roll call with members in sessions "
        + "\(sessions.lowerBound)-\(sessions.upperBound); expected at least one"
    case .wrongForecastCount(let predictor, let rollCall, let expected, let found):
      return
        "backtest: predictor '\(predictor)' gave \(found) forecasts for roll call \(rollCall); "
        + "expected one per state (\(expected))"
    case .invalidForecast(let predictor, let rollCall, let state, let probabilities):
      let values = probabilities.map { "\($0)" }.joined(separator: ", ")
      return
        "backtest: predictor '\(predictor)' gave \(state) on roll call \(rollCall) the "
        + "probabilities [\(values)]; expected four finite non-negative numbers summing to 1"
    }
  }
}
