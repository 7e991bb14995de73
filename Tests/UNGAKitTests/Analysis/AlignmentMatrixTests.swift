import Testing
import UNGAKit

@Suite struct AlignmentMatrixTests {
  /// A, B, C vote on four roll calls; D joins after them all.
  static let dataset = TestAssembly.dataset(
    states: [
      TestAssembly.state("AAA", .african), TestAssembly.state("BBB", .african),
      TestAssembly.state("CCC", .asiaPacific),
      TestAssembly.state("DDD", .asiaPacific, admitted: "2023-01-01"),
    ],
    calls: [
      TestAssembly.call("r1", "2020-01-01", session: 74, votes: "YYN"),
      TestAssembly.call("r2", "2020-02-01", session: 74, votes: "YAN"),
      TestAssembly.call("r3", "2020-03-01", session: 74, votes: "YNY"),
      TestAssembly.call("r4", "2020-04-01", session: 74, votes: "XYY"),
    ])

  @Test func matchesHandComputedValues() {
    let matrix = AlignmentMatrix(
      dataset: Self.dataset, states: [0, 1, 2, 3], rollCalls: [0, 1, 2, 3])
    // A–B: same, adjacent, opposite → mean ½ → 0.
    #expect(abs(matrix[0, 1] - 0) < 1e-15)
    // A–C: opposite, opposite, same → mean ⅓ → −⅓.
    #expect(abs(matrix[0, 2] + 1.0 / 3) < 1e-15)
    // B–C over four: 0, ½, 0, 1 → mean ⅜ → −¼.
    #expect(abs(matrix[1, 2] + 0.25) < 1e-15)
    #expect(matrix[2, 1] == matrix[1, 2])
    #expect(matrix[0, 0] == 1)
    #expect(matrix.sharedVotes == [3, 3, 3, 0, 3, 4, 4, 0, 3, 4, 4, 0, 0, 0, 0, 0])
    // No roll call in common: no evidence.
    #expect(matrix[0, 3] == 0)
    #expect(matrix[3, 3] == 0)
    #expect(matrix.rollCallCount == 4)
  }

  /// A window with no roll calls (a dataset's first session, say) has no evidence.
  @Test func anEmptyWindowGivesZeros() {
    let matrix = AlignmentMatrix(dataset: Self.dataset, states: [0, 1, 2], rollCalls: [])
    #expect(matrix.values == [Double](repeating: 0, count: 9))
    #expect(matrix.sharedVotes == [Int32](repeating: 0, count: 9))
    #expect(matrix.rollCallCount == 0)
  }

  /// Bit sets span word boundaries: 130 roll calls where two states always
  /// agree and a third always opposes the first.
  @Test func handlesMoreThanOneWordOfRollCalls() {
    let calls = (0..<130).map {
      TestAssembly.call("r\($0)", "2020-01-01", session: 74, votes: "YYN")
    }
    let dataset = TestAssembly.dataset(
      states: [
        TestAssembly.state("AAA", .african), TestAssembly.state("BBB", .african),
        TestAssembly.state("CCC", .african),
      ], calls: calls)
    let matrix = AlignmentMatrix(dataset: dataset, states: [0, 1, 2], rollCalls: Array(0..<130))
    #expect(matrix[0, 1] == 1)
    #expect(matrix[0, 2] == -1)
    #expect(matrix.sharedVotes[1] == 130)
  }
}
