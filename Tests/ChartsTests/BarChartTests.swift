import ChartTesting
import Charts
import Testing

@Suite struct BarChartTests {
  private let chart = BarChart(
    title: "Expected yes votes by regional group",
    summary: "Two scenarios.",
    seriesNames: ["Baseline", "With the United States"],
    categories: [
      .init(name: "African", bars: [.init(24.4, interval: 22.3...26.1), .init(26.8)]),
      .init(
        name: "Latin American and Caribbean",
        bars: [.init(22.4, interval: 20.3...24.1), .init(24.8, label: "24.8 (+2.4)")]),
      .init(name: "Côte d’Ivoire <&>", bars: [nil, .init(12)]),
    ],
    valueTitle: "Expected yes votes")

  @Test(arguments: [720.0, 400.0])
  func chartIsWellFormedAndLabelled(width: Double) {
    var chart = chart
    chart.width = width
    let parsed = expectWellFormedChart(chart.render(), title: chart.title)
    let texts = parsed.texts
    #expect(texts.contains("African"))
    #expect(texts.contains("Baseline"))
    #expect(texts.contains("With the United States"))
    #expect(texts.contains("24.4"))
    #expect(texts.contains("24.8 (+2.4)"))
    #expect(texts.contains("12.0"))
    #expect(texts.contains("Expected yes votes"))
    #expect(texts.contains { $0.hasPrefix("Côte d’Ivoire") || $0.hasPrefix("Côte") })
  }

  private func bars(_ parsed: ParsedXML) -> [(x: Double, width: Double, fill: String)] {
    parsed.all("rect").filter { $0.attributes["height"] == "14" }.map {
      (
        Double($0.attributes["x"] ?? "") ?? .nan, Double($0.attributes["width"] ?? "") ?? .nan,
        $0.attributes["fill"] ?? ""
      )
    }
  }

  @Test func barLengthsAreProportionalToValues() {
    let drawn = bars(ParsedXML(chart.render()))
    #expect(drawn.count == 5)  // the missing bar is not drawn
    let first = drawn[0]
    let third = drawn[2]
    #expect(abs(first.width / third.width - 24.4 / 22.4) < 0.01)
    #expect(Set(drawn.map(\.x)).count == 1)  // all start at zero
    #expect(drawn[0].fill == ChartPalette.color(0) && drawn[1].fill == ChartPalette.color(1))
  }

  @Test func intervalsGetAWhiskerWithCaps() {
    let parsed = ParsedXML(chart.render())
    let whiskers = parsed.all("line").filter { $0.attributes["stroke-width"] == "1.25" }
    #expect(whiskers.count == 6)  // two intervals, three lines each
  }

  @Test func negativeValuesExtendLeftOfZero() throws {
    let chart = BarChart(
      title: "Differences", seriesNames: ["Change"],
      categories: [.init(name: "Up", bars: [.init(4)]), .init(name: "Down", bars: [.init(-2)])],
      valueTitle: "Difference")
    let parsed = expectWellFormedChart(chart.render(), title: "Differences")
    let drawn = bars(parsed)
    let up = drawn[0]
    let down = drawn[1]
    #expect(abs(down.x + down.width - up.x) < 0.01)
    #expect(abs(up.width / down.width - 2) < 0.01)
    #expect(parsed.texts.contains("\u{2212}2.0"))
  }
}
