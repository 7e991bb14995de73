import Foundation
import Testing
import UNGAKit

@Suite struct UnvotesImporterTests {
  private static let files = ["un_roll_calls.csv", "un_votes.csv", "un_roll_call_issues.csv"].map {
    ImportFixtures.fixture("unvotes/" + $0)
  }

  private func importer() throws -> UnvotesImporter {
    let context = try ImportFixtures.context()
    return UnvotesImporter(resolver: context.resolver, annotations: context.annotations)
  }

  private func imported() throws -> ImportResult {
    // Inputs in any order: each file is recognised by its header.
    try importer().importFiles(Self.files.reversed())
  }

  private func votes(_ result: ImportResult, _ rcid: Int) -> [String: Vote] {
    var votes: [String: Vote] = [:]
    for vote in result.rows.votes where vote.rollCall.rawValue == "unvotes-\(rcid)" {
      votes[vote.state.rawValue] = vote.vote
    }
    return votes
  }

  @Test func accountsForEveryRow() throws {
    let result = try imported()
    #expect(result.files.map(\.rows) == [15, 55, 4])
    #expect(result.files.map(\.imported) == [15, 55, 4])
    #expect(result.rejected.isEmpty)
    #expect(result.rows.rollCalls.count == 15)
    #expect(result.rows.votes.count == 55)
  }

