import ChartTesting
import Charts
import Testing

@Suite struct IntervalChartTests {
  private let chart = IntervalChart(
    title: "Change in expected yes votes",
    rows: [
      .init(label: "United States co-sponsors", estimate: 10.8, interval: 8.1...13.4),
      .init(label: "United States neutral", estimate: -2.4, interval: -4.0...(-0.9)),
      .init(label: "United States opposes", estimate: -14.8, interval: -18.2...(-11.5)),
      .init(
        label: "Côte d’Ivoire <&>", estimate: 0.4, interval: -0.6...1.5, valueLabel: "+0.4 ± 0.6"),
    ],
    valueTitle: "Difference in expected yes votes", reference: 0, referenceLabel: "no change")

  @Test(arguments: [720.0, 420.0])
  func chartIsWellFormedAndLabelled(width: Double) {
    var chart = chart
    chart.width = width
    let parsed = expectWellFormedChart(chart.render(), title: chart.title)
    let texts = parsed.texts
    #expect(texts.contains("10.8 (8.1 to 13.4)"))
    #expect(texts.contains("\u{2212}2.4 (\u{2212}4.0 to \u{2212}0.9)"))
    #expect(texts.contains("+0.4 ± 0.6"))
    #expect(texts.contains("no change"))
    #expect(texts.contains("estimate and 90 % interval"))
    #expect(texts.contains("Difference in expected yes votes"))
  }

  @Test func dotsAndIntervalsSitWhereTheEstimatesAre() throws {
    let parsed = ParsedXML(chart.render())
    // The legend's dot comes first.
    let dots = parsed.all("circle").dropFirst().compactMap { Double($0.attributes["cx"] ?? "") }
    #expect(dots.count == 4)
    #expect(dots[2] < dots[1] && dots[1] < dots[3] && dots[3] < dots[0])
    let reference = try #require(
      parsed.all("line").first { $0.attributes["stroke-dasharray"] == "4 3" })
    let zero = try #require(Double(reference.attributes["x1"] ?? ""))
    #expect(dots[1] < zero && dots[3] > zero)
    let intervals = parsed.all("line").filter { $0.attributes["stroke-width"] == "3" }
    #expect(intervals.count == 4)
    for (interval, dot) in zip(intervals, dots) {
      let low = try #require(Double(interval.attributes["x1"] ?? ""))
      let high = try #require(Double(interval.attributes["x2"] ?? ""))
      #expect(low <= dot && dot <= high)
    }
  }

  @Test func everyOtherRowIsStriped() {
    let stripes = ParsedXML(chart.render()).all("rect").filter {
      $0.attributes["fill"] == "#f3f3f3"
    }
    #expect(stripes.count == 2)
  }
}
