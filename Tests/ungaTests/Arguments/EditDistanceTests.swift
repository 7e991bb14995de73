import Testing

@testable import unga

@Suite struct EditDistanceTests {
  @Test(arguments: [
    ("", "", 0),
    ("", "abc", 3),
    ("abc", "", 3),
    ("help", "help", 0),
    ("hepl", "help", 1),
    ("simulat", "simulate", 1),
    ("kitten", "sitting", 3),
    ("--trails", "--trials", 1),
    ("ca", "abc", 3),
  ])
  func distances(_ a: String, _ b: String, _ expected: Int) {
    #expect(editDistance(a, b) == expected)
    #expect(editDistance(b, a) == expected)
  }

  @Test func suggestsOnlyCloseCandidates() {
    let names = ["simulate", "show", "import", "validate"]
    #expect(suggestion(for: "shwo", among: names) == "show")
    #expect(suggestion(for: "valdiate", among: names) == "validate")
    #expect(suggestion(for: "nosuch", among: names) == nil)
    #expect(suggestion(for: "x", among: names) == nil)
    #expect(suggestion(for: "anything", among: []) == nil)
  }
}
