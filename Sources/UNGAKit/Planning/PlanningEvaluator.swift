/// Runs a planner's scenarios through the chosen engine with the plan's
/// rule and thresholds, and counts the work done.
struct PlanningEvaluator {
  let model: VoteModel
  let rule: MajorityRule
  let thresholds: [Int]
  let options: PlanningOptions
  /// Engine runs so far.
  private(set) var runs = 0
  /// Scenarios evaluated so far, summed over runs.
  private(set) var scenarioEvaluations = 0
  /// Trials of the last Monte Carlo run (`nil` for the exact engine).
  private(set) var trials: Int?

  init(model: VoteModel, thresholds: [Int], options: PlanningOptions) {
    self.model = model
    self.rule = options.majority ?? model.target.majority
    self.thresholds = Array(Set(thresholds)).sorted()
    self.options = options
  }

  /// The statistics of `scenarios`, in order; the first is the reference of
  /// every difference. All runs use the options' seed.
  /// - Throws: `SimulationError` for invalid sampling options or cancellation.
  mutating func evaluate(_ scenarios: [ScenarioModel]) throws(SimulationError)
    -> [ScenarioStatistics]
  {
    runs += 1
    scenarioEvaluations += scenarios.count
    switch options.engine {
    case .monteCarlo:
      let run = try MonteCarloEngine.run(
        model: model, scenarios: scenarios, rule: rule, thresholds: thresholds,
        options: options.sampling)
      trials = run.trials
      return run.statistics
    case .exact:
      return ExactEngine.run(
        model: model, scenarios: scenarios, rule: rule, thresholds: thresholds)
    }
  }
}
