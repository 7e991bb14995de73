import ChartTesting
import Charts
import Testing

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("Türkiye", 7),
    ("Tu\u{308}rkiye", 7),  // decomposed ü: two scalars, one column
    ("Côte d’Ivoire", 13),
    ("São Tomé and Príncipe", 21),
    ("日本", 4),
    ("한국", 4),
    ("ＡＢ", 4),  // fullwidth Latin
    ("👍", 2),
    ("🇺🇳", 2),  // a flag is one grapheme of two regional indicators
    ("👨‍👩‍👧", 2),  // a ZWJ family is one grapheme
    ("e\u{301}", 1),
    ("\u{200B}", 0),
    ("", 0),
    ("\u{1B}[1;31mBold\u{1B}[0m", 4),
  ])
  func widthCountsColumnsNotScalarsOrBytes(text: String, width: Int) {
    #expect(DisplayWidth.of(text) == width)
  }

  @Test func paddingUsesDisplayWidth() {
    #expect(DisplayWidth.pad("Türkiye", toWidth: 9) == "Türkiye  ")
    #expect(DisplayWidth.pad("日本", toWidth: 6, alignment: .right) == "  日本")
    #expect(DisplayWidth.pad("ab", toWidth: 7, alignment: .center) == "  ab   ")
    #expect(DisplayWidth.pad("toolong", toWidth: 3) == "toolong")
  }

  @Test func truncationNeverSplitsGraphemesOrExceedsTheWidth() {
    #expect(DisplayWidth.truncate("Côte d’Ivoire", toWidth: 6) == "Côte…")
    #expect(DisplayWidth.truncate("Côte d’Ivoire", toWidth: 13) == "Côte d’Ivoire")
    #expect(DisplayWidth.truncate("Tu\u{308}rkiye", toWidth: 3) == "Tu\u{308}…")
    #expect(DisplayWidth.truncate("日本語", toWidth: 4) == "日…")
    #expect(DisplayWidth.truncate("abcdef", toWidth: 1) == "…")
    #expect(DisplayWidth.truncate("abcdef", toWidth: 0) == "")
    #expect(DisplayWidth.truncate("abcdef", toWidth: 4, ellipsis: "...") == "a...")
  }

  @Test func truncatingStyledTextKeepsTheStyleAndResetsIt() {
    let styled = "\u{1B}[31mabcdef\u{1B}[0m"
    let cut = DisplayWidth.truncate(styled, toWidth: 4)
    #expect(cut == "\u{1B}[31mabc…\u{1B}[0m")
    #expect(DisplayWidth.of(cut) == 4)
  }
}
