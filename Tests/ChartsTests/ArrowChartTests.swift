import ChartTesting
import Charts
import Testing

@Suite struct ArrowChartTests {
  private let chart = ArrowChart(
    title: "Who moves: United States opposes",
    seriesNames: ["P(yes)", "P(no)"],
    rows: [
      .init(
        label: "Israel", moves: [.init(from: 0.41, to: 0.02), .init(from: 0.3, to: 0.95)],
        note: "\u{2212}39 pp yes"),
      .init(label: "Côte d’Ivoire <&>", moves: [.init(from: 0.6, to: 0.58), nil]),
    ],
    valueTitle: "Probability", domain: 0...1, ticks: .percent)

  @Test(arguments: [640.0, 380.0])
  func chartIsWellFormedAndLabelled(width: Double) {
    var chart = chart
    chart.width = width
    let parsed = expectWellFormedChart(chart.render(), title: chart.title)
    #expect(parsed.texts.contains("Israel"))
    #expect(parsed.texts.contains("\u{2212}39 pp yes"))
    #expect(parsed.texts.contains("100 %"))
    #expect(parsed.texts.contains("P(no)"))
  }

  /// Each move starts at a hollow dot at its `from` value; a long move ends in a head that
  /// points the way it goes.
  @Test func arrowsRunFromBeforeToAfter() throws {
    let parsed = ParsedXML(chart.render())
    let hollow = parsed.all("circle").filter { $0.attributes["fill"] == "#ffffff" }
    #expect(hollow.count == 3)
    let starts = hollow.compactMap { Double($0.attributes["cx"] ?? "") }
    // Israel's yes starts right of its no (0.41 > 0.3).
    #expect(starts[0] > starts[1])
    let heads = parsed.all("path")
    #expect(heads.count == 3)
    // The legend's two lines come first.
    let shafts = parsed.all("line").filter { $0.attributes["stroke-width"] == "2" }.dropFirst(2)
    let yesShaft = try #require(shafts.first)
    let x1 = try #require(Double(yesShaft.attributes["x1"] ?? ""))
    let x2 = try #require(Double(yesShaft.attributes["x2"] ?? ""))
    #expect(x2 < x1)
  }
}
