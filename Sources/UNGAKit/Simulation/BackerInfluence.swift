/// What one backer's vote tells about everyone else's (MODEL.md §3), as
/// calibration measured it: signed following weights and a strength.
///
/// A backer whose vote departs from what its baseline expects moves each
/// member `i` by
///
///     s_i = θ_b · w_ib · (v_b − E₀[v_b])
///
/// latent standard deviations (towards yes when positive), with `v` = +1 for
/// yes, 0 for abstain, −1 for no, and `E₀[v_b]` the expectation of `v_b`
/// among present votes under the backer's own baseline; a backer that does
/// not vote moves no one. This is the one definition of a backer's effect:
/// the simulator (`ScenarioModel`), the backtest's model and its
/// conditional scores, and calibration all apply it through `pulls(for:)`,
/// `value(of:)` and `expectedVote(_:)`.
public struct BackerInfluence: Sendable, Hashable, Codable {
  /// The backer's alpha-3 code.
  public var backer: MemberState.Code
  /// `θ_b`, latent standard deviations per unit of weight and surprise; ≥ 0.
  public var strength: Double
  /// 95 % bootstrap interval of `θ_b` over the fitted roll calls, `[lower, upper]`.
  public var interval: [Double]
  /// Whether the influence is switched on: its cross-validated gain is positive.
  public var isActive: Bool
  /// Leave-one-session-out gain in log likelihood of the other members'
  /// votes when told the backer's vote, in nats per 1,000 member votes on the
  /// fitted roll calls where it voted (positive: telling helps).
  public var crossValidatedGain: Double
  /// Fitted roll calls on which the backer voted.
  public var rollCalls: Int
  /// `λ` of the weights' denominator (fitted by the cross-validated likelihood).
  public var ridge: Double
  /// `w_ib` by member code: `Σ_r d_br·e_ir / (Σ_r d_br² + λ)` over the fitted
  /// roll calls, with `d_br` the backer's surprise and `e_ir` member `i`'s
  /// residual against its baseline, both on the −1…+1 vote scale.
  public var weights: [String: Double]

  /// Values as given.
  public init(
    backer: MemberState.Code, strength: Double, interval: [Double], isActive: Bool,
    crossValidatedGain: Double, rollCalls: Int, ridge: Double, weights: [String: Double]
  ) {
    self.backer = backer
    self.strength = strength
    self.interval = interval
    self.isActive = isActive
    self.crossValidatedGain = crossValidatedGain
    self.rollCalls = rollCalls
    self.ridge = ridge
    self.weights = weights
  }

  /// `θ_b · w_ib` for each of `states` (0 for the backer itself, for states
  /// without a weight, and for every state when the influence is off).
  public func pulls(for states: [MemberState.Code]) -> [Double] {
    states.map { code in
      guard isActive, code != backer else { return 0 }
      return strength * (weights[code.rawValue] ?? 0)
    }
  }

  /// The weights ordered from the most positive to the most negative.
  public var rankedWeights: [(code: String, weight: Double)] {
    weights.map { (code: $0.key, weight: $0.value) }.sorted {
      $0.weight != $1.weight ? $0.weight > $1.weight : $0.code < $1.code
    }
  }

  /// `v`: +1 for yes, 0 for abstain, −1 for no, `nil` for not voting.
  public static func value(of vote: Vote) -> Double? {
    switch vote {
    case .yes: 1
    case .abstain: 0
    case .no: -1
    case .nonVoting: nil
    }
  }

  /// `E₀[v | present]` under probabilities `p` (yes, abstain, no, non-voting), in −1…+1.
  public static func expectedVote(_ p: SIMD4<Double>) -> Double {
    let present = p[0] + p[1] + p[2]
    return present > 0 ? (p[0] - p[2]) / present : 0
  }
}
