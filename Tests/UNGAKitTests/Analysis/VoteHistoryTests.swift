import Testing
import UNGAKit

@Suite struct VoteHistoryTests {
  typealias F = AnalysisFixtures

  /// Three states; BBB joins in 2000. Roll calls (by date): 1995 (AAA yes, CCC no),
  /// 2000-06-01 amendment (not counted), 2005-06-01 (yes, abstain, non-voting),
  /// 2010-06-01 (no, no, yes).
  static let dataset = F.dataset(
    states: [
      F.state("AAA", .african), F.state("BBB", .african, admitted: "2000-01-01"),
      F.state("CCC", .asiaPacific),
    ],
    rows: [
      F.row("a", "1995-06-01", session: 49, title: "A", votes: "Y-N"),
      F.row("b", "2000-06-01", session: 54, title: "B", amendment: true, votes: "NNN"),
      F.row("c", "2005-06-01", session: 59, title: "C", votes: "YAX"),
      F.row("d", "2010-06-01", session: 64, title: "D", votes: "NNY"),
    ])

  @Test func countsWholeTextVotesOverRanges() {
    let history = VoteHistory(dataset: VoteHistoryTests.dataset)
    #expect(history.counts(state: 0, rollCalls: 0..<4) == SIMD4(2, 0, 1, 0))
    #expect(history.counts(state: 1, rollCalls: 0..<4) == SIMD4(0, 1, 1, 0))
    #expect(history.counts(state: 2, rollCalls: 2..<3) == SIMD4(0, 0, 0, 1))
    #expect(history.counts(state: 0, rollCalls: 1..<2) == SIMD4(0, 0, 0, 0))
    #expect(history.totalCounts(rollCalls: 0..<4) == SIMD4(3, 1, 3, 1))
    #expect(history.totalCounts(rollCalls: -5..<99) == SIMD4(3, 1, 3, 1))
  }

  /// A window of 10 years (3,652.425 days, rounded to 3,652) before 2010-06-01 starts on
  /// 2000-06-01, inclusive, and ends before the day itself.
  @Test func windows() {
    let history = VoteHistory(dataset: VoteHistoryTests.dataset)
    #expect(history.window(before: F.date("2010-06-01"), years: 10) == 1..<3)
    #expect(history.window(before: F.date("2010-06-02"), years: 10) == 2..<4)
    #expect(history.window(before: F.date("2010-06-02"), years: 100) == 0..<4)
    #expect(history.window(before: F.date("1990-01-01"), years: 10) == 0..<0)
    #expect(history.firstRollCall(onOrAfter: F.date("2005-06-01")) == 2)
  }

  /// All members 1995–2010: yes 3, abstain 1, no 3, non-voting 1 → (4, 2, 4, 2) / 12.
  /// CCC (no, non-voting, yes) with β = 2: (1 + 2/3, 1/3, 1 + 2/3, 1 + 1/3) / 5.
  @Test func frequencies() {
    let history = VoteHistory(dataset: VoteHistoryTests.dataset)
    let global = history.frequencies(rollCalls: 0..<4)
    #expect(abs(global - SIMD4(4, 2, 4, 2) / 12).max() < 1e-15)
    let states = history.stateFrequencies(rollCalls: 0..<4, priorStrength: 2)
    let third = 1.0 / 3
    let expected = SIMD4<Double>(5 * third, third, 5 * third, 4 * third) / 5
    #expect(abs(states[2] - expected).max() < 1e-15)
    #expect(history.frequencies(rollCalls: 0..<0) == SIMD4(repeating: 0.25))
  }
}

private func abs(_ value: SIMD4<Double>) -> SIMD4<Double> {
  value.replacing(with: -value, where: value .< 0)
}
