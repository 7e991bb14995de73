import Charts

/// How the report writes its figures, shared by every human-readable format so
/// that the terminal, Markdown and HTML say the same numbers the same way.
///
/// Monte Carlo figures carry `± standard error` with as many decimals as the
/// error's first significant digit; exact figures (standard error 0 from the
/// exact engine) are written without it. Public, so that analyses built on the
/// toolkit write figures the same way.
public enum ReportFigures {
  /// An expected count: `118.21 ± 0.03`, or `118.21` when exact.
  public static func count(_ summary: CountSummary, exact: Bool) -> String {
    exact
      ? NumberFormat.fixed(summary.mean, decimals: 2)
      : NumberFormat.estimate(summary.mean, standardError: summary.meanStandardError)
  }

  /// The 90 % interval of a count: `104 to 131`.
  public static func interval(_ summary: CountSummary) -> String {
    "\(summary.q05) to \(summary.q95)"
  }

  /// A probability: `99.93 ± 0.01 %`; exactly 0 or 1 in Monte Carlo as
  /// `100 % of trials` / `0 % of trials` (its estimated error is 0, which
  /// would read as certainty); exact probabilities as `99.93 %`.
  public static func probability(_ value: Double, standardError: Double, exact: Bool) -> String {
    if exact { return NumberFormat.percent(value, decimals: 2) }
    if value >= 1 { return "100 % of trials" }
    if value <= 0 { return "0 % of trials" }
    return NumberFormat.estimate(value * 100, standardError: standardError * 100) + " %"
  }

  /// A probability for prose: `99.9 %`, with `< 0.1 %` and `> 99.9 %` near the ends.
  public static func percent(_ value: Double) -> String {
    NumberFormat.percent(value, decimals: 1)
  }

  /// A difference of counts: `+7.22 ± 0.01`, or `+7.22` when exact.
  public static func difference(_ estimate: Estimate, exact: Bool) -> String {
    if exact { return NumberFormat.signed(estimate.value, decimals: 2) }
    let decimals = NumberFormat.decimalsShowing(estimate.standardError)
    return NumberFormat.signed(estimate.value, decimals: decimals) + " ± "
      + NumberFormat.fixed(estimate.standardError, decimals: decimals)
  }

  /// A difference of probabilities in percentage points: `+0.12 ± 0.01 pp`.
  public static func pointsDifference(
    _ value: Double, standardError: Double, exact: Bool
  ) -> String {
    if exact { return NumberFormat.percentagePoints(value, decimals: 2) }
    let decimals = NumberFormat.decimalsShowing(standardError * 100)
    return NumberFormat.signed(value * 100, decimals: decimals) + " ± "
      + NumberFormat.fixed(standardError * 100, decimals: decimals) + " pp"
  }

  /// A state's probability in a table: a whole percentage without the sign,
  /// `62`, with `<1` and `>99` for what would round to 0 or 100.
  public static func statePercent(_ value: Double) -> String {
    guard value.isFinite else { return NumberFormat.notAvailable }
    if value <= 0 { return "0" }
    if value >= 1 { return "100" }
    let rounded = NumberFormat.fixed(value * 100, decimals: 0)
    if rounded == "0" { return "<1" }
    if rounded == "100" { return ">99" }
    return rounded
  }

  /// A model range `[low, high]` as `12.3 to 15.0` (`−1.2 to +3.4` when `signed`); empty
  /// when there is none.
  public static func range(_ interval: [Double]?, decimals: Int, signed: Bool = false) -> String {
    guard let interval, interval.count == 2 else { return "" }
    let format = { (value: Double) in
      signed
        ? NumberFormat.signed(value, decimals: decimals)
        : NumberFormat.fixed(value, decimals: decimals)
    }
    return "\(format(interval[0])) to \(format(interval[1]))"
  }

  /// A model range of a probability as `91.2 to 97.9 %`; empty when there is none.
  public static func percentRange(_ interval: [Double]?) -> String {
    guard let interval, interval.count == 2 else { return "" }
    return NumberFormat.fixed(interval[0] * 100, decimals: 1) + " to "
      + NumberFormat.fixed(interval[1] * 100, decimals: 1) + " %"
  }

  /// A model range of a difference of probabilities as `+1.2 to +8.0 pp`; empty when there
  /// is none.
  public static func pointsRange(_ interval: [Double]?) -> String {
    guard let interval, interval.count == 2 else { return "" }
    return NumberFormat.signed(interval[0] * 100, decimals: 1) + " to "
      + NumberFormat.signed(interval[1] * 100, decimals: 1) + " pp"
  }

  /// A probability in CSV: six decimals, ASCII.
  static func machineProbability(_ value: Double) -> String {
    NumberFormat.fixed(value, decimals: 6, style: .ascii)
  }
}
