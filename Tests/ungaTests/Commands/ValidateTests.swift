import Foundation
import Testing

/// `unga validate`, run as a user would.
@Suite struct ValidateTests {
  @Test func theShippedDataIsValidAndSummarised() throws {
    let result = try unga("validate", directory: Repository.root)
    #expect(result.status == 0, "\(result)")
    // Warnings only (the shipped sponsors have known ones), each counted in the verdict.
    let warnings = result.stderr.split(separator: "\n")
    #expect(warnings.allSatisfy { $0.contains(": warning: ") }, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "Files read (10):")
    // Every file of every shipped dataset, with its rows.
    let expectedRows = [
      "datasets/member-states.csv": "200", "datasets/history/resolutions.csv": "6,203",
      "datasets/history/votes.csv": "870,109", "datasets/sponsors/resolutions.csv": "2,618",
      "datasets/recent/resolutions.csv": "1,838", "datasets/recent/votes.csv": "91,289",
      "datasets/recent/sponsors.csv": "57,200",
      "datasets/sponsors/sponsors.csv": "115,211", "datasets/ukraine/resolutions.csv": "1",
      "datasets/ukraine/sponsors.csv": "1",
    ]
    for (file, rows) in expectedRows {
      let line = lines.first { $0.hasPrefix(file + " ") }
      #expect(line?.split(separator: " ").last.map(String.init) == rows, "\(file)")
    }
    // No roll call is in two folders: recent/ leaves out the votes history/ holds.
    #expect(lines.contains("  states        200 (193 members today, 7 former)"))
    #expect(lines.contains("  roll calls    6,676"))
    #expect(
      lines.contains("  drafts        3,984 (not voted; 1,364 of them adopted without a vote)"))
    #expect(lines.contains("  votes         961,398 recorded (a member with none is non-voting)"))
    // One row of the 172,412 is left out: a sponsor that was not yet a member (a warning).
    #expect(lines.contains("  sponsorships  172,411"))
    #expect(lines.contains("  dates         1946-01-01 to 2025-09-05"))
    #expect(
      lines.last
        == "Valid: no errors, "
        + (warnings.isEmpty
          ? "no warnings."
          : "\(warnings.count) warning\(warnings.count == 1 ? "" : "s")."))
  }

  @Test func errorsAreListedWithFileLineAndColumnAndExit65() throws {
    let file = Repository.fixture("bad-input/wrong-types/resolutions.csv")
    let result = try unga("validate", "--data", file)
    #expect(result.status == 65, "\(result)")
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first == "unga: error: 2 errors in the data:")
    #expect(
      lines.dropFirst().first
        == "\(file):2:12: date: expected a date YYYY-MM-DD (a day that exists), found '2023-02-30'")
    #expect(lines.count == 3)
  }

  @Test func theListIsCappedWithACountOfTheRest() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // Ten votes by a state that does not exist, each an error of its own line.
    let rows = (1...10).map { "A/RES/ES-11/1,XX\($0),yes\n" }.joined()
    try Data(("id,state,vote\n" + rows).utf8).write(
      to: URL(fileURLWithPath: folder + "/votes.csv"))
    let data = ["--data", Repository.fixture("ukraine-2014-2022"), "--data", folder + "/votes.csv"]
    let capped = try unga(arguments: ["validate", "--limit", "3"] + data)
    #expect(capped.status == 65, "\(capped)")
    let lines = capped.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first == "unga: error: 10 errors in the data:")
    #expect(lines.count == 5)
    #expect(lines[1].hasPrefix(folder + "/votes.csv:2:15: state: unknown state 'XX1'"))
    #expect(lines.last?.hasPrefix("... and 7 more (") == true)
    let all = try unga(arguments: ["validate", "--limit", "0"] + data)
    #expect(all.stderr.split(separator: "\n").count == 11)
  }

  @Test func errorsPastTheKeptOnesAreCounted() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let rows = (1...2000).map { "fx-60-0,XX\($0),yes\n" }.joined()
    try Data(("id,state,vote\n" + rows).utf8).write(
      to: URL(fileURLWithPath: folder + "/votes.csv"))
    let fixture = try FixtureDataset.write()
    defer { try? FileManager.default.removeItem(at: fixture) }
    let data = ["--data", fixture.path, "--data", folder + "/votes.csv"]
    let result = try unga(arguments: ["validate"] + data)
    #expect(result.status == 65, "\(result)")
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first == "unga: error: 2000 errors in the data:")
    #expect(lines.count == 52)
    #expect(lines.last?.hasPrefix("... and 1950 more ('unga validate --data ") == true)
    #expect(lines.last?.hasSuffix(" --limit 0' lists the first 1000 of each file)") == true)
  }

  @Test func aMissingPathExits66() throws {
    let result = try unga("validate", "--data", "/nonexistent/unga-data")
    #expect(result.status == 66, "\(result)")
    #expect(
      result.stderr == "unga: error: cannot read '/nonexistent/unga-data': no such file or folder\n"
    )
  }

  @Test func warningsGoToStandardErrorAndDoNotFail() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = folder + "/votes.csv"
    try Data("id,state,vote,comment\nA/RES/ES-11/1,UKR,yes,ok\n".utf8).write(
      to: URL(fileURLWithPath: file))
    let result = try unga(
      "validate", "--data", Repository.fixture("ukraine-2014-2022"), "--data", file)
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr.hasPrefix("\(file):1:15: warning: unknown column 'comment' ignored"))
    #expect(result.stdout.hasSuffix("Valid: no errors, 1 warning.\n"))
  }
}
