/// Everything a report shows for one scenario: outcome distribution,
/// adoption, thresholds, differences from the draft as recorded, per-state
/// probabilities and swing states.
///
/// The JSON keys `name`, `adoptionProbability`,
/// `adoptionProbabilityStandardError`, and `yes`, `no`, `abstain`,
/// `nonVoting` (each with `mean`, `sd`, `q05`, `q50`, `q95`) are the stable core.
public struct ScenarioResult: Sendable, Hashable, Codable {
  /// One member's exact vote probabilities in the scenario (MODEL.md §5).
  public struct StateMarginal: Sendable, Hashable, Codable {
    public var state: MemberState.Code
    public var name: String
    public var group: RegionalGroup
    public var bloc: String
    public var pYes: Double
    public var pAbstain: Double
    public var pNo: Double
    public var pNonVoting: Double
    /// `Δ_i`, the latent shift from backers, in standard deviations.
    public var shift: Double
    /// The state's stance where it is a backer in this scenario.
    public var stance: Stance?
    /// Shares of trials with each vote, when the run collected them.
    public var simulated: Frequencies?
  }

  /// Shares of trials in which a state cast each vote.
  public struct Frequencies: Sendable, Hashable, Codable {
    public var yes: Double
    public var abstain: Double
    public var no: Double
    public var nonVoting: Double
  }

  /// A state whose P(yes) moves between the baseline and this scenario.
  public struct SwingState: Sendable, Hashable, Codable {
    public var state: MemberState.Code
    public var name: String
    public var group: RegionalGroup
    public var pYes: Double
    public var baselinePYes: Double
    /// `pYes − baselinePYes`.
    public var change: Double
  }

  /// A state near the yes/abstain boundary: a small push changes its vote.
  public struct BoundaryState: Sendable, Hashable, Codable {
    public var state: MemberState.Code
    public var name: String
    public var group: RegionalGroup
    public var pYes: Double
    /// `t_i⁺ − Δ_i`: how far, in latent standard deviations, the state's
    /// expected disposition is from voting yes (negative: yes is its likelier choice).
    public var distance: Double
  }

  public var name: String
  /// Whether this is the draft as recorded.
  public var isBaseline: Bool
  /// The scenario's stance changes (empty for the baseline).
  public var changes: [Scenario.Change]
  public var adoptionProbability: Double
  public var adoptionProbabilityStandardError: Double
  /// The model range of `adoptionProbability` (see `Estimate.modelInterval`); nil when the
  /// run had no parameter replicates.
  public var adoptionProbabilityModelInterval: [Double]?
  public var yes: CountSummary
  public var no: CountSummary
  public var abstain: CountSummary
  public var nonVoting: CountSummary
  /// `yesHistogram[k]`: share of trials (or probability) with exactly k yes votes.
  public var yesHistogram: [Double]
  /// `P(yes ≥ K)` per requested threshold.
  public var thresholds: [ThresholdEstimate]
  /// Differences from the baseline; absent for the baseline.
  public var difference: ScenarioStatistics.Difference?
  /// The distribution of the adoption margin (`MajorityRule.margin(yes:no:)`: yes − no for a
  /// simple majority, yes − 2·no for two thirds), when the engine measured it.
  public var margin: OutcomeDistribution?
  /// Every member, in code order.
  public var states: [StateMarginal]
  /// The states with the largest |ΔP(yes)| against the baseline (none for the baseline).
  public var swingStates: [SwingState]
  /// The states (not backers) nearest the yes/abstain boundary.
  public var boundaryStates: [BoundaryState]

  /// Assembles the result of `scenario` from an engine's statistics.
  /// - Parameter swingCount: how many swing and boundary states to list.
  public init(
    model: VoteModel, scenario: ScenarioModel, baseline: ScenarioModel,
    statistics: ScenarioStatistics, swingCount: Int
  ) {
    name = scenario.name
    isBaseline = scenario.isBaseline
    changes = scenario.changes
    adoptionProbability = statistics.adoption.value
    adoptionProbabilityStandardError = statistics.adoption.standardError
    yes = statistics.yes
    no = statistics.no
    abstain = statistics.abstain
    nonVoting = statistics.nonVoting
    yesHistogram = statistics.yesHistogram
    thresholds = statistics.thresholds
    difference = statistics.difference
    margin = statistics.margin
    states = model.states.enumerated().map { i, state in
      var simulated: Frequencies?
      if let f = statistics.stateFrequencies {
        simulated = Frequencies(
          yes: f[i * 4], abstain: f[i * 4 + 1], no: f[i * 4 + 2], nonVoting: f[i * 4 + 3])
      }
      return StateMarginal(
        state: state.code, name: state.name, group: state.group,
        bloc: model.blocNames[model.blocs[i]],
        pYes: scenario.probability(member: i, vote: .yes),
        pAbstain: scenario.probability(member: i, vote: .abstain),
        pNo: scenario.probability(member: i, vote: .no),
        pNonVoting: scenario.probability(member: i, vote: .nonVoting), shift: scenario.shifts[i],
        stance: scenario.stances[i], simulated: simulated)
    }
    var swings: [SwingState] = []
    if !scenario.isBaseline {
      for (i, state) in model.states.enumerated() {
        let now = scenario.probability(member: i, vote: .yes)
        let before = baseline.probability(member: i, vote: .yes)
        guard abs(now - before) > 1e-12 else { continue }
        swings.append(
          SwingState(
            state: state.code, name: state.name, group: state.group, pYes: now,
            baselinePYes: before, change: now - before))
      }
    }
    swingStates = Array(
      swings.sorted {
        abs($0.change) != abs($1.change) ? abs($0.change) > abs($1.change) : $0.state < $1.state
      }
      .prefix(max(0, swingCount)))
    var boundary: [BoundaryState] = []
    for (i, state) in model.states.enumerated() where scenario.forced[i] == nil {
      boundary.append(
        BoundaryState(
          state: state.code, name: state.name, group: state.group,
          pYes: scenario.probability(member: i, vote: .yes),
          distance: scenario.cuts[i].upper - scenario.shifts[i]))
    }
    boundaryStates = Array(
      boundary.sorted {
        abs($0.distance) != abs($1.distance)
          ? abs($0.distance) < abs($1.distance) : $0.state < $1.state
      }
      .prefix(max(0, swingCount)))
  }
}
