import ChartTesting
import Charts
import Testing

@Suite struct LineChartTests {
  private let chart = LineChart(
    title: "Agreement with the United States",
    series: [
      .init(
        name: "African Group",
        points: (2010...2024).map { .init(x: Double($0), y: 0.2 + 0.01 * Double($0 - 2010)) }),
      .init(
        name: "WEOG <&>",
        points: [
          .init(x: 2010, y: 0.7), .init(x: 2011, y: 0.75), .init(x: 2012, y: .nan),
          .init(x: 2013, y: 0.8), .init(x: 2014, y: 0.85),
        ]),
    ],
    xTitle: "Year", yTitle: "Share agreeing", yRange: 0...1)

  @Test(arguments: [720.0, 380.0])
  func chartIsWellFormedAndLabelled(width: Double) {
    var chart = chart
    chart.width = width
    let parsed = expectWellFormedChart(chart.render(), title: chart.title)
    let texts = parsed.texts
    #expect(texts.contains("African Group"))
    #expect(texts.contains("WEOG <&>"))
    #expect(texts.contains("Year"))
    #expect(texts.contains("Share agreeing"))
    #expect(texts.contains("2010"))  // years are never grouped as 2,010
    #expect(texts.contains("1.0"))
  }

  @Test func aMissingValueBreaksTheLine() {
    let parsed = ParsedXML(chart.render())
    let lines = parsed.all("path").filter { $0.attributes["fill"] == "none" }
    #expect(lines.count == 2)
    #expect(lines[0].attributes["d"]?.filter { $0 == "M" }.count == 1)
    #expect(lines[1].attributes["d"]?.filter { $0 == "M" }.count == 2)
    #expect(lines[1].attributes["stroke-dasharray"] == ChartPalette.dash(1))
  }

  @Test func pointsAreDrawnWithDistinctShapesUnlessThereAreMany() {
    let parsed = ParsedXML(chart.render())
    // Series 0 uses circles, series 1 squares; legend swatches add one of each.
    #expect(parsed.all("circle").count == 15 + 1)
    var dense = chart
    dense.series = [
      .init(name: "dense", points: (0..<100).map { .init(x: Double($0), y: Double($0 % 7)) })
    ]
    #expect(ParsedXML(dense.render()).all("circle").isEmpty)
  }

  @Test func theYRangeBoundsTheTicks() {
    let parsed = ParsedXML(chart.render())
    let yLabels = parsed.all("text").filter { $0.attributes["text-anchor"] == "end" }
      .compactMap { Double($0.text) }
    #expect(yLabels.min() == 0 && yLabels.max() == 1)
  }

  @Test func emptyChartStillRenders() {
    expectWellFormedChart(
      LineChart(title: "Empty", series: [], xTitle: "x", yTitle: "y").render(), title: "Empty")
  }
}
