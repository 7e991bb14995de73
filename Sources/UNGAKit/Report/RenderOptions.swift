/// How a report is rendered, beyond its format.
public struct RenderOptions: Sendable, Hashable {
  /// Whether the text format may use ANSI colour and bold (see `ColorPolicy`); other
  /// formats ignore it. Off by default.
  public var color: Bool
  /// The widest a line of the text format may be, in display columns; at least 80.
  /// Default 100.
  public var width: Int
  /// Where each member sits on the HTML report's map; nil leaves the map out.
  public var tileGrid: TileGrid?
  /// Whether the text format's tables are narrowed to `width` (names cut with `…`): for a
  /// terminal. When false, tables are as wide as their cells and no name is cut; prose is
  /// still wrapped at `width`.
  public var narrowsTables: Bool

  /// Options with colour off, lines of at most 100 columns, tables narrowed to fit, and no
  /// map.
  public init(
    color: Bool = false, width: Int = 100, tileGrid: TileGrid? = nil, narrowsTables: Bool = true
  ) {
    self.color = color
    self.width = max(width, 80)
    self.tileGrid = tileGrid
    self.narrowsTables = narrowsTables
  }
}
