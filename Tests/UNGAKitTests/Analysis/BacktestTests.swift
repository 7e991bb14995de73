import Foundation
import Testing
import UNGAKit

@Suite struct BacktestTests {
  typealias F = AnalysisFixtures

  /// Two states and two sessions of one resolution: AAA votes yes both times, BBB no, then
  /// abstain. Only the second roll call is scored.
  static let tiny = F.dataset(
    states: [F.state("AAA", .westernEuropeanAndOthers), F.state("BBB", .african)],
    rows: [
      F.row("x-56", "2001-10-01", session: 56, title: "Topic X", votes: "YN"),
      F.row("x-57", "2002-10-01", session: 57, title: "Topic X", votes: "YA"),
    ])

  /// Overall frequencies from x-56 (yes 1, no 1, plus one pseudo-vote each):
  /// g = (2, 1, 2, 1) / 6 for both states.
  ///   log loss (−ln 1/3 − ln 1/6) / 2 = (1.0986123 + 1.7917595) / 2 = 1.4451859;
  ///   Brier: AAA (2/3)² + (1/6)² + (1/3)² + (1/6)² = 22/36, BBB (1/3)² + (5/6)² + (1/3)²
  ///   + (1/6)² = 34/36, mean 56/72 = 0.7777778; most probable yes (tie with no): AAA
  ///   right, BBB wrong → accuracy 0.5.
  ///   Tally: expected (2/3, 1/3, 2/3, 1/3) vs 1 yes, 1 abstain → errors 1/3, 2/3, 2/3, 1/3.
  ///   P(adopted) = P(Y > N) = 1/9 (both yes) + 2/9 (one yes, one neither) = 1/3 < 0.5,
  ///   but 1–0 adopts → adoption accuracy 0.
  /// Previous vote, λ = 0.5, with f_AAA = (5, 1, 2, 1) / 9 and f_BBB = (2, 1, 5, 1) / 9
  /// (β = 2): AAA (14, 1, 2, 1) / 18, BBB (2, 1, 14, 1) / 18.
  ///   log loss (−ln 14/18 − ln 1/18) / 2 = (0.2513144 + 2.8903718) / 2 = 1.5708431;
  ///   Brier (22 + 490) / 324 / 2 = 0.7901235; accuracy 0.5 (BBB favoured no).
  ///   Tally errors 2/18, 16/18, 16/18, 2/18; P(adopted) = 14/18 · 4/18 + 2/18 · 2/18
  ///   = 60/324, wrong again.
  @Test func tinyCaseByHand() throws {
    let result = try Backtest.run(
      dataset: BacktestTests.tiny, sessions: 57...57,
      predictors: [OverallFrequencyPredictor(), PreviousVotePredictor()])
    #expect(result.rollCalls == 1)
    #expect(result.predictions == 2)
    #expect(result.references == BacktestResult.ReferenceCounts(title: 1))
    #expect(result.model == nil)
    #expect(result.baselines.map(\.name) == ["overall-frequency", "previous-vote"])

    let overall = result.baselines[0]
    #expect(abs(overall.logLoss - 1.445_185_9) < 1e-7)
    #expect(abs(overall.brier - 56.0 / 72.0) < 1e-12)
    #expect(overall.accuracy == 0.5)
    #expect(abs(overall.tally.meanAbsoluteErrorYes - 1.0 / 3.0) < 1e-12)
    #expect(abs(overall.tally.meanAbsoluteErrorAbstain - 2.0 / 3.0) < 1e-12)
    #expect(abs(overall.tally.meanAbsoluteErrorNo - 2.0 / 3.0) < 1e-12)
    #expect(abs(overall.tally.meanAbsoluteErrorNonVoting - 1.0 / 3.0) < 1e-12)
    #expect(abs(overall.tally.adoptionBrier - 4.0 / 9.0) < 1e-12)
    #expect(overall.tally.adoptionAccuracy == 0)
    #expect(overall.tally.adopted == 1)

    let previous = result.baselines[1]
    #expect(abs(previous.logLoss - 1.570_843_1) < 1e-7)
    #expect(abs(previous.brier - 512.0 / 648.0) < 1e-12)
    #expect(previous.accuracy == 0.5)
    #expect(abs(previous.tally.meanAbsoluteErrorYes - 2.0 / 18.0) < 1e-12)
    #expect(abs(previous.tally.meanAbsoluteErrorNo - 16.0 / 18.0) < 1e-12)
    #expect(abs(previous.tally.adoptionBrier - (1 - 60.0 / 324.0) * (1 - 60.0 / 324.0)) < 1e-12)
    #expect(previous.score(.no)?.predicted == 1)
    #expect(previous.score(.abstain)?.observed == 1)
    #expect(previous.score(.abstain)?.f1 == 0)
  }

