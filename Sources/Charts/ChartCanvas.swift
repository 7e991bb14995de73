/// The parts every chart shares: the root `<svg>` with its accessible title, the visible
/// title, text, legends, axes and point shapes.
enum ChartCanvas {
  /// Fonts with Helvetica's widths first (Arial on Windows, Liberation Sans and Nimbus Sans
  /// on Linux), because labels are laid out with ``TextMetrics``' Helvetica widths; a
  /// system UI font such as DejaVu Sans runs some 15 % wider and would push right-aligned
  /// labels off the canvas.
  static let fontFamily =
    "Helvetica, Arial, 'Liberation Sans', 'Nimbus Sans', 'Helvetica Neue', system-ui, "
    + "sans-serif"
  static let fontSize = 12.0
  static let tickFontSize = 11.0
  static let titleFontSize = 15.0
  static let margin = 10.0

  /// One legend entry: a label and how its series is drawn.
  struct LegendEntry {
    enum Swatch {
      case box(color: String)
      case line(color: String, dash: String, shape: Int?)
      case dotAndInterval(color: String)
    }

    var label: String
    var swatch: Swatch
  }

  /// The root element: fixed size and viewBox (CSS may scale it), `role="img"` with an
  /// `aria-label`, `<title>` and `<desc>` for screen readers, and a white background so the
  /// chart reads the same on any page.
  static func document(
    width: Double, height: Double, title: String, summary: String?, children: [SVGElement]
  ) -> SVGElement {
    let viewBox = "0 0 \(SVGElement.format(width)) \(SVGElement.format(height))"
    var root = SVGElement(
      "svg",
      [
        "xmlns": "http://www.w3.org/2000/svg", "viewBox": .text(viewBox),
        "width": .number(width), "height": .number(height), "role": "img",
        "aria-label": .text(title), "font-family": .text(fontFamily),
        "font-size": .number(fontSize), "fill": .text(ChartPalette.ink),
      ])
    root.append(SVGElement("title", text: title))
    if let summary { root.append(SVGElement("desc", text: summary)) }
    root.append(
      SVGElement(
        "rect", ["width": .number(width), "height": .number(height), "fill": "#ffffff"]))
    root.append(contentsOf: children)
    return root
  }

  /// The light band behind every other row of a row chart, `height` tall from `top`, across
  /// the chart's width inside the margins.
  static func stripe(top: Double, height: Double, width: Double) -> SVGElement {
    SVGElement(
      "rect",
      [
        "x": .number(margin), "y": .number(top), "width": .number(width - 2 * margin),
        "height": .number(height), "fill": "#f3f3f3",
      ])
  }

  /// The visible title, wrapped onto as many lines as `width` needs; returns the elements
  /// and the y just below them.
  static func title(_ text: String, width: Double) -> (elements: [SVGElement], bottom: Double) {
    let lines = wrap(text, width: width - 2 * margin, fontSize: titleFontSize, bold: true)
    let lineHeight = titleFontSize * 1.3
    let elements = lines.enumerated().map { index, line in
      self.text(
        line, x: margin, y: margin + titleFontSize + Double(index) * lineHeight,
        size: titleFontSize, weight: "bold")
    }
    return (elements, margin + Double(lines.count) * lineHeight + 6)
  }

  /// A `<text>` element; `y` is the baseline.
  static func text(
    _ text: String, x: Double, y: Double, anchor: String = "start", size: Double? = nil,
    weight: String? = nil, fill: String? = nil
  ) -> SVGElement {
    var element = SVGElement("text", ["x": .number(x), "y": .number(y)], text: text)
    if anchor != "start" { element.setAttribute("text-anchor", .text(anchor)) }
    if let size { element.setAttribute("font-size", .number(size)) }
    if let weight { element.setAttribute("font-weight", .text(weight)) }
    if let fill { element.setAttribute("fill", .text(fill)) }
    return element
  }

  /// `text` cut with `…` to fit `width` at `fontSize`.
  static func fitted(_ text: String, width: Double, fontSize: Double, bold: Bool = false)
    -> String
  {
    guard TextMetrics.width(of: text, fontSize: fontSize, bold: bold) > width else {
      return text
    }
    var characters = Array(text)
    while !characters.isEmpty,
      TextMetrics.width(of: String(characters) + "…", fontSize: fontSize, bold: bold) > width
    {
      characters.removeLast()
    }
    return String(characters) + "…"
  }

