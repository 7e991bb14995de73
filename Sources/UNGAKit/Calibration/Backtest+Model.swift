extension Backtest {
  /// Scores the vote model (`ModelPredictor`, reported as `model`) and the
  /// standard baselines on the whole-text roll calls of `sessions`.
  ///
  /// - Parameters:
  ///   - parameters: the model's parameters (e.g. `CalibratedParameters.parameters`).
  ///   - sponsorCompliance: see `ModelPredictor.sponsorCompliance`.
  ///   - baselines: the predictors reported as baselines.
  ///   - threads: worker threads (default all); the result does not depend on it.
  /// - Throws: `SimulationError` for invalid parameters, `BacktestError` as `run`.
  /// - Complexity: the indexing of the dataset, then per roll call O(k · s) for the
  ///   model plus the baselines' costs and O(m²) for the adoption probability.
  public static func runModel(
    dataset: Dataset, sessions: ClosedRange<Int>, parameters: ModelParameters = .defaults,
    sponsorCompliance: Double = ModelPredictor.defaultSponsorCompliance,
    baselines: [any VotePredictor] = Backtest.standardBaselines, options: Options = Options(),
    threads: Int? = nil
  ) throws -> BacktestResult {
    let model = try ModelPredictor(
      dataset: dataset, parameters: parameters, sponsorCompliance: sponsorCompliance,
      sessions: sessions)
    return try Backtest(dataset: dataset, options: options).run(
      sessions: sessions, predictors: [model] + baselines, threads: threads)
  }
}
