/// A table for the planners' renderers: a header and rows of cells, numeric
/// columns marked. Rendered for a terminal (`plainLines`) or as Markdown
/// (`markdown`), so both formats show the same cells.
struct PlainTable {
  var header: [String]
  var rows: [[String]] = []
  /// Columns whose cells are right-aligned.
  var rightAligned: Set<Int> = []

  /// The header, a rule and the rows, one line each, without trailing spaces:
  /// each column padded to its widest cell, two spaces apart.
  func plainLines() -> [String] {
    let all = [header] + rows
    var widths = [Int](repeating: 0, count: header.count)
    for row in all {
      for (c, cell) in row.enumerated() where c < widths.count {
        widths[c] = max(widths[c], cell.count)
      }
    }
    func line(_ row: [String]) -> String {
      var text = ""
      for (c, cell) in row.enumerated() where c < widths.count {
        let pad = String(repeating: " ", count: widths[c] - cell.count)
        text += (c == 0 ? "" : "  ") + (rightAligned.contains(c) ? pad + cell : cell + pad)
      }
      while text.last == " " { text.removeLast() }
      return text
    }
    let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
    return [line(header), rule] + rows.map(line)
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
