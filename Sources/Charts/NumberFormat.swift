/// Locale-independent, deterministic number formatting for reports.
///
/// Every function rounds the *shortest decimal that round-trips the double* (what `print`
/// shows: `2.675` for the double nearest 2.675) half away from zero, using decimal digit
/// arithmetic rather than binary scaling, so results never depend on the platform, the locale
/// or the accumulated error of `x * 10^d`. No output ever reads `-0`; non-finite values
/// (NaN, ±infinity) print as ``notAvailable``.
public enum NumberFormat {
  /// How signs and separators are written.
  public enum Style: Sendable, Hashable {
    /// For people reading text or HTML: minus is U+2212 MINUS SIGN, `±` for errors.
    case typographic
    /// For machines (CSV, JSON, scripts): minus is ASCII `-`, `+/-` for errors.
    case ascii

    /// The minus sign of the style.
    public var minus: String { self == .typographic ? "\u{2212}" : "-" }

    /// The plus-or-minus sign of the style.
    public var plusMinus: String { self == .typographic ? "±" : "+/-" }
  }

  /// How the thousands of an integer part are grouped.
  public enum Grouping: Sendable, Hashable {
    /// `1234567`.
    case none
    /// `1,234,567`.
    case comma
    /// `1 234 567` with an ordinary space.
    case space
    /// `1 234 567` with U+202F NARROW NO-BREAK SPACE, the SI thin group separator that
    /// never breaks a line.
    case thin

    var separator: String {
      switch self {
      case .none: ""
      case .comma: ","
      case .space: " "
      case .thin: "\u{202F}"
      }
    }
  }

  /// What non-finite values print as.
  public static let notAvailable = "n/a"

  /// `value` with exactly `decimals` digits after the point (0...17), for example
  /// `fixed(2.675, decimals: 2)` is `2.68`, `fixed(-0.004, decimals: 2)` is `0.00`.
  public static func fixed(
    _ value: Double, decimals: Int, grouping: Grouping = .none, style: Style = .typographic
  ) -> String {
    guard let rounded = DecimalDigits(value)?.rounded(decimals: decimals) else {
      return notAvailable
    }
    return rounded.text(grouping: grouping, minus: style.minus, plus: nil)
  }

  /// `value` rounded to `decimals` digits (0...17) with trailing zeros and a bare point
  /// removed: `compact(12.50, decimals: 2)` is `12.5`, `compact(3.0, decimals: 2)` is `3`.
  /// Meant for machine-read attributes such as SVG coordinates.
  public static func compact(_ value: Double, decimals: Int, style: Style = .ascii) -> String {
    guard let rounded = DecimalDigits(value)?.rounded(decimals: decimals) else {
      return notAvailable
    }
    return rounded.trimmingFraction().text(grouping: .none, minus: style.minus, plus: nil)
  }

  /// An integer with its thousands grouped: `integer(-1234567, grouping: .comma)` is
  /// `−1,234,567`.
  public static func integer(
    _ value: Int, grouping: Grouping = .none, style: Style = .typographic
  ) -> String {
    let magnitude = String(value.magnitude)
    let sign = value < 0 ? style.minus : ""
    return sign + group(magnitude, separator: grouping.separator)
  }

  /// A difference with an explicit sign: `+4.1`, `−2.0` (or `-2.0` in ``Style/ascii``); a
  /// value that rounds to zero prints unsigned, `0.0`.
  public static func signed(
    _ value: Double, decimals: Int, grouping: Grouping = .none, style: Style = .typographic
  ) -> String {
    guard let rounded = DecimalDigits(value)?.rounded(decimals: decimals) else {
      return notAvailable
    }
    return rounded.text(grouping: grouping, minus: style.minus, plus: "+")
  }

  /// A probability in 0...1 as a percentage with `decimals` digits (0...15) and a space
  /// before the sign: `97.3 %`.
  ///
  /// Exactly 0 and 1 print as `0 %` and `100 %`; a probability strictly between them that
  /// would round to 0 or 100 prints as `< 0.1 %` or `> 99.9 %` (for one decimal), so a rare
  /// outcome is never shown as impossible or certain.
  public static func percent(
    _ probability: Double, decimals: Int = 1, style: Style = .typographic
  ) -> String {
    guard let digits = DecimalDigits(probability) else { return notAvailable }
    if probability == 0 { return "0 %" }
    if probability == 1 { return "100 %" }
    let percentage = digits.shifted(by: 2)
    let rounded = percentage.rounded(decimals: decimals)
    let smallest = "0." + String(repeating: "0", count: max(decimals - 1, 0)) + "1"
    let step = decimals == 0 ? "1" : smallest
    if probability > 0, probability < 1 {
      if rounded.isZero { return "< \(step) %" }
      if rounded.isAtLeastHundred {
        let largest = decimals == 0 ? "99" : "99." + String(repeating: "9", count: decimals)
        return "> \(largest) %"
      }
    }
    return rounded.text(grouping: .none, minus: style.minus, plus: nil) + " %"
  }

  /// A difference of two probabilities in percentage points with an explicit sign:
  /// `percentagePoints(0.041)` is `+4.1 pp`.
  public static func percentagePoints(
    _ difference: Double, decimals: Int = 1, style: Style = .typographic
  ) -> String {
    guard let digits = DecimalDigits(difference) else { return notAvailable }
    let text = digits.shifted(by: 2).rounded(decimals: decimals)
      .text(grouping: .none, minus: style.minus, plus: "+")
    return text + " pp"
  }

  /// An estimate with its standard error: `estimate(112.43, standardError: 0.31)` is
  /// `112.4 ± 0.3`.
  ///
  /// With `decimals` nil the precision follows the standard error: enough decimals (0...6)
  /// to show its first significant digit, one decimal when it is zero. A non-finite value
  /// prints as ``notAvailable``; a non-finite error as `112.4 ± n/a`.
  public static func estimate(
    _ value: Double, standardError: Double, decimals: Int? = nil, style: Style = .typographic
  ) -> String {
    guard value.isFinite else { return notAvailable }
    let places = decimals ?? decimalsShowing(standardError)
    let error =
      standardError.isFinite
      ? fixed(abs(standardError), decimals: places, style: style) : notAvailable
    return fixed(value, decimals: places, style: style) + " \(style.plusMinus) " + error
  }

  /// The number of decimals (0...6) that shows the first significant digit of `error`; 1
  /// when `error` is zero or not finite.
  public static func decimalsShowing(_ error: Double) -> Int {
    let magnitude = abs(error)
    guard magnitude.isFinite, magnitude > 0 else { return 1 }
    guard let rounded = DecimalDigits(magnitude) else { return 1 }
    // The position of the first significant digit after rounding to one significant digit,
    // so 0.096 (shown as 0.1) asks for one decimal, not two.
    let leading = rounded.exponent + rounded.digits.count - 1
    var places = -leading
    if places >= 0 {
      let atPlaces = rounded.rounded(decimals: places)
      if atPlaces.exponent + atPlaces.digits.count - 1 > leading { places -= 1 }
    }
    return min(max(places, 0), 6)
  }

  static func group(_ digits: String, separator: String) -> String {
    guard !separator.isEmpty, digits.count > 3 else { return digits }
    var result = ""
    for (index, character) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { result += separator }
      result.append(character)
    }
    return result
  }
}