  /// Six states vote the same way on two recurring resolutions for four sessions: the
  /// previous vote predicts every vote, and beats the frequencies.
  @Test func previousVoteWinsOnStableVotes() throws {
    let groups: [RegionalGroup] = [
      .westernEuropeanAndOthers, .westernEuropeanAndOthers, .african, .african, .asiaPacific,
      .latinAmericanAndCaribbean,
    ]
    let states = groups.enumerated().map { F.state("S\($0.offset)", $0.element) }
    var rows: [F.Row] = []
    for session in 60...63 {
      rows.append(
        F.row(
          "a-\(session)", "\(session + 1945)-11-01", session: session, title: "Resolution A",
          votes: "YYNAYX"))
      rows.append(
        F.row(
          "b-\(session)", "\(session + 1945)-12-01", session: session, title: "Resolution B",
          votes: "NNYYAY"))
    }
    let result = try Backtest.run(
      dataset: F.dataset(states: states, rows: rows), sessions: 61...63)
    #expect(result.rollCalls == 6)
    #expect(result.predictions == 36)
    let scores = Dictionary(uniqueKeysWithValues: result.baselines.map { ($0.name, $0) })
    let previous = try #require(scores["previous-vote"])
    let overall = try #require(scores["overall-frequency"])
    let own = try #require(scores["state-frequency"])
    #expect(previous.accuracy == 1)
    #expect(previous.logLoss < overall.logLoss)
    #expect(previous.logLoss < own.logLoss)
    #expect(previous.brier < overall.brier)
    #expect(previous.logLoss < log(2.0))
  }

  /// A random dataset with recurring titles, scored with 1, 2 and 5 threads.
  @Test func resultDoesNotDependOnThreads() throws {
    var generator = F.SeededGenerator(seed: 2024)
    let groups = RegionalGroup.allCases
    let states = (0..<30).map { F.state("S\(100 + $0)", groups[$0 % groups.count]) }
    let letters: [Character] = ["Y", "A", "N", "X", "-"]
    var rows: [F.Row] = []
    for session in 60...65 {
      for item in 0..<8 {
        let votes = String(
          states.indices.map { _ in letters.randomElement(using: &generator) ?? "Y" })
        rows.append(
          F.row(
            "r-\(session)-\(item)", "\(session + 1945)-10-\(10 + item)", session: session,
            title: "Recurring item \(item % 5)", issues: item.isMultiple(of: 2) ? ["hr"] : [],
            amendment: item == 7, majority: item == 3 ? .twoThirds : .simple, votes: votes))
      }
    }
    let backtest = Backtest(dataset: F.dataset(states: states, rows: rows))
    let single = try backtest.run(
      sessions: 61...65, predictors: Backtest.standardBaselines, threads: 1)
    for threads in [2, 5] {
      let parallel = try backtest.run(
        sessions: 61...65, predictors: Backtest.standardBaselines, threads: threads)
      #expect(parallel == single)
      #expect(try parallel.json() == single.json())
    }
    #expect(single.rollCalls == 35)
  }

