import Testing
import UNGAKit

@Suite struct UNDLImporterTests {
  private func importer() throws -> UNDLImporter {
    let context = try ImportFixtures.context()
    return UNDLImporter(resolver: context.resolver, annotations: context.annotations)
  }

  private func tally(_ votes: [VoteRecord]) -> Tally {
    var tally = Tally()
    for vote in votes { tally[vote.vote] += 1 }
    return tally
  }

  @Test func importsTheShortFormOfESAggressionAgainstUkraine() throws {
    let result = try importer().importFiles([ImportFixtures.fixture("undl/ga-es-11-1-votes.csv")])
    #expect(result.files.map(\.rows) == [193])
    #expect(result.files.map(\.imported) == [193])
    #expect(result.rejected.isEmpty)
    let call = try #require(result.rows.rollCalls.first)
    #expect(result.rows.rollCalls.count == 1)
    #expect(call.id == "A/RES/ES-11/1")
    #expect(call.resolution == "A/RES/ES-11/1")
    #expect(call.date == (try .test("2022-03-02")))
    #expect(call.session == 76)
    // The short form has no title or totals: the curated facts supply them.
    #expect(call.title == "Aggression against Ukraine")
    #expect(call.draft == "A/ES-11/L.1")
    #expect(call.issues == ["ukraine"])
    #expect(call.recordedTally == Tally(yes: 141, no: 5, abstain: 35, nonVoting: 12))
    #expect(tally(result.rows.votes) == Tally(yes: 141, no: 5, abstain: 35, nonVoting: 12))
    let russia = result.rows.votes.first { $0.state == "RUS" }
    #expect(russia?.vote == .no)
  }

  @Test func importsTheFullForm() throws {
    let result = try importer().importFiles([ImportFixtures.fixture("undl/undl-full-sample.csv")])
    #expect(result.rows.rollCalls.map(\.id) == ["A/RES/ES-11/4"])
    let call = try #require(result.rows.rollCalls.first)
    #expect(
      call.title
        == "Territorial integrity of Ukraine : defending the principles of the Charter of the United Nations"
    )
    #expect(call.draft == "A/ES-11/L.5")
    #expect(call.session == 77)  // "ES-11" is not a number: the session comes from the date
    #expect(call.recordedTally == Tally(yes: 143, no: 5, abstain: 35, nonVoting: 10))
    #expect(call.issues == ["ukraine"])  // curated in datasets/sources/curated-tags.csv
    #expect(tally(result.rows.votes) == Tally(yes: 4, no: 5, abstain: 3, nonVoting: 2))
    let venezuela = result.rows.votes.first { $0.state == "VEN" }
    #expect(venezuela?.vote == .nonVoting)  // empty ms_vote: did not take part
    #expect(result.rows.votes.first { $0.state == "TUR" }?.vote == .yes)
    #expect(
      result.rejected.map(\.description) == [
        "\(ImportFixtures.fixture("undl/undl-full-sample.csv")):16: no recorded vote: every row of A/RES/77/300 is non-voting or empty",
        "\(ImportFixtures.fixture("undl/undl-full-sample.csv")):17: no recorded vote: every row of A/RES/77/300 is non-voting or empty",
        "\(ImportFixtures.fixture("undl/undl-full-sample.csv")):18:9: unknown state: ms_code 'XXK' (KOSOVO); expected an alpha-3 code of the member-states table",
        "\(ImportFixtures.fixture("undl/undl-full-sample.csv")):19: duplicate vote: UKR already voted on A/RES/ES-11/4 on line 2",
      ])
    #expect(result.files.map(\.rows) == [18])
    #expect(result.files.map(\.imported) == [14])
    #expect(result.files.map(\.rejected) == [4])
  }

  @Test func rejectsBadRowsWithTheirLines() throws {
    let document = try ImportFixtures.document(
      "resolution,date,ms_code,ms_vote\r\n"
        + "A/RES/1/1,1946-02-01,USA,Y\r\n"
        + "A/RES/1/1,1946-02-02,FRA,Y\r\n"
        + "A/RES/1/1,1946-02-01,FRA,maybe\r\n"
        + "A/RES/1/1,1946-02-01,NAM,N\r\n"
        + "A/RES/1/1,1946-02-01,DEU,\r\n"
        + ",1946-02-01,FRA,Y\r\n"
        + "A/RES/1/1,01/02/1946,FRA,Y\r\n"
        + "A/RES/1/1,1946-02-01\r\n"
        + "A/RES/1/1,1946-02-01,SUN,A\r\n",
      file: "undl.csv")
    let result = try importer().run([document])
    #expect(
      result.rejected.map(\.description) == [
        "undl.csv:3: conflicting date: A/RES/1/1 is dated 1946-02-01 on line 2, 1946-02-02 here",
        "undl.csv:4:26: bad vote: 'maybe'; expected Y, N, A, X or empty",
        "undl.csv:5: vote by a non-member: NAM was not a member on 1946-02-01",
        "undl.csv:6: not a member: DEU was not a member on 1946-02-01; its non-voting row is not a vote",
        "undl.csv:7: empty resolution: expected a symbol such as A/RES/ES-11/1",
        "undl.csv:8: bad date: '01/02/1946'; expected YYYY-MM-DD",
        "undl.csv:9: malformed row: 2 fields; expected 4 as in the header",
      ])
    #expect(result.rows.votes.map(\.state) == ["USA", "SUN"])
    #expect(result.rows.rollCalls.first?.title == "A/RES/1/1")
    #expect(result.notes.count == 1)
    #expect(result.rows.rollCalls.first?.session == 1)
  }
}
