import Charts

/// Bars and column charts drawn with Unicode block elements, in eighths of a character cell.
public enum TextBars {
  /// Left-aligned blocks from one eighth to a full cell: `▏▎▍▌▋▊▉█`.
  public static let horizontalEighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

  /// Bottom-aligned blocks from one eighth to a full cell: `▁▂▃▄▅▆▇█`.
  public static let verticalEighths: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// A horizontal bar `value / maximum × width` cells long, resolved to eighths of a cell.
  ///
  /// - Parameters:
  ///   - value: The bar's value; negative and non-finite values draw nothing.
  ///   - maximum: The value that fills the whole width; values above it are clipped.
  ///   - width: The full width in columns (0 or more).
  ///   - padded: When true the bar is padded with spaces to exactly `width` columns.
  /// - Returns: At most `width` columns; a positive value always shows at least one eighth.
  public static func horizontal(
    _ value: Double, maximum: Double, width: Int, padded: Bool = false
  ) -> String {
    let width = max(width, 0)
    let eighths = scaledEighths(value, maximum: maximum, cells: width)
    var bar = String(repeating: "█", count: eighths / 8)
    if eighths % 8 > 0 { bar.append(horizontalEighths[eighths % 8 - 1]) }
    return padded ? DisplayWidth.pad(bar, toWidth: width) : bar
  }

  /// A column chart `height` rows tall, one column per value, top row first.
  ///
  /// Columns are scaled so `maximum` (the largest value when nil) fills all rows and rounded
  /// to the nearest eighth of a row, so a value below a sixteenth of a row shows as a space;
  /// each row is exactly `values.count` columns wide. Complexity: O(values.count × height).
  public static func columns(
    _ values: [Double], height: Int, maximum: Double? = nil
  ) -> [String] {
    let height = max(height, 1)
    let top = maximum ?? values.filter(\.isFinite).max() ?? 0
    let levels = values.map {
      scaledEighths($0, maximum: top, cells: height, showsAnyPositive: false)
    }
    return (0..<height).map { row in
      let floor = (height - 1 - row) * 8
      return String(
        levels.map { level -> Character in
          let inRow = level - floor
          if inRow >= 8 { return "█" }
          if inRow <= 0 { return " " }
          return verticalEighths[inRow - 1]
        })
    }
  }

  /// A one-line column chart: ``columns(_:height:maximum:)`` with one row.
  public static func sparkline(_ values: [Double], maximum: Double? = nil) -> String {
    columns(values, height: 1, maximum: maximum)[0]
  }

  /// Sums consecutive runs of `size` values, so a probability mass over many outcomes
  /// (0…193 yes votes) fits fewer columns while still summing to 1.
  ///
  /// Bin `b` holds values `b·size ..< (b+1)·size`; the last bin may be shorter. A `size` of
  /// 1 or less returns the values unchanged. Complexity: O(n).
  public static func binned(_ values: [Double], size: Int) -> [Double] {
    guard size > 1 else { return values }
    return stride(from: 0, to: values.count, by: size).map { start in
      values[start..<min(start + size, values.count)].reduce(0, +)
    }
  }

  /// The number of eighths of a cell that `value` fills, 0...cells×8.
  /// With `showsAnyPositive`, a positive value is at least one eighth.
  private static func scaledEighths(
    _ value: Double, maximum: Double, cells: Int, showsAnyPositive: Bool = true
  ) -> Int {
    guard value.isFinite, maximum.isFinite, value > 0, maximum > 0, cells > 0 else { return 0 }
    let total = cells * 8
    let fraction = min(value / maximum, 1)
    let rounded = Int((fraction * Double(total)).rounded())
    return min(max(rounded, showsAnyPositive ? 1 : 0), total)
  }
}
