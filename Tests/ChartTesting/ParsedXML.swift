import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A document read back with Foundation's XML parser, to prove rendered SVG and HTML are
/// well-formed and to inspect what they say.
public struct ParsedXML {
  /// One element as the parser saw it.
  public struct Element {
    /// The element's name.
    public var name: String
    /// Its attributes by name.
    public var attributes: [String: String]
    /// The text directly inside the element (not inside its children).
    public var text: String
    /// How many elements enclose it (0 for the root).
    public var depth: Int
  }

  /// Every element in document order.
  public var elements: [Element] = []
  /// The parser's error, nil when the document is well-formed.
  public var error: String?

  /// Parses `text`.
  public init(_ text: String) {
    let parser = XMLParser(data: Data(text.utf8))
    let collector = Collector()
    parser.delegate = collector
    if !parser.parse() {
      error = parser.parserError.map { "\($0)" } ?? "unknown parse error"
    }
    elements = collector.finished
  }

  /// Every element named `name`, in document order.
  public func all(_ name: String) -> [Element] {
    elements.filter { $0.name == name }
  }

  /// The text of every `<text>` element.
  public var texts: [String] { all("text").map(\.text) }

  private final class Collector: NSObject, XMLParserDelegate {
    var finished: [Element] = []
    private var open: [Int] = []

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      finished.append(
        Element(name: elementName, attributes: attributes, text: "", depth: open.count))
      open.append(finished.count - 1)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if let index = open.last { finished[index].text += string }
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      open.removeLast()
    }
  }
}

/// The numbers in an SVG path's data, split into x and y by command (M, L: x y; H: x; V: y).
public func pathCoordinates(_ data: String) -> (xs: [Double], ys: [Double]) {
  var xs: [Double] = []
  var ys: [Double] = []
  let tokens = data.split(separator: " ")
  var index = 0
  var command: Character = "M"
  var expectingY = false
  while index < tokens.count {
    var token = tokens[index]
    if let first = token.first, first.isLetter {
      command = first
      token = token.dropFirst()
      expectingY = false
      if token.isEmpty {
        index += 1
        continue
      }
    }
    if let number = Double(token) {
      switch command {
      case "H": xs.append(number)
      case "V": ys.append(number)
      default:
        if expectingY { ys.append(number) } else { xs.append(number) }
        expectingY.toggle()
      }
    }
    index += 1
  }
  return (xs, ys)
}
