/// An SVG line chart: several series over a numeric x axis (such as alignment over years),
/// told apart by colour, dash pattern and point shape, with a legend above.
///
/// A point with a non-finite y breaks its line, so a gap in the data shows as a gap.
public struct LineChart: Sendable, Hashable {
  /// One (x, y) observation.
  public struct Point: Sendable, Hashable {
    /// The horizontal position in data units.
    public var x: Double
    /// The vertical position in data units; NaN marks a gap.
    public var y: Double

    /// The point (x, y).
    public init(x: Double, y: Double) {
      self.x = x
      self.y = y
    }
  }

  /// One line.
  public struct Series: Sendable, Hashable {
    /// The name in the legend.
    public var name: String
    /// The points, drawn in the order given.
    public var points: [Point]

    /// A series named `name` through `points`.
    public init(name: String, points: [Point]) {
      self.name = name
      self.points = points
    }
  }

  /// The visible title, also the accessible name.
  public var title: String
  /// A sentence or two for screen readers (`<desc>`).
  public var summary: String?
  /// The lines, in drawing order.
  public var series: [Series]
  /// The x axis title, such as `Year`.
  public var xTitle: String
  /// The y axis title, such as `Agreement with the United States`.
  public var yTitle: String
  /// The y range to show; nil fits the data (and zero, when ``includesZero``).
  public var yRange: ClosedRange<Double>?
  /// Whether the automatic y range must include zero.
  public var includesZero: Bool
  /// Whether x ticks fall on whole numbers only (years, sessions).
  public var integerX: Bool
  /// Whether each point is drawn as a shape; ignored past 60 points per series.
  public var showsPoints: Bool
  /// The width in pixels (the page may scale the chart).
  public var width: Double
  /// The plot area's height in pixels.
  public var plotHeight: Double

  /// A chart of `series` titled `title`.
  public init(
    title: String, summary: String? = nil, series: [Series], xTitle: String, yTitle: String,
    yRange: ClosedRange<Double>? = nil, includesZero: Bool = false, integerX: Bool = true,
    showsPoints: Bool = true, width: Double = 720, plotHeight: Double = 240
  ) {
    self.title = title
    self.summary = summary
    self.series = series
    self.xTitle = xTitle
    self.yTitle = yTitle
    self.yRange = yRange
    self.includesZero = includesZero
    self.integerX = integerX
    self.showsPoints = showsPoints
    self.width = width
    self.plotHeight = plotHeight
  }

  /// The chart as an SVG document fragment (an `<svg>` element). Complexity: O(points).
  public func render() -> String {
    element().render()
  }

  func element() -> SVGElement {
    let points = series.flatMap(\.points).filter { $0.x.isFinite && $0.y.isFinite }
    let xs = points.map(\.x)
    var ys = points.map(\.y)
    if includesZero { ys.append(0) }
    let yData = yRange ?? ((ys.min() ?? 0)...(ys.max() ?? 1))
    let yTicks = AxisTicks(covering: yData, targetCount: 5)
    let yDomain = yRange ?? yTicks.lower...yTicks.upper
    let yValues = yTicks.values.filter { yDomain.contains($0) }
    let xData = (xs.min() ?? 0)...(xs.max() ?? 1)

    let yLabelWidth = ChartCanvas.widestTickLabel(yValues.map(yTicks.label))
    let plotLeft = ChartCanvas.margin + 20 + yLabelWidth + 8
    let plotRight = width - ChartCanvas.margin - 12
    let xTicks = ChartCanvas.horizontalTicks(
      covering: xData, length: plotRight - plotLeft,
      span: xData.upperBound > xData.lowerBound ? xData.upperBound - xData.lowerBound : nil,
      integerSteps: integerX)
    // Lines span exactly the data; ticks outside it would stand beyond the lines' ends.
    let xDomain = xData.upperBound > xData.lowerBound ? xData : xTicks.lower...xTicks.upper
    let xValues = xTicks.values.filter { xDomain.contains($0) }
    let xScale = LinearScale(domain: xDomain, range: (plotLeft, plotRight))

    var children: [SVGElement] = []
    let heading = ChartCanvas.title(title, width: width)
    children += heading.elements
    var top = heading.bottom
    let drawsPoints = showsPoints && series.allSatisfy { $0.points.count <= 60 }
    if series.count > 1 || !series.isEmpty && !series[0].name.isEmpty {
      let legend = ChartCanvas.legend(
        series.indices.map { index in
          .init(
            label: series[index].name,
            swatch: .line(
              color: ChartPalette.color(index), dash: ChartPalette.dash(index),
              shape: drawsPoints ? index : nil))
        }, x: plotLeft, y: top, width: plotRight - plotLeft)
      children.append(legend.element)
      top = legend.bottom
    }
    let plotTop = top + 6
    let plotBottom = plotTop + plotHeight
    let yScale = LinearScale(domain: yDomain, range: (plotBottom, plotTop))
    children += ChartCanvas.verticalAxis(
      values: yValues, label: yTicks.label, scale: yScale, x: plotLeft, gridRight: plotRight)
    if yDomain.lowerBound < 0, yDomain.upperBound > 0 {
      children.append(
        ChartCanvas.line(
          x1: plotLeft, y1: yScale(0), x2: plotRight, y2: yScale(0), color: ChartPalette.axis))
    }
    let axis = ChartCanvas.horizontalAxis(
      values: xValues, label: xTicks.label, scale: xScale, y: plotBottom, gridTop: nil,
      title: xTitle)
    children += axis.elements
    children.append(
      ChartCanvas.verticalTitle(
        yTitle, x: ChartCanvas.margin + 8, centerY: (plotTop + plotBottom) / 2))
    for (index, item) in series.enumerated() {
      children += lineElements(item, index: index, x: xScale, y: yScale, drawsPoints: drawsPoints)
    }
    return ChartCanvas.document(
      width: width, height: axis.bottom + ChartCanvas.margin, title: title, summary: summary,
      children: children)
  }

  private func lineElements(
    _ item: Series, index: Int, x: LinearScale, y: LinearScale, drawsPoints: Bool
  ) -> [SVGElement] {
    let color = ChartPalette.color(index)
    var path = SVGPath()
    var penDown = false
    var shapes: [SVGElement] = []
    for point in item.points {
      guard point.x.isFinite, point.y.isFinite else {
        penDown = false
        continue
      }
      let px = x(point.x)
      let py = y(min(max(point.y, y.domainStart), y.domainEnd))
      if penDown {
        path.line(toX: px, y: py)
      } else {
        path.move(toX: px, y: py)
        penDown = true
      }
      if drawsPoints { shapes.append(ChartCanvas.point(shape: index, x: px, y: py, color: color)) }
    }
    var line = SVGElement(
      "path",
      [
        "d": .text(path.data), "fill": "none", "stroke": .text(color), "stroke-width": 2,
        "stroke-linejoin": "round", "stroke-linecap": "round",
      ])
    let dash = ChartPalette.dash(index)
    if !dash.isEmpty { line.setAttribute("stroke-dasharray", .text(dash)) }
    return (path.data.isEmpty ? [] : [line]) + shapes
  }
}