  /// `text` broken at spaces into lines no wider than `width`; a single word wider than
  /// `width` is cut with `…`.
  static func wrap(_ text: String, width: Double, fontSize: Double, bold: Bool = false)
    -> [String]
  {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if current.isEmpty
        || TextMetrics.width(of: candidate, fontSize: fontSize, bold: bold)
          <= width
      {
        current = candidate
      } else {
        lines.append(current)
        current = String(word)
      }
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines.map { fitted($0, width: width, fontSize: fontSize, bold: bold) }
  }

  /// A legend flowing left to right from (x, y) and wrapping at `width`; returns the
  /// group and the y just below it.
  static func legend(_ entries: [LegendEntry], x: Double, y: Double, width: Double)
    -> (element: SVGElement, bottom: Double)
  {
    let rowHeight = 18.0
    let gap = 18.0
    var group = SVGElement("g", ["aria-hidden": "true"])
    var cursorX = x
    var rowTop = y
    for entry in entries {
      let swatchWidth: Double
      switch entry.swatch {
      case .box: swatchWidth = 12
      case .line, .dotAndInterval: swatchWidth = 26
      }
      let label = fitted(entry.label, width: width - swatchWidth - 6, fontSize: fontSize)
      let entryWidth = swatchWidth + 6 + TextMetrics.width(of: label, fontSize: fontSize)
      if cursorX > x, cursorX + entryWidth > x + width {
        cursorX = x
        rowTop += rowHeight
      }
      let middle = rowTop + rowHeight / 2
      switch entry.swatch {
      case .box(let color):
        group.append(
          SVGElement(
            "rect",
            [
              "x": .number(cursorX), "y": .number(middle - 6), "width": 12, "height": 12,
              "fill": .text(color),
            ]))
      case .line(let color, let dash, let shape):
        group.append(
          line(
            x1: cursorX, y1: middle, x2: cursorX + swatchWidth, y2: middle, color: color,
            width: 2, dash: dash))
        if let shape {
          group.append(point(shape: shape, x: cursorX + swatchWidth / 2, y: middle, color: color))
        }
      case .dotAndInterval(let color):
        group.append(
          line(
            x1: cursorX, y1: middle, x2: cursorX + swatchWidth, y2: middle, color: color,
            width: 2.5))
        group.append(
          SVGElement(
            "circle",
            [
              "cx": .number(cursorX + swatchWidth / 2), "cy": .number(middle), "r": 4,
              "fill": .text(ChartPalette.ink), "stroke": "#ffffff",
            ]))
      }
      group.append(text(label, x: cursorX + swatchWidth + 6, y: middle + fontSize * 0.35))
      cursorX += entryWidth + gap
    }
    return (group, rowTop + rowHeight + 4)
  }

  /// A straight line.
  static func line(
    x1: Double, y1: Double, x2: Double, y2: Double, color: String, width: Double = 1,
    dash: String = ""
  ) -> SVGElement {
    var element = SVGElement(
      "line",
      [
        "x1": .number(x1), "y1": .number(y1), "x2": .number(x2), "y2": .number(y2),
        "stroke": .text(color), "stroke-width": .number(width),
      ])
    if !dash.isEmpty { element.setAttribute("stroke-dasharray", .text(dash)) }
    return element
  }

  /// A horizontal axis at `y`: tick marks and labels for `values`, vertical gridlines up to
  /// `gridTop`, and `label` centred below; returns the elements and the y below them.
  static func horizontalAxis(
    values: [Double], label: (Double) -> String, scale: LinearScale, y: Double,
    gridTop: Double?, title: String?
  ) -> (elements: [SVGElement], bottom: Double) {
    var elements: [SVGElement] = []
    if let gridTop {
      elements += values.map {
        line(x1: scale($0), y1: gridTop, x2: scale($0), y2: y, color: ChartPalette.grid)
      }
    }
    elements.append(
      line(
        x1: scale.rangeStart, y1: y, x2: scale.rangeEnd, y2: y, color: ChartPalette.axis))
    for value in values {
      elements.append(
        line(x1: scale(value), y1: y, x2: scale(value), y2: y + 4, color: ChartPalette.axis))
      elements.append(
        text(
          label(value), x: scale(value), y: y + 6 + tickFontSize, anchor: "middle",
          size: tickFontSize, fill: ChartPalette.muted))
    }
    var bottom = y + 8 + tickFontSize
    if let title {
      bottom += fontSize + 6
      elements.append(
        text(title, x: (scale.rangeStart + scale.rangeEnd) / 2, y: bottom, anchor: "middle"))
    }
    return (elements, bottom + 4)
  }

