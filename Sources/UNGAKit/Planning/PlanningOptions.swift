/// How a lobbying plan evaluates scenarios: the objective, the decision rule
/// and the engine with its sampling options.
///
/// Every evaluation of a plan uses the same seed, so all of them see the same
/// random numbers: figures of one scenario agree exactly across the runs of
/// a plan (and with a `Simulator` run with the same seed, trials and block size).
/// With `sampling.precision` set, each run stops on its own, and figures of
/// one scenario then agree across runs only within their standard errors.
public struct PlanningOptions: Sendable {
  /// What the plan maximises. Default `P(adopted)`.
  public var objective: PlanningObjective
  /// Overrides the draft's majority rule when set.
  public var majority: MajorityRule?
  /// Monte Carlo (the model's correlations) or exact (independent votes).
  public var engine: SimulationOptions.Engine
  /// Trials (default 100,000), seed, threads, block size of every Monte Carlo run.
  public var sampling: MonteCarloOptions

  public init(
    objective: PlanningObjective = .adoption, majority: MajorityRule? = nil,
    engine: SimulationOptions.Engine = .monteCarlo,
    sampling: MonteCarloOptions = MonteCarloOptions()
  ) {
    self.objective = objective
    self.majority = majority
    self.engine = engine
    self.sampling = sampling
  }
}