  /// The predictor named "model" is the model; the JSON has `model` and `baselines` with
  /// `name`, `logLoss`, `brier` and `accuracy`.
  @Test func modelPlugsInByName() throws {
    var model = PreviousVotePredictor(smoothing: VoteSmoothing(weight: 0.2))
    model.name = Backtest.modelName
    let result = try Backtest.run(
      dataset: BacktestTests.tiny, sessions: 57...57,
      predictors: [model, OverallFrequencyPredictor()])
    #expect(result.model?.name == "model")
    #expect(result.baselines.map(\.name) == ["overall-frequency"])
    #expect(result.allScores.map(\.name) == ["model", "overall-frequency"])

    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.json().utf8)) as? [String: Any])
    let modelObject = try #require(json["model"] as? [String: Any])
    let baselines = try #require(json["baselines"] as? [[String: Any]])
    for object in [modelObject] + baselines {
      #expect(object["name"] is String)
      for key in ["logLoss", "brier", "accuracy"] { #expect(object[key] is Double) }
    }
    #expect(baselines.first?["name"] as? String == "overall-frequency")
    let decoded = try JSONDecoder().decode(BacktestResult.self, from: Data(result.json().utf8))
    #expect(decoded == result)

    let withoutModel = try Backtest.run(
      dataset: BacktestTests.tiny, sessions: 57...57, predictors: [OverallFrequencyPredictor()])
    let plain = try #require(
      try JSONSerialization.jsonObject(with: Data(withoutModel.json().utf8)) as? [String: Any])
    #expect(plain["model"] == nil)
    #expect(plain["baselines"] != nil)
  }

  struct Fixed: VotePredictor {
    var name: String
    var forecast: SIMD4<Double>
    var count: Int?
    func predict(_ context: PredictionContext) -> [SIMD4<Double>] {
      [SIMD4<Double>](
        repeating: forecast, count: count ?? context.dataset.states.count)
    }
  }

  struct Failure: Error, Equatable {
    var rollCall: String
  }

  struct Failing: VotePredictor {
    var name = "failing"
    func predict(_ context: PredictionContext) throws -> [SIMD4<Double>] {
      throw Failure(rollCall: context.rollCall.id.rawValue)
    }
  }

  @Test func usageErrors() throws {
    let dataset = BacktestTests.tiny
    #expect(throws: BacktestError.noPredictors) {
      try Backtest.run(dataset: dataset, sessions: 57...57, predictors: [])
    }
    #expect(throws: BacktestError.duplicatePredictorName("previous-vote")) {
      try Backtest.run(
        dataset: dataset, sessions: 57...57,
        predictors: [PreviousVotePredictor(), PreviousVotePredictor()])
    }
    #expect(throws: BacktestError.nothingToScore(sessions: 70...74)) {
      try Backtest.run(dataset: dataset, sessions: 70...74)
    }
  }

  @Test func invalidForecastsAreReported() throws {
    let dataset = BacktestTests.tiny
    #expect(
      throws: BacktestError.invalidForecast(
        predictor: "half", rollCall: "x-57", state: "AAA", probabilities: [0.5, 0, 0, 0])
    ) {
      try Backtest.run(
        dataset: dataset, sessions: 57...57,
        predictors: [Fixed(name: "half", forecast: SIMD4(0.5, 0, 0, 0))])
    }
    #expect(
      throws: BacktestError.wrongForecastCount(
        predictor: "short", rollCall: "x-57", expected: 2, found: 1)
    ) {
      try Backtest.run(
        dataset: dataset, sessions: 57...57,
        predictors: [Fixed(name: "short", forecast: SIMD4(1, 0, 0, 0), count: 1)])
    }
    let nan = BacktestError.invalidForecast(
      predictor: "p", rollCall: "x", state: "AAA", probabilities: [.nan, 0, 0, 1])
    #expect(nan.description.contains("expected four finite non-negative numbers summing to 1"))
  }

  /// A predictor's error stops the backtest; with several roll calls failing, the
  /// earliest one's error is reported whatever the threads.
  @Test(arguments: [1, 3])
  func predictorErrorsPropagateInOrder(threads: Int) throws {
    let rows = (60...64).map { session in
      F.row("t-\(session)", "\(session + 1945)-10-01", session: session, title: "T", votes: "YN")
    }
    let dataset = F.dataset(
      states: [F.state("AAA", .african), F.state("BBB", .african)], rows: rows)
    #expect(throws: Failure(rollCall: "t-61")) {
      try Backtest.run(
        dataset: dataset, sessions: 61...64, predictors: [Failing()], threads: threads)
    }
  }

  @Test func renderedTables() throws {
    var model = PreviousVotePredictor()
    model.name = Backtest.modelName
    let result = try Backtest.run(
      dataset: BacktestTests.tiny, sessions: 57...57,
      predictors: [OverallFrequencyPredictor(), model])
    let text = result.text()
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(
      lines[0]
        == "Backtest of session 57: 1 roll call, 2 member votes; references by topic series 0, "
        + "title 1, similar title 0, tags 0, none 0.")
    #expect(
      lines[2]
        == "predictor          log loss   Brier  accuracy  macro F1  |Δyes|  |Δabstain|  |Δno|  "
        + "adoption")
    #expect(
      lines[3]
        == "model                1.5708  0.7901    0.5000    0.3333    0.11        0.89   0.89    "
        + "0.0000")
    #expect(lines[4].hasPrefix("overall-frequency    1.4452  0.7778    0.5000"))
    #expect(text.hasSuffix("\n"))

    let markdown = result.markdown(reliability: true)
    #expect(
      markdown.contains(
        "| predictor | log loss | Brier | accuracy | macro F1 | \\|Δyes\\| | \\|Δabstain\\| "
          + "| \\|Δno\\| | adoption |"))
    #expect(markdown.contains("| :-- | --: | --: |"))
    #expect(markdown.contains("| model | 1.5708 | 0.7901 | 0.5000 |"))
    #expect(markdown.contains("Reliability of `overall-frequency`"))
    #expect(markdown.contains("| 0.3-0.4 | 0.333 / 0.500 (2) | - | 0.333 / 0.000 (2) | - |"))
    #expect(!result.text().contains("Reliability"))
  }
}
