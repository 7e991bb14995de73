/// Builds the `d` attribute of an SVG `<path>` from absolute commands, with numbers
/// formatted like every other SVG attribute (``SVGElement/format(_:)``).
public struct SVGPath: Sendable, Hashable {
  /// The path data written so far.
  public private(set) var data: String = ""

  /// An empty path.
  public init() {}

  /// Starts a subpath at (x, y).
  public mutating func move(toX x: Double, y: Double) {
    append("M", x, y)
  }

  /// A straight line to (x, y).
  public mutating func line(toX x: Double, y: Double) {
    append("L", x, y)
  }

  /// A horizontal line to x.
  public mutating func horizontal(toX x: Double) {
    append("H", x)
  }

  /// A vertical line to y.
  public mutating func vertical(toY y: Double) {
    append("V", y)
  }

  /// A closed axis-aligned rectangle as its own subpath, drawn from the bottom-left corner.
  public mutating func addRectangle(left: Double, top: Double, right: Double, bottom: Double) {
    move(toX: left, y: bottom)
    vertical(toY: top)
    horizontal(toX: right)
    vertical(toY: bottom)
    close()
  }

  /// Closes the current subpath.
  public mutating func close() {
    data += data.isEmpty ? "Z" : " Z"
  }

  private mutating func append(_ command: String, _ numbers: Double...) {
    if !data.isEmpty { data += " " }
    data += command + numbers.map(SVGElement.format).joined(separator: " ")
  }
}
