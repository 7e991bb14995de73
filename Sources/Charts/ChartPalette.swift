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
}
