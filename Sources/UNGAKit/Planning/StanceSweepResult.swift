/// The outcome of a stance sweep: the draft as recorded and every
/// combination of the backers' stances, best first by the objective.
public struct StanceSweepResult: Sendable, Hashable, Codable {
  /// A scenario's figures.
  public struct Figures: Sendable, Hashable, Codable {
    /// The objective's figure.
    public var objective: Double
    public var objectiveStandardError: Double
    public var adoptionProbability: Double
    public var adoptionProbabilityStandardError: Double
    /// Distributions of the counts; `mean` is the expected count and
    /// `meanStandardError` its standard error.
    public var yes: CountSummary
    public var no: CountSummary
    public var abstain: CountSummary
    public var nonVoting: CountSummary

    init(objective: PlanningObjective, statistics: ScenarioStatistics) {
      let value = objective.estimate(statistics)
      self.objective = value.value
      objectiveStandardError = value.standardError
      adoptionProbability = statistics.adoption.value
      adoptionProbabilityStandardError = statistics.adoption.standardError
      yes = statistics.yes
      no = statistics.no
      abstain = statistics.abstain
      nonVoting = statistics.nonVoting
    }
  }

  /// One combination of the backers' stances.
  public struct Combination: Sendable, Hashable, Codable {
    /// 1 for the best objective.
    public var rank: Int
    /// The stances as a scenario text, e.g. `+USA ~GBR -FRA`.
    public var name: String
    /// One entry per backer, in the order of `StanceSweepResult.backers`.
    public var stances: [Scenario.Change]
    public var figures: Figures
    /// The objective minus the draft as recorded (paired).
    public var objectiveDifference: Double
    public var objectiveDifferenceStandardError: Double
    /// Every difference from the draft as recorded (paired).
    public var difference: ScenarioStatistics.Difference

    init(
      rank: Int, name: String, stances: [Scenario.Change], objective: PlanningObjective,
      statistics: ScenarioStatistics
    ) {
      self.rank = rank
      self.name = name
      self.stances = stances
      figures = Figures(objective: objective, statistics: statistics)
      let gain = objective.gain(statistics)
      objectiveDifference = gain.value
      objectiveDifferenceStandardError = gain.standardError
      let zero = Estimate(value: 0, standardError: 0)
      difference =
        statistics.difference
        ?? ScenarioStatistics.Difference(
          adoptionProbability: zero, yes: zero, no: zero, abstain: zero, nonVoting: zero,
          thresholds: [])
    }
  }

  /// The draft, rule, objective, engine and sampling behind the figures.
  public var run: PlanningRun
  /// Stance changes every combination shares (codes resolved to alpha-3).
  public var base: Scenario
  /// The backers swept (alpha-3 codes) and the stances tried.
  public var backers: [StanceSweep.Backer]
  /// `StanceSweep.combinationLimit` when the sweep ran.
  public var combinationLimit: Int
  /// The draft as recorded, the reference of every difference.
  public var recorded: Figures
  /// Every combination, best first.
  public var combinations: [Combination]
  public var warnings: [String]
}
