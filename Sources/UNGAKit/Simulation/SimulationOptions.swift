/// Everything a simulation run needs besides the dataset and the draft.
public struct SimulationOptions: Sendable {
  /// Which engine computes the figures.
  public enum Engine: String, Sendable, Hashable, Codable {
    /// Monte Carlo with the model's correlations (the default).
    case monteCarlo = "monte-carlo"
    /// Exact dynamic programming with independent votes (`ρ_g = ρ_b = 0`).
    case exact
  }

  /// Model parameters (default: MODEL.md's defaults; calibration may supply others).
  public var parameters: ModelParameters
  /// How reference roll calls are chosen (default: by the draft's tags).
  public var references: ReferenceSelection
  /// Blocs of the correlated-vote model (default: regional groups).
  public var blocs: BlocAssignment
  /// Overrides the draft's majority rule when set.
  public var majority: MajorityRule?
  /// Thresholds K (0 to the number of members) for `P(yes ≥ K)`.
  public var thresholds: [Int]
  /// Scenarios to compare with the draft as recorded, which is always run first.
  public var scenarios: [Scenario]
  public var engine: Engine
  /// Trials, seed, threads and stopping rule (Monte Carlo).
  public var sampling: MonteCarloOptions
  /// How many swing and boundary states each scenario lists. Default 10.
  public var swingStateCount: Int

  public init(
    parameters: ModelParameters = .defaults, references: ReferenceSelection = .series,
    blocs: BlocAssignment = .regionalGroups, majority: MajorityRule? = nil,
    thresholds: [Int] = [], scenarios: [Scenario] = [], engine: Engine = .monteCarlo,
    sampling: MonteCarloOptions = MonteCarloOptions(), swingStateCount: Int = 10
  ) {
    self.parameters = parameters
    self.references = references
    self.blocs = blocs
    self.majority = majority
    self.thresholds = thresholds
    self.scenarios = scenarios
    self.engine = engine
    self.sampling = sampling
    self.swingStateCount = swingStateCount
  }
}
