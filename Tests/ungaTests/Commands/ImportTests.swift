import Foundation
import Testing

/// `unga import`, run as a user would, on fixtures cut from the real sources.
@Suite struct ImportTests {
  private static let unvotes = ["un_roll_calls.csv", "un_votes.csv", "un_roll_call_issues.csv"]
    .map { Repository.fixture("unvotes/" + $0) }
  private static let undl = Repository.fixture("undl/ga-es-11-1-votes.csv")

  private static func lines(_ path: String) throws -> [String] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
  }

  @Test func undlWritesTheDatasetAndAccountsForEveryRow() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let output = folder + "/es-11"
    let result = try unga("import", "undl", Self.undl, "--output", output)
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr.isEmpty)
    #expect(
      result.stdout == """
        \(Self.undl): 193 rows, 193 imported, 0 rejected
        total: 193 imported, 0 rejected, 0 notes
        written: 0 member states, 1 roll calls, 0 drafts, 193 votes, 0 sponsorships
        Wrote \(output).

        """)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: output).sorted() == [
        "resolutions.csv", "votes.csv",
      ])
    let votes = try Self.lines(output + "/votes.csv")
    #expect(votes.count == 194)
    #expect(votes.filter { $0.hasSuffix(",no") }.count == 5)
  }

  @Test func unxmlWritesVotesTextsAdoptedWithoutAVoteAndSponsors() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let input = Repository.fixture("unxml/sample.json")
    let output = folder + "/recent"
    let result = try unga("import", "unxml", input, "--output", output, "--limit", "0")
    #expect(result.status == 0, "\(result)")
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "\(input): 11 rows, 7 imported, 4 rejected")
    #expect(lines.contains("Rejected rows (4):"))
    #expect(lines.contains { $0.hasPrefix("  \(input):10: duplicate symbol: A/RES/79/263 ") })
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: output).sorted() == [
        "resolutions.csv", "sponsors.csv", "votes.csv",
      ])
    let resolutions = try Self.lines(output + "/resolutions.csv")
    #expect(resolutions.first?.hasSuffix(",non_voting,report,subjects") == true)
    #expect(resolutions.contains { $0.hasPrefix("A/RES/75/10,adopted,A/RES/75/10,A/75/L.20,") })
    // The data it wrote loads: every recorded total agrees with the votes.
    let validate = try unga("validate", "--data", output)
    #expect(validate.status == 0, "\(validate)")
  }

  @Test func rejectedRowsAreListedWithFileAndLineUpToTheLimit() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let drafts = Repository.fixture("sponsors/draft-resolutions-nl.csv")
    let sponsors = Repository.fixture("sponsors/draft-sponsors-nl.csv")
    let result = try unga(
      "import", "sponsors", drafts, sponsors, "--output", folder, "--limit", "2")
    #expect(result.status == 0, "\(result)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains("\(drafts): 12 rows, 9 imported, 3 rejected"))
    #expect(lines.contains("\(sponsors): 201 rows, 170 imported, 31 rejected"))
    let start = try #require(lines.firstIndex(of: "Rejected rows (34):"))
    #expect(
      lines[start + 1]
        == "  \(drafts):2: skipped, not a General Assembly draft: S/2015/562 (Security Council)")
    #expect(lines[start + 3] == "  ... and 32 more (--limit 0 lists them all)")
    #expect(FileManager.default.fileExists(atPath: folder + "/sponsors.csv"))
  }

  @Test func memberStatesRebuildsTheShippedTable() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try unga(
      "import", "member-states", Repository.path("datasets/sources/member-states.csv"),
      Repository.fixture("member-states/regional-groups.csv"), "--output", folder)
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.contains("total: 393 imported, 0 rejected, 0 notes\n"))
    // The fixture is the whole regional-groups file, so the table is the shipped one.
    let built = try Data(contentsOf: URL(fileURLWithPath: folder + "/member-states.csv"))
    let shipped = try Data(
      contentsOf: URL(fileURLWithPath: Repository.path("datasets/member-states.csv")))
    #expect(built == shipped)
  }

  @Test func curatedTakesEachGroupOfInputsUpToTheNextOption() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let arguments =
      ["import", "curated", "--tag", "ukraine", "--unvotes"] + Self.unvotes + ["--undl", Self.undl]
      + [
        "--sponsors", Repository.fixture("sponsors/draft-resolutions-nl.csv"),
        Repository.fixture("sponsors/draft-sponsors-nl.csv"),
        Repository.path("datasets/sources/ukraine-drafts.csv"),
        Repository.path("datasets/sources/ukraine-draft-sponsors.csv"), "--output", folder,
      ]
    let result = try unga(arguments: arguments)
    #expect(result.status == 0, "\(result)")
    #expect(
      result.stdout.contains(
        "written: 0 member states, 4 roll calls, 1 drafts, 202 votes, 48 sponsorships\n"))
    // A/RES/ES-11/1 has 193 votes; the fixture has 3 on each of the three Crimea roll calls.
    #expect(try Self.lines(folder + "/votes.csv").count == 1 + 193 + 3 * 3)
    let ids = try Self.lines(folder + "/resolutions.csv").dropFirst().map {
      String($0.prefix { $0 != "," })
    }
    #expect(
      ids.sorted() == [
        "A/ES-11/L.10", "A/RES/ES-11/1", "unvotes-5309", "unvotes-5489", "unvotes-9075",
      ])
  }

  @Test func aMissingInputExits66() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try unga("import", "undl", "/nonexistent/votes.csv", "--output", folder)
    #expect(result.status == 66, "\(result)")
    #expect(result.stderr == "unga: error: /nonexistent/votes.csv: cannot read: no such file\n")
  }

  @Test func aMalformedInputExits65() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try unga("import", "undl", Self.unvotes[0], "--output", folder)
    #expect(result.status == 65, "\(result)")
    #expect(result.stderr.hasPrefix("unga: error: \(Self.unvotes[0]):1: missing column(s) "))
  }

  @Test func aFileTheFormatNeedsButNotNamedExits64() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try unga("import", "unvotes", Self.unvotes[0], "--output", folder)
    #expect(result.status == 64, "\(result)")
    #expect(result.stderr.hasPrefix("unga: error: unvotes: missing input; expected "))
  }

  @Test func anUnwritableOutputExits73AndWritesNothing() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // A folder cannot be made under a plain file, whoever runs the tests.
    try Data("a file".utf8).write(to: URL(fileURLWithPath: folder + "/plain"))
    let result = try unga("import", "undl", Self.undl, "--output", folder + "/plain/out")
    #expect(result.status == 73, "\(result)")
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "unga: error: \(folder)/plain/out: cannot write: cannot create the folder:"
        + " Not a directory\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["plain"])
  }

  @Test func aMissingSourcesFolderExits66() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try unga(
      "import", "undl", Self.undl, "--sources", folder + "/none", "--output", folder)
    #expect(result.status == 66, "\(result)")
    #expect(result.stderr == "unga: error: cannot read '\(folder)/none': no such folder\n")
  }
}
