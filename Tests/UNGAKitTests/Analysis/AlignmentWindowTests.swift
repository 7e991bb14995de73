import Testing
import UNGAKit

@Suite struct AlignmentWindowTests {
  @Test func keepsRecentSessionsWithVotesAndSkipsUnanimousOnes() {
    let dataset = TestAssembly.dataset(
      states: [TestAssembly.state("AAA", .african), TestAssembly.state("BBB", .african)],
      calls: [
        TestAssembly.call("s70", "2015-10-01", session: 70, votes: "YN"),
        TestAssembly.call("s72", "2017-10-01", session: 72, votes: "YA"),
        TestAssembly.call("s74", "2019-10-01", session: 74, votes: "NY"),
        TestAssembly.call("unanimous", "2019-10-02", session: 74, votes: "YY"),
        TestAssembly.call("one-voter", "2019-10-03", session: 74, votes: "YX"),
        TestAssembly.call("amendment", "2019-10-04", session: 74, votes: "YN", amendment: true),
        TestAssembly.call("later", "2025-10-01", session: 80, votes: "YN"),
      ])
    let day = TestAssembly.date("2025-02-24")
    let window = AlignmentWindow.rollCalls(in: dataset, before: day, sessions: 2)
    #expect(window.map { dataset.rollCalls[$0].id } == ["s72", "s74"])
    #expect(AlignmentWindow.rollCalls(in: dataset, before: day, sessions: 10).count == 3)
    #expect(AlignmentWindow.rollCalls(in: dataset, before: day, sessions: 0).isEmpty)
  }
}

@Suite struct AlignmentWindowSessionRangeTests {
  @Test func keepsContestedWholeTextVotesOfTheSessions() {
    let dataset = TestAssembly.dataset(
      states: [TestAssembly.state("AAA", .african), TestAssembly.state("BBB", .african)],
      calls: [
        TestAssembly.call("s44", "1989-10-01", session: 44, votes: "YN"),
        TestAssembly.call("s45", "1990-10-01", session: 45, votes: "YA"),
        TestAssembly.call("unanimous", "1990-10-02", session: 45, votes: "AA"),
        TestAssembly.call("amendment", "1990-10-03", session: 45, votes: "YN", amendment: true),
        TestAssembly.call("s47", "1992-10-01", session: 47, votes: "NY"),
        TestAssembly.call("s48", "1993-10-01", session: 48, votes: "NY"),
      ])
    let window = AlignmentWindow.rollCalls(in: dataset, sessions: 45...47)
    #expect(window.map { dataset.rollCalls[$0].id } == ["s45", "s47"])
    #expect(AlignmentWindow.rollCalls(in: dataset, sessions: 50...52).isEmpty)
  }
}
