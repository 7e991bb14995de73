import Foundation
import Testing
import UNGAKit

@Suite struct NativeDatasetWriterTests {
  private func sample() throws -> NativeRows {
    let states = [
      MemberState(
        code: "UKR", alpha2: "UA", name: "Ukraine", group: .easternEuropean,
        admitted: try .test("1945-10-24")),
      MemberState(
        code: "SUN", alpha2: "SU", name: "Union of Soviet Socialist Republics",
        group: .easternEuropean, admitted: try .test("1945-10-24"),
        departed: try .test("1991-12-24")),
    ]
    let rollCalls = [
      RollCall(
        id: "unvotes-10", resolution: "A/RES/1/10", date: try .test("1946-02-01"), session: 1,
        title: "Title with, a comma and \"quotes\"", issues: ["hr", "me"], isAmendment: true),
      RollCall(
        id: "unvotes-9", date: try .test("1946-02-01"), session: 1, title: " padded ",
        majority: .twoThirds, isImportant: true,
        recordedTally: Tally(yes: 1, no: 2, abstain: 3, nonVoting: 4)),
    ]
    let drafts = [
      Draft(
        id: "A/ES-11/L.10", draft: "A/ES-11/L.10", date: try .test("2025-02-24"), session: 79,
        title: "Advancing a comprehensive, just and lasting peace in Ukraine", issues: ["ukraine"])
    ]
    let votes = [
      VoteRecord(rollCall: "unvotes-10", state: "UKR", vote: .no),
      VoteRecord(rollCall: "unvotes-9", state: "UKR", vote: .yes),
      VoteRecord(rollCall: "unvotes-9", state: "SUN", vote: .abstain),
      VoteRecord(rollCall: "unvotes-10", state: "SUN", vote: .nonVoting),
    ]
    let sponsors = [
      Sponsorship(document: "A/ES-11/L.10", state: "UKR", role: .coSponsor),
      Sponsorship(
        document: "A/ES-11/L.10", state: "UKR", role: .mainSponsor,
        joined: try .test("2025-02-24")),
    ]
    return NativeRows(
      memberStates: states, rollCalls: rollCalls, drafts: drafts, votes: votes,
      sponsorships: sponsors)
  }

