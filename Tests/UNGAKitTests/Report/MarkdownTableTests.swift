import Charts
import Testing
import UNGAKit

@Suite struct MarkdownTableTests {
  @Test func rendersHeaderAlignmentRowAndPaddedCells() {
    var table = MarkdownTable(columns: [
      .init("Scenario"), .init("P(adopted)", alignment: .right), .init("Note", alignment: .center),
    ])
    table.appendRow(["Baseline", "30.5 %", "as recorded"])
    table.appendRow(["Côte d’Ivoire opposes", "< 0.1 %"])
    let expected = """
      | Scenario              | P(adopted) |    Note     |
      | :-------------------- | ---------: | :---------: |
      | Baseline              |     30.5 % | as recorded |
      | Côte d’Ivoire opposes |    < 0.1 % |             |

      """
    #expect(table.render() == expected)
  }

  @Test(arguments: [
    ("a|b", "a\\|b"),
    ("back\\slash", "back\\\\slash"),
    ("two\nlines", "two<br>lines"),
    ("crlf\r\nline", "crlf<br>line"),
    ("old\rmac", "old<br>mac"),
    ("  padded  ", "padded"),
  ])
  func cellsCannotBreakTheTable(text: String, escaped: String) {
    #expect(MarkdownTable.escapeCell(text) == escaped)
  }

  @Test func everyRowHasTheSameNumberOfCells() {
    var table = MarkdownTable(columns: [.init("A"), .init("B")])
    table.appendRow(["x|y", "1", "ignored"])
    table.appendRow([])
    for line in table.render().split(separator: "\n") {
      // Unescaped pipes only: the three column borders.
      let characters = Array(line)
      let pipes = characters.indices.filter {
        characters[$0] == "|" && ($0 == 0 || characters[$0 - 1] != "\\")
      }
      #expect(pipes.count == 3)
    }
  }

  @Test func noColumnsRendersNothing() {
    #expect(MarkdownTable(columns: []).render() == "")
  }
}
