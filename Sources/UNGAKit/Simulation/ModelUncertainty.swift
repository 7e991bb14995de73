/// How uncertain the model itself is, beside the Monte Carlo error: every scenario rerun
/// under each of a set of parameter replicates (the calibration's bootstrap draws,
/// `CalibratedParameters.replicates`), and each headline figure given the range it spans.
///
/// The range of a figure is the 2.5th to 97.5th percentile of its values across the
/// replicates (`modelInterval`), written beside the figure from the run with the fitted
/// parameters. Each replicate is simulated with the run's seed (common random numbers, so the
/// replicates differ by their parameters, not by their draws) and `trials` trials, and so is
/// the fitted parameter set itself: the range is that of each replicate's departure from the
/// fitted set on the same draws, added to the run's own figure. The Monte Carlo error that
/// all the short runs share therefore cancels, and the run's figure lies in its range
/// whenever the replicates straddle the fitted parameters.
public enum ModelUncertainty {
  /// Trials per replicate by default: enough that a replicate's Monte Carlo error (about
  /// 0.3 yes votes, 0.3 percentage points of P(adopted)) is small beside the model range,
  /// few enough that 30 replicates keep `unga simulate` interactive.
  public static let defaultTrials = 2_000

  /// `result` with the model ranges of its scenarios' expected counts, P(adopted) and
  /// differences from the baseline, from running `options` under each of `replicates`.
  ///
  /// - Parameters:
  ///   - replicates: full parameter sets; fewer than two leave `result` unchanged.
  ///   - trials: Monte Carlo trials per replicate (ignored by the exact engine), 1 or more.
  ///   - progress: counts the replicates' trials, its `total` set to all of them (the fitted
  ///     set's short run and one per replicate), for a progress display.
  /// - Throws: what `Simulator.run` throws for a replicate (such as invalid parameters).
  /// - Complexity: one simulation of `trials` trials per replicate.
  public static func apply(
    to result: SimulationResult, dataset: Dataset, draft: String, options: SimulationOptions,
    replicates: [ModelParameters], trials: Int = defaultTrials, progress: ProgressCounter? = nil
  ) throws -> SimulationResult {
    guard replicates.count >= 2 else { return result }
    var replicateOptions = options
    replicateOptions.thresholds = []
    replicateOptions.swingStateCount = 0
    replicateOptions.sampling.trials = max(trials, 1)
    replicateOptions.sampling.precision = nil
    replicateOptions.sampling.collectStateFrequencies = false
    replicateOptions.sampling.progress = progress
    progress?.total = (replicates.count + 1) * max(trials, 1)
    let scenarioCount = result.scenarios.count
    // samples[s][figure][replicate]
    var samples = [[[Double]]](
      repeating: [[Double]](repeating: [], count: Figure.allCases.count), count: scenarioCount)
    // Built once: replicates that keep the alignment window reuse its references and
    // alignment and recompute only the baseline (when it differs) and the backers.
    let independent = options.engine == .exact
    let base = try VoteModel(
      dataset: dataset, target: draft,
      parameters: independent ? options.parameters.independent : options.parameters,
      references: options.references, blocs: options.blocs)
    // The fitted parameters on the replicates' draws: what each replicate departs from.
    replicateOptions.parameters = options.parameters
    let fitted = try Simulator.run(model: base, dataset: dataset, options: replicateOptions)
    for parameters in replicates {
      replicateOptions.parameters = parameters
      let run: SimulationResult
      if let model = try base.replacingParameters(
        with: independent ? parameters.independent : parameters, dataset: dataset)
      {
        run = try Simulator.run(model: model, dataset: dataset, options: replicateOptions)
      } else {
        run = try Simulator.run(dataset: dataset, draft: draft, options: replicateOptions)
      }
      for (s, scenario) in run.scenarios.prefix(scenarioCount).enumerated() {
        for figure in Figure.allCases {
          if let value = figure.value(scenario) { samples[s][figure.rawValue].append(value) }
        }
      }
    }
    // figures[s][figure] of the run itself, origins[s][figure] of the fitted set's short run.
    let figures = result.scenarios.map { scenario in Figure.allCases.map { $0.value(scenario) } }
    let origins = fitted.scenarios.map { scenario in Figure.allCases.map { $0.value(scenario) } }
    var ranged = result
    for s in ranged.scenarios.indices {
      func interval(_ figure: Figure) -> [Double]? {
        let values = samples[s][figure.rawValue]
        guard values.count == replicates.count, s < origins.count,
          let own = figures[s][figure.rawValue], let origin = origins[s][figure.rawValue]
        else { return nil }
        return Percentiles.interval(values.map { own + $0 - origin }, fallback: .nan)
      }
      ranged.scenarios[s].yes.modelInterval = interval(.yes)
      ranged.scenarios[s].no.modelInterval = interval(.no)
      ranged.scenarios[s].abstain.modelInterval = interval(.abstain)
      ranged.scenarios[s].nonVoting.modelInterval = interval(.nonVoting)
      ranged.scenarios[s].adoptionProbabilityModelInterval = interval(.adoption)
      if ranged.scenarios[s].difference != nil {
        ranged.scenarios[s].difference?.yes.modelInterval = interval(.differenceYes)
        ranged.scenarios[s].difference?.no.modelInterval = interval(.differenceNo)
        ranged.scenarios[s].difference?.adoptionProbability.modelInterval = interval(
          .differenceAdoption)
      }
    }
    ranged.modelReplicates = replicates.count
    return ranged
  }

  /// The figures that get a model range.
  private enum Figure: Int, CaseIterable {
    case yes, no, abstain, nonVoting, adoption, differenceYes, differenceNo, differenceAdoption

    func value(_ scenario: ScenarioResult) -> Double? {
      switch self {
      case .yes: scenario.yes.mean
      case .no: scenario.no.mean
      case .abstain: scenario.abstain.mean
      case .nonVoting: scenario.nonVoting.mean
      case .adoption: scenario.adoptionProbability
      case .differenceYes: scenario.difference?.yes.value
      case .differenceNo: scenario.difference?.no.value
      case .differenceAdoption: scenario.difference?.adoptionProbability.value
      }
    }
  }
}
