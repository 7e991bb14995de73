import Testing

@testable import unga

@Suite struct CommandLineTextTests {
  @Test func leavesOutTheThreadsInEveryForm() {
    let omit: Set<String> = ["--threads", "-j"]
    #expect(
      CommandLineText.kept(["simulate", "--threads", "2", "--seed", "3"], omitting: omit)
        == ["simulate", "--seed", "3"])
    #expect(
      CommandLineText.kept(["simulate", "--threads=2", "-j", "4", "-n", "10"], omitting: omit)
        == ["simulate", "-n", "10"])
    #expect(
      CommandLineText.kept(["simulate", "--", "--threads", "2"], omitting: omit)
        == ["simulate", "--", "--threads", "2"])
    #expect(CommandLineText.kept(["simulate", "--threads"], omitting: omit) == ["simulate"])
  }

  @Test func quotesWordsTheShellWouldChange() {
    #expect(CommandLineText.quoted("A/ES-11/L.10") == "A/ES-11/L.10")
    #expect(CommandLineText.quoted("+USA") == "+USA")
    #expect(CommandLineText.quoted("~USA") == "'~USA'")
    #expect(CommandLineText.quoted("US: ~USA -RUS") == "'US: ~USA -RUS'")
    #expect(CommandLineText.quoted("it's") == #"'it'\''s'"#)
    #expect(CommandLineText.quoted("") == "''")
    #expect(CommandLineText.quoted("adoption>=0.9") == "'adoption>=0.9'")
  }
}
