import ChartTesting
import Charts
import Testing
import UNGAKit

@Suite struct ReportDocumentTests {
  private let chart = BarChart(
    title: "Yes votes", seriesNames: ["2014"],
    categories: [.init(name: "African", bars: [.init(28)])], valueTitle: "Yes votes")

  private var document: ReportDocument {
    ReportDocument(
      title: "Support for A/ES-11/L.10", kicker: "Scenario analysis",
      standfirst: "What **Washington** is worth",
      blocks: [
        .highlights(title: "Key findings", items: ["**93** yes votes", "a_b *c* [d]"]),
        .heading("Evidence"),
        .subheading("By group"),
        .paragraph("Côte d’Ivoire & <Türkiye> at 97.3 %"),
        .table(
          ReportDocument.Table(
            caption: "Votes", columns: [.init("State"), .init("Yes", isNumeric: true)],
            rows: [["Russia | USSR", "1"], ["*X*"]], htmlClass: "sources")),
        .figure(ReportDocument.Figure(name: "yes votes/1", svg: chart.render(), caption: "Yes")),
        .definitions([ReportDocument.Definition("Seed", "1")]),
        .code("swift run ukraine-2025 --trials 2000"),
        .bullets(["one", "two"]),
      ])
  }

  @Test func markdownKeepsEmphasisAndEscapesEverythingElse() {
    let markdown = document.markdown()
    let expected = """
      *Scenario analysis*

      # Support for A/ES-11/L.10

      What **Washington** is worth

      ## Key findings

      - **93** yes votes
      - a\\_b \\*c\\* \\[d\\]

      ## Evidence

      ### By group

      Côte d’Ivoire & \\<Türkiye\\> at 97.3 %

      **Votes**

      | State          | Yes |
      | :------------- | --: |
      | Russia \\| USSR |   1 |
      | &#42;X&#42;    |     |

      ![Yes](yes-votes-1.svg)

      *Yes*

      - **Seed**: 1

      ```
      swift run ukraine-2025 --trials 2000
      ```

      - one
      - two

      """
    #expect(markdown == expected)
  }

  @Test func htmlIsOneWellFormedPageWithTheSameContent() throws {
    let html = document.html()
    let parsed = ParsedXML(html)
    #expect(parsed.error == nil)
    #expect(parsed.all("title").first?.text == "Support for A/ES-11/L.10")
    #expect(parsed.all("h1").first?.text == "Support for A/ES-11/L.10")
    #expect(parsed.all("strong").map(\.text) == ["Washington", "93"])
    #expect(parsed.all("h2").map(\.text) == ["Key findings", "Evidence"])
    #expect(parsed.all("svg").count == 1)
    #expect(parsed.all("caption").first?.text == "Votes")
    #expect(parsed.all("td").map(\.text) == ["1", ""])
    #expect(parsed.all("li").count == 4)
    #expect(parsed.all("dt").first?.text == "Seed")
    let paragraph = try #require(parsed.all("p").first { $0.text.hasPrefix("Côte") })
    #expect(paragraph.text == "Côte d’Ivoire & <Türkiye> at 97.3\u{00A0}%")
    #expect(html.contains("<div class=\"table-wrap sources\">"))
    #expect(!html.contains("<script"))
  }

  @Test func figureFilesAreTheChartsUnderSafeNames() {
    let files = document.figureFiles
    #expect(files.map(\.fileName) == ["yes-votes-1.svg"])
    #expect(files.first?.svg == chart.render())
    let all = document.files(named: "ukraine-2025")
    #expect(all.map(\.fileName) == ["ukraine-2025.md", "ukraine-2025.html", "yes-votes-1.svg"])
    #expect(all.map(\.contents) == [document.markdown(), document.html(), chart.render()])
  }

  @Test(arguments: [
    ("plain", "plain"),
    ("**all**", "<strong>all</strong>"),
    ("a **b** c **d**", "a <strong>b</strong> c <strong>d</strong>"),
    ("odd ** marker", "odd ** marker"),
    ("x **y** z **", "x <strong>y</strong> z **"),
  ])
  func strongEmphasisNeedsAPairOfMarkers(text: String, html: String) {
    let parsed = ReportDocument(title: "t", blocks: [.paragraph(text)]).html()
    #expect(parsed.contains("<p>\(html)</p>"))
  }
}
