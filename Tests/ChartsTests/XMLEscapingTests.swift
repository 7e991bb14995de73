import ChartTesting
import Charts
import Testing

@Suite struct XMLEscapingTests {
  @Test func textEscapesMarkupCharacters() {
    #expect(XMLEscaping.text("a < b && c > d") == "a &lt; b &amp;&amp; c &gt; d")
    #expect(XMLEscaping.text("\"quoted\" 'single'") == "\"quoted\" 'single'")
    #expect(XMLEscaping.text("Côte d’Ivoire") == "Côte d’Ivoire")
  }

  @Test func attributesAlsoEscapeQuotesAndWhitespace() {
    #expect(XMLEscaping.attribute("say \"hi\" 'there'") == "say &quot;hi&quot; &#39;there&#39;")
    #expect(XMLEscaping.attribute("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d")
  }

  @Test func charactersXMLForbidsAreReplaced() {
    #expect(XMLEscaping.text("a\u{0}b\u{7}c\u{FFFE}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}")
  }

  @Test func escapedValuesRoundTripThroughAnXMLParser() throws {
    let nasty = "<&> \"quotes\" 'apostrophes'\nnew line\ttab Türkiye 日本 🇺🇳"
    let document =
      "<root value=\"\(XMLEscaping.attribute(nasty))\">\(XMLEscaping.text(nasty))</root>"
    let parsed = ParsedXML(document)
    #expect(parsed.error == nil)
    let root = try #require(parsed.elements.first)
    #expect(root.attributes["value"] == nasty)
    #expect(root.text == nasty)
  }
}
