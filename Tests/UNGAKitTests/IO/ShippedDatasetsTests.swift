import Foundation
import Testing
import UNGAKit

/// Facts of the official record that the shipped datasets must reproduce.
@Suite struct ShippedDatasetsTests {
  private static func summary(_ key: String) throws -> RollCallSummary {
    let dataset = try ShippedData.loaded().dataset
    return try #require(RollCallSummary(dataset: dataset, key: key), "\(key) not in the data")
  }

  @Test func theShippedDataLoadsWithOnlyItsKnownWarnings() throws {
    let loaded = try ShippedData.loaded()
    // Two known problems of the catalogue's data, left for its importer: a draft dated
    // before its sponsor's admission (its session says 1978, its imprint 1976), and
    // co-sponsors whose addendum is dated after the vote. Any other warning fails here.
    #expect(
      loaded.warnings.map { $0.message.prefix(60) } == [
        "sponsorship of 'A/C.6/33/L.5' of 1976-11-10 by WSM, which wa",
        "381 sponsorships joined after the vote of the roll call they",
      ])
    #expect(
      loaded.sources.map(\.path).map {
        $0.replacingOccurrences(of: ShippedData.directory, with: "")
      }
        == [
          "/member-states.csv", "/history/resolutions.csv", "/history/votes.csv",
          "/recent/resolutions.csv", "/recent/votes.csv", "/recent/sponsors.csv",
          "/sponsors/resolutions.csv", "/sponsors/sponsors.csv", "/ukraine/resolutions.csv",
          "/ukraine/sponsors.csv",
        ])
    let historyVotes = try #require(
      loaded.sources.first { $0.path.hasSuffix("/history/votes.csv") })
    #expect(historyVotes.rowCount == 870_109)
  }

  @Test func crimeaResolution68_262() throws {
    let summary = try Self.summary("A/RES/68/262")
    #expect(summary.tally == Tally(yes: 100, no: 11, abstain: 58, nonVoting: 24))
    #expect(summary.rollCall?.recordedTally == summary.tally)
    #expect(summary.rollCall?.date == CalendarDate(iso: "2014-03-27"))
    #expect(summary.adopted == true)
  }

  @Test func aggressionAgainstUkraineES11_1() throws {
    let summary = try Self.summary("A/RES/ES-11/1")
    #expect(summary.tally == Tally(yes: 141, no: 5, abstain: 35, nonVoting: 12))
    #expect(summary.rollCall?.recordedTally == summary.tally)
    #expect(summary.rollCall?.date == CalendarDate(iso: "2022-03-02"))
    #expect(
      summary.votes.filter { $0.vote == .no }.map(\.state) == ["BLR", "ERI", "PRK", "RUS", "SYR"])
    #expect(summary.adopted == true)
  }

  @Test(arguments: [
    ("A/RES/ES-11/2", Tally(yes: 140, no: 5, abstain: 38, nonVoting: 10)),
    ("A/RES/ES-11/3", Tally(yes: 93, no: 24, abstain: 58, nonVoting: 18)),
    ("A/RES/ES-11/4", Tally(yes: 143, no: 5, abstain: 35, nonVoting: 10)),
    ("A/RES/ES-11/5", Tally(yes: 94, no: 14, abstain: 73, nonVoting: 12)),
    ("A/RES/ES-11/6", Tally(yes: 141, no: 7, abstain: 32, nonVoting: 13)),
    ("A/RES/78/316", Tally(yes: 99, no: 9, abstain: 60, nonVoting: 25)),
    ("A/RES/79/184", Tally(yes: 81, no: 14, abstain: 80, nonVoting: 18)),
  ])
  func ukraineRollCallsOfTheUNRecords(key: String, tally: Tally) throws {
    let summary = try Self.summary(key)
    #expect(summary.tally == tally)
    #expect(summary.rollCall?.recordedTally == tally)
    #expect(summary.rollCall?.issues.contains("ukraine") == true)
    #expect(!summary.sponsors.isEmpty)
  }

  /// Every roll call of the UN's records with published totals agrees with its
  /// votes (checked for all roll calls by `everyRecordedTotalAgreesWithTheVotes`);
  /// these are the ones whose lists disagree with the published counts.
  @Test func theUNRecordsWhoseListsDisagreeWithTheirCounts() throws {
    let dataset = try ShippedData.loaded().dataset
    let recent = dataset.rollCalls.filter { $0.id.rawValue.hasPrefix("A/RES/") }
    #expect(recent.count == 473)
    #expect(recent.filter { $0.recordedTally == nil }.map(\.id) == ["A/RES/77/293"])
    let index = try #require(dataset.rollCallIndex("A/RES/77/293"))
    // Published 100–9–59; the list of abstentions names 58 states.
    #expect(dataset.tally(rollCall: index) == Tally(yes: 100, no: 9, abstain: 58, nonVoting: 26))
  }

  /// The overlap of the history and the UN's records is held once: no
  /// resolution has two whole-text roll calls.
  @Test func noResolutionIsVotedTwice() throws {
    let dataset = try ShippedData.loaded().dataset
    var seen: [String: DocumentID] = [:]
    var repeated: [String] = []
    for rollCall in dataset.rollCalls where rollCall.isWholeText && rollCall.date.year >= 2019 {
      guard let symbol = rollCall.resolution else { continue }
      if let other = seen[symbol] { repeated.append("\(symbol): \(other), \(rollCall.id)") }
      seen[symbol] = rollCall.id
    }
    #expect(repeated == [])
  }

  @Test func aResolutionAdoptedWithoutAVote() throws {
    let summary = try Self.summary("A/RES/75/10")
    #expect(summary.status == .adoptedWithoutVote)
    #expect(summary.tally == nil)
    #expect(summary.draft?.draft == "A/75/L.20")
    #expect(summary.sponsors.filter { $0.role == .mainSponsor }.count == 15)
    #expect(summary.sponsors.filter { $0.role == .coSponsor }.count == 41)
  }

  @Test func theDraftOfFebruary2025() throws {
    let summary = try Self.summary("A/ES-11/L.10")
    #expect(summary.status == .draft)
    #expect(summary.draft?.date == CalendarDate(iso: "2025-02-24"))
    #expect(summary.sponsors.map(\.state) == ["UKR"])
    #expect(summary.sponsors.first?.role == .mainSponsor)
  }

  @Test func the193MembersOfTodayEachInOneRegionalGroup() throws {
    let dataset = try ShippedData.loaded().dataset
    let current = dataset.states.filter(\.isCurrentMember)
    #expect(current.count == 193)
    #expect(Set(current.map(\.code)).count == 193)
    var sizes: [RegionalGroup: Int] = [:]
    for state in current { sizes[state.group, default: 0] += 1 }
    // The UN's groups, with the United States counted in Western European and Others.
    #expect(
      sizes == [
        .african: 54, .asiaPacific: 54, .easternEuropean: 23, .latinAmericanAndCaribbean: 33,
        .westernEuropeanAndOthers: 29,
      ])
    // The member-states file itself lists each state on one row only.
    let text = try String(
      contentsOfFile: ShippedData.directory + "/member-states.csv", encoding: .utf8)
    let codes = text.split(separator: "\n").dropFirst().map { $0.prefix { $0 != "," } }
    #expect(codes.count == 200)
    #expect(Set(codes).count == 200)
  }

  @Test func everyRecordedTotalAgreesWithTheVotes() throws {
    let dataset = try ShippedData.loaded().dataset
    var checked = 0
    for (index, rollCall) in dataset.rollCalls.enumerated() {
      guard let recorded = rollCall.recordedTally else { continue }
      #expect(dataset.tally(rollCall: index) == recorded, "\(rollCall.id)")
      checked += 1
    }
    #expect(checked >= 2)
  }
}