  @Test func headersUseTheNativeSchema() {
    #expect(
      Set(NativeDatasetWriter.memberStateColumns)
        == Set(NativeSchema.MemberStates.required + NativeSchema.MemberStates.optional))
    #expect(
      Set(NativeDatasetWriter.resolutionColumns + NativeDatasetWriter.optionalResolutionColumns)
        == Set(NativeSchema.Resolutions.required + NativeSchema.Resolutions.optional))
    #expect(
      Set(NativeDatasetWriter.voteColumns)
        == Set(NativeSchema.Votes.required + NativeSchema.Votes.optional))
    #expect(
      Set(NativeDatasetWriter.sponsorColumns)
        == Set(NativeSchema.Sponsors.required + NativeSchema.Sponsors.optional))
  }

  @Test func roundTripsThroughCSVDocument() throws {
    let folder = try ImportFixtures.temporaryFolder() + "/nested/out"
    let written = try NativeDatasetWriter.write(try sample(), to: folder)
    #expect(
      written.map { ($0 as NSString).lastPathComponent } == [
        "member-states.csv", "resolutions.csv", "votes.csv", "sponsors.csv",
      ])
    let states = try ImportFixtures.table(folder + "/member-states.csv")
    #expect(states[0] == NativeDatasetWriter.memberStateColumns)
    #expect(
      states[1] == [
        "SUN", "SU", "Union of Soviet Socialist Republics", "Eastern European", "1945-10-24",
        "1991-12-24",
      ])
    #expect(states[2] == ["UKR", "UA", "Ukraine", "Eastern European", "1945-10-24", ""])

    let resolutions = try ImportFixtures.table(folder + "/resolutions.csv")
    #expect(resolutions.map { $0[0] } == ["id", "unvotes-9", "unvotes-10", "A/ES-11/L.10"])
    #expect(
      resolutions[1] == [
        "unvotes-9", "voted", "", "", "1946-02-01", "1", " padded ", "", "two-thirds", "0", "0",
        "1",
        "1", "2", "3", "4",
      ])
    #expect(resolutions[2][6] == "Title with, a comma and \"quotes\"")
    #expect(resolutions[2][7] == "hr;me")
    #expect(resolutions[2][9] == "1")
    #expect(resolutions[3][1] == "draft")
    #expect(resolutions[3][9...].allSatisfy { $0.isEmpty })

    let votes = try ImportFixtures.table(folder + "/votes.csv")
    #expect(
      votes == [
        ["id", "state", "vote"], ["unvotes-9", "SUN", "abstain"], ["unvotes-9", "UKR", "yes"],
        ["unvotes-10", "SUN", "non-voting"], ["unvotes-10", "UKR", "no"],
      ])
    let sponsors = try ImportFixtures.table(folder + "/sponsors.csv")
    #expect(
      sponsors == [
        ["document", "state", "role", "joined"],
        ["A/ES-11/L.10", "UKR", "main-sponsor", "2025-02-24"],
        ["A/ES-11/L.10", "UKR", "co-sponsor", ""],
      ])
  }

  @Test func sameRowsInAnyOrderGiveTheSameBytes() throws {
    let rows = try sample()
    var shuffled = rows
    var generator = SplitMix(seed: 7)
    shuffled.memberStates.shuffle(using: &generator)
    shuffled.rollCalls.shuffle(using: &generator)
    shuffled.votes.shuffle(using: &generator)
    shuffled.sponsorships.shuffle(using: &generator)
    #expect(
      NativeDatasetWriter.votesCSV(rows.votes, rollCalls: rows.rollCalls)
        == NativeDatasetWriter.votesCSV(shuffled.votes, rollCalls: shuffled.rollCalls))
    #expect(
      NativeDatasetWriter.resolutionsCSV(rows.rollCalls, rows.drafts)
        == NativeDatasetWriter.resolutionsCSV(shuffled.rollCalls, shuffled.drafts))
    #expect(
      NativeDatasetWriter.memberStatesCSV(rows.memberStates)
        == NativeDatasetWriter.memberStatesCSV(shuffled.memberStates))
    #expect(
      NativeDatasetWriter.sponsorsCSV(rows.sponsorships)
        == NativeDatasetWriter.sponsorsCSV(shuffled.sponsorships))
  }

  @Test func emptyTablesAreNotWritten() throws {
    let folder = try ImportFixtures.temporaryFolder()
    let rows = NativeRows(
      drafts: [Draft(id: "A/1/L.1", date: try .test("1946-02-01"), session: 1, title: "T")])
    let written = try NativeDatasetWriter.write(rows, to: folder)
    #expect(written == [folder + "/resolutions.csv"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["resolutions.csv"])
  }

  @Test func aRewriteReplacesTheWholeDataset() throws {
    // New resolutions.csv must not end up beside the old votes.csv.
    let folder = try ImportFixtures.temporaryFolder()
    try NativeDatasetWriter.write(try sample(), to: folder)
    try AtomicFile.write("about this dataset", to: folder + "/README.md")
    let rows = NativeRows(
      drafts: [Draft(id: "A/1/L.1", date: try .test("1946-02-01"), session: 1, title: "T")])
    try NativeDatasetWriter.write(rows, to: folder)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [
        "README.md", "resolutions.csv",
      ])
  }

  @Test func unwritableFolderThrowsNamingIt() throws {
    let folder = try ImportFixtures.temporaryFolder()
    try AtomicFile.write("file", to: folder + "/plain")
    let error = #expect(throws: AtomicFileError.self) {
      try NativeDatasetWriter.write(try sample(), to: folder + "/plain/out")
    }
    #expect(error?.path == folder + "/plain/out")
  }
}

/// A small seeded generator for shuffling in tests (SplitMix64).
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
