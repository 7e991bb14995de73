import Foundation
import Testing
import UNGAKit

@Suite struct DatasetImportTests {
  private static let unvotes = ["un_roll_calls.csv", "un_votes.csv", "un_roll_call_issues.csv"].map
  {
    ImportFixtures.fixture("unvotes/" + $0)
  }
  private static let catalogue = [
    ImportFixtures.fixture("sponsors/draft-resolutions-nl.csv"),
    ImportFixtures.fixture("sponsors/draft-sponsors-nl.csv"),
    ImportFixtures.repository("datasets/sources/ukraine-drafts.csv"),
    ImportFixtures.repository("datasets/sources/ukraine-draft-sponsors.csv"),
  ]

  @Test func writesTheHistoryFolder() throws {
    let folder = try ImportFixtures.temporaryFolder() + "/history"
    let result = try DatasetImport.run(
      .unvotes, inputs: Self.unvotes, context: try ImportFixtures.context(), output: folder)
    #expect(result.importedCount == 15 + 55 + 4)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [
        "resolutions.csv", "votes.csv",
      ])
    let votes = try ImportFixtures.table(folder + "/votes.csv")
    #expect(votes.count == 56)
    #expect(votes[1] == ["unvotes-3", "ARG", "yes"])
    #expect(result.summary.contains("un_votes.csv: 55 rows, 55 imported, 0 rejected"))
  }

  @Test func curatedUkraineRowsEqualTheHistoryRows() throws {
    let context = try ImportFixtures.context()
    let root = try ImportFixtures.temporaryFolder()
    _ = try DatasetImport.run(
      .unvotes, inputs: Self.unvotes, context: context, output: root + "/history")
    _ = try DatasetImport.run(
      .sponsors, inputs: Self.catalogue, context: context, output: root + "/sponsors")
    let result = try DatasetImport.curated(
      tag: "ukraine",
      inputs: [
        (.unvotes, Self.unvotes), (.undl, [ImportFixtures.fixture("undl/ga-es-11-1-votes.csv")]),
        (.sponsors, Self.catalogue),
      ], context: context, output: root + "/ukraine")
    #expect(
      result.rows.rollCalls.map(\.id).sorted() == [
        "A/RES/ES-11/1", "unvotes-5309", "unvotes-5489", "unvotes-9075",
      ])
    // The draft that became A/RES/68/262 is represented by its roll call.
    #expect(result.rows.drafts.map(\.id) == ["A/ES-11/L.10"])
    let draft = try #require(result.rows.drafts.first)
    #expect(draft.date == (try .test("2025-02-24")))
    #expect(draft.session == 79)
    #expect(draft.title == "Advancing a comprehensive, just and lasting peace in Ukraine")
    #expect(
      result.rows.sponsorships.filter { $0.document == "A/ES-11/L.10" }.map(\.state) == ["UKR"])
    #expect(result.rows.sponsorships.filter { $0.document == "A/RES/68/262" }.count == 47)

    func lines(_ path: String, where keep: (String) -> Bool) throws -> [String] {
      try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        .filter(keep)
    }
    let isHistory = { (line: String) in line.hasPrefix("unvotes-") }
    let ukraineCalls = try lines(root + "/ukraine/resolutions.csv", where: isHistory)
    let historyCalls = try lines(root + "/history/resolutions.csv") { line in
      ["unvotes-5309,", "unvotes-5489,", "unvotes-9075,"].contains { line.hasPrefix($0) }
    }
    #expect(ukraineCalls.count == 3)
    #expect(ukraineCalls == historyCalls)
    let ukraineVotes = try lines(root + "/ukraine/votes.csv", where: isHistory)
    let historyVotes = try lines(root + "/history/votes.csv") { line in
      ["unvotes-5309,", "unvotes-5489,", "unvotes-9075,"].contains { line.hasPrefix($0) }
    }
    #expect(ukraineVotes == historyVotes)
    let sponsorLine = { (line: String) in line.hasPrefix("A/RES/68/262,") }
    #expect(
      try lines(root + "/ukraine/sponsors.csv", where: sponsorLine)
        == lines(root + "/sponsors/sponsors.csv", where: sponsorLine))
  }

  @Test func missingOutputFolderParentIsAWriteError() throws {
    let root = try ImportFixtures.temporaryFolder()
    try AtomicFile.write("file", to: root + "/plain")
    let error = #expect(throws: ImportError.self) {
      try DatasetImport.run(
        .undl, inputs: [ImportFixtures.fixture("undl/ga-es-11-1-votes.csv")],
        context: try ImportFixtures.context(), output: root + "/plain/out")
    }
    guard case .write(let failure) = error else {
      Issue.record("expected a write error, got \(String(describing: error))")
      return
    }
    #expect(failure.path == root + "/plain/out")
  }

  @Test func unreadableInputNamesTheFile() throws {
    let error = #expect(throws: ImportError.self) {
      try DatasetImport.run(
        .undl, inputs: ["/nonexistent/x.csv"], context: try ImportFixtures.context())
    }
    #expect(error?.description == "/nonexistent/x.csv: cannot read: no such file")
  }
}
