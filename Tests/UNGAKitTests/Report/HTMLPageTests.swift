import ChartTesting
import Charts
import Foundation
import Testing
import UNGAKit

@Suite struct HTMLPageTests {
  private let page = HTMLPage(
    title: "Report <A/ES-11/L.10> & more",
    body: HTML.element("h1", "Türkiye & Côte d’Ivoire")
      + HTML.figure(
        svg: HistogramChart(
          title: "Yes votes", series: [.init(name: "Baseline", mass: [0.2, 0.5, 0.3])],
          xTitle: "Yes votes"
        ).render()),
    summary: "Support \"with\" and without backers")

  @Test func theWholePageIsWellFormedXML() throws {
    let parsed = ParsedXML(page.render())
    #expect(parsed.error == nil)
    #expect(parsed.all("title").first?.text == "Report <A/ES-11/L.10> & more")
    #expect(parsed.all("h1").first?.text == "Türkiye & Côte d’Ivoire")
    let description = try #require(
      parsed.all("meta").first { $0.attributes["name"] == "description" })
    #expect(description.attributes["content"] == "Support \"with\" and without backers")
    #expect(parsed.all("html").first?.attributes["lang"] == "en")
  }

  @Test func thePageIsSelfContainedAndScriptFree() {
    let html = page.render().lowercased()
    #expect(!html.contains("<script"))
    #expect(!html.contains("javascript:"))
    #expect(!html.contains("@import"))
    #expect(!html.contains("url("))
    #expect(!html.contains("<link"))
    #expect(html.contains("content-security-policy"))
    // Only the XML namespaces name a URL, and they are never fetched.
    let urls = html.components(separatedBy: "://").count - 1
    #expect(urls == html.components(separatedBy: "xmlns=\"http").count - 1)
  }

  @Test func stylesheetCoversScreenAndPrint() {
    let css = HTMLPage.stylesheet
    #expect(css.contains("system-ui"))
    #expect(css.contains("max-width"))
    #expect(css.contains("@media print"))
    #expect(css.contains("break-inside: avoid"))
    #expect(css.contains("font-variant-numeric: tabular-nums"))
    // Braces balance, so no rule swallows the next.
    #expect(css.filter { $0 == "{" }.count == css.filter { $0 == "}" }.count)
  }

  @Test func extraStyleFollowsTheStylesheet() {
    let styled = HTMLPage(title: "t", body: "", extraStyle: ".x { color: red; }").render()
    let extra = styled.range(of: ".x { color: red; }")
    let print = styled.range(of: "@media print")
    #expect(extra != nil && print != nil && print!.lowerBound < extra!.lowerBound)
  }
}
