extension Backtest {
  /// Scores the vote model (`ModelPredictor`, reported as `model`) and the
  /// standard baselines on the whole-text roll calls of `sessions`, and, for
  /// each backer of `given`, the model told that backer's vote against the
  /// model not told (`conditional`, MODEL.md §8).
  ///
  /// - Parameters:
  ///   - parameters: the model's parameters (e.g. `CalibratedParameters.parameters`).
  ///   - sponsorCompliance: see `ModelPredictor.sponsorCompliance`.
  ///   - given: backers for the conditional backtest (alpha-3 codes), or none.
  ///   - baselines: the predictors reported as baselines.
  ///   - threads: worker threads (default all); the result does not depend on it.
  /// - Throws: `SimulationError` for invalid parameters, `BacktestError` as `run`.
  /// - Complexity: the indexing of the dataset, then per roll call O(k · s) for the
  ///   model plus the baselines' costs and O(m²) for the adoption probability.
  public static func runModel(
    dataset: Dataset, sessions: ClosedRange<Int>, parameters: ModelParameters = .defaults,
    sponsorCompliance: Double = ModelPredictor.defaultSponsorCompliance,
    given: [MemberState.Code] = [], baselines: [any VotePredictor] = Backtest.standardBaselines,
    options: Options = Options(), threads: Int? = nil
  ) throws -> BacktestResult {
    let model = try ModelPredictor(parameters: parameters, sponsorCompliance: sponsorCompliance)
    let backtest = Backtest(dataset: dataset, options: options)
    var result = try backtest.run(
      sessions: sessions, predictors: [model] + baselines, threads: threads)
    if !given.isEmpty {
      (result.conditional, result.stanceChanges) = try backtest.conditionalDetails(
        sessions: sessions, given: given, parameters: parameters,
        sponsorCompliance: sponsorCompliance, threads: threads)
    }
    return result
  }
}
