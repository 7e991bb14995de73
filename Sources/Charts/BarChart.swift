/// A grouped horizontal bar chart in SVG: one group of bars per category (such as a
/// regional group), one bar per series (such as a scenario), each with a value label and
/// an optional interval whisker.
///
/// Bars start at zero, so negative values extend left. Category names sit left of their
/// group, and a legend above names the series when there is more than one.
public struct BarChart: Sendable, Hashable {
  /// One bar.
  public struct Bar: Sendable, Hashable {
    /// The bar's length in data units.
    public var value: Double
    /// An interval drawn as a whisker across the bar's end, such as a 90 % interval.
    public var interval: ClosedRange<Double>?
    /// The text at the bar's end; nil writes `value` with the chart's decimals.
    public var label: String?

    /// A bar of `value`, with an optional whisker and label.
    public init(_ value: Double, interval: ClosedRange<Double>? = nil, label: String? = nil) {
      self.value = value
      self.interval = interval
      self.label = label
    }
  }

  /// One category: its name and one bar per series (nil where a series has no value).
  public struct Category: Sendable, Hashable {
    /// The name left of the group.
    public var name: String
    /// The bars, in series order.
    public var bars: [Bar?]

    /// A category named `name` with `bars` in series order.
    public init(name: String, bars: [Bar?]) {
      self.name = name
      self.bars = bars
    }
  }

  /// The visible title, also the accessible name.
  public var title: String
  /// A sentence or two for screen readers (`<desc>`).
  public var summary: String?
  /// The series names, in bar order within each group.
  public var seriesNames: [String]
  /// The categories, top to bottom.
  public var categories: [Category]
  /// The value axis title, such as `Expected yes votes`.
  public var valueTitle: String
  /// Decimals of the default value labels.
  public var decimals: Int
  /// The width in pixels (the page may scale the chart).
  public var width: Double
  /// The thickness of one bar in pixels.
  public var barHeight: Double

  /// A chart of `categories` × `seriesNames`.
  public init(
    title: String, summary: String? = nil, seriesNames: [String], categories: [Category],
    valueTitle: String, decimals: Int = 1, width: Double = 720, barHeight: Double = 14
  ) {
    self.title = title
    self.summary = summary
    self.seriesNames = seriesNames
    self.categories = categories
    self.valueTitle = valueTitle
    self.decimals = decimals
    self.width = width
    self.barHeight = barHeight
  }

  /// The chart as an SVG document fragment (an `<svg>` element). Complexity: O(bars).
  public func render() -> String {
    element().render()
  }

  func element() -> SVGElement {
    let seriesCount = max(seriesNames.count, categories.map(\.bars.count).max() ?? 0, 1)
    let allBars = categories.flatMap { $0.bars.compactMap { $0 } }
    let finite = allBars.flatMap { bar in
      [bar.value, bar.interval?.lowerBound, bar.interval?.upperBound].compactMap { $0 }
    }.filter(\.isFinite)
    let labels = allBars.map(label)
    let labelWidth =
      labels.map { TextMetrics.width(of: $0, fontSize: ChartCanvas.fontSize) }
      .max() ?? 0
    let hasNegative = finite.contains { $0 < 0 }
    let nameWidth = min(
      categories.map { TextMetrics.width(of: $0.name, fontSize: ChartCanvas.fontSize) }.max()
        ?? 0, width * 0.35)
    let plotLeft = ChartCanvas.margin + nameWidth + 10 + (hasNegative ? labelWidth + 6 : 0)
    let plotRight = width - ChartCanvas.margin - labelWidth - 8
    let ticks = ChartCanvas.horizontalTicks(
      covering: min(finite.min() ?? 0, 0)...max(finite.max() ?? 1, 0),
      length: plotRight - plotLeft)
    let xScale = LinearScale(domain: ticks.lower...ticks.upper, range: (plotLeft, plotRight))

    var children: [SVGElement] = []
    let heading = ChartCanvas.title(title, width: width)
    children += heading.elements
    var top = heading.bottom
    if seriesNames.count > 1 {
      let legend = ChartCanvas.legend(
        seriesNames.indices.map {
          .init(label: seriesNames[$0], swatch: .box(color: ChartPalette.color($0)))
        }, x: plotLeft, y: top, width: width - plotLeft - ChartCanvas.margin)
      children.append(legend.element)
      top = legend.bottom
    }
    top += 4
    let plotTop = top
    let barGap = 2.0
    let groupHeight = Double(seriesCount) * barHeight + Double(seriesCount - 1) * barGap
    let groupGap = max(barHeight * 0.9, 10)
    var groupElements: [SVGElement] = []
    for category in categories {
      let name = ChartCanvas.fitted(
        category.name, width: nameWidth, fontSize: ChartCanvas.fontSize)
      groupElements.append(
        ChartCanvas.text(
          name, x: ChartCanvas.margin + nameWidth,
          y: top + groupHeight / 2 + ChartCanvas.fontSize * 0.35, anchor: "end"))
      for (index, bar) in category.bars.enumerated() {
        guard let bar, bar.value.isFinite else { continue }
        let y = top + Double(index) * (barHeight + barGap)
        groupElements += barElements(bar, index: index, y: y, scale: xScale)
      }
      top += groupHeight + groupGap
    }
    let plotBottom = top - groupGap + 6
    let axis = ChartCanvas.horizontalAxis(
      values: ticks.values, label: ticks.label, scale: xScale, y: plotBottom, gridTop: plotTop,
      title: valueTitle)
    children += axis.elements
    children += groupElements
    if ticks.lower < 0 {
      children.append(
        ChartCanvas.line(
          x1: xScale(0), y1: plotTop, x2: xScale(0), y2: plotBottom, color: ChartPalette.axis))
    }
    return ChartCanvas.document(
      width: width, height: axis.bottom + ChartCanvas.margin, title: title, summary: summary,
      children: children)
  }

  private func label(_ bar: Bar) -> String {
    bar.label ?? NumberFormat.fixed(bar.value, decimals: decimals)
  }

  private func barElements(_ bar: Bar, index: Int, y: Double, scale: LinearScale)
    -> [SVGElement]
  {
    let zero = scale(0)
    let end = scale(bar.value)
    var elements = [
      SVGElement(
        "rect",
        [
          "x": .number(min(zero, end)), "y": .number(y), "width": .number(abs(end - zero)),
          "height": .number(barHeight), "fill": .text(ChartPalette.color(index)),
        ])
    ]
    let middle = y + barHeight / 2
    var labelAnchor = end
    if let interval = bar.interval, interval.lowerBound.isFinite, interval.upperBound.isFinite {
      let low = scale(interval.lowerBound)
      let high = scale(interval.upperBound)
      let cap = barHeight * 0.35
      elements += [
        ChartCanvas.line(
          x1: low, y1: middle, x2: high, y2: middle, color: ChartPalette.ink, width: 1.25),
        ChartCanvas.line(
          x1: low, y1: middle - cap, x2: low, y2: middle + cap, color: ChartPalette.ink,
          width: 1.25),
        ChartCanvas.line(
          x1: high, y1: middle - cap, x2: high, y2: middle + cap, color: ChartPalette.ink,
          width: 1.25),
      ]
      labelAnchor = bar.value < 0 ? min(end, low) : max(end, high)
    }
    let isNegative = bar.value < 0
    elements.append(
      ChartCanvas.text(
        label(bar), x: labelAnchor + (isNegative ? -5 : 5),
        y: middle + ChartCanvas.fontSize * 0.35, anchor: isNegative ? "end" : "start"))
    return elements
  }
}
