/// A tiny XML element tree for writing SVG: ordered attributes, escaped text, numbers with
/// deterministic formatting.
///
/// Attribute values and text are escaped when rendered (``XMLEscaping``), so any string
/// from data (a state's name, a scenario title) is safe. Element and attribute names are
/// written as given and must be literal XML names chosen by the code, never data. Numbers
/// are written with at most two decimals, trailing zeros dropped, a `.` point, `-` for
/// negatives and never `-0` (``NumberFormat/compact(_:decimals:style:)``), so the same
/// chart renders to the same bytes on every machine.
public struct SVGElement: Sendable, Hashable {
  /// An attribute value: text, or a number formatted deterministically.
  public enum Value: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral
  {
    /// Written as given (then escaped).
    case text(String)
    /// Written with ``SVGElement/format(_:)``.
    case number(Double)

    /// A string literal is text.
    public init(stringLiteral value: String) { self = .text(value) }
    /// A floating-point literal is a number.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// An integer literal is a number.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }

    /// The value as written in the attribute, before escaping.
    public var rendered: String {
      switch self {
      case .text(let text): text
      case .number(let number): SVGElement.format(number)
      }
    }
  }

  /// One child: an element or a run of text.
  public enum Node: Sendable, Hashable {
    /// A child element.
    case element(SVGElement)
    /// Character data, escaped when rendered.
    case text(String)
  }

  /// The tag name, such as `rect`.
  public var name: String
  /// The attributes in the order they are written.
  public var attributes: [(name: String, value: Value)] {
    get { attributeList.map { ($0.name, $0.value) } }
    set { attributeList = newValue.map { Attribute(name: $0.name, value: $0.value) } }
  }
  /// The children in document order.
  public var children: [Node]

  private struct Attribute: Sendable, Hashable {
    var name: String
    var value: Value
  }

  private var attributeList: [Attribute]

  /// An element with attributes in the order written and element children.
  public init(
    _ name: String, _ attributes: KeyValuePairs<String, Value> = [:],
    children: [SVGElement] = []
  ) {
    self.name = name
    self.attributeList = attributes.map { Attribute(name: $0.key, value: $0.value) }
    self.children = children.map(Node.element)
  }

  /// An element holding only `text`, such as `<text>` or `<title>`.
  public init(_ name: String, _ attributes: KeyValuePairs<String, Value> = [:], text: String) {
    self.name = name
    self.attributeList = attributes.map { Attribute(name: $0.key, value: $0.value) }
    self.children = [.text(text)]
  }

  /// Sets `name` to `value`, replacing an existing attribute of that name in place.
  public mutating func setAttribute(_ name: String, _ value: Value) {
    if let index = attributeList.firstIndex(where: { $0.name == name }) {
      attributeList[index].value = value
    } else {
      attributeList.append(Attribute(name: name, value: value))
    }
  }

  /// The value of attribute `name`, if set.
  public func attribute(_ name: String) -> Value? {
    attributeList.first { $0.name == name }?.value
  }

  /// Appends an element child.
  public mutating func append(_ child: SVGElement) {
    children.append(.element(child))
  }

  /// Appends element children.
  public mutating func append(contentsOf children: [SVGElement]) {
    self.children += children.map(Node.element)
  }

  /// The element as XML, children indented by two spaces per level, ending in a newline.
  /// Complexity: O(size of the tree).
  public func render() -> String {
    var output = ""
    write(to: &output, depth: 0)
    return output
  }

  /// A coordinate or length as written in attributes: at most two decimals, no `-0`.
  public static func format(_ number: Double) -> String {
    number.isFinite ? NumberFormat.compact(number, decimals: 2, style: .ascii) : "0"
  }

  private func write(to output: inout String, depth: Int) {
    let indent = String(repeating: "  ", count: depth)
    output += indent + "<" + name
    for attribute in attributeList {
      output += " \(attribute.name)=\"\(XMLEscaping.attribute(attribute.value.rendered))\""
    }
    if children.isEmpty {
      output += " />\n"
      return
    }
    let hasElements = children.contains {
      if case .element = $0 { return true }
      return false
    }
    guard hasElements else {
      output += ">"
      for case .text(let text) in children { output += XMLEscaping.text(text) }
      output += "</\(name)>\n"
      return
    }
    output += ">\n"
    for child in children {
      switch child {
      case .element(let element):
        element.write(to: &output, depth: depth + 1)
      case .text(let text):
        output += indent + "  " + XMLEscaping.text(text) + "\n"
      }
    }
    output += indent + "</\(name)>\n"
  }
}
