import ChartTesting
import Testing
import UNGAKit

@Suite struct HTMLTests {
  @Test func helpersEscapeTheirText() {
    #expect(HTML.escape("<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;")
    #expect(
      HTML.element("p", "1 < 2", class: "note \"x\"")
        == "<p class=\"note &quot;x&quot;\">1 &lt; 2</p>")
    #expect(HTML.wrap("div", "<p>safe</p>") == "<div><p>safe</p></div>")
  }

  @Test func figureAndDefinitionListAreWellFormed() {
    let figure = HTML.figure(svg: "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", caption: "A & B")
    #expect(figure.contains("<figcaption>A &amp; B</figcaption>"))
    #expect(ParsedXML(figure).error == nil)
    let list = HTML.definitionList([("Seed", "42"), ("Draft", "A/ES-11/L.10 <draft>")])
    #expect(list.contains("<dt>Seed</dt><dd>42</dd>"))
    #expect(list.contains("&lt;draft&gt;"))
    #expect(ParsedXML(list).error == nil)
  }
}