  @Test func mapsCodesByDate() throws {
    let result = try imported()
    #expect(
      votes(result, 3) == [
        "USA": .yes, "ARG": .yes, "CSK": .yes, "YUG": .no, "SUN": .no, "UKR": .no, "TWN": .no,
      ])
    #expect(votes(result, 874) == ["GBR": .yes, "TZA": .yes, "ZZB": .abstain, "YEM": .abstain])
    #expect(
      votes(result, 2000) == [
        "DEU": .yes, "DDR": .yes, "CSK": .yes, "SUN": .yes, "YEM": .yes, "YMD": .yes,
      ])
    #expect(votes(result, 3589)["SUN"] == .yes)
    #expect(votes(result, 3589)["NAM"] == .yes)
    #expect(votes(result, 3663)["YUG"] == .no)
    #expect(votes(result, 3739)["RUS"] == .yes)
    #expect(votes(result, 4300)["SRB"] == .yes)
    #expect(
      votes(result, 5309) == [
        "USA": .yes, "RUS": .no, "UKR": .yes, "NAM": .abstain, "CHN": .abstain,
      ])
  }

  @Test func readsRollCalls() throws {
    let result = try imported()
    let byID = Dictionary(uniqueKeysWithValues: result.rows.rollCalls.map { ($0.id.rawValue, $0) })
    let first = try #require(byID["unvotes-3"])
    #expect(first.resolution == "A/RES/1/66")
    #expect(first.isAmendment && !first.isParagraph && !first.isImportant)
    #expect(first.title == "AMENDMENTS, RULES OF PROCEDURE")
    let crimea = try #require(byID["unvotes-5489"])
    #expect(crimea.resolution == "A/RES/71/205")
    #expect(crimea.isImportant && !crimea.isAmendment && !crimea.isParagraph)
    #expect(crimea.issues == ["hr", "ukraine"])
    #expect(
      crimea.title
        == "Situation of human rights in the Autonomous Republic of Crimea and the city of Sevastopol (Ukraine)"
    )
    let trailing = try #require(byID["unvotes-9075"])
    #expect(trailing.title.hasSuffix("Sea of Azov"))
    #expect(trailing.issues == ["ukraine"])
    let territorial = try #require(byID["unvotes-5309"])
    #expect(territorial.title == "Territorial integrity of Ukraine")
    #expect(territorial.resolution == "A/RES/68/262")
    #expect(territorial.recordedTally == Tally(yes: 100, no: 11, abstain: 58, nonVoting: 24))
    #expect(territorial.majority == .simple)
    #expect(byID["unvotes-2000"]?.issues == ["nu"])
    #expect(byID["unvotes-6027"]?.title == "Roll call 6027 (untitled in the source)")
  }

  @Test func movesDatesThatContradictMembership() throws {
    let result = try imported()
    let byID = Dictionary(uniqueKeysWithValues: result.rows.rollCalls.map { ($0.id.rawValue, $0) })
    #expect(byID["unvotes-874"]?.date == (try .test("1963-12-16")))
    #expect(byID["unvotes-1110"]?.date == (try .test("1970-10-13")))
    #expect(byID["unvotes-3"]?.date == (try .test("1946-01-01")))
    let moved = result.notes.filter { $0.message.hasPrefix("date moved") }
    #expect(moved.map(\.line) == [3, 4, 5])
    #expect(
      moved[0].message
        == "date moved: unvotes-874 is dated 1963-12-03 in the source, before ZZB was admitted; moved to 1963-12-16"
    )
    #expect(result.notes.contains { $0.message.hasPrefix("no title: rcid 6027") })
  }

  @Test(arguments: [
    ("R/68/262", "A/RES/68/262"), ("R/1/1287/A", "A/RES/1/1287/A"), ("A/RES/74/17", "A/RES/74/17"),
    ("ESS/10/2", "ESS/10/2"), ("R/6444A", "R/6444A"), ("R/10 65", "R/10 65"), ("  ", nil),
    ("R/29/3323A ", "A/RES/29/3323A"),
  ])
  func normalisesSymbols(source: String, expected: String?) {
    #expect(UnvotesImporter.resolutionSymbol(source) == expected)
  }

  @Test func rejectsBadRowsWithTheirLines() throws {
    let calls = try ImportFixtures.document(
      """
      rcid,session,importantvote,date,unres,amend,para,short,descr
      1,1,0,1946-01-01,R/1/1,0,0,A,B
      1,1,0,1946-01-01,R/1/1,0,0,A,B
      2,1,2,1946-01-01,R/1/2,0,0,A,B
      3,1,0,1946-02-30,R/1/3,0,0,A,B
      4,x,0,1946-01-01,R/1/4,0,0,A,B
      5,1,0,1946-01-01,R/1/5,0,0,A
      6,1,0,1946-01-01,R/1/6,,,"C ",
      """, file: "calls.csv")
    let votes = try ImportFixtures.document(
      """
      rcid,country,country_code,vote
      1,Canada,CA,yes
      1,Canada,CA,no
      1,Atlantis,ZZ,yes
      1,Nowhere,,no
      2,Canada,CA,yes
      1,Canada,CA,maybe
      1,Canada
      6,Czechoslovakia,CS,yes
      6,Slovakia,SK,yes
      """, file: "votes.csv")
    let issues = try ImportFixtures.document(
      "rcid,short_name,issue\n1,hr,Human rights\n9,me,x\n", file: "issues.csv")
    let result = try importer().run(rollCalls: calls, votes: votes, issues: issues)
    #expect(
      result.rejected.map(\.description) == [
        "calls.csv:3: duplicate rcid: 1 is already on line 2",
        "calls.csv:4: bad importantvote flag: '2'; expected 0, 1 or empty",
        "calls.csv:5: bad date: '1946-02-30'; expected YYYY-MM-DD",
        "calls.csv:6: bad session: 'x'; expected a positive integer",
        "calls.csv:7: malformed row: 8 fields; expected 9 as in the header",
        "issues.csv:3: unknown roll call: rcid '9' is not an imported roll call",
        "votes.csv:3: duplicate vote: CAN already voted in unvotes-1 on line 2",
        "votes.csv:4:12: unmapped country code: 'ZZ' (Atlantis); expected an alpha-2 code of the member-states table",
        "votes.csv:5:3: unmapped country: 'Nowhere' has no code and its name is not in the member-states table or the aliases",
        "votes.csv:6:1: unknown roll call: rcid '2' is not an imported roll call",
        "votes.csv:7:13: bad vote: 'maybe'; expected yes, no or abstain",
        "votes.csv:8: malformed row: 2 fields; expected 4 as in the header",
        "votes.csv:10: vote by a non-member: SVK was not a member on 1946-01-01 and no date fits every voter of unvotes-6",
      ])
    #expect(result.files.map(\.rows) == [7, 9, 2])
    #expect(result.files.map(\.imported) == [2, 2, 1])
    #expect(result.rows.rollCalls.map(\.title) == ["A", "C"])
  }

  @Test func acceptsByteOrderMarkAndCRLF() throws {
    let calls = try ImportFixtures.document(
      "\u{FEFF}rcid,session,importantvote,date,unres,amend,para,short,descr\r\n"
        + "5309,68,0,2014-03-27,R/68/262,,,X,Territorial integrity of Ukraine : resolution / adopted by the General Assembly\r\n"
    )
    let votes = try ImportFixtures.document(
      "\u{FEFF}rcid,country,country_code,vote\r\n5309,Namibia,NA,abstain\r\n")
    let result = try importer().run(rollCalls: calls, votes: votes, issues: nil)
    #expect(result.rejected.isEmpty)
    #expect(
      result.rows.votes == [VoteRecord(rollCall: "unvotes-5309", state: "NAM", vote: .abstain)])
    #expect(result.rows.rollCalls.first?.issues == ["ukraine"])
  }

  @Test func unrecognisedOrMissingInputsThrow() throws {
    #expect(throws: ImportError.self) { try importer().importFiles([Self.files[0]]) }
    #expect(throws: ImportError.self) {
      try importer().importFiles(Self.files + [ImportFixtures.fixture("undl/ga-es-11-1-votes.csv")])
    }
  }

  /// The fixture's file `name` cut into two files of the same header: lines
  /// 2 to `split` and the rest.
  private func halves(_ name: String, at split: Int) throws -> [String] {
    let lines = try String(
      contentsOfFile: ImportFixtures.fixture("unvotes/" + name), encoding: .utf8
    )
    .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let folder = try ImportFixtures.temporaryFolder()
    let parts = [Array(lines[1..<split]), Array(lines[split...])]
    return try parts.enumerated().map { index, body in
      let path = folder + "/\(index + 1)-" + name
      try ([lines[0]] + body).joined(separator: "\n").write(
        toFile: path, atomically: false, encoding: .utf8)
      return path
    }
  }

  @Test func severalFilesOfEachKindAreCombined() throws {
    let calls = try halves("un_roll_calls.csv", at: 8)
    let votes = try halves("un_votes.csv", at: 30)
    let whole = try imported()
    let split = try importer().importFiles(calls + votes + [Self.files[2]])
    #expect(split.rows.rollCalls == whole.rows.rollCalls)
    #expect(split.rows.votes.count == whole.rows.votes.count)
    #expect(Set(split.rows.votes) == Set(whole.rows.votes))
    #expect(split.files.map(\.file) == calls + votes + [Self.files[2]])
    #expect(split.files.map(\.rows) == [7, 8, 29, 26, 4])
    for file in split.files { #expect(file.imported + file.rejected == file.rows) }
    #expect(split.rejected.isEmpty)
  }

  @Test func aRollCallRepeatedInAnotherFileIsRejectedNamingBoth() throws {
    let first = try ImportFixtures.document(
      "rcid,session,importantvote,date,unres,amend,para,short,descr\n1,1,0,1946-01-01,,,,A,\n",
      file: "a.csv")
    let second = try ImportFixtures.document(
      "rcid,session,importantvote,date,unres,amend,para,short,descr\n1,1,0,1946-01-01,,,,B,\n",
      file: "b.csv")
    let votes = try ImportFixtures.document(
      "rcid,country,country_code,vote\n1,Canada,CA,yes\n", file: "v1.csv")
    let moreVotes = try ImportFixtures.document(
      "rcid,country,country_code,vote\n1,Canada,CA,no\n", file: "v2.csv")
    let result = try importer().run(
      rollCalls: [first, second], votes: [votes, moreVotes], issues: [])
    #expect(
      result.rejected.map(\.description) == [
        "b.csv:2: duplicate rcid: 1 is already on a.csv:2",
        "v2.csv:2: duplicate vote: CAN already voted in unvotes-1 on v1.csv:2",
      ])
    #expect(result.files.map(\.imported) == [1, 0, 1, 0])
    #expect(result.files.map(\.rejected) == [0, 1, 0, 1])
  }
}
