import Foundation

/// Scores vote predictors on recorded roll calls they did not see.
///
/// For every whole-text roll call of a session range, each predictor forecasts
/// every member's vote from earlier roll calls only (`PredictionContext`), and
/// the forecasts are scored against the votes cast: `ForecastScore` over the
/// member votes, `TallyScore` over the roll calls (P(adopted) from the
/// independent-votes approximation, `AdoptionProbability`).
///
/// Roll calls are scored in parallel, each on its own, and the scores are
/// merged in roll-call order, so the result is the same, to the bit, whatever
/// the number of threads.
///
/// Building a `Backtest` indexes the dataset once (references and vote
/// counts); `run` may then be called for several session ranges or predictor sets.
public struct Backtest: Sendable {
  /// The predictor name reported as the model rather than as a baseline.
  public static let modelName = "model"

  /// The baselines of the backtest: previous vote, regional group majority,
  /// overall frequencies and the state's own frequencies, with default settings.
  public static var standardBaselines: [any VotePredictor] {
    [
      PreviousVotePredictor(), GroupMajorityPredictor(), OverallFrequencyPredictor(),
      StateFrequencyPredictor(),
    ]
  }

  /// How references are found and scores are tabulated.
  public struct Options: Sendable, Hashable, Codable {
    /// How the reference finder chooses references.
    public var references: ReferenceFinder.Options
    /// The number of bins of the reliability tables (at least 1; default 10).
    public var reliabilityBins: Int

    /// Options with the given reference choice and number of reliability bins.
    public init(references: ReferenceFinder.Options = .init(), reliabilityBins: Int = 10) {
      self.references = references
      self.reliabilityBins = max(1, reliabilityBins)
    }
  }

  /// The dataset scored.
  public let dataset: Dataset
  /// The options in force.
  public let options: Options
  /// The reference index of the dataset.
  public let finder: ReferenceFinder
  /// The whole-text vote counts of the dataset.
  public let history: VoteHistory

  /// Indexes `dataset` for backtests.
  /// - Complexity: O(r·s) for r roll calls and s states.
  public init(dataset: Dataset, options: Options = Options()) {
    self.dataset = dataset
    self.options = options
    finder = ReferenceFinder(dataset: dataset, options: options.references)
    history = VoteHistory(dataset: dataset)
  }

  /// Indexes `dataset` and scores `predictors` on the whole-text roll calls of `sessions`.
  /// - Throws: `BacktestError`, or what a predictor throws.
  public static func run(
    dataset: Dataset, sessions: ClosedRange<Int>,
    predictors: [any VotePredictor] = Backtest.standardBaselines, options: Options = Options(),
    threads: Int? = nil
  ) throws -> BacktestResult {
    try Backtest(dataset: dataset, options: options).run(
      sessions: sessions, predictors: predictors, threads: threads)
  }

  /// The whole-text roll calls of `sessions` that had members, by index, in date order.
  public func targets(sessions: ClosedRange<Int>) -> [Int] {
    dataset.rollCalls.indices.filter { index in
      let rollCall = dataset.rollCalls[index]
      return rollCall.isWholeText && sessions.contains(rollCall.session)
        && dataset.votes(rollCall: index).contains { $0 != Dataset.notMember }
    }
  }

  /// What a predictor may know when it forecasts roll call `target`.
  public func context(target: Int) -> PredictionContext {
    PredictionContext(
      dataset: dataset, target: target, references: finder.references(rollCall: target),
      history: history)
  }

