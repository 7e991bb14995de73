import Foundation

/// Colours and line patterns for chart series, safe for colour-blind readers and for
/// printing in grey.
///
/// Colours are the Okabe–Ito palette (Okabe and Ito, "Color Universal Design", 2002),
/// ordered so that the first four differ most in lightness as well as hue. Lines also
/// differ by dash pattern and point shape, so series stay apart on a black-and-white page.
public enum ChartPalette {
  /// Series colours as `#RRGGBB`, used in order and repeated after the last.
  public static let colors = [
    "#0072B2",  // blue
    "#E69F00",  // orange
    "#009E73",  // bluish green
    "#CC79A7",  // reddish purple
    "#D55E00",  // vermillion
    "#56B4E9",  // sky blue
    "#000000",  // black
    "#F0E442",  // yellow, last: weak against white
  ]

  /// Dash patterns for lines (`stroke-dasharray`), empty for solid.
  public static let dashes = ["", "7 4", "2 3", "9 3 2 3", "4 2", "12 4"]

  /// Text and axis ink.
  public static let ink = "#1b1b1b"
  /// Secondary text: tick labels, notes.
  public static let muted = "#555555"
  /// Gridlines.
  public static let grid = "#e4e4e4"
  /// Axis lines.
  public static let axis = "#888888"

  /// The colour of series `index` (0-based; wraps around).
  public static func color(_ index: Int) -> String {
    colors[((index % colors.count) + colors.count) % colors.count]
  }

  /// The dash pattern of series `index` (0-based; wraps around).
  public static func dash(_ index: Int) -> String {
    dashes[((index % dashes.count) + dashes.count) % dashes.count]
  }

  /// The colour `fraction` (0...1, clamped) of the way from `start` to `end`, both
  /// `#RRGGBB`, mixed in sRGB.
  public static func mix(_ start: String, _ end: String, _ fraction: Double) -> String {
    blend([(start, 1 - fraction), (end, fraction)])
  }

  /// The weighted average of `#RRGGBB` colours (weights ≥ 0; negative and non-finite weights
  /// count as 0); white when every weight is 0.
  public static func blend(_ colors: [(color: String, weight: Double)]) -> String {
    var total = 0.0
    var channels = [0.0, 0.0, 0.0]
    for (color, weight) in colors {
      let weight = weight.isFinite ? min(max(weight, 0), 1e9) : 0
      guard weight > 0, let rgb = components(color) else { continue }
      total += weight
      for c in 0..<3 { channels[c] += weight * rgb[c] }
    }
    guard total > 0 else { return "#ffffff" }
    return "#"
      + channels.map { value -> String in
        let byte = Int((value / total).rounded())
        let text = String(min(max(byte, 0), 255), radix: 16)
        return text.count == 1 ? "0" + text : text
      }.joined()
  }

  /// Whether text on `color` (`#RRGGBB`) reads better white than black: its relative
  /// luminance (WCAG 2) is below 0.18.
  public static func isDark(_ color: String) -> Bool {
    guard let rgb = components(color) else { return false }
    let linear: [Double] = rgb.map { value in
      let v = value / 255
      return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
    }
    let red: Double = 0.2126 * linear[0]
    let green: Double = 0.7152 * linear[1]
    let blue: Double = 0.0722 * linear[2]
    return red + green + blue < 0.18
  }

  private static func components(_ color: String) -> [Double]? {
    let hex = color.hasPrefix("#") ? color.dropFirst() : Substring(color)
    guard hex.count == 6, let value = Int(hex, radix: 16) else { return nil }
    return [Double((value >> 16) & 0xFF), Double((value >> 8) & 0xFF), Double(value & 0xFF)]
  }
}
