/// The outcome of a recruitment plan: the greedy picks with their marginal
/// gains and cumulative effect, every candidate's effect alone, and the
/// cheapest route to a goal.
///
/// JSON: `picks` is an array of objects with `state`, `gain`,
/// `gainStandardError` and the cumulative fields of `Pick`; `goal` is the
/// cheapest-route answer (absent without a goal); `run` says how the figures
/// were made.
public struct RecruitResult: Sendable, Hashable, Codable {
  /// A candidate's effect when it joins the current set of recruits.
  public struct CandidateGain: Sendable, Hashable, Codable {
    public var state: MemberState.Code
    public var name: String
    /// The change of the objective, from paired per-trial differences.
    public var gain: Double
    public var gainStandardError: Double
    /// The change of expected yes votes (breaks ties of `gain`).
    public var yesGain: Double
  }

  /// The figures of one set of recruits (or of the base scenario).
  public struct Outcome: Sendable, Hashable, Codable {
    /// The objective's figure.
    public var objective: Double
    public var objectiveStandardError: Double
    public var adoptionProbability: Double
    public var adoptionProbabilityStandardError: Double
    public var expectedYes: Double
    public var expectedYesStandardError: Double
  }

  /// One greedy pick: the state added at this step and the set's figures after it.
  public struct Pick: Sendable, Hashable, Codable {
    /// 1 for the first pick.
    public var step: Int
    public var state: MemberState.Code
    public var name: String
    public var group: RegionalGroup
    /// The objective's increase over the set before this pick (paired, on
    /// common random numbers, in the step's run).
    public var gain: Double
    public var gainStandardError: Double
    /// The objective with every pick up to this one.
    public var objective: Double
    public var objectiveStandardError: Double
    /// The objective's increase over the base scenario (paired).
    public var cumulativeGain: Double
    public var cumulativeGainStandardError: Double
    public var adoptionProbability: Double
    public var adoptionProbabilityStandardError: Double
    public var expectedYes: Double
    public var expectedYesStandardError: Double
    /// The best candidate not picked at this step, when there was one.
    public var runnerUp: CandidateGain?
  }

  /// The cheapest route to a goal.
  public struct Goal: Sendable, Hashable, Codable {
    /// How the search ended.
    public enum Status: String, Sendable, Hashable, Codable {
      /// The goal is met with `recruitCount` recruits (0: by the base scenario).
      case reached
      /// Even every candidate together falls short: the goal cannot be
      /// reached from these candidates.
      case unreachable
      /// Every candidate together would reach it, but the greedy route did
      /// not within the search limit.
      case limitReached = "limit-reached"
    }

    public var objective: PlanningObjective
    public var target: Double
    public var status: Status
    public var reached: Bool
    /// Recruits on the route: the fewest greedy recruits that reach the goal,
    /// every candidate when unreachable, the route tried up to the limit otherwise.
    public var recruits: [MemberState.Code]
    public var recruitCount: Int
    /// The goal's figure with `recruits`.
    public var value: Double
    public var valueStandardError: Double
    /// The figure with every candidate recruited: the most any subset of the
    /// candidates reaches, since co-sponsors only ever add yes votes.
    public var maximum: Double
    public var maximumStandardError: Double
    /// The most recruits the search would add.
    public var limit: Int
    /// The greedy route on the goal's objective (empty when the base scenario
    /// meets the goal or it is unreachable).
    public var route: [Pick]
    /// One sentence for a reader.
    public var summary: String
  }

  /// The draft, rule, objective, engine and sampling behind the figures.
  public var run: PlanningRun
  /// The scenario recruits join (codes resolved to alpha-3).
  public var base: Scenario
  /// The candidates after exclusions, in evaluation order.
  public var candidates: [MemberState.Code]
  /// How the candidates were chosen, in words (`CandidateSelection.rule`).
  public var candidateRule: String
  public var excluded: [MemberState.Code]
  /// The base scenario's figures.
  public var start: Outcome
  /// Every candidate alone against the base scenario, best first.
  public var singles: [CandidateGain]
  /// The greedy picks, in order.
  public var picks: [Pick]
  public var goal: Goal?
  public var warnings: [String]
}

extension RecruitResult.Outcome {
  init(objective: PlanningObjective, statistics: ScenarioStatistics) {
    let value = objective.estimate(statistics)
    self.init(
      objective: value.value, objectiveStandardError: value.standardError,
      adoptionProbability: statistics.adoption.value,
      adoptionProbabilityStandardError: statistics.adoption.standardError,
      expectedYes: statistics.yes.mean, expectedYesStandardError: statistics.yes.meanStandardError
    )
  }
}
