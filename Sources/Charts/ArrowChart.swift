/// An SVG "dot and arrow" chart: one row per item, and in each row one arrow per series from
/// a value before (a hollow dot) to a value after (the arrowhead), on a shared axis.
///
/// Made for "who moves": the rows are the items that changed most, the series the measures
/// that changed (such as the probability of a yes and of a no vote). Rows are striped for
/// reading across; the change is written at the right of each row.
public struct ArrowChart: Sendable, Hashable {
  /// One row: its label and one move per series (nil where a series has none).
  public struct Row: Sendable, Hashable {
    /// The name left of the row.
    public var label: String
    /// The moves, in series order.
    public var moves: [Move?]
    /// The text at the right, such as `+12 pp yes`; nil writes nothing.
    public var note: String?

    /// A row `label` with `moves` in series order.
    public init(label: String, moves: [Move?], note: String? = nil) {
      self.label = label
      self.moves = moves
      self.note = note
    }
  }

  /// A value before and after.
  public struct Move: Sendable, Hashable {
    /// Where the arrow starts.
    public var from: Double
    /// Where it ends.
    public var to: Double

    /// A move from `from` to `to`.
    public init(from: Double, to: Double) {
      self.from = from
      self.to = to
    }
  }

  /// The visible title, also the accessible name.
  public var title: String
  /// A sentence or two for screen readers (`<desc>`).
  public var summary: String?
  /// The series names, for the legend; their colours follow ``ChartPalette``.
  public var seriesNames: [String]
  /// The rows, top to bottom.
  public var rows: [Row]
  /// The axis title, such as `Probability`.
  public var valueTitle: String
  /// The axis's domain; nil fits the values.
  public var domain: ClosedRange<Double>?
  /// How the axis ticks read.
  public var ticks: TickStyle
  /// The width in pixels (the page may scale the chart).
  public var width: Double
  /// The height of one row in pixels.
  public var rowHeight: Double

  /// How axis ticks are written.
  public enum TickStyle: Sendable, Hashable {
    /// As numbers: `0.25`.
    case number
    /// Values in 0...1 as percentages: `25 %`.
    case percent
  }

  /// A chart of `rows` titled `title`.
  public init(
    title: String, summary: String? = nil, seriesNames: [String], rows: [Row],
    valueTitle: String, domain: ClosedRange<Double>? = nil,
    ticks: TickStyle = .number, width: Double = 640, rowHeight: Double = 26
  ) {
    self.title = title
    self.summary = summary
    self.seriesNames = seriesNames
    self.rows = rows
    self.valueTitle = valueTitle
    self.domain = domain
    self.ticks = ticks
    self.width = width
    self.rowHeight = rowHeight
  }

  /// The chart as an SVG document fragment (an `<svg>` element). Complexity: O(rows × series).
  public func render() -> String {
    element().render()
  }

