import Charts

/// A plain-text table for terminals: aligned columns, a rule under the header, and a total
/// width that never exceeds a limit.
///
/// Widths are display widths (``DisplayWidth``), so names such as `Côte d’Ivoire` and styled
/// cells line up. When the natural width exceeds the limit, truncatable columns are narrowed
/// (widest first, cut with `…`) down to their minimum; if that is not enough, every line is
/// cut at the limit.
public struct TextTable: Sendable, Hashable {
  /// One column's header and layout.
  public struct Column: Sendable, Hashable {
    /// The header text.
    public var header: String
    /// How cells and the header are placed in the column.
    public var alignment: DisplayWidth.Alignment
    /// Whether the column may be narrowed to fit the width limit.
    public var isTruncatable: Bool
    /// The narrowest the column is ever made, in columns (at least 1).
    public var minimumWidth: Int

    /// A column; by default left-aligned columns (names, labels) may be narrowed and
    /// right-aligned ones (numbers, which must never lose digits) may not.
    public init(
      _ header: String, alignment: DisplayWidth.Alignment = .left, isTruncatable: Bool? = nil,
      minimumWidth: Int = 6
    ) {
      self.header = header
      self.alignment = alignment
      self.isTruncatable = isTruncatable ?? (alignment == .left)
      self.minimumWidth = max(minimumWidth, 1)
    }
  }

  private enum Row: Sendable, Hashable {
    case cells([String])
    case rule
  }

  /// The columns, left to right.
  public var columns: [Column]
  /// Written between adjacent columns.
  public var separator: String
  private var rows: [Row] = []

  /// An empty table with `columns`, separated by `separator` (two spaces by default).
  public init(columns: [Column], separator: String = "  ") {
    self.columns = columns
    self.separator = separator
  }

  /// Appends a row; missing cells are empty and cells beyond the last column are ignored.
  /// Line breaks inside a cell are shown as spaces.
  public mutating func appendRow(_ cells: [String]) {
    rows.append(.cells(cells))
  }

  /// Appends a horizontal rule across the table, to set off groups of rows or a total.
  public mutating func appendRule() {
    rows.append(.rule)
  }

  /// The table as text, one line per row after the header and its rule, each line ending in
  /// a newline and without trailing spaces.
  ///
  /// - Parameters:
  ///   - maxWidth: The widest a line may be, in display columns (100 fits the report).
  ///   - style: Used to set the header in bold when colour is on.
  /// - Complexity: O(cells × width).
  public func render(maxWidth: Int = 100, style: TerminalStyle = .plain) -> String {
    let widths = columnWidths(maxWidth: maxWidth)
    var lines: [String] = []
    // Padding stays outside the bold, so trailing spaces can still be trimmed and a styled
    // table differs from a plain one only by its escape sequences.
    let header = zip(columns, widths).map { column, width in
      cell(style.bold(column.header), width: width, alignment: column.alignment)
    }
    lines.append(join(header))
    lines.append(ruleLine(widths: widths))
    for row in rows {
      switch row {
      case .rule:
        lines.append(ruleLine(widths: widths))
      case .cells(let cells):
        let texts = columns.indices.map { index in
          cell(
            index < cells.count ? cells[index] : "", width: widths[index],
            alignment: columns[index].alignment)
        }
        lines.append(join(texts))
      }
    }
    return lines.map { line in
      DisplayWidth.trimmingTrailingSpaces(DisplayWidth.truncate(line, toWidth: maxWidth)) + "\n"
    }.joined()
  }

  /// Natural widths, narrowed to fit `maxWidth` where columns allow it.
  func columnWidths(maxWidth: Int) -> [Int] {
    var widths = columns.map { DisplayWidth.of(singleLine($0.header)) }
    for case .cells(let cells) in rows {
      for (index, text) in cells.prefix(columns.count).enumerated() {
        widths[index] = max(widths[index], DisplayWidth.of(singleLine(text)))
      }
    }
    let separatorWidth = DisplayWidth.of(separator) * max(columns.count - 1, 0)
    var excess = widths.reduce(0, +) + separatorWidth - maxWidth
    while excess > 0 {
      let candidates = columns.indices.filter {
        columns[$0].isTruncatable && widths[$0] > columns[$0].minimumWidth
      }
      guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
      // Narrow the widest column down to the next widest (or as far as needed) in one step.
      let nextWidest = candidates.filter { $0 != widest }.map { widths[$0] }.max() ?? 0
      let floor = max(columns[widest].minimumWidth, nextWidest, widths[widest] - excess)
      let cut = max(widths[widest] - floor, 1)
      widths[widest] -= cut
      excess -= cut
    }
    return widths
  }

  private func cell(_ text: String, width: Int, alignment: DisplayWidth.Alignment) -> String {
    let fitted = DisplayWidth.truncate(singleLine(text), toWidth: width)
    return DisplayWidth.pad(fitted, toWidth: width, alignment: alignment)
  }

  private func ruleLine(widths: [Int]) -> String {
    join(widths.map { String(repeating: "─", count: $0) })
  }

  private func join(_ cells: [String]) -> String {
    cells.joined(separator: separator)
  }

  private func singleLine(_ text: String) -> String {
    String(text.map { $0.isNewline ? " " : $0 })
  }
}
