import Testing
import UNGAKit

@Suite struct ControlCharactersTests {
  @Test func controlCharactersAreEscapedAndTheRestKept() {
    #expect(ControlCharacters.escaped("\u{1B}]0;pwned\u{07}") == "\\u{1B}]0;pwned\\u{7}")
    #expect(ControlCharacters.escaped("a\u{1B}[31mred") == "a\\u{1B}[31mred")
    #expect(
      ControlCharacters.escaped("line\nbreak\t\u{7F}\u{9B}")
        == "line\\u{A}break\\u{9}\\u{7F}\\u{9B}")
    #expect(ControlCharacters.escaped("Côte d’Ivoire · 中国") == "Côte d’Ivoire · 中国")
    #expect(ControlCharacters.escapedKeepingLines("a\u{1B}\nb") == "a\\u{1B}\nb")
  }

  @Test func messagesQuotingDataShowThemEscaped() {
    let issue = DataIssue(
      .error, file: "votes.csv", line: 2, column: 5, message: "unknown state 'X\u{1B}[2J'")
    #expect(issue.description == "votes.csv:2:5: unknown state 'X\\u{1B}[2J'")
    let imported = ImportIssue(file: "a.csv", line: 3, message: "bad vote: '\u{1B}]0;x\u{07}'")
    #expect(imported.description == "a.csv:3: bad vote: '\\u{1B}]0;x\\u{7}'")
  }
}
