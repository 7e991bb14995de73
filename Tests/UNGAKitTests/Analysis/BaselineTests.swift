import Foundation
import Testing
import UNGAKit

@Suite struct BaselineTests {
  /// A and B (WEOG), C and the new member N (African); two references.
  static let states = [
    TestAssembly.state("AAA", .westernEuropeanAndOthers),
    TestAssembly.state("BBB", .westernEuropeanAndOthers),
    TestAssembly.state("CCC", .african),
    TestAssembly.state("NNN", .african, admitted: "2023-01-01"),
  ]
  static let dataset = TestAssembly.dataset(
    states: states,
    calls: [
      TestAssembly.call("r1", "2020-01-01", session: 74, votes: "YYA"),
      TestAssembly.call("r2", "2022-01-01", session: 76, votes: "NYX"),
      TestAssembly.call("other", "2022-06-01", session: 76, tags: ["x"], votes: "NNN"),
    ],
    drafts: [TestAssembly.draft("D/1", "2024-01-01")])

  static let parameters = BaselineParameters(
    halfLife: 1, groupWeight: 0.5, ownWeight: 0.25, floor: 0.01, exponent: 0.9,
    absence: [0.1, 0.8, 0.3])

  static func baseline(_ parameters: BaselineParameters = parameters) throws -> Baseline {
    let target = try VoteTarget(dataset: dataset, key: "D/1")
    return try Baseline(
      dataset: dataset, date: target.date, referenceRollCalls: [0, 1], parameters: parameters,
      target: target.symbol)
  }

  static func logit(_ p: Double) -> Double { log(p / (1 - p)) }
  static func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

  /// `(1 − q)·x_c / Σ x` with `x_c = (n_c + β_g π_c + β_s σ_c + ε)^γ`, then `q`.
  static func row(
    counts: [Double], group: [Double], own: [Double], q: Double
  ) -> [Double] {
    let p = parameters
    let x = (0..<3).map {
      pow(counts[$0] + p.groupWeight * group[$0] + p.ownWeight * own[$0] + p.floor, p.exponent)
    }
    let total = x.reduce(0, +)
    return x.map { (1 - q) * $0 / total } + [q]
  }

  @Test func matchesHandComputedProbabilities() throws {
    let baseline = try Self.baseline()
    let day = TestAssembly.date("2024-01-01")
    let w1 = exp2(-TestAssembly.date("2020-01-01").years(until: day))
    let w2 = exp2(-TestAssembly.date("2022-01-01").years(until: day))
    #expect(baseline.references.map(\.weight) == [w1, w2])
    #expect(baseline.members == [0, 1, 2, 3])
    // Group shares on the references (present votes), weighted.
    let weog = [2 * w1 + w2, 0, w2].map { $0 / (2 * w1 + 2 * w2) }
    let african = [0.0, 1, 0]
    // Recent two years (from 2022-01-01): r2 and "other".
    let a = Self.parameters.absence
    let qA = Self.logistic(
      a[0] + a[1] * Self.logit(0.5 / 3) + a[2] * Self.logit(0.5 / (w1 + w2 + 1)))
    let qC = Self.logistic(
      a[0] + a[1] * Self.logit(1.5 / 3) + a[2] * Self.logit((w2 + 0.5) / (w1 + w2 + 1)))
    let qN = Self.logistic(a[0])
    let expectedA = Self.row(counts: [w1, 0, w2], group: weog, own: [0, 0, 1], q: qA)
    let expectedC = Self.row(counts: [0, w1, 0], group: african, own: [0, 0, 1], q: qC)
    // A new member: no reference votes, no recent votes (own share = group's).
    let expectedN = Self.row(counts: [0, 0, 0], group: african, own: african, q: qN)
    for (position, expected) in [(0, expectedA), (2, expectedC), (3, expectedN)] {
      for (vote, want) in zip(Vote.allCases, expected) {
        #expect(abs(baseline.probability(member: position, vote: vote) - want) < 1e-13)
      }
    }
    for member in 0..<4 {
      let row = Vote.allCases.map { baseline.probability(member: member, vote: $0) }
      #expect(abs(row.reduce(0, +) - 1) < 1e-14)
    }
  }