  func element() -> SVGElement {
    let font = ChartCanvas.fontSize
    let values = rows.flatMap { $0.moves.compactMap { $0 }.flatMap { [$0.from, $0.to] } }
      .filter(\.isFinite)
    let labelWidth = min(
      rows.map { TextMetrics.width(of: $0.label, fontSize: font) }.max() ?? 0, width * 0.3)
    let noteWidth = min(
      rows.compactMap { $0.note.map { TextMetrics.width(of: $0, fontSize: font) } }.max() ?? 0,
      width * 0.3)
    let plotLeft = ChartCanvas.margin + labelWidth + 14
    let plotRight = width - ChartCanvas.margin - noteWidth - (noteWidth > 0 ? 14 : 8)
    let covering = domain ?? ((values.min() ?? 0)...(values.max() ?? 1))
    let style = self.ticks
    func label(_ axis: AxisTicks, _ value: Double) -> String {
      switch style {
      case .number: axis.label(value)
      case .percent:
        NumberFormat.fixed(value * 100, decimals: max(axis.decimals - 2, 0)) + " %"
      }
    }
    let ticks = ChartCanvas.horizontalTicks(
      covering: covering, length: plotRight - plotLeft, label: label)
    let lower = domain?.lowerBound ?? ticks.lower
    let upper = domain?.upperBound ?? ticks.upper
    let xScale = LinearScale(domain: lower...upper, range: (plotLeft, plotRight))
    let tickValues = ticks.values.filter { $0 >= lower - 1e-9 && $0 <= upper + 1e-9 }

    var children: [SVGElement] = []
    let heading = ChartCanvas.title(title, width: width)
    children += heading.elements
    let entries = seriesNames.enumerated().map { index, name in
      ChartCanvas.LegendEntry(
        label: name, swatch: .line(color: ChartPalette.color(index), dash: "", shape: nil))
    }
    let legend = ChartCanvas.legend(
      entries, x: plotLeft, y: heading.bottom, width: width - plotLeft - ChartCanvas.margin)
    children.append(legend.element)
    let plotTop = legend.bottom
    var top = plotTop
    var stripes: [SVGElement] = []
    var marks: [SVGElement] = []
    let series = max(seriesNames.count, 1)
    for (index, row) in rows.enumerated() {
      if index % 2 == 0 {
        stripes.append(ChartCanvas.stripe(top: top, height: rowHeight, width: width))
      }
      let middle = top + rowHeight / 2
      marks.append(
        ChartCanvas.text(
          ChartCanvas.fitted(row.label, width: labelWidth, fontSize: font),
          x: ChartCanvas.margin + 4, y: middle + font * 0.35))
      if let note = row.note {
        marks.append(
          ChartCanvas.text(
            ChartCanvas.fitted(note, width: noteWidth, fontSize: font),
            x: width - ChartCanvas.margin - 4, y: middle + font * 0.35, anchor: "end"))
      }
      for (seriesIndex, move) in row.moves.enumerated() {
        guard let move, move.from.isFinite, move.to.isFinite else { continue }
        // Series side by side within the row, so arrows on the same values stay apart.
        let offset = (Double(seriesIndex) - Double(series - 1) / 2) * min(8, rowHeight / 3)
        marks += arrow(
          from: xScale(move.from), to: xScale(move.to), y: middle + offset,
          color: ChartPalette.color(seriesIndex))
      }
      top += rowHeight
    }
    let plotBottom = top
    children += stripes
    let axis = ChartCanvas.horizontalAxis(
      values: tickValues, label: { label(ticks, $0) }, scale: xScale,
      y: plotBottom, gridTop: plotTop, title: valueTitle)
    children += axis.elements
    children += marks
    return ChartCanvas.document(
      width: width, height: axis.bottom + ChartCanvas.margin, title: title, summary: summary,
      children: children)
  }

  /// A hollow dot at `from`, a line to `to` and a filled head there (pointing the way of
  /// the move; a dot alone when there is no visible move).
  private func arrow(from: Double, to: Double, y: Double, color: String) -> [SVGElement] {
    var elements: [SVGElement] = []
    let length = to - from
    let head = 7.0
    if abs(length) > head {
      let direction: Double = length > 0 ? 1 : -1
      elements.append(
        ChartCanvas.line(x1: from, y1: y, x2: to - direction * head, y2: y, color: color, width: 2))
      var path = SVGPath()
      path.move(toX: to, y: y)
      path.line(toX: to - direction * head, y: y - 4)
      path.line(toX: to - direction * head, y: y + 4)
      path.close()
      elements.append(SVGElement("path", ["d": .text(path.data), "fill": .text(color)]))
    }
    elements.append(
      SVGElement(
        "circle",
        [
          "cx": .number(from), "cy": .number(y), "r": 3.5, "fill": "#ffffff",
          "stroke": .text(color), "stroke-width": 1.5,
        ]))
    if abs(length) <= head {
      elements.append(
        SVGElement("circle", ["cx": .number(to), "cy": .number(y), "r": 2, "fill": .text(color)]))
    }
    return elements
  }
}
