/// An SVG chart of several probability distributions over whole-number outcomes (such as
/// the number of yes votes under each scenario), with a marked threshold.
///
/// Two layouts: ``Layout/smallMultiples`` draws one bar panel per series, stacked on a
/// shared x axis and a shared y scale so heights compare across panels;
/// ``Layout/overlaid`` draws every series as a step line in one plot, told apart by colour
/// and dash. The marker is a dashed vertical line at the left edge of its outcome's bar
/// (so everything right of it is "at least" the outcome), labelled at the top; in small
/// multiples the bars left of it are drawn paler. In small multiples a series may carry its
/// own marker instead (``Series/marker``), drawn across its panel only.
public struct HistogramChart: Sendable, Hashable {
  /// One distribution.
  public struct Series: Sendable, Hashable {
    /// The name shown over its panel or in the legend.
    public var name: String
    /// `mass[i]` is the probability of outcome `origin + i`.
    public var mass: [Double]
    /// The outcome of `mass[0]`.
    public var origin: Int
    /// A short note shown at the right of the panel (small multiples only), such as
    /// `P(adopted) 97.3 %`.
    public var note: String?
    /// An outcome marked in this series' own panel only (small multiples; ignored when
    /// overlaid), for thresholds that differ between series: a dashed line across the
    /// panel, bars left of it paler. Unlabelled: say what it is in ``note``.
    public var marker: Int?

    /// A series named `name` with probability mass `mass` starting at outcome `origin`.
    public init(
      name: String, mass: [Double], origin: Int = 0, note: String? = nil, marker: Int? = nil
    ) {
      self.name = name
      self.mass = mass
      self.origin = origin
      self.note = note
      self.marker = marker
    }

    func probability(of outcome: Int) -> Double {
      let index = outcome - origin
      guard mass.indices.contains(index), mass[index].isFinite else { return 0 }
      return max(mass[index], 0)
    }
  }

  /// A marked outcome, such as the number of yes votes adoption needs.
  public struct Marker: Sendable, Hashable {
    /// The first outcome at or beyond the line.
    public var outcome: Int
    /// The text next to the line, such as `adoption needs 97`.
    public var label: String

    /// A marker at `outcome` labelled `label`.
    public init(outcome: Int, label: String) {
      self.outcome = outcome
      self.label = label
    }
  }

  /// How the series are arranged.
  public enum Layout: Sendable, Hashable {
    /// One bar panel per series, stacked.
    case smallMultiples
    /// All series as step lines in one plot.
    case overlaid
  }

  /// The visible title, also the accessible name.
  public var title: String
  /// A sentence or two for screen readers (`<desc>`), such as the key figures.
  public var summary: String?
  /// The distributions, in drawing order.
  public var series: [Series]
  /// The marked threshold, if any.
  public var marker: Marker?
  /// The x axis title, such as `Yes votes`.
  public var xTitle: String
  /// The y axis title.
  public var yTitle: String
  /// How the series are arranged.
  public var layout: Layout
  /// The outcomes drawn; nil shows all but 0.1 % of each distribution's mass, widened to
  /// the marker.
  public var range: ClosedRange<Int>?
  /// The width in pixels (the page may scale the chart).
  public var width: Double
  /// The plot height of each small-multiple panel, or of the overlaid plot, in pixels.
  public var plotHeight: Double

  /// A chart of `series` titled `title`.
  public init(
    title: String, summary: String? = nil, series: [Series], marker: Marker? = nil,
    xTitle: String, yTitle: String = "Probability", layout: Layout = .smallMultiples,
    range: ClosedRange<Int>? = nil, width: Double = 720, plotHeight: Double? = nil
  ) {
    self.title = title
    self.summary = summary
    self.series = series
    self.marker = marker
    self.xTitle = xTitle
    self.yTitle = yTitle
    self.layout = layout
    self.range = range
    self.width = width
    self.plotHeight = plotHeight ?? (layout == .smallMultiples ? 70 : 240)
  }

  /// The outcomes drawn: ``range``, or the automatic range (which also holds every
  /// series' own marker in small multiples).
  public var visibleRange: ClosedRange<Int> {
    if let range { return range }
    var lower = marker?.outcome
    var upper = marker?.outcome
    if layout == .smallMultiples {
      for outcome in series.compactMap(\.marker) {
        lower = min(lower ?? outcome, outcome)
        upper = max(upper ?? outcome, outcome)
      }
    }
    for item in series where item.mass.contains(where: { $0 > 0 }) {
      let part = DistributionRange.visible(masses: [item.mass], origin: item.origin)
      lower = min(lower ?? part.lowerBound, part.lowerBound)
      upper = max(upper ?? part.upperBound, part.upperBound)
    }
    let low = lower ?? 0
    return low...max(upper ?? low + 1, low)
  }

