import Testing

@testable import unga

@Suite struct IssueListingTests {
  @Test(arguments: [
    (5, 0, ["1", "2", "3", "4", "5"]),
    (5, 5, ["1", "2", "3", "4", "5"]),
    (5, 2, ["1", "2", "... and 3 more (hint)"]),
    (0, 2, []),
  ])
  func listsUpToTheLimitAndCountsTheRest(count: Int, limit: Int, expected: [String]) {
    #expect(
      IssueListing.lines(Array(0..<count).map { $0 + 1 }, limit: limit, hint: "hint") == expected)
  }

  @Test func countsTakeThePluralWhenNeeded() {
    #expect(IssueListing.count(1, "error") == "1 error")
    #expect(IssueListing.count(0, "warning") == "0 warnings")
    #expect(IssueListing.count(2, "warning") == "2 warnings")
  }
}