  /// Scores `predictors` on the whole-text roll calls of `sessions`.
  ///
  /// - Parameters:
  ///   - sessions: the regular sessions whose roll calls are forecast.
  ///   - predictors: at least one, with distinct names; the one named
  ///     `Backtest.modelName` is reported as the model.
  ///   - threads: worker threads (default: the active processor count); the
  ///     result does not depend on it.
  /// - Throws: `BacktestError` for no predictors, duplicate names, nothing to
  ///   score or an invalid forecast; otherwise the first error a predictor
  ///   throws, in roll-call order.
  /// - Complexity: for each roll call and predictor, the predictor's cost plus
  ///   O(m²) for the adoption probability of m members.
  public func run(
    sessions: ClosedRange<Int>, predictors: [any VotePredictor], threads: Int? = nil
  ) throws -> BacktestResult {
    guard !predictors.isEmpty else { throw BacktestError.noPredictors }
    var names = Set<String>()
    for predictor in predictors where !names.insert(predictor.name).inserted {
      throw BacktestError.duplicatePredictorName(predictor.name)
    }
    let targets = targets(sessions: sessions)
    guard !targets.isEmpty else { throw BacktestError.nothingToScore(sessions: sessions) }

    let results = ParallelMap.map(targets.count, threads: threads) { position in
      Result<TargetScore, any Error> { try score(target: targets[position], predictors) }
    }

    var forecasts = predictors.map { _ in ForecastScore(binCount: options.reliabilityBins) }
    var tallies = predictors.map { _ in TallyScore() }
    var references = BacktestResult.ReferenceCounts()
    let modelIndex = predictors.firstIndex { $0.name == Backtest.modelName }
    var byMatch: [ReferenceFinder.Match: (rollCalls: Int, score: ForecastScore)] = [:]
    for result in results {
      let target = try result.get()
      references.add(target.match)
      for index in predictors.indices {
        forecasts[index].merge(target.forecasts[index])
        tallies[index].merge(target.tallies[index])
      }
      if let modelIndex {
        var entry = byMatch[target.match] ?? (0, ForecastScore(binCount: options.reliabilityBins))
        entry.rollCalls += 1
        entry.score.merge(target.forecasts[modelIndex])
        byMatch[target.match] = entry
      }
    }

    var model: BacktestResult.PredictorScore?
    var baselines: [BacktestResult.PredictorScore] = []
    for (index, predictor) in predictors.enumerated() {
      guard
        let score = BacktestResult.PredictorScore(
          name: predictor.name, forecast: forecasts[index], tally: tallies[index])
      else { throw BacktestError.nothingToScore(sessions: sessions) }
      if predictor.name == Backtest.modelName { model = score } else { baselines.append(score) }
    }
    var result = BacktestResult(
      firstSession: sessions.lowerBound, lastSession: sessions.upperBound,
      rollCalls: targets.count, predictions: forecasts[0].count, references: references,
      model: model, baselines: baselines, options: options)
    result.modelByReference = ReferenceFinder.Match.allCases.compactMap { match in
      guard let entry = byMatch[match], let logLoss = entry.score.logLoss else { return nil }
      return BacktestResult.MatchScore(
        match: match.rawValue, rollCalls: entry.rollCalls, predictions: entry.score.count,
        logLoss: logLoss)
    }
    return result
  }

  /// The scores of one roll call, per predictor.
  private struct TargetScore: Sendable {
    var match: ReferenceFinder.Match
    var forecasts: [ForecastScore]
    var tallies: [TallyScore]
  }

  private func score(target: Int, _ predictors: [any VotePredictor]) throws -> TargetScore {
    let context = context(target: target)
    let rollCall = dataset.rollCalls[target]
    let row = dataset.votes(rollCall: target)
    var members: [Int] = []
    var observed: [Vote] = []
    for (state, byte) in zip(0..., row) {
      guard let vote = Vote(rawValue: byte) else { continue }
      members.append(state)
      observed.append(vote)
    }
    var result = TargetScore(match: context.references.match, forecasts: [], tallies: [])
    for predictor in predictors {
      let forecasts = try predictor.predict(context)
      guard forecasts.count == dataset.states.count else {
        throw BacktestError.wrongForecastCount(
          predictor: predictor.name, rollCall: rollCall.id, expected: dataset.states.count,
          found: forecasts.count)
      }
      var forecastScore = ForecastScore(binCount: options.reliabilityBins)
      var memberForecasts: [SIMD4<Double>] = []
      memberForecasts.reserveCapacity(members.count)
      for (state, vote) in zip(members, observed) {
        let p = forecasts[state]
        guard Backtest.isProbabilityVector(p) else {
          throw BacktestError.invalidForecast(
            predictor: predictor.name, rollCall: rollCall.id, state: dataset.states[state].code,
            probabilities: [p[0], p[1], p[2], p[3]])
        }
        forecastScore.add(p, observed: vote)
        memberForecasts.append(p)
      }
      var tallyScore = TallyScore()
      tallyScore.add(forecasts: memberForecasts, observed: observed, rule: rollCall.majority)
      result.forecasts.append(forecastScore)
      result.tallies.append(tallyScore)
    }
    return result
  }

  /// Finite, non-negative, summing to 1 within 1e-6.
  static func isProbabilityVector(_ p: SIMD4<Double>) -> Bool {
    for c in 0..<4 where !(p[c].isFinite && p[c] >= 0) { return false }
    return abs(p.sum() - 1) <= 1e-6
  }
}