  /// The five-coefficient absence model: the state's recent, reference and last-quarter
  /// rates, and all members' weighted rate on the references; a state without a vote on the
  /// references has its recent rate in their place.
  @Test func absenceReadsTheLastQuarterAndTheReferencesAttendance() throws {
    let dataset = TestAssembly.dataset(
      states: Self.states,
      calls: [
        TestAssembly.call("r1", "2020-01-01", session: 74, votes: "YYA"),
        TestAssembly.call("r2", "2022-01-01", session: 76, votes: "NYX"),
        TestAssembly.call("other", "2022-06-01", session: 76, tags: ["x"], votes: "NNN"),
        TestAssembly.call("late", "2023-12-01", session: 78, tags: ["x"], votes: "YYXY"),
      ],
      drafts: [TestAssembly.draft("D/1", "2024-01-01")])
    var parameters = Self.parameters
    parameters.absence = [0.1, 0.8, 0.3, 0.4, 0.6]
    let target = try VoteTarget(dataset: dataset, key: "D/1")
    let baseline = try Baseline(
      dataset: dataset, date: target.date, referenceRollCalls: [0, 1], parameters: parameters,
      target: target.symbol)
    let day = TestAssembly.date("2024-01-01")
    let w1 = exp2(-TestAssembly.date("2020-01-01").years(until: day))
    let w2 = exp2(-TestAssembly.date("2022-01-01").years(until: day))
    let a = parameters.absence
    let attendance = Self.logit((w2 + 0.5) / (3 * w1 + 3 * w2 + 1))
    // CCC: absent on r2 and "late" (the last quarter), present on "other".
    let qC = Self.logistic(
      a[0] + a[1] * Self.logit(2.5 / 4) + a[2] * Self.logit((w2 + 0.5) / (w1 + w2 + 1))
        + a[3] * Self.logit(1.5 / 2) + a[4] * attendance)
    // NNN: one recent vote, no reference vote (its recent rate stands in).
    let recentN = Self.logit(0.5 / 2)
    let qN = Self.logistic(
      a[0] + a[1] * recentN + a[2] * recentN + a[3] * Self.logit(0.5 / 2) + a[4] * attendance)
    #expect(abs(baseline.probability(member: 2, vote: .nonVoting) - qC) < 1e-13)
    #expect(abs(baseline.probability(member: 3, vote: .nonVoting) - qN) < 1e-13)
    // Three coefficients read the others as 0.
    parameters.absence = [0.1, 0.8, 0.3, 0, 0]
    let five = try Baseline(
      dataset: dataset, date: target.date, referenceRollCalls: [0, 1], parameters: parameters,
      target: target.symbol)
    parameters.absence = [0.1, 0.8, 0.3]
    let three = try Baseline(
      dataset: dataset, date: target.date, referenceRollCalls: [0, 1], parameters: parameters,
      target: target.symbol)
    #expect(five.probabilities == three.probabilities)
  }

  /// A shorter half-life makes the latest reference weigh more.
  @Test func halfLifeWeighsRecentVotes() throws {
    var short = Self.parameters
    short.halfLife = 0.5
    var long = Self.parameters
    long.halfLife = 20
    // A voted yes in 2020 and no in 2022: its no grows more likely as h shrinks.
    let pShort = try Self.baseline(short).probability(member: 0, vote: .no)
    let pLong = try Self.baseline(long).probability(member: 0, vote: .no)
    #expect(pShort > pLong + 0.05)
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
      dataset: dataset, date: day, referenceRollCalls: [0, 1], parameters: .design, target: "D")
    #expect(baseline.skippedReferences == ["r1"])
    #expect(baseline.references.map(\.id) == ["r2"])
    #expect(
      throws: AnalysisError.noUsableReferences(
        target: "D", reason: "none of the 1 has a vote by a member")
    ) {
      try Baseline(
        dataset: dataset, date: day, referenceRollCalls: [0], parameters: .design, target: "D")
    }
  }

  @Test func rejectsInvalidParameters() {
    let day = TestAssembly.date("2024-01-01")
    var bad = BaselineParameters.design
    bad.halfLife = 0
    #expect(throws: AnalysisError.self) {
      try Baseline(
        dataset: Self.dataset, date: day, referenceRollCalls: [0], parameters: bad, target: "D")
    }
    bad = .design
    bad.absence = [1]
    #expect(throws: AnalysisError.self) {
      try Baseline(
        dataset: Self.dataset, date: day, referenceRollCalls: [0], parameters: bad, target: "D")
    }
  }
}
