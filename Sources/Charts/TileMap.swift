/// An SVG tile-grid cartogram: one equal square per place, placed on a grid roughly where the
/// place lies, each filled with a colour and labelled with a short code, under a legend.
///
/// Tiles give small places as much ink as large ones, which suits counting votes: every
/// member has one. Each tile carries its full name as a tooltip (`<title>`).
public struct TileMap: Sendable, Hashable {
  /// One place.
  public struct Tile: Sendable, Hashable {
    /// The grid column, 0 or more, growing eastwards.
    public var column: Int
    /// The grid row, 0 or more, growing southwards.
    public var row: Int
    /// The short label inside the tile, such as `FRA`.
    public var code: String
    /// The full name, shown as the tile's tooltip with ``detail``.
    public var name: String
    /// The fill as `#RRGGBB`.
    public var color: String
    /// More text for the tooltip, such as `yes 62 %, no 8 %`.
    public var detail: String?

    /// A tile at (`column`, `row`) filled with `color`.
    public init(
      column: Int, row: Int, code: String, name: String, color: String, detail: String? = nil
    ) {
      self.column = column
      self.row = row
      self.code = code
      self.name = name
      self.color = color
      self.detail = detail
    }
  }

  /// One legend swatch.
  public struct Swatch: Sendable, Hashable {
    /// What the colour means.
    public var label: String
    /// `#RRGGBB`.
    public var color: String

    /// A swatch of `color` labelled `label`.
    public init(label: String, color: String) {
      self.label = label
      self.color = color
    }
  }

  /// The visible title, also the accessible name.
  public var title: String
  /// A sentence or two for screen readers (`<desc>`).
  public var summary: String?
  /// The tiles; at most one per grid cell.
  public var tiles: [Tile]
  /// The legend, left to right (wrapping).
  public var legend: [Swatch]
  /// The side of a tile in pixels, gap included.
  public var tileSize: Double

  /// A map of `tiles` titled `title`.
  public init(
    title: String, summary: String? = nil, tiles: [Tile], legend: [Swatch],
    tileSize: Double = 29
  ) {
    self.title = title
    self.summary = summary
    self.tiles = tiles
    self.legend = legend
    self.tileSize = tileSize
  }

  /// The width in pixels: the grid's columns and the margins.
  public var width: Double {
    Double((tiles.map(\.column).max() ?? 0) + 1) * tileSize + 2 * ChartCanvas.margin
  }

  /// The chart as an SVG document fragment (an `<svg>` element). Complexity: O(tiles).
  public func render() -> String {
    element().render()
  }

  func element() -> SVGElement {
    let width = max(self.width, 300)
    var children: [SVGElement] = []
    let heading = ChartCanvas.title(title, width: width)
    children += heading.elements
    let legend = ChartCanvas.legend(
      self.legend.map { .init(label: $0.label, swatch: .box(color: $0.color)) },
      x: ChartCanvas.margin, y: heading.bottom, width: width - 2 * ChartCanvas.margin)
    children.append(legend.element)
    let top = legend.bottom + 6
    let gap = 2.0
    let side = tileSize - gap
    // The label's size: 11 px where the widest label fits the tile with its gap, smaller
    // only on a grid too fine for it.
    let widest = tiles.map { TextMetrics.width(of: $0.code, fontSize: 1) }.max() ?? 1
    let labelSize = min(ChartCanvas.tickFontSize, tileSize / max(widest, 0.1))
    for tile in tiles {
      let x = ChartCanvas.margin + Double(tile.column) * tileSize
      let y = top + Double(tile.row) * tileSize
      var group = SVGElement("g")
      group.append(
        SVGElement(
          "title", text: tile.detail.map { "\(tile.name): \($0)" } ?? tile.name))
      group.append(
        SVGElement(
          "rect",
          [
            "x": .number(x), "y": .number(y), "width": .number(side), "height": .number(side),
            "rx": 2, "fill": .text(tile.color),
          ]))
      group.append(
        ChartCanvas.text(
          tile.code, x: x + side / 2, y: y + side / 2 + labelSize * 0.35, anchor: "middle",
          size: labelSize,
          fill: ChartPalette.isDark(tile.color) ? "#ffffff" : ChartPalette.ink))
      children.append(group)
    }
    let rows = (tiles.map(\.row).max() ?? 0) + 1
    return ChartCanvas.document(
      width: width, height: top + Double(rows) * tileSize + ChartCanvas.margin, title: title,
      summary: summary, children: children)
  }
}
