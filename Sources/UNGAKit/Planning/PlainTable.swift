import Charts

/// A table for the planners' renderers: a header and rows of cells, numeric
/// columns marked. Rendered for a terminal (`plainLines`, through `TextTable`) or as
/// Markdown (`markdown`, through `MarkdownTable`), so both formats show the same cells.
struct PlainTable {
  var header: [String]
  var rows: [[String]] = []
  /// Columns whose cells are right-aligned.
  var rightAligned: Set<Int> = []

  /// The header, a rule and the rows, one line each, laid out by the report's
  /// `TextTable` (display widths; at most `maxWidth` columns, text cells narrowed first;
  /// nothing narrowed when `maxWidth` is nil).
  func plainLines(maxWidth: Int? = 100) -> [String] {
    var table = TextTable(
      columns: header.indices.map {
        TextTable.Column(header[$0], alignment: rightAligned.contains($0) ? .right : .left)
      })
    for row in rows { table.appendRow(row) }
    return table.render(maxWidth: maxWidth ?? .max).split(
      separator: "\n", omittingEmptySubsequences: false
    ).map(String.init)
  }

  /// A GitHub-flavoured Markdown table of the same cells.
  func markdown() -> String {
    MarkdownTable(
      columns: header.indices.map {
        MarkdownTable.Column(header[$0], alignment: rightAligned.contains($0) ? .right : .left)
      },
      rows: rows
    ).render()
  }
}
