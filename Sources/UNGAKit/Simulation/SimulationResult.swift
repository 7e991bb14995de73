/// The outcome of one simulation run: the draft, the model's inputs and
/// parameters, and one `ScenarioResult` per scenario, the draft as recorded first.
///
/// Encodes to JSON with the stable core `scenarios` (see `ScenarioResult`).
/// The number of threads is kept for renderers but not encoded: the figures
/// of a run do not depend on it, and neither does its JSON.
public struct SimulationResult: Sendable, Hashable, Codable {
  /// Which engine produced the figures.
  public enum Engine: String, Sendable, Hashable, Codable {
    /// Monte Carlo with correlated votes; figures carry standard errors.
    case monteCarlo = "monte-carlo"
    /// Exact enumeration with independent votes; standard errors are 0.
    case exact
  }

  public var target: VoteTarget
  /// The decision rule applied (the draft's, unless overridden).
  public var rule: MajorityRule
  /// The thresholds K of `P(yes ≥ K)`.
  public var thresholds: [Int]
  /// The parameters used (with zero correlations for the exact engine).
  public var parameters: ModelParameters
  public var engine: Engine
  /// The seed (Monte Carlo only).
  public var seed: UInt64?
  /// Trials drawn (Monte Carlo only).
  public var trials: Int?
  /// Trials per block (Monte Carlo only); with the seed, fixes every figure.
  public var blockSize: Int?
  /// Members on the draft's date.
  public var members: Int
  /// The blocs of the correlated-vote model, by name.
  public var blocs: [String]
  /// The reference roll calls and their recency weights.
  public var references: [Baseline.Reference]
  /// `true` when the references only share an issue tag with the draft (it has no series of
  /// its own), so the baseline used `ModelParameters.withoutSeries`; `nil` otherwise.
  public var tagReferences: Bool?
  /// Roll calls in the alignment window.
  public var alignmentRollCalls: Int
  public var warnings: [String]
  /// The draft as recorded, then each scenario in the order given.
  public var scenarios: [ScenarioResult]
  /// The parameter replicates the model ranges come from (`ModelUncertainty`); nil when the
  /// figures carry none.
  public var modelReplicates: Int?
  /// For a recorded roll call (a replay): its recorded votes beside the draft as recorded
  /// (`Retrospective`); nil for a draft.
  public var retrospective: Retrospective?
  /// Threads used; not encoded (see the type's summary); 0 after decoding.
  public var threads: Int = 0

  private enum CodingKeys: String, CodingKey {
    case target, rule, thresholds, parameters, engine, seed, trials, blockSize, members, blocs
    case references, tagReferences, alignmentRollCalls, warnings, scenarios, modelReplicates
    case retrospective
  }

  public init(
    target: VoteTarget, rule: MajorityRule, thresholds: [Int], parameters: ModelParameters,
    engine: Engine, seed: UInt64?, trials: Int?, blockSize: Int?, members: Int, blocs: [String],
    references: [Baseline.Reference], alignmentRollCalls: Int, warnings: [String],
    scenarios: [ScenarioResult], threads: Int
  ) {
    self.target = target
    self.rule = rule
    self.thresholds = thresholds
    self.parameters = parameters
    self.engine = engine
    self.seed = seed
    self.trials = trials
    self.blockSize = blockSize
    self.members = members
    self.blocs = blocs
    self.references = references
    self.alignmentRollCalls = alignmentRollCalls
    self.warnings = warnings
    self.scenarios = scenarios
    self.threads = threads
  }

  /// The scenario with this name.
  public func scenario(named name: String) -> ScenarioResult? {
    scenarios.first { $0.name == name }
  }
}
