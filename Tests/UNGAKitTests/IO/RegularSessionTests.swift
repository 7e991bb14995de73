import Testing

@testable import UNGAKit

@Suite struct RegularSessionTests {
  @Test(arguments: [
    ("2022-03-02", 76), ("2025-02-24", 79), ("2014-03-27", 68), ("2024-09-16", 78),
    ("2024-09-17", 79), ("1946-01-10", 1), ("1947-09-16", 2), ("1947-09-15", 1),
  ])
  func regularSession(date: String, session: Int) throws {
    #expect(RegularSession.containing(try .test(date)) == session)
  }
}
