import Testing
import UNGAKit

@testable import unga

@Suite struct UnknownDocumentErrorTests {
  /// Two roll calls and a draft, with ids, resolution and draft symbols.
  static func dataset() throws -> Dataset {
    let day = try #require(CalendarDate(iso: "2022-03-02"))
    let state = MemberState(
      code: "UKR", alpha2: "UA", name: "Ukraine", group: .easternEuropean,
      admitted: try #require(CalendarDate(iso: "1945-10-24")))
    return Dataset(
      states: [state],
      rollCalls: [
        RollCall(
          id: "A/RES/ES-11/1", resolution: "A/RES/ES-11/1", draft: "A/ES-11/L.1", date: day,
          session: 76, title: "Aggression against Ukraine"),
        RollCall(
          id: "unvotes-5309", resolution: "A/RES/68/262", draft: "A/68/L.39", date: day,
          session: 68, title: "Territorial integrity of Ukraine"),
      ],
      drafts: [Draft(id: "A/ES-11/L.10", draft: "A/ES-11/L.10", date: day, session: 79, title: "")],
      votes: [])
  }

  @Test(arguments: [
    // Case aside, the same.
    ("a/res/es-11/1", ["A/RES/ES-11/1"]),
    // Prefixes first, then containing, then near by edits.
    ("A/ES-11/L.1", ["A/ES-11/L.10"]),
    ("ES-11/L.1", ["A/ES-11/L.1", "A/ES-11/L.10"]),
    ("A/RES/68/26", ["A/RES/68/262"]),
    ("A/RES/68/263", ["A/RES/68/262"]),
    ("unvotes-5308", ["unvotes-5309"]),
    ("nothing like it", []),
  ])
  func suggestsTheNearestIdsAndSymbols(key: String, expected: [String]) throws {
    #expect(
      UnknownDocumentError.suggestions(for: key, in: try Self.dataset(), count: 5) == expected)
  }

  @Test func theMessageNamesTheIdAndTheSuggestions() throws {
    let error = UnknownDocumentError(key: "A/RES/68/26", in: try Self.dataset())
    #expect(error.exitCode == .dataError)
    #expect(
      error.description
        == "no roll call or draft 'A/RES/68/26' in the data; expected an id, a resolution symbol"
        + " or a draft symbol; did you mean 'A/RES/68/262'?")
    #expect(
      UnknownDocumentError(key: "zzz", suggestions: []).description
        == "no roll call or draft 'zzz' in the data; expected an id, a resolution symbol"
        + " or a draft symbol")
  }
}
