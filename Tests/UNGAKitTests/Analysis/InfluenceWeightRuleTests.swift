import Testing
import UNGAKit

@Suite struct InfluenceWeightRuleTests {
  static func model() throws -> VoteModel {
    let dataset = SyntheticAssembly.dataset(states: 30, rollCalls: 200, sessions: 5, seed: 9)
    return try VoteModel(dataset: dataset, target: SyntheticAssembly.draftID)
  }

  @Test func medianRuleScalesFromMedianToClosestFollower() throws {
    let alignment = try Self.model().alignment
    let n = alignment.states.count
    for backer in [0, 1, 7] {
      let weights = InfluenceWeightRule.median.weights(alignment: alignment, backer: backer)
      #expect(weights[backer] == 0)
      let others = (0..<n).filter { $0 != backer }
      let sorted = others.map { alignment[$0, backer] }.sorted()
      let middle = sorted.count / 2
      let median =
        sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
      let closest = others.max { alignment[$0, backer] < alignment[$1, backer] }!
      #expect(weights[closest] == 1)
      for i in others {
        #expect((0...1).contains(weights[i]))
        if alignment[i, backer] <= median { #expect(weights[i] == 0) }
        let expected = (alignment[i, backer] - median) / (sorted.last! - median)
        #expect(abs(weights[i] - max(0, expected)) < 1e-12)
      }
    }
  }

  @Test func positiveAlignmentRuleIsClippedAlignment() throws {
    let alignment = try Self.model().alignment
    let weights = InfluenceWeightRule.positiveAlignment.weights(alignment: alignment, backer: 2)
    #expect(weights[2] == 0)
    for i in alignment.states.indices where i != 2 {
      #expect(weights[i] == max(0, alignment[i, 2]))
    }
  }

  @Test func identicalAlignmentsGiveNoWeight() {
    let dataset = TestAssembly.dataset(
      states: [
        TestAssembly.state("AAA", .african), TestAssembly.state("BBB", .african),
        TestAssembly.state("CCC", .african),
      ], calls: [TestAssembly.call("r1", "2020-01-01", session: 74, votes: "YYY")])
    let matrix = AlignmentMatrix(dataset: dataset, states: [0, 1, 2], rollCalls: [0])
    #expect(InfluenceWeightRule.median.weights(alignment: matrix, backer: 0) == [0, 0, 0])
  }
}
