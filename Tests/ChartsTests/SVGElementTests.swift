import ChartTesting
import Charts
import Testing

@Suite struct SVGElementTests {
  @Test func rendersIndentedTreeWithOrderedAttributes() {
    let element = SVGElement(
      "g", ["class": "bars", "transform": "translate(1 2)"],
      children: [
        SVGElement("rect", ["x": 1.5, "y": -0.001, "width": 10, "height": 2.345]),
        SVGElement("text", ["x": 0.333_333], text: "A < B & \"C\""),
      ])
    let expected = """
      <g class="bars" transform="translate(1 2)">
        <rect x="1.5" y="0" width="10" height="2.35" />
        <text x="0.33">A &lt; B &amp; "C"</text>
      </g>

      """
    #expect(element.render() == expected)
  }

  @Test(arguments: [
    (-0.0, "0"), (-0.004, "0"), (1.0 / 3, "0.33"), (2.675, "2.68"), (-12.5, "-12.5"),
    (720, "720"), (Double.nan, "0"), (Double.infinity, "0"),
  ])
  func numbersAreDeterministicAndNeverNegativeZero(value: Double, text: String) {
    #expect(SVGElement.format(value) == text)
  }

  @Test func attributesCanBeReadAndReplacedInPlace() {
    var element = SVGElement("line", ["x1": 0, "stroke": "#000"])
    element.setAttribute("x1", .number(5))
    element.setAttribute("stroke-width", 2)
    #expect(element.attribute("x1") == .number(5))
    #expect(element.attributes.map(\.name) == ["x1", "stroke", "stroke-width"])
    #expect(element.render() == "<line x1=\"5\" stroke=\"#000\" stroke-width=\"2\" />\n")
  }

  @Test func dataInAttributesAndTextCannotBreakTheDocument() throws {
    let nasty = "\"/><script>alert(1)</script>\u{1}"
    var root = SVGElement(
      "svg", ["xmlns": "http://www.w3.org/2000/svg", "aria-label": .text(nasty)])
    root.append(SVGElement("title", text: nasty))
    let parsed = ParsedXML(root.render())
    #expect(parsed.error == nil)
    #expect(parsed.all("script").isEmpty)
    let title = try #require(parsed.all("title").first)
    #expect(title.text == "\"/><script>alert(1)</script>\u{FFFD}")
  }

  @Test func pathDataUsesTheSameNumberFormat() {
    var path = SVGPath()
    path.move(toX: 0, y: -0.0)
    path.line(toX: 10, y: 5.5)
    path.horizontal(toX: 3.14159)
    path.vertical(toY: -2)
    path.close()
    #expect(path.data == "M0 0 L10 5.5 H3.14 V-2 Z")
    var rectangle = SVGPath()
    rectangle.addRectangle(left: 1, top: 2, right: 3, bottom: 4)
    #expect(rectangle.data == "M1 4 V2 H3 V4 Z")
  }
}
