/// How much a sponsor moves the states aligned with it: the influence κ
/// (MODEL.md §3) as estimated from roll calls whose sponsor lists are known.
///
/// Only roll calls with a recorded sponsor whose reference stance was below +1
/// (it had not sponsored, or had voted no on, the earlier texts) carry
/// information about κ; on the others nothing moves. With every other
/// parameter at its calibrated value, the log-likelihood of those roll calls'
/// votes is profiled over κ; the interval is the 2.5 and 97.5 percentiles of
/// the maximising κ over roll calls resampled with replacement (votes of one
/// roll call are not independent, so they are resampled together).
public struct SponsorshipEffect: Sendable, Hashable, Codable {
  /// One weight rule's fit on the sponsored roll calls.
  public struct RuleFit: Sendable, Hashable, Codable {
    /// The rule.
    public var rule: InfluenceWeightRule
    /// The κ of the lowest log loss on the profile grid.
    public var influence: Double
    /// Mean log loss (nats per vote) at that κ.
    public var logLoss: Double
  }

  /// The weight rule the estimate is for (the calibrated one).
  public var weightRule: InfluenceWeightRule
  /// κ̂, in latent standard deviations per unit of stance change and weight.
  public var estimate: Double
  /// 95 % bootstrap interval of κ (percentiles over resampled roll calls).
  public var interval: [Double]
  /// Sponsored roll calls in the fit on which some sponsor changed stance.
  public var rollCalls: Int
  /// Member votes on them.
  public var votes: Int
  /// Sponsored roll calls in the fit in all (with or without a stance change).
  public var sponsoredRollCalls: Int
  /// Mean log loss on `rollCalls` with κ = 0 (nats per vote).
  public var logLossWithoutInfluence: Double
  /// Mean log loss on `rollCalls` at the estimate.
  public var logLossAtEstimate: Double
  /// On `rollCalls`, the mean over members that are not sponsors of |P(yes) at the
  /// estimate − P(yes) at κ = 0|: how much the effect moves a forecast.
  public var meanYesChange: Double
  /// The largest such change.
  public var largestYesChange: Double
  /// Bootstrap replicates.
  public var replicates: Int
  /// The profile grid's step.
  public var gridStep: Double
  /// The profile grid's upper end (it starts at κ = 0).
  public var gridMaximum: Double
  /// Each rule's best κ and log loss on the sponsored roll calls.
  public var rules: [RuleFit]
  /// Whether the data support an influence above 0 (the interval excludes 0).
  public var isSupported: Bool
  /// What the estimate means for the calibrated κ, in words.
  public var note: String
}
