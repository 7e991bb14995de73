import Foundation
import Testing
import UNGAKit

@Suite struct BaselineTests {
  /// A and B (WEOG), C and the new member N (African); two references; A sponsored r1.
  static let dataset = TestAssembly.dataset(
    states: [
      TestAssembly.state("AAA", .westernEuropeanAndOthers),
      TestAssembly.state("BBB", .westernEuropeanAndOthers),
      TestAssembly.state("CCC", .african),
      TestAssembly.state("NNN", .african, admitted: "2023-01-01"),
    ],
    calls: [
      TestAssembly.call("r1", "2020-01-01", session: 74, votes: "YYA"),
      TestAssembly.call("r2", "2022-01-01", session: 76, votes: "NYX"),
      TestAssembly.call("other", "2022-06-01", session: 76, tags: ["x"], votes: "NNN"),
    ],
    drafts: [TestAssembly.draft("D/1", "2024-01-01")],
    sponsorships: [Sponsorship(document: "r1", state: "AAA", role: .mainSponsor)])

  static func baseline() throws -> Baseline {
    let target = try VoteTarget(dataset: dataset, key: "D/1")
    let references = try ReferenceSelection.targetTags.rollCalls(in: dataset, for: target)
    return try Baseline(
      dataset: dataset, date: target.date, referenceRollCalls: references, halfLife: 3,
      priorStrength: 2, target: target.symbol)
  }

  @Test func matchesHandComputedProbabilities() throws {
    let baseline = try Self.baseline()
    let draftDay = TestAssembly.date("2024-01-01")
    let w1 = exp2(-TestAssembly.date("2020-01-01").years(until: draftDay) / 3)
    let w2 = exp2(-TestAssembly.date("2022-01-01").years(until: draftDay) / 3)
    #expect(baseline.references.map(\.weight) == [w1, w2])
    // Columns: yes, abstain, no, non-voting.
    let weog = [2 * w1 + w2 + 1, 1, w2 + 1, 1].map { $0 / (2 * w1 + 2 * w2 + 4) }
    let african = [1, w1 + 1, 1, w2 + 1].map { $0 / (w1 + w2 + 4) }
    let a = [w1, 0, w2, 0].enumerated().map { ($1 + 2 * weog[$0]) / (w1 + w2 + 2) }
    let b = [w1 + w2, 0, 0, 0].enumerated().map { ($1 + 2 * weog[$0]) / (w1 + w2 + 2) }
    let c = [0, w1, 0, w2].enumerated().map { ($1 + 2 * african[$0]) / (w1 + w2 + 2) }
    let expected = a + b + c + african
    #expect(baseline.members == [0, 1, 2, 3])
    for (got, want) in zip(baseline.probabilities, expected) { #expect(abs(got - want) < 1e-14) }
    for member in 0..<4 {
      let row = Vote.allCases.map { baseline.probability(member: member, vote: $0) }
      #expect(abs(row.reduce(0, +) - 1) < 1e-14)
    }
    #expect(baseline.evidence[3] == 0)
  }

  /// Reference stance: +1 where sponsored, −1 where it voted no, weighted by recency.
  @Test func referenceStancesAreWeightedMeans() throws {
    let baseline = try Self.baseline()
    let w1 = baseline.references[0].weight
    let w2 = baseline.references[1].weight
    #expect(abs(baseline.referenceStances[0] - (w1 - w2) / (w1 + w2)) < 1e-15)
    #expect(baseline.referenceStances[1] == 0)
    #expect(baseline.referenceStances[3] == 0)
  }

  @Test func skipsReferencesWithoutMemberVotesAndFailsWhenNoneRemain() throws {
    let dataset = TestAssembly.dataset(
      states: [TestAssembly.state("AAA", .african), TestAssembly.state("BBB", .african)],
      calls: [
        TestAssembly.call("r1", "2020-01-01", session: 74, votes: "XX"),
        TestAssembly.call("r2", "2020-02-01", session: 74, votes: "YN"),
      ])
    let day = TestAssembly.date("2024-01-01")
    let baseline = try Baseline(
      dataset: dataset, date: day, referenceRollCalls: [0, 1], halfLife: 3, priorStrength: 2,
      target: "D")
    #expect(baseline.skippedReferences == ["r1"])
    #expect(baseline.references.map(\.id) == ["r2"])
    #expect(
      throws: AnalysisError.noUsableReferences(
        target: "D", reason: "none of the 1 has a vote by a member")
    ) {
      try Baseline(
        dataset: dataset, date: day, referenceRollCalls: [0], halfLife: 3, priorStrength: 2,
        target: "D")
    }
  }

  @Test func rejectsInvalidParameters() {
    let day = TestAssembly.date("2024-01-01")
    #expect(throws: AnalysisError.self) {
      try Baseline(
        dataset: Self.dataset, date: day, referenceRollCalls: [0], halfLife: 0, priorStrength: 2,
        target: "D")
    }
    #expect(throws: AnalysisError.self) {
      try Baseline(
        dataset: Self.dataset, date: day, referenceRollCalls: [0], halfLife: 3,
        priorStrength: -1, target: "D")
    }
  }
}
