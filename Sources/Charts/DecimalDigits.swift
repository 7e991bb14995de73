/// A finite double as sign, decimal digits and a power of ten: value = ±digits × 10^exponent.
///
/// Built from Swift's shortest round-trip description, so rounding works on the decimal
/// a reader sees, never on binary noise.
struct DecimalDigits: Equatable {
  var isNegative: Bool
  /// Most significant first, no leading zeros (empty for zero).
  var digits: [UInt8]
  var exponent: Int

  init(isNegative: Bool, digits: [UInt8], exponent: Int) {
    var trimmed = digits[...]
    while trimmed.first == 0 { trimmed = trimmed.dropFirst() }
    self.isNegative = isNegative
    self.digits = Array(trimmed)
    self.exponent = exponent
  }

  /// Nil for NaN and infinities.
  init?(_ value: Double) {
    guard value.isFinite else { return nil }
    var text = Substring(value.magnitude.description)
    var exponent = 0
    if let marker = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      exponent = Int(text[text.index(after: marker)...]) ?? 0
      text = text[..<marker]
    }
    let digits = text.compactMap { $0.wholeNumberValue.map(UInt8.init) }
    if let point = text.firstIndex(of: ".") {
      exponent -= text.distance(from: text.index(after: point), to: text.endIndex)
    }
    self.init(isNegative: value.sign == .minus, digits: digits, exponent: exponent)
  }

  var isZero: Bool { digits.allSatisfy { $0 == 0 } }

  /// True when the magnitude is 100 or more.
  var isAtLeastHundred: Bool { !isZero && digits.count + exponent >= 3 }

  /// Multiplies by 10^places exactly.
  func shifted(by places: Int) -> DecimalDigits {
    DecimalDigits(isNegative: isNegative, digits: digits, exponent: exponent + places)
  }

  /// Rounds half away from zero to `decimals` places (clamped to 0...17); the result has
  /// exponent -decimals.
  func rounded(decimals: Int) -> DecimalDigits {
    let places = min(max(decimals, 0), 17)
    var result = digits
    var resultExponent = exponent
    if exponent > -places {
      result += [UInt8](repeating: 0, count: exponent + places)
      resultExponent = -places
    } else if exponent < -places {
      let dropped = -places - exponent
      if dropped > result.count {
        result = []
      } else {
        let firstDropped = result[result.count - dropped]
        result.removeLast(dropped)
        if firstDropped >= 5 { Self.increment(&result) }
      }
      resultExponent = -places
    }
    return DecimalDigits(isNegative: isNegative, digits: result, exponent: resultExponent)
  }

  /// Drops trailing zero digits after the point.
  func trimmingFraction() -> DecimalDigits {
    var result = digits
    var resultExponent = exponent
    while resultExponent < 0, result.last == 0 {
      result.removeLast()
      resultExponent += 1
    }
    if result.isEmpty { resultExponent = max(resultExponent, 0) }
    return DecimalDigits(isNegative: isNegative, digits: result, exponent: resultExponent)
  }

  /// Decimal text; `plus` is written before positive non-zero values when given.
  func text(grouping: NumberFormat.Grouping, minus: String, plus: String?) -> String {
    let decimals = max(-exponent, 0)
    var all = digits.map { Character(String($0)) }
    if exponent > 0 {
      all += [Character](repeating: "0", count: exponent)
    }
    if all.count <= decimals {
      all = [Character](repeating: "0", count: decimals - all.count + 1) + all
    }
    let integerPart = String(all[..<(all.count - decimals)])
    let fraction = String(all[(all.count - decimals)...])
    var body = NumberFormat.group(integerPart, separator: grouping.separator)
    if decimals > 0 { body += "." + fraction }
    if isZero { return body }
    if isNegative { return minus + body }
    return (plus ?? "") + body
  }

  private static func increment(_ digits: inout [UInt8]) {
    var index = digits.count - 1
    while index >= 0 {
      if digits[index] == 9 {
        digits[index] = 0
        index -= 1
      } else {
        digits[index] += 1
        return
      }
    }
    digits.insert(1, at: 0)
  }
}
