/// The one-call entry point: from a dataset, a draft and options to a `SimulationResult`.
///
///     let result = try Simulator.run(dataset: dataset, draft: "A/ES-11/L.10", options: options)
///
/// Runs the draft as recorded and every scenario of the options on common
/// random numbers (or exactly, with `.exact`), and assembles per-scenario
/// figures, differences, per-state probabilities and swing states.
public enum Simulator {
  /// Simulates the draft or roll call `draft` (id, draft symbol or resolution symbol).
  /// - Throws: `AnalysisError` (unknown draft or references, no usable
  ///   reference), `SimulationError` (unknown state codes, invalid parameters
  ///   or options, cancellation).
  public static func run(dataset: Dataset, draft: String, options: SimulationOptions) throws
    -> SimulationResult
  {
    let parameters = options.engine == .exact ? options.parameters.independent : options.parameters
    let model = try VoteModel(
      dataset: dataset, target: draft, parameters: parameters, references: options.references,
      blocs: options.blocs)
    return try run(model: model, dataset: dataset, options: options)
  }

  /// Simulates with a prepared model (for callers that run many scenario sets
  /// against one draft). `options.parameters`, `references` and `blocs` are
  /// those of the model; the rest of the options apply.
  /// - Throws: as `run(dataset:draft:options:)`.
  public static func run(model: VoteModel, dataset: Dataset, options: SimulationOptions) throws
    -> SimulationResult
  {
    let recorded = model.recorded()
    var names: Set<String> = [recorded.name]
    var scenarios = [recorded]
    for scenario in options.scenarios {
      guard names.insert(scenario.name).inserted else {
        throw SimulationError.duplicateScenarioName(scenario.name)
      }
      scenarios.append(try model.scenario(scenario, in: dataset))
    }
    let n = model.memberCount
    for k in options.thresholds where !(0...n).contains(k) {
      throw SimulationError.invalidParameter(
        name: "threshold", value: "\(k)", expected: "a number of yes votes from 0 to \(n)")
    }
    guard options.swingStateCount >= 0 else {
      throw SimulationError.invalidParameter(
        name: "swing state count", value: "\(options.swingStateCount)", expected: "0 or more")
    }
    let rule = options.majority ?? model.target.majority
    let statistics: [ScenarioStatistics]
    var trials: Int?
    switch options.engine {
    case .monteCarlo:
      let run = try MonteCarloEngine.run(
        model: model, scenarios: scenarios, rule: rule, thresholds: options.thresholds,
        options: options.sampling)
      statistics = run.statistics
      trials = run.trials
    case .exact:
      statistics = ExactEngine.run(
        model: model, scenarios: scenarios, rule: rule, thresholds: options.thresholds)
    }
    let isMonteCarlo = options.engine == .monteCarlo
    var result = SimulationResult(
      target: model.target, rule: rule, thresholds: options.thresholds,
      parameters: isMonteCarlo ? model.parameters : model.parameters.independent,
      engine: isMonteCarlo ? .monteCarlo : .exact,
      seed: isMonteCarlo ? options.sampling.seed : nil, trials: trials,
      blockSize: isMonteCarlo ? options.sampling.blockSize : nil, members: n,
      blocs: model.blocNames, references: model.baseline.references,
      alignmentRollCalls: model.alignment.rollCallCount, warnings: model.warnings,
      scenarios: zip(scenarios, statistics).map { scenario, statistics in
        ScenarioResult(
          model: model, scenario: scenario, baseline: recorded, statistics: statistics,
          swingCount: options.swingStateCount)
      },
      threads: isMonteCarlo ? options.sampling.threads : 1)
    result.tagReferences = model.referencesAreSeries ? nil : true
    // A recorded roll call is a replay: its votes beside the draft as recorded.
    if model.target.kind == .rollCall, let index = dataset.rollCallIndex(model.target.id.rawValue),
      let baseline = result.scenarios.first
    {
      result.retrospective = Retrospective(
        dataset: dataset, rollCall: index, scenario: baseline, sponsors: model.target.sponsors,
        rule: rule)
      if result.retrospective == nil {
        result.warnings.append(
          "\(model.target.symbol) is a recorded vote, but the data holds no member's vote on it:"
            + " there is nothing to compare the prediction with")
      }
    }
    return result
  }
}
