/// What a recruitment plan looks for: how many recruits, among which
/// candidates, and optionally the fewest that reach a goal.
public struct RecruitRequest: Sendable, Hashable {
  /// N, the number of greedy picks; 0 to the number of candidates. Default 5.
  public var count: Int
  /// The states that may be recruited. Default: the receptive states (`P(yes)`
  /// at least one half where recruits join), as in `unga recruit`.
  public var candidates: CandidateSelection
  /// States removed from the candidates (codes or names).
  public var exclusions: [String]
  /// When set, also find the fewest greedy recruits that reach this goal.
  public var goal: RecruitGoal?
  /// The most recruits the goal search adds (it may go beyond `count`);
  /// `nil`: up to every candidate. At least 1.
  public var goalLimit: Int?

  public init(
    count: Int = 5, candidates: CandidateSelection = .receptive, exclusions: [String] = [],
    goal: RecruitGoal? = nil, goalLimit: Int? = nil
  ) {
    self.count = count
    self.candidates = candidates
    self.exclusions = exclusions
    self.goal = goal
    self.goalLimit = goalLimit
  }
}