  /// The chart as an SVG document fragment (an `<svg>` element). Complexity: O(series ×
  /// outcomes drawn).
  public func render() -> String {
    element().render()
  }

  func element() -> SVGElement {
    let outcomes = visibleRange
    let peak = series.flatMap { item in outcomes.map(item.probability(of:)) }.max() ?? 0
    let yTicks = AxisTicks(covering: 0...max(peak, 1e-9), targetCount: 4)
    // Short panels keep the fine scale (so bars fill them) but label only every other or
    // third tick, keeping labels at least 24 px apart.
    let tickSpacing = plotHeight / Double(max(yTicks.values.count - 1, 1))
    let labelStride = max(Int((24 / tickSpacing).rounded(.up)), 1)
    let yValues = yTicks.values.enumerated().filter { $0.offset % labelStride == 0 }.map(\.element)
    let yLabel = { (value: Double) in
      NumberFormat.fixed(value * 100, decimals: max(yTicks.decimals - 2, 0)) + " %"
    }
    let yLabelWidth = ChartCanvas.widestTickLabel(yValues.map(yLabel))
    let plotLeft = ChartCanvas.margin + 20 + yLabelWidth + 8
    let plotRight = width - ChartCanvas.margin - 8
    let xScale = LinearScale(
      domain: (Double(outcomes.lowerBound) - 0.5)...(Double(outcomes.upperBound) + 0.5),
      range: (plotLeft, plotRight))

    var children: [SVGElement] = []
    let heading = ChartCanvas.title(title, width: width)
    children += heading.elements
    var top = heading.bottom
    if layout == .overlaid, series.count > 1 {
      let legend = ChartCanvas.legend(
        series.indices.map { index in
          .init(
            label: series[index].name,
            swatch: .line(
              color: ChartPalette.color(index), dash: ChartPalette.dash(index), shape: nil))
        }, x: plotLeft, y: top, width: plotRight - plotLeft)
      children.append(legend.element)
      top = legend.bottom
    }
    let markerLabelY = top + ChartCanvas.fontSize
    if marker != nil { top += ChartCanvas.fontSize + 8 }
    let plotTop = top

    let panels = layout == .smallMultiples ? series.indices.map { [$0] } : [Array(series.indices)]
    let headerHeight = layout == .smallMultiples ? 20.0 : 0
    let panelGap = 12.0
    for (panelIndex, members) in panels.enumerated() {
      let panelTop = top + headerHeight
      let base = panelTop + plotHeight
      let yScale = LinearScale(domain: 0...yTicks.upper, range: (base, panelTop))
      if layout == .smallMultiples, let index = members.first {
        children += panelHeader(
          series[index], index: index, y: top + 13, left: plotLeft, right: plotRight)
      }
      children += ChartCanvas.verticalAxis(
        values: yValues, label: yLabel, scale: yScale, x: plotLeft, gridRight: plotRight)
      for index in members {
        children +=
          layout == .smallMultiples
          ? bars(series[index], index: index, outcomes: outcomes, x: xScale, y: yScale)
          : [stepLine(series[index], index: index, outcomes: outcomes, x: xScale, y: yScale)]
      }
      if layout == .smallMultiples, let index = members.first,
        let outcome = series[index].marker, outcomes.contains(outcome)
      {
        let x = xScale(Double(outcome) - 0.5)
        children.append(
          ChartCanvas.line(
            x1: x, y1: panelTop - 2, x2: x, y2: base, color: ChartPalette.ink, width: 1.25,
            dash: "4 3"))
      }
      children.append(
        ChartCanvas.line(
          x1: plotLeft, y1: base, x2: plotRight, y2: base, color: ChartPalette.axis))
      top = base + (panelIndex == panels.count - 1 ? 0 : panelGap)
    }
    let plotBottom = top

    let xTicks = ChartCanvas.horizontalTicks(
      covering: Double(outcomes.lowerBound)...Double(outcomes.upperBound),
      length: plotRight - plotLeft, span: Double(outcomes.count), integerSteps: true)
    let xValues = xTicks.values.filter { outcomes.contains(Int($0)) }
    let axis = ChartCanvas.horizontalAxis(
      values: xValues, label: xTicks.label, scale: xScale, y: plotBottom, gridTop: nil,
      title: xTitle)
    children += axis.elements
    children.append(
      ChartCanvas.verticalTitle(
        yTitle, x: ChartCanvas.margin + 8, centerY: (plotTop + plotBottom) / 2))
    if let marker, outcomes.contains(marker.outcome) {
      children += markerElements(
        marker, x: xScale(Double(marker.outcome) - 0.5), labelY: markerLabelY,
        lineTop: markerLabelY + 4, lineBottom: plotBottom, right: width - ChartCanvas.margin)
    }
    return ChartCanvas.document(
      width: width, height: axis.bottom + ChartCanvas.margin, title: title, summary: summary,
      children: children)
  }

