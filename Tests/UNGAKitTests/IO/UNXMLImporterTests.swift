import Foundation
import Testing
import UNGAKit

/// `UNXMLImporter` on real lines of the UN's resolution records
/// (`Fixtures/unxml/sample.json`: ten lines of the source and one broken line).
@Suite struct UNXMLImporterTests {
  private static let file = ImportFixtures.fixture("unxml/sample.json")

  private func importer(overlap: Dataset? = nil) throws -> UNXMLImporter {
    let context = try ImportFixtures.context()
    return UNXMLImporter(
      resolver: context.resolver, annotations: context.annotations,
      subjectIssues: context.subjectIssues, overlap: overlap)
  }

  private func result(overlap: Dataset? = nil) throws -> ImportResult {
    try importer(overlap: overlap).importFiles([Self.file])
  }

  private func tally(_ votes: [VoteRecord], _ id: DocumentID) -> Tally {
    var tally = Tally()
    for vote in votes where vote.rollCall == id { tally[vote.vote] += 1 }
    return tally
  }

  @Test func everyLineIsImportedOrRejected() throws {
    let result = try result()
    #expect(result.files.map(\.rows) == [11])
    #expect(result.files.map(\.imported) == [7])
    #expect(result.files.map(\.rejected) == [4])
    #expect(result.rejected.map(\.line) == [4, 5, 9, 10])
    #expect(result.rejected.count == result.rejectedCount)
    #expect(result.rejected[0].message.hasPrefix("bad JSON: "))
    #expect(
      result.rejected[1].message.hasPrefix(
        "state named twice: DZA is twice in the yes list of A/RES/75/290 A"))
    #expect(result.rejected[2].message.hasPrefix("unknown adoption type: '' for A/RES/79/259 A-C"))
    #expect(
      result.rejected[3].message
        == "duplicate symbol: A/RES/79/263 is also on \(Self.file):11, which is kept (it is the "
        + "later line)")
  }

  @Test func aRecordedVoteGivesOneVotePerMember() throws {
    let result = try result()
    let call = try #require(result.rows.rollCalls.first { $0.id == "A/RES/ES-11/6" })
    #expect(call.resolution == "A/RES/ES-11/6")
    #expect(call.draft == "A/ES-11/L.7")
    #expect(call.date == (try .test("2023-02-23")))
    #expect(call.session == 77)
    #expect(call.issues.contains("ukraine"))
    #expect(call.recordedTally == Tally(yes: 141, no: 7, abstain: 32, nonVoting: 13))
    #expect(tally(result.rows.votes, call.id) == call.recordedTally)
    #expect(result.rows.votes.first { $0.rollCall == call.id && $0.state == "RUS" }?.vote == .no)
    #expect(result.rows.votes.first { $0.rollCall == call.id && $0.state == "TUR" }?.vote == .yes)
    let sponsors = result.rows.sponsorships.filter { $0.document == "A/RES/ES-11/6" }
    #expect(sponsors.filter { $0.role == .mainSponsor }.count == 57)
    #expect(sponsors.filter { $0.role == .coSponsor }.count == 18)
    #expect(sponsors.contains { $0.state == "UKR" && $0.role == .mainSponsor })
  }

  @Test func listsThatDisagreeWithTheCountsAreImportedWithoutTotals() throws {
    let result = try result()
    for (id, counts) in [("A/RES/74/9", "137–N.A.–2"), ("A/RES/77/293", "100–9–59")] {
      let call = try #require(result.rows.rollCalls.first { $0.id.rawValue == id })
      #expect(call.recordedTally == nil)
      #expect(
        result.notes.contains {
          $0.message.hasPrefix("lists disagree with counts: \(id) publishes \(counts)")
        })
    }
    let partial = tally(result.rows.votes, "A/RES/77/293")
    #expect(partial.yes == 100 && partial.no == 9 && partial.abstain == 58)
  }

  @Test func adoptedWithoutAVoteIsKeptWithItsSponsors() throws {
    let result = try result()
    let text = try #require(result.rows.drafts.first { $0.id == "A/RES/75/10" })
    #expect(text.adoptedWithoutVote)
    #expect(text.resolution == "A/RES/75/10")
    #expect(text.draft == "A/75/L.20")
    #expect(text.report == nil)
    let sponsors = result.rows.sponsorships.filter { $0.document == "A/RES/75/10" }
    #expect(sponsors.filter { $0.role == .mainSponsor }.count == 15)
    #expect(sponsors.filter { $0.role == .coSponsor }.count == 41)
    #expect(!result.rows.votes.contains { $0.rollCall == "A/RES/75/10" })
  }

  @Test func emptyListsKeepTheTextWithoutVotes() throws {
    let result = try result()
    let text = try #require(result.rows.drafts.first { $0.id == "A/RES/75/254 A-C" })
    #expect(!text.adoptedWithoutVote)
    #expect(text.report?.hasPrefix("A/75/") == true)
    #expect(text.draft == nil)
    #expect(result.notes.contains { $0.message.hasPrefix("empty lists: A/RES/75/254 A-C") })
  }

  @Test func sponsorsThatAreNotMemberStatesAreNoted() throws {
    let result = try result()
    #expect(
      result.notes.contains {
        $0.message
          == "not a member state: A/RES/79/1 lists among its sponsors 'submitted by the "
          + "President of the General Assembly'; kept as this note"
      })
    // Uganda speaks for the Group of 77: Uganda is the sponsor, the group a note.
    let sponsors = result.rows.sponsorships.filter { $0.document == "A/RES/79/263" }
    #expect(sponsors.first { $0.role == .mainSponsor }?.state == "UGA")
    #expect(
      result.notes.contains {
        $0.line == 11 && $0.message.contains("'on behalf of the States Members of the United")
      })
  }

  @Test func subjectsAreKeptAndMappedToIssueCodes() throws {
    let result = try result()
    let call = try #require(result.rows.rollCalls.first { $0.id == "A/RES/74/9" })
    #expect(call.subjects == call.subjects.sorted())
    #expect(call.subjects.allSatisfy { $0 == $0.uppercased() })
    let mapping = try ImportFixtures.context().subjectIssues
    let expected = Set(call.subjects.flatMap { mapping[$0] ?? [] })
    #expect(Set(call.issues) == expected)
  }

  @Test func aVoteTheOverlapHoldsIsMergedAndCompared() throws {
    let plain = try result()
    var rows = plain.rows
    rows.rollCalls = rows.rollCalls.filter { $0.id == "A/RES/ES-11/6" }.map {
      var call = $0
      call.id = "unvotes-1"
      return call
    }
    // One state votes differently in the other source.
    rows.votes = rows.votes.filter { $0.rollCall == "A/RES/ES-11/6" }.map {
      VoteRecord(rollCall: "unvotes-1", state: $0.state, vote: $0.state == "IND" ? .yes : $0.vote)
    }
    let states = try #require(ImportFixtures.memberStates).rows.memberStates
    let stateIndex = Dictionary(
      uniqueKeysWithValues: states.enumerated().map { ($1.code, Int32($0)) })
    let overlap = Dataset(
      states: states, rollCalls: rows.rollCalls,
      votes: rows.votes.map {
        Dataset.Entry(rollCall: 0, state: stateIndex[$0.state] ?? -1, vote: $0.vote)
      })
    let merged = try result(overlap: overlap)
    #expect(merged.files.map(\.merged) == [1])
    #expect(merged.files.map(\.imported) == plain.files.map(\.imported))
    #expect(!merged.rows.rollCalls.contains { $0.id == "A/RES/ES-11/6" })
    #expect(merged.rows.sponsorships.contains { $0.document == "A/RES/ES-11/6" })
    let note = try #require(merged.notes.first { $0.message.hasPrefix("merged: ") })
    #expect(
      note.message
        == "merged: A/RES/ES-11/6 is unvotes-1 of the loaded data, whose votes stand; they "
        + "disagree on 1 state: IND yes there, abstain here")
    #expect(merged.summary.hasPrefix("\(Self.file): 11 rows, 7 imported (1 merged), 4 rejected"))
  }

  @Test func theSameInputWritesTheSameBytes() throws {
    let rows = try result().rows
    let first = NativeDatasetWriter.resolutionsCSV(rows.rollCalls, rows.drafts)
    let second = NativeDatasetWriter.resolutionsCSV(
      rows.rollCalls.reversed(), rows.drafts.reversed())
    #expect(first == second)
    #expect(
      first.hasPrefix(
        NativeDatasetWriter.resolutionColumns.joined(separator: ",") + ",report,subjects\n"))
    #expect(first.contains("\nA/RES/75/10,adopted,A/RES/75/10,A/75/L.20,2020-11-23,75,"))
  }

  @Test(
    arguments: [
      ("A/74/L.12/Rev.1 and A/74/L.12/Rev.1/Add.1", "A/74/L.12/Rev.1", nil),
      ("A/ES-11/L.5 /Add.1", "A/ES-11/L.5", nil),
      ("A/77/L.60 (as amended in A/77/L.61)", "A/77/L.60", nil),
      ("A/79/458/Add.3, para. 30", nil, "A/79/458/Add.3, para. 30"),
      ("", nil, nil),
    ] as [(String, String?, String?)])
  func theOriginatingDocumentGivesTheDraftOrTheReport(
    text: String, draft: String?, report: String?
  ) {
    let origin = UNXMLImporter.origin(text)
    #expect(origin.draft == draft)
    #expect(origin.report == report)
  }

  @Test func bothDateFormsAreRead() {
    #expect(UNXMLImporter.date("29\u{a0}October 2024") == CalendarDate(iso: "2024-10-29"))
    #expect(UNXMLImporter.date("2019-12-09 00:00:00") == CalendarDate(iso: "2019-12-09"))
    #expect(UNXMLImporter.date("31 February 2024") == nil)
    #expect(UNXMLImporter.date("N.A.") == nil)
  }
}
