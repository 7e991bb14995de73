/// "Nice" axis ticks: steps of 1, 2 or 5 times a power of ten, covering a range of data.
///
/// `AxisTicks(covering: 3.2...97.5)` gives ticks 0, 20, 40, 60, 80, 100; an axis drawn from
/// ``lower`` to ``upper`` then starts and ends on a tick.
public struct AxisTicks: Sendable, Hashable {
  /// The first tick, at or below the data's lower end.
  public let lower: Double
  /// The last tick, at or above the data's upper end.
  public let upper: Double
  /// The distance between ticks: 1, 2 or 5 × 10^k.
  public let step: Double
  /// The decimals that show every tick exactly (0 for steps of 1 or more).
  public let decimals: Int

  /// Ticks for `range`.
  ///
  /// - Parameters:
  ///   - range: The data to cover; a single value is widened to a unit range around it
  ///     and non-finite bounds are replaced by 0...1.
  ///   - targetCount: About how many intervals to aim for (at least 1); the result has
  ///     between roughly half and twice as many.
  ///   - integerSteps: When true the step is never below 1 (for counts and years).
  public init(covering range: ClosedRange<Double>, targetCount: Int = 5, integerSteps: Bool = false)
  {
    var low = range.lowerBound
    var high = range.upperBound
    if !low.isFinite || !high.isFinite {
      low = 0
      high = 1
    }
    if high - low <= 0 {
      let pad = low == 0 ? 1 : abs(low) * 0.1
      low -= pad
      high += pad
    }
    let rough = (high - low) / Double(max(targetCount, 1))
    var (step, exponent) = Self.niceStep(rough)
    if integerSteps, step < 1 {
      step = 1
      exponent = 0
    }
    self.step = step
    self.decimals = max(-exponent, 0)
    self.lower = Self.snap((low / step).rounded(.down) * step, decimals: decimals)
    self.upper = Self.snap((high / step).rounded(.up) * step, decimals: decimals)
  }

  /// The tick values from ``lower`` to ``upper``, rounded to ``decimals`` so they print
  /// without binary noise.
  public var values: [Double] {
    let count = Int(((upper - lower) / step).rounded()) + 1
    return (0..<max(count, 1)).map { Self.snap(lower + Double($0) * step, decimals: decimals) }
  }

  /// `value` as a tick label with ``decimals`` digits: `20`, `0.25`, `−5` (typographic
  /// minus) and no thousands grouping, so years read `2024`.
  public func label(_ value: Double) -> String {
    NumberFormat.fixed(value, decimals: decimals)
  }

  /// The 1-2-5 step nearest above `rough`, with the power of ten of its leading digit.
  private static func niceStep(_ rough: Double) -> (step: Double, exponent: Int) {
    guard rough.isFinite, rough > 0 else { return (1, 0) }
    var magnitude = 1.0
    var exponent = 0
    while magnitude * 10 <= rough {
      magnitude *= 10
      exponent += 1
    }
    while magnitude > rough {
      magnitude /= 10
      exponent -= 1
    }
    let residual = rough / magnitude
    let factor: Double
    switch residual {
    case ..<1.5: factor = 1
    case ..<3.5: factor = 2
    case ..<7.5: factor = 5
    default: factor = 10
    }
    if factor == 10 { return (magnitude * 10, exponent + 1) }
    return (magnitude * factor, exponent)
  }

  private static func snap(_ value: Double, decimals: Int) -> Double {
    var scale = 1.0
    for _ in 0..<min(decimals, 15) { scale *= 10 }
    let snapped = (value * scale).rounded() / scale
    return snapped == 0 ? 0 : snapped
  }
}
