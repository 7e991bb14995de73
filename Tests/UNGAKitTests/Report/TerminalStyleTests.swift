import Charts
import Testing
import UNGAKit

@Suite struct TerminalStyleTests {
  @Test func disabledStyleReturnsTextUnchanged() {
    let style = TerminalStyle.plain
    #expect(style.bold("x") == "x")
    #expect(style.color(.red, "x") == "x")
    #expect(style.apply([.bold, .underline, .foreground(.green)], to: "x") == "x")
  }

  @Test func enabledStyleWrapsInSGRAndResets() {
    let style = TerminalStyle(isEnabled: true)
    #expect(style.bold("x") == "\u{1B}[1mx\u{1B}[0m")
    #expect(style.dim("x") == "\u{1B}[2mx\u{1B}[0m")
    #expect(style.apply([.bold, .foreground(.red)], to: "x") == "\u{1B}[1;31mx\u{1B}[0m")
    #expect(style.color(.cyan, "Türkiye") == "\u{1B}[36mTürkiye\u{1B}[0m")
    #expect(style.bold("") == "")
    #expect(style.apply([], to: "x") == "x")
  }

  @Test func styledTextMeasuresAsItsVisiblePart() {
    let style = TerminalStyle(isEnabled: true)
    #expect(DisplayWidth.of(style.apply([.bold, .foreground(.blue)], to: "Côte d’Ivoire")) == 13)
  }
}
