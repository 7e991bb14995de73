import Testing

@testable import UNGAKit

@Suite struct SponsorCatalogueImporterTests {
  private static let drafts = ImportFixtures.fixture("sponsors/draft-resolutions-nl.csv")
  private static let sponsors = ImportFixtures.fixture("sponsors/draft-sponsors-nl.csv")

  private func imported() throws -> ImportResult {
    let context = try ImportFixtures.context()
    return try SponsorCatalogueImporter(
      resolver: context.resolver, annotations: context.annotations
    )
    .importFiles([Self.sponsors, Self.drafts])
  }

  private func sponsorships(_ result: ImportResult, _ document: String) -> [String: Sponsorship] {
    var byState: [String: Sponsorship] = [:]
    for sponsorship in result.rows.sponsorships where sponsorship.document == document {
      byState[sponsorship.state.rawValue] = sponsorship
    }
    return byState
  }

  @Test func accountsForEveryRow() throws {
    let result = try imported()
    #expect(result.files.map(\.rows) == [12, 201])
    #expect(result.files.map(\.imported) == [9, 170])
    #expect(result.files.map(\.rejected) == [3, 31])
    let kinds = Dictionary(grouping: result.rejected) { ImportResult.reasonKind($0.message) }
      .mapValues(\.count)
    #expect(kinds == ["skipped, not a General Assembly draft": 33, "unmapped sponsor name": 1])
    #expect(
      result.rejected.contains {
        $0.message == "skipped, not a General Assembly draft: S/2015/562 (Security Council)"
      })
    #expect(
      result.rejected.contains {
        $0.message == "skipped, not a General Assembly draft: A/HRC/18/L.32 (Human Rights Council)"
      })
    let group77 = try #require(result.rejected.first { $0.message.contains("Group of 77") })
    #expect(group77.line == 202)
    #expect(group77.file == Self.sponsors)
  }

  @Test func anAddendumBelongsToItsBaseDraft() throws {
    let result = try imported()
    let draft = try #require(result.rows.drafts.first { $0.id == "A/68/L.39" })
    #expect(draft.draft == "A/68/L.39")
    #expect(draft.resolution == "A/RES/68/262")
    #expect(draft.date == (try .test("2014-03-27")))
    #expect(draft.session == 68)
    #expect(draft.title == "Territorial integrity of Ukraine")
    #expect(draft.issues == ["ukraine"])
    #expect(result.notes.contains { $0.message.hasPrefix("base draft missing: A/68/L.39") })
    let sponsors = sponsorships(result, "A/RES/68/262")
    let main = sponsors.values.filter { $0.role == .mainSponsor }.map(\.state.rawValue).sorted()
    #expect(main == ["CAN", "CRI", "DEU", "LTU", "POL", "UKR"])
    #expect(sponsors.values.filter { $0.role == .coSponsor }.count == 41)
    #expect(sponsors["TUR"]?.role == .coSponsor)
    #expect(sponsors["TUR"]?.joined == (try .test("2014-03-27")))
    #expect(sponsors["UKR"]?.joined == nil)
    #expect(sponsors["NLD"]?.role == .coSponsor)
  }

  @Test func mapsNamesAsWrittenInTheirYear() throws {
    let result = try imported()
    let military = sponsorships(result, "A/C.1/44/L.44")
    // Italy is in the record's title but has no row in the sponsors file: the title counts.
    #expect(Set(military.keys) == ["BLR", "CMR", "DNK", "DEU", "ITA", "NLD", "NOR", "PRT", "SUN"])
    #expect(military.values.allSatisfy { $0.role == .mainSponsor })
    #expect(military["SUN"]?.joined == (try .test("1989-11-02")))
    let youth = sponsorships(result, "A/C.3/39/L.11")
    #expect(youth["COD"] != nil)  // "Zaire"
    #expect(youth["VEN"] != nil)  // "Venezuela"
    #expect(sponsorships(result, "A/C.2/32/L.15/Rev.1")["TUR"]?.role == .mainSponsor)
  }

  @Test func datesTitlesAndSessions() throws {
    let result = try imported()
    let byID = Dictionary(uniqueKeysWithValues: result.rows.drafts.map { ($0.id.rawValue, $0) })
    let youth = try #require(byID["A/C.3/39/L.11"])
    // No imprint or year: dated by the opening of session 39.
    #expect(youth.date == (try .test("1984-09-18")))
    #expect(youth.session == 39)
    #expect(
      youth.title
        == "Channels of communication between the United Nations and youth and youth organizations")
    #expect(result.notes.contains { $0.message.hasPrefix("date from session: ") })
    let wildlife = try #require(byID["A/69/L.80"])
    #expect(wildlife.title == "Tackling illicit trafficking in wildlife")
    #expect(wildlife.date == (try .test("2015-07-15")))
    #expect(wildlife.resolution == "A/RES/69/314")
    #expect(byID["A/62/L.10/Rev.1"] != nil)
    #expect(byID["A/C.1/51/L.42"]?.date == (try .test("1996-10-31")))
    #expect(result.rows.drafts.count == 9)
  }

  @Test func notesAddCoSponsors() throws {
    let result = try imported()
    let byID = Dictionary(uniqueKeysWithValues: result.rows.drafts.map { ($0.id.rawValue, $0) })
    let draft = try #require(byID["A/C.1/51/L.42"])
    let sponsors = sponsorships(result, draft.resolution ?? draft.id.rawValue)
    #expect(sponsors.values.contains { $0.role == .coSponsor })
    #expect(sponsors.values.contains { $0.role == .mainSponsor })
  }

  @Test(
    arguments: [
      ("A/68/L.39/Add.1", nil), ("A/C.3/68/L.50/Rev.1", nil), ("A/SPC/45/L.3", nil),
      ("A/ES-11/L.10", nil), ("A/C.3/L.2010", nil), ("A/L.650", nil),
      ("S/2015/562", "Security Council"), ("E/CN.4/1991/L.54", "Economic and Social Council"),
      ("A/HRC/18/L.32", "Human Rights Council"), ("A/CONF.157/L.1", "United Nations conference"),
      ("A/C.6/248", "General Assembly document that is not a draft resolution"),
    ] as [(String, String?)])
  func classifiesSymbols(symbol: String, body: String?) {
    #expect(SponsorCatalogueImporter.nonAssemblyBody(symbol) == body)
  }

  @Test(arguments: [
    ("[New York] : UN, 29 July 2015", "2015-07-29"), ("[New York] : UN, 6 Nov.1992.", "1992-11-06"),
    ("Geneva : UN, 5 Mar. 1991.", "1991-03-05"), ("[New York] : UN, 2 Sept. 1999", "1999-09-02"),
  ])
  func parsesImprintDates(imprint: String, date: String) throws {
    #expect(SponsorCatalogueImporter.date(imprint: imprint) == (try .test(date)))
  }
}
