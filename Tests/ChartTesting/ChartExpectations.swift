import Charts
import Testing

/// Checks every chart must pass, returning the parsed document for further checks.
///
/// Well-formed XML; an `<svg>` root with `role="img"`, the title as `aria-label` and as its
/// first `<title>`; no non-finite or negative-zero numbers; every text inside the canvas
/// and no two texts on one line overlapping (by ``TextMetrics``' estimate).
@discardableResult
public func expectWellFormedChart(
  _ svg: String, title: String, sourceLocation: SourceLocation = #_sourceLocation
) -> ParsedXML {
  let parsed = ParsedXML(svg)
  #expect(parsed.error == nil, "\(parsed.error ?? "")", sourceLocation: sourceLocation)
  guard let root = parsed.elements.first else {
    Issue.record("empty document", sourceLocation: sourceLocation)
    return parsed
  }
  #expect(root.name == "svg", sourceLocation: sourceLocation)
  #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg", sourceLocation: sourceLocation)
  #expect(root.attributes["role"] == "img", sourceLocation: sourceLocation)
  #expect(root.attributes["aria-label"] == title, sourceLocation: sourceLocation)
  #expect(parsed.elements.dropFirst().first?.name == "title", sourceLocation: sourceLocation)
  #expect(parsed.all("title").first?.text == title, sourceLocation: sourceLocation)
  for bad in ["NaN", "nan", "inf", "=\"-0\"", " -0 ", "\u{2212}0 "] {
    #expect(!svg.contains(bad), "found \(bad)", sourceLocation: sourceLocation)
  }
  let width = Double(root.attributes["width"] ?? "") ?? 0
  let extents = textExtents(parsed)
  for extent in extents {
    #expect(
      extent.left >= -0.5 && extent.right <= width + 0.5,
      "\"\(extent.text)\" spans \(extent.left)...\(extent.right) outside 0...\(width)",
      sourceLocation: sourceLocation)
  }
  for (index, first) in extents.enumerated() {
    for second in extents[(index + 1)...]
    where abs(first.y - second.y) < min(first.size, second.size) * 0.9
      && first.left < second.right - 0.5 && second.left < first.right - 0.5
    {
      Issue.record(
        "\"\(first.text)\" overlaps \"\(second.text)\" at y \(first.y)",
        sourceLocation: sourceLocation)
    }
  }
  return parsed
}

/// The estimated horizontal extent of every unrotated `<text>`.
public func textExtents(_ parsed: ParsedXML) -> [(
  text: String, left: Double, right: Double, y: Double, size: Double
)] {
  let rootSize = Double(parsed.elements.first?.attributes["font-size"] ?? "") ?? 12
  return parsed.all("text").compactMap { element in
    guard element.attributes["transform"] == nil,
      let x = Double(element.attributes["x"] ?? ""), let y = Double(element.attributes["y"] ?? "")
    else { return nil }
    let size = Double(element.attributes["font-size"] ?? "") ?? rootSize
    let width = TextMetrics.width(
      of: element.text, fontSize: size, bold: element.attributes["font-weight"] == "bold")
    switch element.attributes["text-anchor"] {
    case "middle": return (element.text, x - width / 2, x + width / 2, y, size)
    case "end": return (element.text, x - width, x, y, size)
    default: return (element.text, x, x + width, y, size)
    }
  }
}
