import Charts

/// What produced a plan's figures: the draft, its decision rule, the
/// objective, the engine with its parameters and sampling, and the work done.
///
/// The number of threads is kept for renderers but not encoded: no figure
/// depends on it.
public struct PlanningRun: Sendable, Hashable, Codable {
  public var target: VoteTarget
  /// The decision rule applied (the draft's, unless overridden).
  public var rule: MajorityRule
  public var objective: PlanningObjective
  public var engine: SimulationResult.Engine
  /// The parameters the figures follow (independent votes for the exact engine).
  public var parameters: ModelParameters
  /// The seed of every run (Monte Carlo only).
  public var seed: UInt64?
  /// Trials per engine run (Monte Carlo only).
  public var trials: Int?
  /// Trials per block (Monte Carlo only).
  public var blockSize: Int?
  /// Members on the draft's date.
  public var members: Int
  /// Engine runs made.
  public var engineRuns: Int
  /// Scenarios evaluated, summed over the engine runs.
  public var scenarioEvaluations: Int
  /// Threads used; not encoded; 0 after decoding.
  public var threads: Int = 0

  private enum CodingKeys: String, CodingKey {
    case target, rule, objective, engine, parameters, seed, trials, blockSize, members
    case engineRuns, scenarioEvaluations
  }

  /// `Monte Carlo, 100000 trials per run, seed 1; 6 engine runs` or
  /// `exact (independent votes); 1 engine run`.
  var samplingDescription: String {
    let runs = "\(engineRuns) engine run\(engineRuns == 1 ? "" : "s")"
    guard let trials, let seed else { return "exact (independent votes); \(runs)" }
    return
      "Monte Carlo, \(NumberFormat.integer(trials, grouping: .comma)) trials per run, seed \(seed); \(runs)"
  }

  /// The figures' origin, as `evaluator` has run so far.
  init(_ evaluator: PlanningEvaluator) {
    let options = evaluator.options
    let isMonteCarlo = options.engine == .monteCarlo
    target = evaluator.model.target
    rule = evaluator.rule
    objective = options.objective
    engine = isMonteCarlo ? .monteCarlo : .exact
    parameters = isMonteCarlo ? evaluator.model.parameters : evaluator.model.parameters.independent
    seed = isMonteCarlo ? options.sampling.seed : nil
    trials = evaluator.trials
    blockSize = isMonteCarlo ? options.sampling.blockSize : nil
    members = evaluator.model.memberCount
    engineRuns = evaluator.runs
    scenarioEvaluations = evaluator.scenarioEvaluations
    threads = isMonteCarlo ? options.sampling.threads : 1
  }
}
