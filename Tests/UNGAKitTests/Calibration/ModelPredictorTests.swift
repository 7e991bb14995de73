import Foundation
import Testing
import UNGAKit

@Suite struct ModelPredictorTests {
  typealias T = TestAssembly

  /// Three states and one recurring resolution voted in sessions 60, 61 and 62; the
  /// target is its session-63 vote. AAA and BBB are in one group, CCC in another.
  static let recurring = T.dataset(
    states: [
      T.state("AAA", .westernEuropeanAndOthers), T.state("BBB", .westernEuropeanAndOthers),
      T.state("CCC", .african),
    ],
    calls: [
      titled("r60", "2005-11-01", session: 60, votes: "YYA"),
      titled("r61", "2006-11-01", session: 61, votes: "YYX"),
      titled("r62", "2007-11-01", session: 62, votes: "NYA"),
      titled("r63", "2008-11-01", session: 63, votes: "YYY"),
    ])

  static func titled(_ id: String, _ day: String, session: Int, votes: String) -> T.Call {
    var call = T.call(id, day, session: session, votes: votes)
    call.rollCall.title = "A recurring resolution"
    return call
  }

  /// MODEL.md §1 by hand: weights 2^(−age/h), counts per state, the group prior
  /// (Σ group counts + 1) / (Σ + 4) and p = (n + α π) / (Σ n + α).
  @Test func marginalsFollowTheBaselineByHand() throws {
    let dataset = Self.recurring
    let parameters = ModelParameters(influence: 0, halfLife: 1.5, priorStrength: 0.8)
    let predictor = try ModelPredictor(dataset: dataset, parameters: parameters)
    let target = try #require(dataset.rollCallIndex("r63"))
    let context = Backtest(dataset: dataset).context(target: target)
    #expect(context.references.match == .title)
    let forecasts = predictor.predict(context)

    func weight(_ from: String) -> Double {
      exp2(-T.date(from).years(until: T.date("2008-11-01")) / 1.5)
    }
    let (w60, w61, w62) = (weight("2005-11-01"), weight("2006-11-01"), weight("2007-11-01"))
    // yes, abstain, no, non-voting
    let aaa = SIMD4(w60 + w61, 0, w62, 0)
    let bbb = SIMD4(w60 + w61 + w62, 0, 0, 0)
    let ccc = SIMD4(0, w60 + w62, 0, w61)
    let western = (aaa + bbb + 1) / ((aaa + bbb).sum() + 4)
    let african = (ccc + 1) / (ccc.sum() + 4)
    let expected = [
      (aaa + 0.8 * western) / (aaa.sum() + 0.8), (bbb + 0.8 * western) / (bbb.sum() + 0.8),
      (ccc + 0.8 * african) / (ccc.sum() + 0.8),
    ]
    for (state, p) in expected.enumerated() {
      for c in 0..<4 { #expect(abs(forecasts[state][c] - p[c]) < 1e-12, "state \(state) \(c)") }
    }
  }

  /// Without a backer, the model's forecast is `VoteModel`'s exact marginals over the same
  /// references.
  @Test func agreesWithTheVoteModelWithoutBackers() throws {
    let dataset = SyntheticAssembly.dataset(states: 30, rollCalls: 120, sessions: 6, seed: 3)
    let backtest = Backtest(dataset: dataset)
    let parameters = ModelParameters(halfLife: 2, priorStrength: 1.5)
    let predictor = try ModelPredictor(dataset: dataset, parameters: parameters)
    var compared = 0
    for target in backtest.targets(sessions: 76...78).prefix(12) {
      let context = backtest.context(target: target)
      guard !context.references.rollCalls.isEmpty else { continue }
      let rollCall = dataset.rollCalls[target]
      let forecasts = predictor.predict(context)
      let model = try VoteModel(
        dataset: dataset, target: rollCall.id.rawValue, parameters: parameters,
        references: .explicit(
          context.references.rollCalls.map { dataset.rollCalls[$0].id.rawValue }))
      let recorded = model.recorded()
      // The synthetic leader sponsors its yes votes; only compare the states it does not move.
      let moved = Set(recorded.shifts.indices.filter { recorded.shifts[$0] != 0 })
      for (position, state) in model.baseline.members.enumerated()
      where recorded.stances[position] == nil && !moved.contains(position) {
        for vote in Vote.allCases {
          let p = recorded.probability(member: position, vote: vote)
          #expect(abs(forecasts[state][Int(vote.rawValue)] - p) < 1e-9)
        }
      }
      compared += 1
    }
    #expect(compared >= 10)
  }

  /// Six states, ten sessions of contested votes that align AAA, BBB and FFF against CCC,
  /// DDD and EEE, and a resolution sponsored by AAA alone in sessions 60 to 62. In session
  /// 63 FFF joins AAA as sponsor: FFF's change of stance moves its followers.
  static func backed(lastVotes: String = "YYYYYY") -> Dataset {
    let states = [
      T.state("AAA", .westernEuropeanAndOthers), T.state("BBB", .westernEuropeanAndOthers),
      T.state("CCC", .african), T.state("DDD", .african), T.state("EEE", .asiaPacific),
      T.state("FFF", .latinAmericanAndCaribbean),
    ]
    var calls: [T.Call] = []
    let patterns = ["YYNNNY", "NNYYYN", "YYANAY", "YAYYNY"]
    for session in 50...59 {
      for (k, pattern) in patterns.enumerated() {
        var call = T.call(
          "w\(session)-\(k)", "\(1945 + session)-10-\(10 + k)", session: session, votes: pattern)
        call.rollCall.title = "Window topic \(["one", "two", "three", "four"][k])"
        calls.append(call)
      }
    }
    for (session, votes) in [(60, "YYNAAY"), (61, "YYNNAA"), (62, "YYANNY"), (63, lastVotes)] {
      var call = T.call("b\(session)", "\(1945 + session)-11-01", session: session, votes: votes)
      call.rollCall.title = "A backed resolution"
      calls.append(call)
    }
    var sponsorships = (60...63).map {
      Sponsorship(document: "A/RES/b\($0)", state: "AAA", role: .mainSponsor)
    }
    sponsorships.append(Sponsorship(document: "A/RES/b63", state: "FFF", role: .coSponsor))
    return T.dataset(states: states, calls: calls, sponsorships: sponsorships)
  }

  /// With title references whose sponsor lists are known, the shifts of the states that are
  /// not sponsors are `VoteModel`'s; sponsors vote yes with the compliance when present.
  @Test(arguments: InfluenceWeightRule.allCases)
  func backerShiftsAgreeWithTheVoteModel(rule: InfluenceWeightRule) throws {
    let dataset = Self.backed()
    let parameters = ModelParameters(
      influence: 0.6, halfLife: 2, priorStrength: 1, weightRule: rule)
    let target = try #require(dataset.rollCallIndex("b63"))
    let context = Backtest(dataset: dataset).context(target: target)
    #expect(context.references.match == .title)
    let predictor = try ModelPredictor(
      dataset: dataset, parameters: parameters, sponsorCompliance: 0.9)
    let forecasts = predictor.predict(context)
    let model = try VoteModel(
      dataset: dataset, target: "b63", parameters: parameters,
      references: .explicit(context.references.rollCalls.map { dataset.rollCalls[$0].id.rawValue }))
    let recorded = model.recorded()
    #expect(recorded.shifts.contains { $0 > 0 })
    for (position, state) in model.baseline.members.enumerated() {
      let code = dataset.states[state].code
      if code == "AAA" || code == "FFF" {
        let q = model.baseline.probability(member: position, vote: .nonVoting)
        let unmoved = forecasts[state]
        #expect(abs(unmoved[3] - q) < 1e-12)
        #expect(unmoved[0] >= 0.9 * (1 - q) - 1e-12)
        #expect(abs(unmoved.sum() - 1) < 1e-12)
        continue
      }
      for vote in Vote.allCases {
        let p = recorded.probability(member: position, vote: vote)
        #expect(abs(forecasts[state][Int(vote.rawValue)] - p) < 1e-9, "\(code) \(vote)")
      }
    }
  }

  /// References found by shared tags are other texts: a sponsor's stance on them is no
  /// reference stance, so nothing moves.
  @Test func tagReferencesMoveNoOne() throws {
    var dataset = Self.backed()
    let target = try #require(dataset.rollCallIndex("b63"))
    var rollCalls = dataset.rollCalls
    rollCalls[target].title = "A resolution seen for the first time"
    dataset = rebuilt(dataset, rollCalls: rollCalls)
    let context = Backtest(dataset: dataset).context(target: target)
    #expect(context.references.match == .tags)
    let moving = try ModelPredictor(
      dataset: dataset, parameters: ModelParameters(influence: 2), sponsorCompliance: 0.5)
    let still = try ModelPredictor(
      dataset: dataset, parameters: ModelParameters(influence: 0), sponsorCompliance: 0.5)
    #expect(moving.predict(context) == still.predict(context))
  }

  /// Without a usable reference the forecast is the state's own recent frequencies.
  @Test func fallsBackToStateFrequencies() throws {
    let dataset = Self.recurring
    let target = try #require(dataset.rollCallIndex("r60"))
    let context = Backtest(dataset: dataset).context(target: target)
    #expect(context.references.rollCalls.isEmpty)
    let predictor = try ModelPredictor(dataset: dataset)
    #expect(predictor.predict(context) == StateFrequencyPredictor().predict(context))
    #expect(predictor.name == "model")
  }

  @Test func rejectsInvalidParameters() {
    #expect(throws: SimulationError.self) {
      try ModelPredictor(dataset: Self.recurring, parameters: ModelParameters(halfLife: -1))
    }
    #expect(throws: SimulationError.self) {
      try ModelPredictor(dataset: Self.recurring, sponsorCompliance: .nan)
    }
  }

  /// The model takes part in a backtest as `model` and forecasts only from the past: the
  /// score of a roll call does not change when later roll calls change.
  @Test func backtestsWithTheBaselines() throws {
    let dataset = Self.backed()
    let result = try Backtest.runModel(dataset: dataset, sessions: 61...63)
    #expect(result.model?.name == "model")
    #expect(result.baselines.map(\.name) == Backtest.standardBaselines.map(\.name))
    #expect(result.rollCalls == 3)
    let earlier = try Backtest.runModel(dataset: dataset, sessions: 61...62)
    let unchanged = try Backtest.runModel(
      dataset: Self.backed(lastVotes: "NNNAXX"), sessions: 61...62)
    #expect(earlier.model == unchanged.model)
    #expect(earlier.model != result.model)
  }

  /// The dataset with its roll calls replaced (same order, same votes).
  func rebuilt(_ dataset: Dataset, rollCalls: [RollCall]) -> Dataset {
    var entries: [Dataset.Entry] = []
    for r in rollCalls.indices {
      for s in dataset.states.indices {
        guard let vote = dataset.vote(rollCall: r, state: s) else { continue }
        entries.append(Dataset.Entry(rollCall: Int32(r), state: Int32(s), vote: vote))
      }
    }
    return Dataset(
      states: dataset.states, rollCalls: rollCalls, sponsorships: dataset.sponsorships,
      votes: entries)
  }
}
