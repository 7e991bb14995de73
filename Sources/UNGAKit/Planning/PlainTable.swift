/// A plain-text table for the planners' terminal renderers: each column
/// padded to its widest cell, two spaces apart, numeric columns right-aligned.
struct PlainTable {
  var header: [String]
  var rows: [[String]] = []
  /// Columns whose cells are right-aligned.
  var rightAligned: Set<Int> = []

  /// The header, a rule and the rows, one line each, without trailing spaces.
  func lines() -> [String] {
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
}
