import Foundation
import Testing
import UNGAKit

/// `unga show`, run as a user would.
@Suite struct ShowTests {
  private static let ukraine = Repository.fixture("ukraine-2014-2022")

  @Test func aRollCallOfTheShippedData() throws {
    let result = try unga("show", "A/RES/ES-11/1", directory: Repository.root)
    #expect(result.status == 0, "\(result)")
    // The shipped sponsors data has two known problems, counted (see 'unga validate').
    #expect(
      result.stderr.isEmpty
        || result.stderr.hasPrefix("unga: warning: ") && !result.stderr.contains("error"))
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    #expect(lines.first == "A/RES/ES-11/1: Aggression against Ukraine")
    #expect(lines.contains("Result: ADOPTED (simple majority: 6 yes needed against 5 no)"))
    #expect(lines.contains("Tally: 141 yes, 5 no, 35 abstain, 12 non-voting (193 members)"))
    #expect(
      lines.contains("  Western European and Others    29   0        0           0       29"))
    #expect(lines.contains("No (5):"))
    #expect(lines.contains("  BLR ERI PRK RUS SYR"))
  }

  @Test(arguments: [
    ("A/RES/ES-11/6", "Tally: 141 yes, 7 no, 32 abstain, 13 non-voting (193 members)", 75),
    ("A/RES/78/316", "Tally: 99 yes, 9 no, 60 abstain, 25 non-voting (193 members)", 60),
  ])
  func recentRollCallsOfTheShippedData(id: String, tally: String, sponsors: Int) throws {
    let result = try unga("show", id, directory: Repository.root)
    #expect(result.status == 0, "\(result)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix(id + ": ") == true)
    #expect(lines.contains(tally))
    let sponsorLines = lines.filter {
      $0.hasPrefix("Main sponsors (") || $0.hasPrefix("Co-sponsors (")
    }
    let counts = sponsorLines.compactMap { line in
      line.split(separator: "(").dropFirst().first?.split(separator: ")").first.flatMap {
        Int($0)
      }
    }
    #expect(counts.reduce(0, +) == sponsors, "\(sponsorLines)")
  }

  @Test func aResolutionAdoptedWithoutAVoteShowsItsSponsors() throws {
    let result = try unga("show", "A/RES/75/10", directory: Repository.root)
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.hasPrefix("A/RES/75/10: Cooperation between the United Nations"))
    #expect(
      result.stdout.contains("  id A/RES/75/10 | draft A/75/L.20 | 2020-11-23 | session 75\n"))
    #expect(result.stdout.contains("\nResult: ADOPTED without a vote.\n"))
    #expect(result.stdout.contains("\nMain sponsors (15): BEL BRA CAN CHE ESP GEO HUN JAM"))
    #expect(!result.stdout.contains("Tally:"))
  }

  @Test func jsonHasAnIntegerTallyAndDecodes() throws {
    // The curated dataset holds the same roll call as the history, and loads in a blink.
    let result = try unga("show", "A/RES/68/262", "--format", "json", "--data", Self.ukraine)
    #expect(result.status == 0, "\(result)")
    let data = Data(result.stdout.utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let tally = try #require(object["tally"] as? [String: Int])
    #expect(tally == ["yes": 100, "no": 11, "abstain": 58, "nonVoting": 24])
    #expect(object["adopted"] as? Bool == true)
    let summary = try JSONDecoder().decode(RollCallSummary.self, from: data)
    #expect(summary.rollCall?.resolution == "A/RES/68/262")
    #expect(summary.rollCall?.recordedTally == summary.tally)
    #expect(summary.groups.map(\.tally.members).reduce(0, +) == 193)
    #expect(summary.sponsors.filter { $0.role == .mainSponsor }.count == 6)
  }

  @Test func aDraftShowsItsSponsorsAndNoTally() throws {
    let result = try unga("show", "A/ES-11/L.10", "--data", Self.ukraine)
    #expect(result.status == 0, "\(result)")
    #expect(
      result.stdout.hasPrefix(
        "A/ES-11/L.10: Advancing a comprehensive, just and lasting peace in Ukraine\n"
          + "  id A/ES-11/L.10 | 2025-02-24 | session 79\n"))
    #expect(result.stdout.contains("\nNot voted: a draft (simple majority).\n"))
    #expect(result.stdout.contains("\nMain sponsors (1): UKR\n"))
  }

  @Test(arguments: [
    ("A/RES/ES-11/11", "'A/RES/ES-11/1'"),
    ("a/res/es-11/1", "'A/RES/ES-11/1'"),
    ("ES-11/L.10", "'A/ES-11/L.10'"),
  ])
  func anUnknownIdExits65WithSuggestions(id: String, suggestion: String) throws {
    let result = try unga("show", id, "--data", Self.ukraine)
    #expect(result.status == 65, "\(result)")
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.hasPrefix(
        "unga: error: no roll call or draft '\(id)' in the data; expected an id, a resolution"
          + " symbol or a draft symbol; did you mean \(suggestion)"))
  }

  @Test func outputGoesToTheFileNamed() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = folder + "/vote.json"
    let result = try unga(
      "show", "A/RES/ES-11/1", "--data", Self.ukraine, "-f", "json", "--output", file)
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.isEmpty)
    let summary = try JSONDecoder().decode(
      RollCallSummary.self, from: try Data(contentsOf: URL(fileURLWithPath: file)))
    #expect(summary.tally == Tally(yes: 141, no: 5, abstain: 35, nonVoting: 12))
  }

  @Test func anUnwritableOutputExits73() throws {
    let result = try unga(
      "show", "A/RES/ES-11/1", "--data", Self.ukraine, "--output", "/nonexistent/dir/vote.txt")
    #expect(result.status == 73, "\(result)")
    #expect(result.stderr.hasPrefix("unga: error: cannot write '/nonexistent/dir/vote.txt': "))
  }

  @Test func badDataExits65BeforeLookingTheIdUp() throws {
    let file = Repository.fixture("bad-input/unknown-state/votes.csv")
    let result = try unga("show", "A/RES/68/262", "--data", file)
    #expect(result.status == 65, "\(result)")
    #expect(result.stderr.hasPrefix("unga: error: 2 errors in the data:\n\(file):2:1: "))
  }

  @Test func controlCharactersFromTheDataReachNoTerminal() throws {
    let folder = try FixtureDataset.write()
    defer { try? FileManager.default.removeItem(at: folder) }
    let resolutions = folder.appendingPathComponent("resolutions.csv")
    let text = try String(contentsOf: resolutions, encoding: .utf8)
      .replacingOccurrences(of: "Recurring text one", with: "Title \u{1B}]0;pwned\u{07}\u{1B}[31m")
    try Data(text.utf8).write(to: resolutions)
    let result = try unga("show", "A/RES/60/1", "--data", folder.path)
    #expect(result.status == 0, "\(result)")
    #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{07}"))
    #expect(result.stdout.hasPrefix("A/RES/60/1: Title \\u{1B}]0;pwned\\u{7}\\u{1B}[31m\n"))

    let votes = folder.appendingPathComponent("votes.csv")
    try Data("id,state,vote\nfx-60-0,X\u{1B}[2J,yes\n".utf8).write(to: votes)
    let bad = try unga("show", "A/RES/60/1", "--data", folder.path)
    #expect(bad.status == 65, "\(bad)")
    #expect(!bad.stderr.contains("\u{1B}"))
    #expect(bad.stderr.contains("X\\u{1B}[2J"))
  }

  @Test func aSymbolOfSeveralRollCallsSaysWhichIsShown() throws {
    let folder = try FixtureDataset.write()
    defer { try? FileManager.default.removeItem(at: folder) }
    let resolutions = folder.appendingPathComponent("resolutions.csv")
    let text = try String(contentsOf: resolutions, encoding: .utf8)
    // A paragraph vote on the text of A/RES/60/1, before its whole-text vote.
    try Data(
      (text + "fx-60-p,voted,A/RES/60/1,,2005-11-01,60,Recurring text one,t,simple,0,1,0\n").utf8
    ).write(to: resolutions)
    let result = try unga("show", "A/RES/60/1", "--data", folder.path)
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.contains("id fx-60-0"))
    // (The paragraph vote has no vote rows: the data's warning comes first.)
    #expect(
      result.stderr.hasSuffix(
        "\nunga: note: 'A/RES/60/1' names 2 roll calls; showing fx-60-0 (whole text, 2005-11-01);"
          + " the others: fx-60-p (paragraph vote, 2005-11-01); name one by its id to show it\n"))
  }
}
