/// An HTML table with a caption, a header row, optional row headers and right-aligned,
/// tabular numeric columns; all text is escaped.
///
/// Styling comes from the classes `num` (numeric cell) that ``HTMLPage``'s stylesheet
/// defines.
public struct HTMLTable: Sendable, Hashable {
  /// One column's header and alignment.
  public struct Column: Sendable, Hashable {
    /// The header text.
    public var header: String
    /// Whether the column holds numbers: right-aligned, with tabular figures, never wrapped.
    public var isNumeric: Bool

    /// A column; text by default.
    public init(_ header: String, isNumeric: Bool = false) {
      self.header = header
      self.isNumeric = isNumeric
    }
  }

  /// Shown above the table and read out first by screen readers.
  public var caption: String?
  /// The columns, left to right.
  public var columns: [Column]
  /// The body rows; missing cells are empty, cells beyond the last column ignored.
  public var rows: [[String]]
  /// When true the first cell of each row is a row header (`<th scope="row">`).
  public var firstColumnIsRowHeader: Bool

  /// A table with `columns` and `rows`.
  public init(
    caption: String? = nil, columns: [Column], rows: [[String]] = [],
    firstColumnIsRowHeader: Bool = true
  ) {
    self.caption = caption
    self.columns = columns
    self.rows = rows
    self.firstColumnIsRowHeader = firstColumnIsRowHeader
  }

  /// Appends a body row.
  public mutating func appendRow(_ cells: [String]) {
    rows.append(cells)
  }

  /// The table markup. Complexity: O(cells).
  public func render() -> String {
    var html = "<table>\n"
    if let caption { html += "<caption>\(HTML.escape(caption))</caption>\n" }
    let headers = columns.map { column in
      "<th scope=\"col\"\(classAttribute(column))>\(HTML.escape(column.header))</th>"
    }
    html += "<thead>\n<tr>" + headers.joined() + "</tr>\n</thead>\n<tbody>\n"
    for row in rows {
      let cells = columns.indices.map { index -> String in
        let text = HTML.escape(index < row.count ? row[index] : "")
        let attributes = classAttribute(columns[index])
        if index == 0, firstColumnIsRowHeader {
          return "<th scope=\"row\"\(attributes)>\(text)</th>"
        }
        return "<td\(attributes)>\(text)</td>"
      }
      html += "<tr>" + cells.joined() + "</tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }

  private func classAttribute(_ column: Column) -> String {
    column.isNumeric ? " class=\"num\"" : ""
  }
}
