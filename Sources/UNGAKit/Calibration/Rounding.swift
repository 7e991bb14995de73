import Foundation

/// Rounding of calibrated values for the parameters file: short decimals that
/// read well and are the nearest doubles to those decimals, so the JSON shows
/// them as written.
enum Rounding {
  /// `value` to `digits` significant digits (0 stays 0; non-finite values are returned as is).
  static func significant(_ value: Double, _ digits: Int) -> Double {
    guard value != 0, value.isFinite else { return value }
    let exponent = Int(floor(log10(abs(value))))
    return decimals(value, max(0, digits - 1 - exponent), above: digits - 1 - exponent)
  }

  /// `value` to `places` decimal places.
  static func decimals(_ value: Double, _ places: Int) -> Double {
    decimals(value, places, above: places)
  }

  /// Rounds at 10^−`shift`: scales by an exact power of ten and divides back, so the
  /// result is the double nearest to the decimal.
  private static func decimals(_ value: Double, _ places: Int, above shift: Int) -> Double {
    guard value.isFinite else { return value }
    if shift >= 0 {
      let scale = pow(10, Double(min(shift, 22)))
      return (value * scale).rounded() / scale
    }
    let scale = pow(10, Double(min(-shift, 22)))
    return (value / scale).rounded() * scale
  }

  /// `value` as JSON shows it, without a trailing `.0` for whole numbers (`1`, `0.028`).
  static func text(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
  }
}
