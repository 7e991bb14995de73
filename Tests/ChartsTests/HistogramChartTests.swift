import ChartTesting
import Charts
import Testing

@Suite struct HistogramChartTests {
  /// A discretised normal mass over 0…193 yes votes.
  static func mass(mean: Double, sd: Double) -> [Double] {
    let raw = (0...193).map { k -> Double in
      let z = (Double(k) - mean) / sd
      return 1 / (1 + z * z * z * z)  // heavy-tailed bump, no Foundation needed
    }
    let total = raw.reduce(0, +)
    return raw.map { $0 / total }
  }

  static let scenarios = [
    ("Baseline (as recorded)", 93.4), ("United States co-sponsors", 104.2),
    ("United States neutral", 91.0), ("United States opposes <& “quoted”>", 78.6),
  ]

  private func chart(layout: HistogramChart.Layout, width: Double = 720) -> HistogramChart {
    HistogramChart(
      title: "Yes votes on A/ES-11/L.10 by scenario",
      summary: "Adoption needs 97 yes votes.",
      series: Self.scenarios.map { name, mean in
        .init(name: name, mass: Self.mass(mean: mean, sd: 6), note: "P(adopted) 42.0 %")
      },
      marker: .init(outcome: 97, label: "adoption needs 97"), xTitle: "Yes votes",
      layout: layout, width: width)
  }

  @Test(arguments: [HistogramChart.Layout.smallMultiples, .overlaid], [720.0, 420.0])
  func chartsAreWellFormedAndLabelled(layout: HistogramChart.Layout, width: Double) {
    let chart = chart(layout: layout, width: width)
    let parsed = expectWellFormedChart(chart.render(), title: chart.title)
    let texts = parsed.texts
    for (name, _) in Self.scenarios {
      #expect(texts.contains { $0 == name || $0.hasSuffix("…") && name.hasPrefix($0.dropLast()) })
    }
    #expect(texts.contains("adoption needs 97"))
    #expect(texts.contains("Yes votes"))
    #expect(texts.contains("Probability"))
    #expect(parsed.all("desc").first?.text == "Adoption needs 97 yes votes.")
    #expect(chart.render() == chart.render())
  }

