import Charts
import Testing

@testable import UNGAKit

@Suite struct TextWrapTests {
  static let text =
    "The 90 % intervals are the spread of outcomes inside the model; adoption moved by −1.3 pp"
    + " (from 99.0 % to 97.7 %) in the scenario where the United States opposes the draft."

  @Test(arguments: [30, 41, 60])
  func linesFitAndKeepEveryWordInOrder(width: Int) {
    let lines = TextWrap.lines(Self.text, width: width, first: "• ", rest: "  ")
    for line in lines { #expect(DisplayWidth.of(line) <= width, "\(line)") }
    #expect(lines[0].hasPrefix("• "))
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("  ") && !$0.hasPrefix("   ") })
    let words = lines.flatMap { $0.dropFirst(2).split(separator: " ") }.map(String.init)
    #expect(words == Self.text.split(separator: " ").map(String.init))
  }

  @Test func aUnitStaysWithItsNumber() {
    for width in 10...60 {
      for line in TextWrap.lines(Self.text, width: width) {
        #expect(!line.hasPrefix("%") && !line.hasPrefix("pp"), "width \(width): \(line)")
      }
    }
    #expect(TextWrap.words("up 4.1 pp, then 3 %).") == ["up", "4.1 pp,", "then", "3 %)."])
    #expect(TextWrap.words("the pp rule") == ["the", "pp", "rule"])
  }

  @Test func aWordLongerThanTheLineStandsAlone() {
    let lines = TextWrap.lines("a sha256 0123456789abcdef0123456789abcdef end", width: 12)
    #expect(lines == ["a sha256", "0123456789abcdef0123456789abcdef", "end"])
    #expect(TextWrap.lines("", width: 10) == [""])
  }

  @Test func listsBreakBetweenItems() {
    let items = [
      "Dominica (31.4 %)", "Lebanon (28.3 %)", "Bahamas (43.8 %)", "Afghanistan (28.3 %)",
    ]
    let lines = TextWrap.list(items, first: "as recorded: ", rest: "  ", width: 40)
    #expect(
      lines == [
        "as recorded: Dominica (31.4 %),", "  Lebanon (28.3 %), Bahamas (43.8 %),",
        "  Afghanistan (28.3 %)",
      ])
  }

  @Test func commandsBreakOutsideQuotesWithContinuations() {
    let command =
      "unga simulate A/ES-11/L.10 --scenario \"with the US: +USA\" --scenario 'US against: -USA'"
      + " --trials 100000 --seed 7"
    let lines = TextWrap.command(command, width: 40, indent: "  ")
    for line in lines.dropLast() { #expect(line.hasSuffix(" \\")) }
    #expect(lines.contains("    --scenario \"with the US: +USA\" \\"))
    #expect(lines.contains { $0.contains("'US against: -USA'") })
    let joined = lines.map { $0.hasSuffix(" \\") ? String($0.dropLast(2)) : $0 }
      .map { $0.drop { $0 == " " } }.joined(separator: " ")
    #expect(joined == command)
  }
}
