import Charts

/// A GitHub-flavoured Markdown table with an alignment row, readable as plain text too.
///
/// Cells are escaped so no input can break the table: `|` becomes `\|`, a backslash before
/// it is doubled, and line breaks become `<br>`. Columns are padded to equal display width
/// so the source lines up in a text editor.
public struct MarkdownTable: Sendable, Hashable {
  /// One column's header and alignment.
  public struct Column: Sendable, Hashable {
    /// The header text (escaped when rendered).
    public var header: String
    /// `:--`, `--:` or `:-:` in the alignment row.
    public var alignment: DisplayWidth.Alignment

    /// A column, left-aligned by default.
    public init(_ header: String, alignment: DisplayWidth.Alignment = .left) {
      self.header = header
      self.alignment = alignment
    }
  }

  /// The columns, left to right.
  public var columns: [Column]
  /// The body rows; missing cells are empty, cells beyond the last column ignored.
  public var rows: [[String]]

  /// A table with `columns` and `rows`.
  public init(columns: [Column], rows: [[String]] = []) {
    self.columns = columns
    self.rows = rows
  }

  /// Appends a body row.
  public mutating func appendRow(_ cells: [String]) {
    rows.append(cells)
  }

  /// `text` safe inside a table cell.
  public static func escapeCell(_ text: String) -> String {
    var result = ""
    var previousWasCarriageReturn = false
    for character in text.unicodeScalars {
      switch character {
      case "|": result += "\\|"
      case "\\": result += "\\\\"
      case "\r": result += "<br>"
      case "\n": if !previousWasCarriageReturn { result += "<br>" }
      default: result.unicodeScalars.append(character)
      }
      previousWasCarriageReturn = character == "\r"
    }
    return result.trimmingSpaces()
  }

  /// The table: header row, alignment row and body rows, each line ending in a newline.
  /// Complexity: O(cells).
  public func render() -> String {
    guard !columns.isEmpty else { return "" }
    let header = columns.map { Self.escapeCell($0.header) }
    let body = rows.map { row in
      columns.indices.map { $0 < row.count ? Self.escapeCell(row[$0]) : "" }
    }
    var widths = header.map { max(DisplayWidth.of($0), 3) }
    for row in body {
      for (index, cell) in row.enumerated() {
        widths[index] = max(widths[index], DisplayWidth.of(cell))
      }
    }
    var lines = [line(header, widths: widths)]
    let rule = zip(columns, widths).map { column, width -> String in
      switch column.alignment {
      case .left: ":" + String(repeating: "-", count: width - 1)
      case .right: String(repeating: "-", count: width - 1) + ":"
      case .center: ":" + String(repeating: "-", count: width - 2) + ":"
      }
    }
    lines.append("| " + rule.joined(separator: " | ") + " |")
    lines += body.map { line($0, widths: widths) }
    return lines.map { $0 + "\n" }.joined()
  }

  private func line(_ cells: [String], widths: [Int]) -> String {
    let padded = cells.indices.map { index in
      DisplayWidth.pad(cells[index], toWidth: widths[index], alignment: columns[index].alignment)
    }
    return "| " + padded.joined(separator: " | ") + " |"
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  fileprivate func trimmingSpaces() -> String {
    var view = Substring(self)
    while view.first == " " || view.first == "\t" { view = view.dropFirst() }
    while view.last == " " || view.last == "\t" { view = view.dropLast() }
    return String(view)
  }
}