  /// A vertical axis's tick labels (right-aligned at `x`) and horizontal gridlines from `x`
  /// to `gridRight` for `values`.
  static func verticalAxis(
    values: [Double], label: (Double) -> String, scale: LinearScale, x: Double,
    gridRight: Double
  ) -> [SVGElement] {
    values.flatMap { value -> [SVGElement] in
      [
        line(x1: x, y1: scale(value), x2: gridRight, y2: scale(value), color: ChartPalette.grid),
        text(
          label(value), x: x - 6, y: scale(value) + tickFontSize * 0.35, anchor: "end",
          size: tickFontSize, fill: ChartPalette.muted),
      ]
    }
  }

  /// An axis title written upwards, centred on `centerY` at `x`.
  static func verticalTitle(_ title: String, x: Double, centerY: Double) -> SVGElement {
    var element = text(title, x: x, y: centerY, anchor: "middle")
    element.setAttribute(
      "transform", .text("rotate(-90 \(SVGElement.format(x)) \(SVGElement.format(centerY)))"))
    return element
  }

  /// Ticks for a horizontal axis `length` pixels long, as many as fit without their labels
  /// touching (at most one per 60 px).
  ///
  /// - Parameters:
  ///   - span: The data span the axis shows when it is not the ticks' own
  ///     `lower...upper` (an axis fitted to the data rather than to the ticks).
  ///   - label: How a tick is written, given the ticks (whose decimals it may use).
  static func horizontalTicks(
    covering range: ClosedRange<Double>, length: Double, span: Double? = nil,
    integerSteps: Bool = false, label: (AxisTicks, Double) -> String = { $0.label($1) }
  ) -> AxisTicks {
    var target = max(Int(length / 60), 1)
    while true {
      let ticks = AxisTicks(covering: range, targetCount: target, integerSteps: integerSteps)
      let shown = ticks.values.filter { span == nil || range.contains($0) }
      let widest = widestTickLabel(shown.map { label(ticks, $0) })
      let pixelsPerUnit = length / max(span ?? (ticks.upper - ticks.lower), .leastNonzeroMagnitude)
      if target == 1 || widest + 10 <= ticks.step * pixelsPerUnit { return ticks }
      target -= 1
    }
  }

  /// The widest of `labels` at the tick font size.
  static func widestTickLabel(_ labels: [String]) -> Double {
    labels.map { TextMetrics.width(of: $0, fontSize: tickFontSize) }.max() ?? 0
  }

  /// A point marker centred on (x, y): circle, square, triangle up, diamond, triangle down,
  /// in turn for `shape` 0, 1, 2, …
  static func point(shape: Int, x: Double, y: Double, color: String) -> SVGElement {
    let size = 3.6
    var path = SVGPath()
    switch shape % 5 {
    case 0:
      return SVGElement(
        "circle",
        [
          "cx": .number(x), "cy": .number(y), "r": .number(size), "fill": .text(color),
          "stroke": "#ffffff", "stroke-width": 1,
        ])
    case 1:
      path.move(toX: x - size, y: y - size)
      path.horizontal(toX: x + size)
      path.vertical(toY: y + size)
      path.horizontal(toX: x - size)
    case 2:
      path.move(toX: x, y: y - size * 1.2)
      path.line(toX: x + size * 1.15, y: y + size * 0.9)
      path.line(toX: x - size * 1.15, y: y + size * 0.9)
    case 3:
      path.move(toX: x, y: y - size * 1.3)
      path.line(toX: x + size * 1.3, y: y)
      path.line(toX: x, y: y + size * 1.3)
      path.line(toX: x - size * 1.3, y: y)
    default:
      path.move(toX: x, y: y + size * 1.2)
      path.line(toX: x + size * 1.15, y: y - size * 0.9)
      path.line(toX: x - size * 1.15, y: y - size * 0.9)
    }
    path.close()
    return SVGElement(
      "path",
      ["d": .text(path.data), "fill": .text(color), "stroke": "#ffffff", "stroke-width": 1])
  }
}
