import Foundation
import Testing
import UNGAKit

@Suite struct MemberStatesBuilderTests {
  private func states() throws -> [MemberState] {
    let result = try #require(ImportFixtures.memberStates)
    #expect(result.rejected.isEmpty, "\(result.rejected)")
    return result.rows.memberStates
  }

  @Test func accountsForEveryRow() throws {
    let result = try #require(ImportFixtures.memberStates)
    #expect(result.files.map(\.rows) == [200, 193])
    #expect(result.files.map(\.imported) == [200, 193])
    #expect(result.rejectedCount == 0)
  }

  @Test func hasThe193CurrentMembersInTheirGroups() throws {
    let current = try states().filter(\.isCurrentMember)
    #expect(current.count == 193)
    var counts: [RegionalGroup: Int] = [:]
    for state in current { counts[state.group, default: 0] += 1 }
    #expect(counts[.african] == 54)
    #expect(counts[.asiaPacific] == 54)
    #expect(counts[.easternEuropean] == 23)
    #expect(counts[.latinAmericanAndCaribbean] == 33)
    #expect(counts[.westernEuropeanAndOthers] == 29)
    // Each current member is listed once in the groups file, so in exactly one group.
    let groups = try ImportFixtures.table(
      ImportFixtures.fixture("member-states/regional-groups.csv"))
    let listed = groups.dropFirst().map { MemberState.Code($0[0]) }
    #expect(Set(listed) == Set(current.map(\.code)))
    #expect(listed.count == Set(listed).count)
  }

  @Test func historicalMembersAndSeatSuccessions() throws {
    let byCode = Dictionary(uniqueKeysWithValues: try states().map { ($0.code, $0) })
    let historical = Set(byCode.values.filter { !$0.isCurrentMember }.map(\.code))
    #expect(historical == ["CSK", "DDR", "SUN", "TWN", "YMD", "YUG", "ZZB"])
    let sun = try #require(byCode["SUN"])
    let rus = try #require(byCode["RUS"])
    #expect(sun.departed == rus.admitted)
    #expect(byCode["TWN"]?.departed == byCode["CHN"]?.admitted)
    #expect(byCode["CHN"]?.admitted == (try .test("1971-10-25")))
    #expect(byCode["SRB"]?.admitted == (try .test("2000-11-01")))
    #expect(byCode["CZE"]?.admitted == (try .test("1993-01-19")))
    #expect(byCode["DEU"]?.admitted == byCode["DDR"]?.admitted)
    #expect(byCode["TUR"]?.name == "Türkiye")
    #expect(byCode["NAM"]?.alpha2 == "NA")
    #expect(byCode["ZZB"]?.alpha2 == nil)
    for code in ["ARG", "UKR", "BLR", "POL", "USA"] {
      #expect(byCode[MemberState.Code(code)]?.admitted == (try .test("1945-10-24")))
    }
  }

  @Test func codesAndAlpha2AreUnique() throws {
    let all = try states()
    #expect(Set(all.map(\.code)).count == all.count)
    let alpha2 = all.compactMap(\.alpha2)
    #expect(Set(alpha2).count == alpha2.count)
  }

  @Test func shippedTableIsWhatTheBuilderMakes() throws {
    let built = NativeDatasetWriter.memberStatesCSV(try states())
    let shipped = try String(
      contentsOfFile: ImportFixtures.repository("datasets/member-states.csv"), encoding: .utf8)
    #expect(built == shipped)
  }

  @Test func rejectsBadRowsWithTheirLines() throws {
    let list = try ImportFixtures.document(
      """
      code,alpha2,name,admitted,departed,group,note
      AAA,AA,Alpha,1945-10-24,,,
      BBB,BB,Beta,1945-13-01,,,
      AAA,AC,Again,1945-10-24,,,
      CCC,CC,Gamma,1950-01-01,1940-01-01,African,
      DDD,DD,Delta,1950-01-01,,,
      EEE,EE,Epsilon,1950-01-01,1960-01-01,Nowhere,
      FFF,FF,Phi,1950-01-01,,African,
      """, file: "list.csv")
    let groups = try ImportFixtures.document(
      """
      iso3,regional_group
      AAA,African
      BBB,African
      FFF,Asia-Pacific
      GGG,African
      HHH,Mars
      """, file: "groups.csv")
    let result = try MemberStatesBuilder.build(curated: list, regionalGroups: groups)
    #expect(result.rows.memberStates.map(\.code) == ["AAA"])
    #expect(
      result.rejected.map(\.description) == [
        "groups.csv:3: unknown state: BBB is not a current member in list.csv",
        "groups.csv:4: unknown state: FFF is not a current member in list.csv",
        "groups.csv:5: unknown state: GGG is not a current member in list.csv",
        "groups.csv:6: unknown regional group: 'Mars'; expected one of African, Asia-Pacific, Eastern European, Latin American and Caribbean, Western European and Others",
        "list.csv:3: bad admitted date: '1945-13-01'; expected YYYY-MM-DD",
        "list.csv:4: duplicate state: AAA is listed twice",
        "list.csv:5: bad departed date: '1940-01-01'; expected YYYY-MM-DD after 1950-01-01",
        "list.csv:6: not in the regional groups: DDD has no departure date, so it must be listed in groups.csv",
        "list.csv:7: bad group: 'Nowhere'; a historical member needs its region's group",
        "list.csv:8: conflicting group: 'African' here, 'Asia-Pacific' in groups.csv",
      ])
    #expect(result.files.map(\.rejected) == [6, 4])
  }

  @Test func missingColumnIsAnError() throws {
    let list = try ImportFixtures.document("code,name\nAAA,Alpha\n", file: "list.csv")
    let groups = try ImportFixtures.document("iso3,regional_group\n", file: "groups.csv")
    #expect(throws: ImportError.self) {
      try MemberStatesBuilder.build(curated: list, regionalGroups: groups)
    }
  }
}