  private func panelHeader(
    _ item: Series, index: Int, y: Double, left: Double, right: Double
  ) -> [SVGElement] {
    let noteWidth = item.note.map { TextMetrics.width(of: $0, fontSize: ChartCanvas.fontSize) }
    let nameSpace = right - left - 16 - (noteWidth.map { $0 + 16 } ?? 0)
    var elements = [
      SVGElement(
        "rect",
        [
          "x": .number(left), "y": .number(y - 10), "width": 11, "height": 11,
          "fill": .text(ChartPalette.color(index)),
        ]),
      ChartCanvas.text(
        ChartCanvas.fitted(item.name, width: nameSpace, fontSize: ChartCanvas.fontSize),
        x: left + 16, y: y, weight: "bold"),
    ]
    if let note = item.note {
      elements.append(
        ChartCanvas.text(note, x: right, y: y, anchor: "end", fill: ChartPalette.muted))
    }
    return elements
  }

  /// All bars of one series as one or two paths (paler left of its own marker, else the
  /// chart's).
  private func bars(
    _ item: Series, index: Int, outcomes: ClosedRange<Int>, x: LinearScale, y: LinearScale
  ) -> [SVGElement] {
    let step = abs(x(1) - x(0))
    let inset = step >= 4 ? step * 0.12 : 0
    // Index 0 holds the bars left of the marker, 1 the rest.
    var paths = [SVGPath(), SVGPath()]
    for outcome in outcomes {
      let probability = item.probability(of: outcome)
      guard probability > 0 else { continue }
      let isBelow = (item.marker ?? marker?.outcome).map { outcome < $0 } ?? false
      paths[isBelow ? 0 : 1].addRectangle(
        left: x(Double(outcome) - 0.5) + inset, top: min(y(probability), y(0) - 0.5),
        right: x(Double(outcome) + 0.5) - inset, bottom: y(0))
    }
    let color = ChartPalette.color(index)
    var elements: [SVGElement] = []
    if !paths[0].data.isEmpty {
      elements.append(
        SVGElement(
          "path", ["d": .text(paths[0].data), "fill": .text(color), "fill-opacity": 0.4]))
    }
    if !paths[1].data.isEmpty {
      elements.append(SVGElement("path", ["d": .text(paths[1].data), "fill": .text(color)]))
    }
    return elements
  }

  /// A series as the outline of its histogram.
  private func stepLine(
    _ item: Series, index: Int, outcomes: ClosedRange<Int>, x: LinearScale, y: LinearScale
  ) -> SVGElement {
    var path = SVGPath()
    path.move(toX: x(Double(outcomes.lowerBound) - 0.5), y: y(0))
    for outcome in outcomes {
      path.vertical(toY: y(item.probability(of: outcome)))
      path.horizontal(toX: x(Double(outcome) + 0.5))
    }
    path.vertical(toY: y(0))
    var element = SVGElement(
      "path",
      [
        "d": .text(path.data), "fill": "none", "stroke": .text(ChartPalette.color(index)),
        "stroke-width": 2, "stroke-linejoin": "round",
      ])
    let dash = ChartPalette.dash(index)
    if !dash.isEmpty { element.setAttribute("stroke-dasharray", .text(dash)) }
    return element
  }

  private func markerElements(
    _ marker: Marker, x: Double, labelY: Double, lineTop: Double, lineBottom: Double,
    right: Double
  ) -> [SVGElement] {
    let labelWidth = TextMetrics.width(of: marker.label, fontSize: ChartCanvas.fontSize)
    let fitsRight = x + 4 + labelWidth <= right
    return [
      ChartCanvas.line(
        x1: x, y1: lineTop, x2: x, y2: lineBottom, color: ChartPalette.ink, width: 1.25,
        dash: "4 3"),
      ChartCanvas.text(
        marker.label, x: fitsRight ? x + 4 : x - 4, y: labelY,
        anchor: fitsRight ? "start" : "end", weight: "bold"),
    ]
  }
}
