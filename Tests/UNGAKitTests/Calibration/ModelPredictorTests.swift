import Foundation
import Testing
import UNGAKit

@Suite struct ModelPredictorTests {
  typealias T = TestAssembly

  /// Three states and one recurring resolution voted in sessions 60, 61 and 62; the
  /// target is its session-63 vote. AAA and BBB are in one group, CCC in another.
  static let recurring = T.dataset(states: recurringStates, calls: recurringCalls)
  static let recurringStates = [
    T.state("AAA", .westernEuropeanAndOthers), T.state("BBB", .westernEuropeanAndOthers),
    T.state("CCC", .african),
  ]
  static let recurringCalls = [
    titled("r60", "2005-11-01", session: 60, votes: "YYA"),
    titled("r61", "2006-11-01", session: 61, votes: "YYX"),
    titled("r62", "2007-11-01", session: 62, votes: "NYA"),
    titled("r63", "2008-11-01", session: 63, votes: "YYY"),
  ]

  static func titled(
    _ id: String, _ day: String, session: Int, tags: [IssueTag] = ["t"], votes: String
  ) -> T.Call {
    var call = T.call(id, day, session: session, tags: tags, votes: votes)
    call.rollCall.title = "A recurring resolution"
    return call
  }

  /// Without a backer, the model's forecast is `VoteModel`'s exact marginals over the same
  /// references.
  @Test func agreesWithTheVoteModelWithoutBackers() throws {
    let dataset = SyntheticAssembly.dataset(states: 30, rollCalls: 120, sessions: 6, seed: 3)
    let backtest = Backtest(dataset: dataset)
    let parameters = ModelParameters.defaults
    let predictor = try ModelPredictor(parameters: parameters)
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

  /// A roll call with a series is forecast with `baseline`, one without (shared tags, or no
  /// reference) with `withoutSeries`: each exactly as a model whose only baseline is that set.
  @Test func aRollCallWithoutASeriesUsesItsOwnBaseline() throws {
    // Standard issue codes, so that no tag makes a curated topic.
    let calls =
      zip(Self.recurringCalls, 60...).map { call, session in
        Self.titled(
          call.rollCall.id.rawValue, call.rollCall.date.description, session: session,
          tags: ["hr"], votes: call.votes)
      } + [
        T.call("new", "2008-12-01", session: 63, tags: ["ec"], votes: "NAY"),
        T.call("tagged", "2008-12-02", session: 63, tags: ["hr"], votes: "YNA"),
      ]
    let dataset = T.dataset(states: Self.recurringStates, calls: calls)
    let series = BaselineParameters.design
    var other = BaselineParameters.design
    other.groupWeight = 0.001
    other.ownWeight = 2
    other.exponent = 1.4
    let split = try ModelPredictor(
      parameters: ModelParameters(baseline: series, withoutSeries: other))
    let seriesOnly = try ModelPredictor(parameters: ModelParameters(baseline: series))
    let otherOnly = try ModelPredictor(parameters: ModelParameters(baseline: other))
    let backtest = Backtest(dataset: dataset)
    var matches: [ReferenceFinder.Match] = []
    for id in ["r63", "new", "tagged"] {
      let context = backtest.context(target: try #require(dataset.rollCallIndex(id)))
      matches.append(context.references.match)
      let expected = context.references.match.isSeries ? seriesOnly : otherOnly
      let unexpected = context.references.match.isSeries ? otherOnly : seriesOnly
      let forecasts = split.predict(context)
      #expect(forecasts == expected.predict(context))
      #expect(forecasts != unexpected.predict(context))
    }
    #expect(matches == [.title, .none, .tags])
    // The simulator chooses alike: tag references take `withoutSeries`, a series `baseline`.
    for (id, references, expected) in [
      ("tagged", ReferenceSelection.targetTags, other), ("tagged", .series, other),
      ("r63", .series, series), ("r63", .explicit(["r61", "r62"]), series),
    ] {
      let model = try VoteModel(
        dataset: dataset, target: id,
        parameters: ModelParameters(baseline: series, withoutSeries: other),
        references: references)
      let alone = try VoteModel(
        dataset: dataset, target: id, parameters: ModelParameters(baseline: expected),
        references: references)
      #expect(model.baseline.probabilities == alone.baseline.probabilities)
      #expect(model.referencesAreSeries == (expected == series))
    }
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

  /// The backtest's model and the simulator apply one definition of a
  /// backer's effect: told AAA's yes, the others' forecasts are the scenario's
  /// marginals with AAA co-sponsoring; not told (and AAA's own vote drawn from
  /// its baseline: compliance 0), they are the scenario's with AAA left open.
  @Test func backersMoveOthersAsInTheSimulator() throws {
    let dataset = Self.backed()
    let parameters = TestInfluence.parameters(dataset, backer: 0, strength: 1.2)
    let target = try #require(dataset.rollCallIndex("b63"))
    let backtest = Backtest(dataset: dataset)
    let context = backtest.context(target: target)
    let references = context.references.rollCalls.map { dataset.rollCalls[$0].id.rawValue }
    let model = try VoteModel(
      dataset: dataset, target: "b63", parameters: parameters, references: .explicit(references))
    let told = try ModelPredictor(parameters: parameters, sponsorCompliance: 0, told: ["AAA"])
      .predict(context)
    let open = try ModelPredictor(parameters: parameters, sponsorCompliance: 0).predict(context)
    let recorded = model.recorded()
    let left = try model.scenario(Scenario(stance: .neutral, states: ["AAA"]))
    #expect(left.drawn.map(\.member) == [0])
    var moved = 0
    for code in ["BBB", "CCC", "DDD", "EEE"] {
      let position = try #require(model.position(of: MemberState.Code(code)))
      let state = try #require(dataset.stateIndex(MemberState.Code(code)))
      for vote in Vote.allCases {
        let c = Int(vote.rawValue)
        #expect(abs(told[state][c] - recorded.probability(member: position, vote: vote)) < 1e-12)
        #expect(abs(open[state][c] - left.probability(member: position, vote: vote)) < 1e-12)
      }
      if abs(told[state][0] - open[state][0]) > 1e-3 { moved += 1 }
    }
    #expect(moved == 4)
    // CCC (position 2, weight +0.6) moves towards yes when AAA votes yes.
    #expect(told[2][0] > open[2][0])
  }

  /// Told a backer's vote, the conditional backtest scores the others both ways;
  /// a backer without influence changes nothing.
  @Test func conditionalBacktestComparesToldAndNotTold() throws {
    let dataset = Self.backed()
    let parameters = TestInfluence.parameters(dataset, backer: 0, strength: 1.2)
    let scores = try Backtest(dataset: dataset).conditional(
      sessions: 61...63, given: ["AAA", "BBB"], parameters: parameters, sponsorCompliance: 0.9)
    #expect(scores.map(\.given) == ["AAA", "BBB"])
    #expect(scores[0].influential && !scores[1].influential)
    #expect(scores[0].rollCalls == 3)
    #expect(scores[0].votes == 3 * 5)
    #expect(scores[0].told != scores[0].notTold)
    #expect(scores[1].told == scores[1].notTold)
    #expect(scores[0].stanceChangeRollCalls <= scores[0].rollCalls)
    // Each stance change listed once, its change the told minus not told log loss summed over
    // its votes: together the stance-change scores times their votes.
    // AAA breaks with its record on the last roll call.
    let broken = Self.backed(lastVotes: "NYANNY")
    let brokenParameters = TestInfluence.parameters(broken, backer: 0, strength: 1.2)
    let details = try Backtest(dataset: broken).conditionalDetails(
      sessions: 61...63, given: ["AAA", "BBB"], parameters: brokenParameters,
      sponsorCompliance: 0.9)
    #expect(
      try details.scores
        == Backtest(dataset: broken).conditional(
          sessions: 61...63, given: ["AAA", "BBB"], parameters: brokenParameters,
          sponsorCompliance: 0.9))
    #expect(details.scores[0].stanceChangeRollCalls == 1)
    #expect(details.stanceChanges.first?.rollCall == "b63")
    #expect(details.stanceChanges.first?.vote == "no")
    for score in details.scores {
      let mine = details.stanceChanges.filter { $0.given == score.given }
      #expect(mine.count == score.stanceChangeRollCalls)
      let votes = mine.reduce(0) { $0 + $1.votes }
      let total = mine.reduce(0) { $0 + $1.change }
      let expected =
        Double(votes) * (score.stanceChange.told.logLoss - score.stanceChange.notTold.logLoss)
      #expect(abs(total - expected) < 1e-9, "\(score.given) \(total) \(expected)")
      #expect(mine.allSatisfy { $0.vote != $0.expected })
    }
    #expect(details.stanceChanges.filter { $0.given == "BBB" }.allSatisfy { $0.change == 0 })
  }

  @Test func rejectsInvalidParameters() {
    #expect(throws: SimulationError.self) {
      var bad = ModelParameters.defaults
      bad.halfLife = -1
      return try ModelPredictor(parameters: bad)
    }
    #expect(throws: SimulationError.self) {
      try ModelPredictor(sponsorCompliance: .nan)
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
