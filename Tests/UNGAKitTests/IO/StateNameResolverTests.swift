import Testing
import UNGAKit

@Suite struct StateNameResolverTests {
  private func resolver() throws -> StateNameResolver { try ImportFixtures.context().resolver }

  @Test(arguments: [
    ("China", "1965-01-01", "TWN"), ("China", "1980-01-01", "CHN"),
    ("Yugoslavia", "1980-01-01", "YUG"), ("Yugoslavia", "2001-06-01", "SRB"),
    ("Swaziland", "1990-01-01", "SWZ"),
    ("the former Yugoslav Republic of Macedonia", "2000-01-01", "MKD"),
    ("Côte d’Ivoire", "2010-01-01", "CIV"), ("Cote d'Ivoire", "2010-01-01", "CIV"),
    ("Czech Republic", "2000-01-01", "CZE"), ("Germany, Federal Republic of", "1980-01-01", "DEU"),
    ("USSR", "1980-01-01", "SUN"), ("Byelorussian SSR", "1980-01-01", "BLR"),
    ("United Kingdom", "2000-01-01", "GBR"), ("  united   KINGDOM. ", "2000-01-01", "GBR"),
    ("Türkiye", "2023-01-01", "TUR"), ("Turkey", "1990-01-01", "TUR"),
    ("Zanzibar", "1964-01-01", "ZZB"), ("Netherlands", "1950-01-01", "NLD"),
  ])
  func mapsNames(name: String, date: String, code: String) throws {
    #expect(try resolver().code(forName: name, on: try .test(date)) == MemberState.Code(code))
  }

  @Test func unknownNamesAreNotMapped() throws {
    let resolver = try resolver()
    #expect(resolver.code(forName: "Group of 77", on: nil) == nil)
    #expect(resolver.code(forName: "State of Palestine", on: try .test("2014-01-01")) == nil)
  }

  @Test func alpha2IsISO() throws {
    let resolver = try resolver()
    #expect(resolver.code(forAlpha2: "NA", on: try .test("2000-01-01")) == "NAM")
    #expect(resolver.code(forAlpha2: "tw", on: nil) == "TWN")
    #expect(resolver.code(forAlpha2: "ZZ", on: nil) == nil)
  }

  @Test func scansSponsorLists() throws {
    let resolver = try resolver()
    let date = try CalendarDate.test("2014-03-27")
    let list =
      "Bosnia and Herzegovina, Trinidad and Tobago, Tunisia [on behalf of the Group of African States], "
      + "Uruguay (A/60/509/Add.2 (Part II)), United Kingdom of Great Britain and Northern Ireland "
      + "and United States of America."
    let parsed = resolver.codes(inList: list, on: date)
    #expect(parsed.codes == ["BIH", "TTO", "TUN", "URY", "GBR", "USA"])
    #expect(parsed.unmapped.isEmpty)
    let odd = resolver.codes(inList: "Niger, Nigeria, Sweden Turkey and Group of 77", on: date)
    #expect(odd.codes == ["NER", "NGA"])
    #expect(odd.unmapped == ["sweden turkey and group of 77"])
  }

  @Test func aliasFileRowsAreChecked() throws {
    let states = try #require(ImportFixtures.memberStates).rows.memberStates
    let bad = try ImportFixtures.document("name,code,from,until\nAtlantis,XXX,,\n", file: "a.csv")
    let error = #expect(throws: ImportError.self) {
      try StateNameResolver.aliases(in: bad, states: states)
    }
    #expect(
      error?.description
        == "a.csv:2: unknown code 'XXX'; expected a code of the member-states table")
    let date = try ImportFixtures.document("name,code,from,until\nX,FRA,1990,\n", file: "a.csv")
    #expect(throws: ImportError.self) { try StateNameResolver.aliases(in: date, states: states) }
  }
}
