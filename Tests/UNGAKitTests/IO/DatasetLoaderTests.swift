import Foundation
import Testing
import UNGAKit

@Suite struct DatasetLoaderTests {
  private func loadFixtures() throws -> (LoadedData, String) {
    let native = try FixturePaths.path("native")
    let loaded = try DatasetLoader.load(
      paths: [native + "/history", native + "/ukraine"], environment: FixturePaths.environment())
    return (loaded, native)
  }

  @Test func readsFoldersAndUsesTheShippedMemberStates() throws {
    let (loaded, native) = try loadFixtures()
    #expect(
      loaded.sources.map(\.path) == [
        native + "/member-states.csv", native + "/history/resolutions.csv",
        native + "/history/votes.csv", native + "/ukraine/resolutions.csv",
        native + "/ukraine/votes.csv", native + "/ukraine/sponsors.csv",
      ])
    #expect(
      loaded.sources.map(\.table) == [
        .memberStates, .resolutions, .votes, .resolutions, .votes, .sponsors,
      ])
    #expect(loaded.sources.map(\.rowCount) == [10, 2, 15, 3, 17, 3])
    let bytes = try #require(FileManager.default.contents(atPath: native + "/member-states.csv"))
    #expect(loaded.sources[0].sha256 == SHA256([UInt8](bytes)).hex)
    #expect(loaded.warnings.isEmpty)
    #expect(
      loaded.summary
        == DatasetSummary(
          stateCount: 10, currentMemberCount: 9, rollCallCount: 4, draftCount: 1, voteCount: 32,
          sponsorshipCount: 3, firstDate: CalendarDate(year: 1946, month: 1, day: 1),
          lastDate: CalendarDate(year: 2025, month: 2, day: 24)))
  }

  @Test func readsValuesFaithfully() throws {
    let dataset = try loadFixtures().0.dataset
    #expect(
      dataset.states.map(\.code.rawValue) == [
        "CAN", "CHN", "DDR", "DEU", "FRA", "GBR", "RUS", "SSD", "UKR", "USA",
      ])
    let ddr = try #require(dataset.stateIndex("DDR"))
    #expect(
      dataset.states[ddr]
        == MemberState(
          code: "DDR", alpha2: nil, name: "German Democratic Republic", group: .easternEuropean,
          admitted: try #require(CalendarDate(iso: "1973-09-18")),
          departed: CalendarDate(iso: "1990-10-03")))

    #expect(
      dataset.rollCalls.map(\.id.rawValue) == [
        "unvotes-3", "unvotes-1000", "A/RES/68/262", "A/RES/ES-11/1",
      ])
    let korea = dataset.rollCalls[1]
    #expect(
      korea
        == RollCall(
          id: "unvotes-1000", resolution: "A/RES/3390",
          date: try #require(CalendarDate(iso: "1975-12-01")),
          session: 30, title: "The \"Question\"\r\nof Korea", issues: ["co", "hr"],
          majority: .twoThirds, isImportant: true))
    #expect(dataset.rollCalls[0].isAmendment)
    #expect(dataset.rollCalls[0].title == "AMENDMENTS, RULES OF PROCEDURE")
    #expect(
      dataset.rollCalls[2].recordedTally == Tally(yes: 6, no: 1, abstain: 1, nonVoting: 1))

    #expect(dataset.tally(rollCall: 0) == Tally(yes: 3, no: 3, abstain: 1, nonVoting: 0))
    #expect(dataset.tally(rollCall: 1) == Tally(yes: 5, no: 3, abstain: 0, nonVoting: 1))
    #expect(dataset.tally(rollCall: 2) == Tally(yes: 6, no: 1, abstain: 1, nonVoting: 1))
    #expect(dataset.tally(rollCall: 3) == Tally(yes: 7, no: 1, abstain: 1, nonVoting: 0))
    let ukraine = try #require(dataset.stateIndex("UKR"))
    #expect(dataset.vote(rollCall: 1, state: ukraine) == .nonVoting)
    #expect(dataset.vote(rollCall: 0, state: ddr) == nil)

    #expect(dataset.drafts.map(\.id.rawValue) == ["A/ES-11/L.10"])
    #expect(
      dataset.drafts[0].title == "Advancing a comprehensive, just and lasting peace in Ukraine")
    #expect(dataset.sponsorships(draft: 0).map(\.state) == ["UKR"])
    let crimea = try #require(dataset.rollCallIndex("A/RES/68/262"))
    #expect(
      dataset.sponsorships(rollCall: crimea)
        == [
          Sponsorship(document: "A/68/L.39", state: "UKR", role: .mainSponsor),
          Sponsorship(
            document: "A/68/L.39", state: "CAN", role: .coSponsor,
            joined: CalendarDate(iso: "2014-03-24")),
        ])
  }

  @Test func recordsWhereEachRowCameFrom() throws {
    let (loaded, native) = try loadFixtures()
    let dataset = loaded.dataset
    let provenance = loaded.provenance
    let germany = try #require(dataset.stateIndex("DEU"))
    let ukraine = try #require(dataset.stateIndex("UKR"))
    #expect(
      provenance.vote(rollCall: 1, state: germany)
        == DataLocation(file: native + "/history/votes.csv", line: 13))
    #expect(provenance.vote(rollCall: 1, state: ukraine) == nil)
    #expect(
      provenance.state(germany) == DataLocation(file: native + "/member-states.csv", line: 5))
    #expect(
      provenance.rollCall(1) == DataLocation(file: native + "/history/resolutions.csv", line: 3))
    #expect(
      provenance.recordedTotals(2)
        == DataLocation(file: native + "/ukraine/resolutions.csv", line: 2, column: 111))
    #expect(provenance.recordedTotals(0) == nil)
    #expect(
      provenance.draft(0) == DataLocation(file: native + "/ukraine/resolutions.csv", line: 4))
    #expect(
      provenance.sponsorship(1) == DataLocation(file: native + "/ukraine/sponsors.csv", line: 3))
  }

  @Test func findsEveryShippedDatasetThroughTheEnvironment() throws {
    let folder = try FixturePaths.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FixturePaths.copy("native/member-states.csv", to: "member-states.csv", in: folder)
    try FixturePaths.copy("native/ukraine", to: "ukraine", in: folder)
    try FixturePaths.copy("native/history", to: "history", in: folder)
    try FixturePaths.write("notes", to: "docs/README.md", in: folder)
    // Like the shipped `sources/`: a member-states file alone is not a dataset.
    try FixturePaths.write(
      "code,alpha2,name,admitted\n", to: "sources/member-states.csv", in: folder)
    let environment = [ShippedDatasets.environmentVariable: folder]

    #expect(try ShippedDatasets.directory(environment: environment) == folder)
    #expect(ShippedDatasets.folders(in: folder) == [folder + "/history", folder + "/ukraine"])
    let loaded = try DatasetLoader.load(paths: [], environment: environment)
    #expect(loaded.sources.count == 6)
    #expect(loaded.sources[0].path == folder + "/member-states.csv")
    #expect(loaded.summary.rollCallCount == 4)
    #expect(loaded.summary.voteCount == 32)
  }

  @Test func findsDatasetsInTheCurrentDirectory() throws {
    let folder = try FixturePaths.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FixturePaths.copy("native/member-states.csv", to: "datasets/member-states.csv", in: folder)
    #expect(try ShippedDatasets.directory(environment: [:], currentDirectory: folder) == "datasets")
  }

  @Test func environmentNamingAMissingFolderIsMissingInput() {
    #expect(
      throws: DatasetLoadError.missingInput(
        path: "/no/such/datasets",
        reason: "UNGA_DATASETS names this folder, which does not exist; expected the datasets "
          + "folder (with member-states.csv)")
    ) {
      try DatasetLoader.load(paths: [], environment: ["UNGA_DATASETS": "/no/such/datasets"])
    }
  }

  @Test func missingPathIsMissingInput() throws {
    #expect(
      throws: DatasetLoadError.missingInput(
        path: "no/such/votes.csv", reason: "no such file or folder")
    ) {
      try DatasetLoader.load(paths: ["no/such/votes.csv"], environment: FixturePaths.environment())
    }
  }

  @Test func folderWithoutDatasetFilesIsMissingInput() throws {
    let folder = try FixturePaths.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FixturePaths.write("x", to: "README.md", in: folder)
    let environment = try FixturePaths.environment()
    let error = loadError { () throws(DatasetLoadError) in
      _ = try DatasetLoader.load(paths: [folder], environment: environment)
    }
    guard case .missingInput(let path, let reason) = error else {
      Issue.record("expected missing input, got \(String(describing: error))")
      return
    }
    #expect(path == folder)
    #expect(reason.hasPrefix("the folder holds none of member-states.csv, resolutions.csv"))
  }

  @Test func recognisesSingleFilesByTheirHeaders() throws {
    let folder = try FixturePaths.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FixturePaths.copy("native/ukraine/votes.csv", to: "a.csv", in: folder)
    try FixturePaths.copy("native/ukraine/sponsors.csv", to: "b.txt", in: folder)
    try FixturePaths.copy("native/ukraine/resolutions.csv", to: "c.csv", in: folder)
    let loaded = try DatasetLoader.load(
      paths: [folder + "/a.csv", folder + "/b.txt", folder + "/c.csv"],
      environment: FixturePaths.environment())
    #expect(loaded.sources.map(\.table) == [.memberStates, .votes, .sponsors, .resolutions])
    #expect(loaded.summary.voteCount == 17)
    #expect(loaded.summary.sponsorshipCount == 3)
  }

  @Test func unrecognisedFileIsADataError() throws {
    let folder = try FixturePaths.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FixturePaths.write("rcid,country,vote\n3,US,yes\n", to: "un_votes.csv", in: folder)
    let report = try DatasetLoader.validate(
      paths: [folder + "/un_votes.csv"], environment: FixturePaths.environment())
    #expect(report.errors.count == 1)
    #expect(report.errors[0].file == folder + "/un_votes.csv")
    #expect(report.errors[0].line == 1)
    #expect(
      report.errors[0].message.hasPrefix("cannot tell which table this file holds from its header"))
    #expect(report.sources.map(\.table) == [.memberStates])
  }

  @Test func aFolderWithItsOwnMemberStatesNeedsNoShippedData() throws {
    let folder = try FixturePaths.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FixturePaths.write(
      "code,name,group,admitted\nUKR,Ukraine,Eastern European,1945-10-24\n",
      to: "member-states.csv", in: folder)
    try FixturePaths.write(
      "id,date,session,title\nr1,2022-03-02,76,One\n", to: "resolutions.csv", in: folder)
    try FixturePaths.write("id,state,vote\nr1,UKR,yes\n", to: "votes.csv", in: folder)
    let loaded = try DatasetLoader.load(
      paths: [folder], environment: [ShippedDatasets.environmentVariable: folder + "/missing"])
    #expect(loaded.sources.map(\.table) == [.memberStates, .resolutions, .votes])
    #expect(loaded.dataset.tally(rollCall: 0) == Tally(yes: 1))
  }

  @Test func sameFileNamedTwiceIsReadOnce() throws {
    let native = try FixturePaths.path("native")
    let loaded = try DatasetLoader.load(
      paths: [native + "/ukraine", native + "/ukraine/votes.csv", native + "/member-states.csv"],
      environment: FixturePaths.environment())
    #expect(loaded.sources.count == 4)
    #expect(loaded.summary.voteCount == 17)
  }

  @Test func identicalRowsFromTwoSourcesAreMerged() throws {
    let folder = try FixturePaths.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FixturePaths.copy("native/ukraine", to: "copy", in: folder)
    // The same rows in another column order and with a BOM and CRLF are still the same rows.
    try FixturePaths.write(
      "\u{FEFF}vote,id,state\r\nyes,A/RES/68/262,USA\r\nyes,A/RES/68/262,UKR\r\n",
      to: "more-votes.csv", in: folder)
    let native = try FixturePaths.path("native")
    let loaded = try DatasetLoader.load(
      paths: [native + "/ukraine", folder + "/copy", folder + "/more-votes.csv"],
      environment: FixturePaths.environment())
    #expect(loaded.sources.count == 8)
    #expect(
      loaded.summary
        == DatasetSummary(
          stateCount: 10, currentMemberCount: 9, rollCallCount: 2, draftCount: 1, voteCount: 17,
          sponsorshipCount: 3, firstDate: CalendarDate(iso: "2014-03-27"),
          lastDate: CalendarDate(iso: "2025-02-24")))
    // A merged row keeps its first place.
    let usa = try #require(loaded.dataset.stateIndex("USA"))
    #expect(loaded.provenance.vote(rollCall: 0, state: usa)?.file == native + "/ukraine/votes.csv")
  }

  @Test func conflictingRowsFromTwoSourcesNameBothPlaces() throws {
    let folder = try FixturePaths.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FixturePaths.write(
      "id,state,vote\nA/RES/68/262,USA,no\n", to: "votes.csv", in: folder + "/mine")
    try FixturePaths.write(
      "code,name,group,admitted\nUSA,United States of America,Western European and Others,"
        + "1945-10-24\n", to: "states.csv", in: folder)
    try FixturePaths.write(
      "id,date,session,title,status\nA/ES-11/L.10,2025-02-24,79,Peace,draft\n",
      to: "drafts.csv", in: folder)
    let native = try FixturePaths.path("native")
    let files = [folder + "/mine/votes.csv", folder + "/states.csv", folder + "/drafts.csv"]
    let environment = try FixturePaths.environment()
    let error = loadError { () throws(DatasetLoadError) in
      _ = try DatasetLoader.load(paths: [native + "/ukraine"] + files, environment: environment)
    }
    let issues = error?.issues ?? []
    let expected = [
      "\(folder)/mine/votes.csv:2:18: conflicting vote no by USA on A/RES/68/262: "
        + "\(native)/ukraine/votes.csv:9 records yes; expected one vote per roll call and state",
      "\(folder)/states.csv:2:1: state USA conflicts with \(native)/member-states.csv:11 "
        + "(alpha2 '' here, 'US' there; name 'United States of America' here, 'United States' "
        + "there); expected identical rows when a state is given twice",
      "\(folder)/drafts.csv:2:1: id 'A/ES-11/L.10' conflicts with "
        + "\(native)/ukraine/resolutions.csv:4 (draft '' here, 'A/ES-11/L.10' there; title "
        + "'Peace' here, 'Advancing a comprehensive, just and lasting peace in Ukraine' there; "
        + "issues '' here, 'ukraine' there); expected identical rows when a roll call or draft "
        + "is given twice",
    ]
    #expect(issues.map(\.description) == expected)
    #expect(error?.description.hasPrefix("3 errors in the data:\n") == true)
  }

  @Test func otherCSVFilesInAFolderDrawAWarning() throws {
    let folder = try FixturePaths.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FixturePaths.copy("native/ukraine/resolutions.csv", to: "resolutions.csv", in: folder)
    try FixturePaths.copy("native/ukraine/votes.csv", to: "vote.csv", in: folder)
    let report = try DatasetLoader.validate(
      paths: [folder], environment: FixturePaths.environment())
    #expect(
      report.issues.map(\.description) == [
        "\(folder)/resolutions.csv:2: warning: roll call A/RES/68/262 has no votes in the data; "
          + "every member counts as non-voting",
        "\(folder)/resolutions.csv:2:111: recorded totals of A/RES/68/262 (6 yes, 1 no, 1 abstain, "
          + "1 non-voting) disagree with its votes (0 yes, 0 no, 0 abstain, 9 non-voting, members "
          + "without a vote row counted non-voting); expected the same counts",
        "\(folder)/resolutions.csv:3: warning: roll call A/RES/ES-11/1 has no votes in the data; "
          + "every member counts as non-voting",
        "\(folder)/resolutions.csv:3:95: recorded totals of A/RES/ES-11/1 (7 yes, 1 no, 1 abstain, "
          + "0 non-voting) disagree with its votes (0 yes, 0 no, 0 abstain, 9 non-voting, members "
          + "without a vote row counted non-voting); expected the same counts",
        "\(folder)/vote.csv: warning: not read: the files of a dataset folder are "
          + "member-states.csv, resolutions.csv, votes.csv, sponsors.csv; name the file itself to "
          + "read it (its table is recognised by its header)",
      ])
  }

  @Test func loadsSourcesFromMemory() throws {
    let loaded = try DatasetLoader.load(sources: [
      DatasetSource(
        path: "states",
        text: "code,name,group,admitted\nFRA,France,Western European and Others,1945-10-24\n"),
      DatasetSource(
        path: "rolls", table: .resolutions, text: "id,date,session,title\nr,2000-01-01,54,T\n"),
      DatasetSource(path: "votes", text: "id,state,vote\nr,FRA,abstain\n"),
    ])
    #expect(loaded.sources.map(\.table) == [.memberStates, .resolutions, .votes])
    #expect(loaded.dataset.tally(rollCall: 0) == Tally(abstain: 1))
    #expect(loaded.sources[2].sha256 == SHA256(Array("id,state,vote\nr,FRA,abstain\n".utf8)).hex)
  }

  @Test func keepsAThousandIssuesPerFileAndCountsTheRest() {
    var votes = "id,state,vote\n"
    for _ in 0..<2500 { votes += "r,XYZ,yes\n" }
    let report = DatasetLoader.validate(sources: [
      DatasetSource(
        path: "states",
        text: "code,name,group,admitted\nFRA,France,Western European and Others,1945-10-24\n"),
      DatasetSource(path: "rolls", text: "id,date,session,title\nr,2000-01-01,54,T\n"),
      DatasetSource(path: "votes", text: votes),
    ])
    #expect(report.issues.count == 1001)
    #expect(report.issues[999].line == 1001)
    #expect(
      report.issues[1000].description
        == "votes: 1500 more problems in this file (1500 errors, 0 warnings) not listed; fix the "
        + "ones above and validate again")
    // Every error counts, not the ones kept plus one.
    #expect(report.errorCount == 2500)
    #expect(report.warningCount == 0)
    let error = DatasetLoadError.invalidData(issues: report.issues)
    #expect(error.description.hasPrefix("2500 errors in the data:\n"))
  }

  private static let twoStates =
    "code,alpha2,name,group,admitted,departed\n"
    + "FRA,FR,France,Western European and Others,1945-10-24,\n"
    + "SUN,SU,Union of Soviet Socialist Republics,Eastern European,1945-10-24,1991-12-24\n"

  @Test func twoStatesWithOneAlpha2CodeOrNameAreErrors() {
    let report = DatasetLoader.validate(sources: [
      DatasetSource(
        path: "states",
        text: Self.twoStates + "RUS,SU,Russian Federation,Eastern European,1991-12-24,\n"
          + "FRX,FX,france,Western European and Others,1945-10-24,\n")
    ])
    #expect(
      report.issues.map(\.description) == [
        "states:4:5: alpha2 code 'SU' of RUS is also the alpha2 code of SUN (states:3); expected "
          + "each state's alpha2 code to name it alone",
        "states:5:8: name 'france' of FRX is also the name of FRA (states:2); expected each "
          + "state's name to name it alone",
      ])
  }

  @Test func sponsorshipsAreCheckedAgainstMembershipAndTheVote() throws {
    let report = DatasetLoader.validate(sources: [
      DatasetSource(path: "states", text: Self.twoStates),
      DatasetSource(
        path: "resolutions",
        text: "id,status,date,session,title\nr1,voted,2000-01-10,54,T\nD/1,draft,2025-02-24,79,D\n"
      ),
      DatasetSource(path: "votes", text: "id,state,vote\nr1,FRA,yes\n"),
      DatasetSource(
        path: "sponsors",
        text: "document,state,role,joined\nD/1,SUN,main-sponsor,\nD/1,FRA,main-sponsor,\n"
          + "r1,FRA,co-sponsor,2000-02-01\n"),
    ])
    #expect(!report.hasErrors)
    #expect(
      report.warnings.map(\.description) == [
        "sponsors:2:5: warning: sponsorship of 'D/1' of 2025-02-24 by SUN, which was not a member "
          + "then (member from 1945-10-24 to 1991-12-24); the row is left out, expected sponsors "
          + "that were members on the document's date",
        "sponsors:4:19: warning: 1 sponsorship joined after the vote of the roll call they sponsor "
          + "(line 4: 'r1' by FRA joined 2000-02-01); kept as recorded, expected a sponsor to join "
          + "before the vote",
      ])
    // The non-member is in no report: its row is not in the dataset.
    #expect(report.dataset.sponsorships.map(\.state) == ["FRA", "FRA"])
  }
}
