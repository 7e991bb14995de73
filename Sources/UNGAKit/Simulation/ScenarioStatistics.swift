/// What an engine (Monte Carlo or exact) finds for one scenario: the
/// distribution of counts, adoption, thresholds and differences from the baseline.
public struct ScenarioStatistics: Sendable, Hashable, Codable {
  /// Differences from the baseline (scenario minus baseline), on common random numbers.
  public struct Difference: Sendable, Hashable, Codable {
    public var adoptionProbability: Estimate
    /// Difference of expected yes votes.
    public var yes: Estimate
    public var no: Estimate
    public var abstain: Estimate
    public var nonVoting: Estimate
    /// Differences of `P(yes ≥ K)`, in the order of the thresholds.
    public var thresholds: [ThresholdEstimate]
    /// The distribution of the paired difference in yes votes (scenario minus baseline, trial
    /// by trial on the same draws), when the engine measured it (Monte Carlo); nil otherwise.
    public var yesDistribution: OutcomeDistribution?

    public init(
      adoptionProbability: Estimate, yes: Estimate, no: Estimate, abstain: Estimate,
      nonVoting: Estimate, thresholds: [ThresholdEstimate],
      yesDistribution: OutcomeDistribution? = nil
    ) {
      self.yesDistribution = yesDistribution
      self.adoptionProbability = adoptionProbability
      self.yes = yes
      self.no = no
      self.abstain = abstain
      self.nonVoting = nonVoting
      self.thresholds = thresholds
    }
  }

  public var adoption: Estimate
  public var yes: CountSummary
  public var no: CountSummary
  public var abstain: CountSummary
  public var nonVoting: CountSummary
  /// `yesHistogram[k]`: the share of trials (or exact probability) with exactly k yes votes.
  public var yesHistogram: [Double]
  /// `P(yes ≥ K)` for each requested threshold.
  public var thresholds: [ThresholdEstimate]
  /// `nil` for the baseline itself.
  public var difference: Difference?
  /// Per member (`n × 4`, `Vote` raw order), the share of trials with each
  /// vote, when the run collected them; `nil` otherwise.
  public var stateFrequencies: [Double]?
  /// The distribution of the adoption margin (`MajorityRule.margin(yes:no:)`), when the
  /// engine measured it (Monte Carlo); nil otherwise.
  public var margin: OutcomeDistribution?

  public init(
    adoption: Estimate, yes: CountSummary, no: CountSummary, abstain: CountSummary,
    nonVoting: CountSummary, yesHistogram: [Double], thresholds: [ThresholdEstimate],
    difference: Difference?, stateFrequencies: [Double]?, margin: OutcomeDistribution? = nil
  ) {
    self.margin = margin
    self.adoption = adoption
    self.yes = yes
    self.no = no
    self.abstain = abstain
    self.nonVoting = nonVoting
    self.yesHistogram = yesHistogram
    self.thresholds = thresholds
    self.difference = difference
    self.stateFrequencies = stateFrequencies
  }
}
