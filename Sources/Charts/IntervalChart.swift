/// An SVG "dot and interval" chart (a forest plot): one row per estimate, a dot at the
/// estimate and a line across its interval, the figures written at the right.
///
/// An optional reference line (such as zero for differences, or the baseline's value)
/// makes it easy to see which intervals exclude it. Rows are striped for reading across.
public struct IntervalChart: Sendable, Hashable {
  /// One estimate.
  public struct Row: Sendable, Hashable {
    /// The name left of the row.
    public var label: String
    /// The point estimate.
    public var estimate: Double
    /// The interval, such as a 90 % interval.
    public var interval: ClosedRange<Double>
    /// The text at the right; nil writes `estimate (lower to upper)` with the chart's
    /// decimals.
    public var valueLabel: String?

    /// A row `label` with `estimate` inside `interval`.
    public init(
      label: String, estimate: Double, interval: ClosedRange<Double>, valueLabel: String? = nil
    ) {
      self.label = label
      self.estimate = estimate
      self.interval = interval
      self.valueLabel = valueLabel
    }
  }

  /// The visible title, also the accessible name.
  public var title: String
  /// A sentence or two for screen readers (`<desc>`).
  public var summary: String?
  /// The rows, top to bottom.
  public var rows: [Row]
  /// The axis title, such as `Expected yes votes`.
  public var valueTitle: String
  /// What the interval is, for the legend: `90 % interval` by default.
  public var intervalName: String
  /// A vertical reference line, if any.
  public var reference: Double?
  /// The label of the reference line, such as `no change`.
  public var referenceLabel: String?
  /// Decimals of the default value labels and of nothing else.
  public var decimals: Int
  /// The width in pixels (the page may scale the chart).
  public var width: Double
  /// The height of one row in pixels.
  public var rowHeight: Double

  /// A chart of `rows` titled `title`.
  public init(
    title: String, summary: String? = nil, rows: [Row], valueTitle: String,
    intervalName: String = "90 % interval", reference: Double? = nil,
    referenceLabel: String? = nil, decimals: Int = 1, width: Double = 720,
    rowHeight: Double = 24
  ) {
    self.title = title
    self.summary = summary
    self.rows = rows
    self.valueTitle = valueTitle
    self.intervalName = intervalName
    self.reference = reference
    self.referenceLabel = referenceLabel
    self.decimals = decimals
    self.width = width
    self.rowHeight = rowHeight
  }

  /// The figures written right of `row`.
  public func valueText(_ row: Row) -> String {
    if let valueLabel = row.valueLabel { return valueLabel }
    let format = { NumberFormat.fixed($0, decimals: decimals) }
    return "\(format(row.estimate)) (\(format(row.interval.lowerBound)) to "
      + "\(format(row.interval.upperBound)))"
  }

  /// The chart as an SVG document fragment (an `<svg>` element). Complexity: O(rows).
  public func render() -> String {
    element().render()
  }

  func element() -> SVGElement {
    let values =
      rows.flatMap { [$0.estimate, $0.interval.lowerBound, $0.interval.upperBound] }
      .filter(\.isFinite) + (reference.map { [$0] } ?? [])
    let font = ChartCanvas.fontSize
    let labelWidth = min(
      rows.map { TextMetrics.width(of: $0.label, fontSize: font) }.max() ?? 0, width * 0.3)
    let valueWidth = rows.map { TextMetrics.width(of: valueText($0), fontSize: font) }.max() ?? 0
    let plotLeft = ChartCanvas.margin + labelWidth + 14
    let plotRight = width - ChartCanvas.margin - valueWidth - 18
    let ticks = ChartCanvas.horizontalTicks(
      covering: (values.min() ?? 0)...(values.max() ?? 1), length: plotRight - plotLeft)
    let xScale = LinearScale(domain: ticks.lower...ticks.upper, range: (plotLeft, plotRight))

    var children: [SVGElement] = []
    let heading = ChartCanvas.title(title, width: width)
    children += heading.elements
    let legend = ChartCanvas.legend(
      [.init(label: "estimate and \(intervalName)", swatch: .dotAndInterval(color: intervalColor))],
      x: plotLeft, y: heading.bottom, width: width - plotLeft - ChartCanvas.margin)
    children.append(legend.element)
    var top = legend.bottom
    if referenceLabel != nil { top += font + 4 }
    let plotTop = top
    var stripes: [SVGElement] = []
    var marks: [SVGElement] = []
    for (index, row) in rows.enumerated() {
      let middle = top + rowHeight / 2
      if index % 2 == 0 {
        stripes.append(ChartCanvas.stripe(top: top, height: rowHeight, width: width))
      }
      marks.append(
        ChartCanvas.text(
          ChartCanvas.fitted(row.label, width: labelWidth, fontSize: font),
          x: ChartCanvas.margin + 4, y: middle + font * 0.35))
      marks.append(
        ChartCanvas.text(
          valueText(row), x: width - ChartCanvas.margin - 4, y: middle + font * 0.35,
          anchor: "end"))
      marks += mark(row, middle: middle, scale: xScale)
      top += rowHeight
    }
    let plotBottom = top
    // Stripes first, then gridlines over them, then the marks on top.
    children += stripes
    let axis = ChartCanvas.horizontalAxis(
      values: ticks.values, label: ticks.label, scale: xScale, y: plotBottom, gridTop: plotTop,
      title: valueTitle)
    children += axis.elements
    if let reference {
      let x = xScale(reference)
      children.append(
        ChartCanvas.line(
          x1: x, y1: plotTop - 2, x2: x, y2: plotBottom, color: ChartPalette.ink, width: 1.25,
          dash: "4 3"))
      if let referenceLabel {
        children.append(
          ChartCanvas.text(
            referenceLabel, x: x, y: plotTop - 6, anchor: "middle", size: ChartCanvas.tickFontSize,
            fill: ChartPalette.muted))
      }
    }
    children += marks
    return ChartCanvas.document(
      width: width, height: axis.bottom + ChartCanvas.margin, title: title, summary: summary,
      children: children)
  }

  private var intervalColor: String { ChartPalette.color(0) }

  private func mark(_ row: Row, middle: Double, scale: LinearScale) -> [SVGElement] {
    var elements: [SVGElement] = []
    if row.interval.lowerBound.isFinite, row.interval.upperBound.isFinite {
      var line = ChartCanvas.line(
        x1: scale(row.interval.lowerBound), y1: middle, x2: scale(row.interval.upperBound),
        y2: middle, color: intervalColor, width: 3)
      line.setAttribute("stroke-linecap", "round")
      elements.append(line)
    }
    if row.estimate.isFinite {
      elements.append(
        SVGElement(
          "circle",
          [
            "cx": .number(scale(row.estimate)), "cy": .number(middle), "r": 4.5,
            "fill": .text(ChartPalette.ink), "stroke": "#ffffff", "stroke-width": 1.5,
          ]))
    }
    return elements
  }
}