  @Test func barsLeftOfTheMarkerArePaleAndTheRestSolid() throws {
    let parsed = ParsedXML(chart(layout: .smallMultiples).render())
    let markerLine = try #require(
      parsed.all("line").first { $0.attributes["stroke-dasharray"] == "4 3" })
    let markerX = try #require(Double(markerLine.attributes["x1"] ?? ""))
    let barPaths = parsed.all("path").filter { $0.attributes["fill"] != "none" }
    let pale = barPaths.filter { $0.attributes["fill-opacity"] != nil }
    let solid = barPaths.filter { $0.attributes["fill-opacity"] == nil }
    #expect(pale.count == Self.scenarios.count)
    #expect(solid.count == Self.scenarios.count)
    for path in pale {
      let xs = pathCoordinates(path.attributes["d"] ?? "").xs
      #expect(xs.max()! <= markerX)
    }
    for path in solid {
      let xs = pathCoordinates(path.attributes["d"] ?? "").xs
      #expect(xs.min()! >= markerX)
    }
    // Each series keeps its palette colour.
    #expect(solid.map { $0.attributes["fill"] } == (0..<4).map { ChartPalette.color($0) })
  }

  @Test func overlaidSeriesAreStepLinesApartByColourAndDash() {
    let parsed = ParsedXML(chart(layout: .overlaid).render())
    let lines = parsed.all("path").filter { $0.attributes["fill"] == "none" }
    #expect(lines.count == Self.scenarios.count)
    #expect(Set(lines.compactMap { $0.attributes["stroke"] }).count == Self.scenarios.count)
    #expect(
      Set(lines.map { $0.attributes["stroke-dasharray"] ?? "" }).count == Self.scenarios.count)
  }

  @Test func theAutomaticRangeHoldsTheMassAndTheMarker() {
    let narrow = HistogramChart(
      title: "t", series: [.init(name: "a", mass: [0, 0, 0, 0.5, 0.5])],
      marker: .init(outcome: 1, label: "needs 1"), xTitle: "x")
    #expect(narrow.visibleRange == 1...4)
    let offset = HistogramChart(
      title: "t", series: [.init(name: "a", mass: [0.5, 0.5], origin: 40)], xTitle: "x")
    #expect(offset.visibleRange == 40...41)
    let chart = chart(layout: .smallMultiples)
    let range = chart.visibleRange
    #expect(range.contains(97))
    for series in chart.series {
      let inRange = range.map { series.mass[$0] }.reduce(0, +)
      #expect(inRange >= 0.99)
    }
  }

  @Test func anExplicitRangeLimitsTheBarsAndTicks() throws {
    var chart = chart(layout: .smallMultiples)
    chart.range = 90...100
    let parsed = expectWellFormedChart(chart.render(), title: chart.title)
    let tickLabels = parsed.all("text").filter { $0.attributes["text-anchor"] == "middle" }
      .compactMap { Int($0.text) }
    #expect(!tickLabels.isEmpty)
    #expect(tickLabels.allSatisfy { (90...100).contains($0) })
  }

  @Test func invalidMassesDrawNothingBadAndEmptyChartsStillRender() {
    let chart = HistogramChart(
      title: "Broken", series: [.init(name: "bad", mass: [.nan, -1, .infinity, 0.5, 0.5])],
      marker: .init(outcome: 3, label: "needs 3"), xTitle: "x")
    expectWellFormedChart(chart.render(), title: "Broken")
    let empty = HistogramChart(title: "Empty", series: [], xTitle: "x")
    expectWellFormedChart(empty.render(), title: "Empty")
  }

  /// Each series may mark its own threshold: a dashed line inside its panel only, with
  /// its bars paler left of it, and the automatic range widened to show it.
  @Test func seriesMarkersStayInTheirOwnPanels() throws {
    let outcomes = [97, 95, 99, 40]
    let chart = HistogramChart(
      title: "Yes votes by scenario",
      series: zip(Self.scenarios, outcomes).map { scenario, outcome in
        .init(
          name: scenario.0, mass: Self.mass(mean: scenario.1, sd: 3),
          note: "adoption line \(outcome)", marker: outcome)
      }, xTitle: "Yes votes")
    #expect(chart.visibleRange.lowerBound <= 40)
    let parsed = expectWellFormedChart(chart.render(), title: chart.title)
    let lines = parsed.all("line").filter { $0.attributes["stroke-dasharray"] == "4 3" }
    #expect(lines.count == outcomes.count)
    let xs = lines.compactMap { Double($0.attributes["x1"] ?? "") }
    let tops = lines.compactMap { Double($0.attributes["y1"] ?? "") }
    let bottoms = lines.compactMap { Double($0.attributes["y2"] ?? "") }
    // Panels stack downwards without overlapping.
    for index in 1..<lines.count { #expect(tops[index] > bottoms[index - 1]) }
    // Ordered as their outcomes: 97 and 99 right of 95, 40 far left.
    #expect(xs[2] > xs[0] && xs[0] > xs[1] && xs[1] > xs[3])
    let pale = parsed.all("path").filter { $0.attributes["fill-opacity"] != nil }
    let solid = parsed.all("path").filter {
      $0.attributes["fill-opacity"] == nil && $0.attributes["fill"] != "none"
    }
    #expect(pale.count == 3 && solid.count == 4)  // nothing of the last series is below 40
    for (index, path) in pale.enumerated() {
      #expect(pathCoordinates(path.attributes["d"] ?? "").xs.max()! <= xs[index])
    }
    for (index, path) in solid.enumerated() {
      #expect(pathCoordinates(path.attributes["d"] ?? "").xs.min()! >= xs[index])
    }
    // Overlaid, the series markers are ignored.
    var overlaid = chart
    overlaid.layout = .overlaid
    let drawn = ParsedXML(overlaid.render()).all("line")
    #expect(!drawn.contains { $0.attributes["stroke-dasharray"] == "4 3" })
    #expect(overlaid.visibleRange.lowerBound > 40)
  }
}
