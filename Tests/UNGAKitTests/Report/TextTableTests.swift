import Charts
import Foundation
import Testing
import UNGAKit

@Suite struct TextTableTests {
  private func sampleTable() -> TextTable {
    var table = TextTable(columns: [
      .init("State"), .init("Group"), .init("P(yes)", alignment: .right),
    ])
    table.appendRow(["Türkiye", "WEOG", "97.3 %"])
    table.appendRow(["Côte d’Ivoire", "AFR", "< 0.1 %"])
    table.appendRow(["日本", "APG", "51.2 %"])
    return table
  }

  @Test func columnsAlignByDisplayWidth() {
    let expected = """
      State          Group   P(yes)
      ─────────────  ─────  ───────
      Türkiye        WEOG    97.3 %
      Côte d’Ivoire  AFR    < 0.1 %
      日本           APG     51.2 %

      """
    #expect(sampleTable().render() == expected)
  }

  @Test func everyLineEndsAtTheSameColumnWhenTheLastColumnIsRightAligned() {
    let lines = sampleTable().render().split(separator: "\n")
    #expect(Set(lines.map { DisplayWidth.of($0) }).count == 1)
  }

  @Test func narrowingCutsTextColumnsAndKeepsNumbers() {
    var table = TextTable(columns: [
      .init("State"), .init("Group", minimumWidth: 4), .init("P(yes)", alignment: .right),
    ])
    table.appendRow(["United Kingdom of Great Britain and Northern Ireland", "WEOG", "> 99.9 %"])
    table.appendRow(["Bolivia (Plurinational State of)", "GRULAC", "12.0 %"])
    let text = table.render(maxWidth: 30)
    let lines = text.split(separator: "\n")
    for line in lines { #expect(DisplayWidth.of(line) <= 30) }
    #expect(lines[2].hasSuffix("> 99.9 %"))
    #expect(lines[2].contains("…"))
    #expect(lines[3].hasSuffix("12.0 %"))
  }

  @Test func linesAreCutWhenColumnsCannotNarrowEnough() {
    var table = TextTable(columns: [
      .init("A", alignment: .right), .init("B", alignment: .right),
    ])
    table.appendRow(["1234567890", "1234567890"])
    for line in table.render(maxWidth: 15).split(separator: "\n") {
      #expect(DisplayWidth.of(line) <= 15)
    }
  }

  @Test func rulesMissingCellsAndLineBreaks() {
    var table = TextTable(columns: [.init("Name"), .init("Value", alignment: .right)])
    table.appendRow(["two\nlines", "1"])
    table.appendRule()
    table.appendRow(["Total"])
    let expected = """
      Name       Value
      ─────────  ─────
      two lines      1
      ─────────  ─────
      Total

      """
    #expect(table.render() == expected)
  }

  @Test func headerIsBoldOnlyWhenColourIsOn() {
    #expect(!sampleTable().render(style: .plain).contains("\u{1B}"))
    let styled = sampleTable().render(style: TerminalStyle(isEnabled: true))
    #expect(styled.hasPrefix("\u{1B}[1mState"))
    // Styling changes no layout.
    let plainWidths = sampleTable().render().split(separator: "\n").map { DisplayWidth.of($0) }
    #expect(styled.split(separator: "\n").map { DisplayWidth.of($0) } == plainWidths)
    let unstyled = styled.replacingOccurrences(of: "\u{1B}[1m", with: "")
      .replacingOccurrences(of: "\u{1B}[0m", with: "")
    #expect(unstyled == sampleTable().render())
  }
}
