/// The vote model's parameters (MODEL.md §1–4), with the reference design's defaults.
///
/// Codable so that calibration can write them (`datasets/model-parameters.json`)
/// and a run can read them back; a key missing from the JSON takes its default.
public struct ModelParameters: Sendable, Hashable, Codable {
  /// κ, the influence of a backer's change of stance, in latent standard
  /// deviations per unit of stance and weight; ≥ 0. Default 1.
  public var influence: Double
  /// ρ_g, the share of latent variance from the global factor; ≥ 0. Default 0.15.
  public var globalCorrelation: Double
  /// ρ_b, the share of latent variance from the bloc factor; ≥ 0, and
  /// `globalCorrelation + blocCorrelation < 1`. Default 0.25.
  public var blocCorrelation: Double
  /// h, the half-life of reference weights, in years; > 0. Default 3.
  public var halfLife: Double
  /// α, the strength of the regional-group prior, in weighted roll calls; > 0. Default 2.
  public var priorStrength: Double
  /// How alignment becomes influence. Default `.median`.
  public var weightRule: InfluenceWeightRule
  /// How many sessions with recorded votes the alignment window spans; ≥ 1. Default 10.
  public var alignmentSessions: Int

  /// The reference design's defaults.
  public static let defaults = ModelParameters()

  public init(
    influence: Double = 1, globalCorrelation: Double = 0.15, blocCorrelation: Double = 0.25,
    halfLife: Double = 3, priorStrength: Double = 2, weightRule: InfluenceWeightRule = .median,
    alignmentSessions: Int = 10
  ) {
    self.influence = influence
    self.globalCorrelation = globalCorrelation
    self.blocCorrelation = blocCorrelation
    self.halfLife = halfLife
    self.priorStrength = priorStrength
    self.weightRule = weightRule
    self.alignmentSessions = alignmentSessions
  }

  /// The same parameters with independent votes (`ρ_g = ρ_b = 0`), as the exact engine uses.
  public var independent: ModelParameters {
    var copy = self
    copy.globalCorrelation = 0
    copy.blocCorrelation = 0
    return copy
  }

  /// Checks every range above.
  /// - Throws: `SimulationError.invalidParameter` or `.correlationsTooLarge`.
  public func validate() throws(SimulationError) {
    func check(_ ok: Bool, _ name: String, _ value: Double, _ expected: String)
      throws(SimulationError)
    {
      if !ok { throw .invalidParameter(name: name, value: "\(value)", expected: expected) }
    }
    try check(influence >= 0 && influence.isFinite, "influence", influence, "a number ≥ 0")
    try check(
      globalCorrelation >= 0 && globalCorrelation.isFinite, "global correlation",
      globalCorrelation, "a number in [0, 1)")
    try check(
      blocCorrelation >= 0 && blocCorrelation.isFinite, "bloc correlation", blocCorrelation,
      "a number in [0, 1)")
    guard globalCorrelation + blocCorrelation < 1 else {
      throw .correlationsTooLarge(global: globalCorrelation, bloc: blocCorrelation)
    }
    try check(halfLife > 0 && halfLife.isFinite, "half-life", halfLife, "a positive number")
    try check(
      priorStrength > 0 && priorStrength.isFinite, "prior strength", priorStrength,
      "a positive number")
    guard alignmentSessions >= 1 else {
      throw .invalidParameter(
        name: "alignment sessions", value: "\(alignmentSessions)", expected: "at least 1")
    }
  }

  private enum CodingKeys: String, CodingKey {
    case influence, globalCorrelation, blocCorrelation, halfLife, priorStrength, weightRule
    case alignmentSessions
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let defaults = ModelParameters()
    influence = try container.decodeIfPresent(Double.self, forKey: .influence) ?? defaults.influence
    globalCorrelation =
      try container.decodeIfPresent(Double.self, forKey: .globalCorrelation)
      ?? defaults.globalCorrelation
    blocCorrelation =
      try container.decodeIfPresent(Double.self, forKey: .blocCorrelation)
      ?? defaults.blocCorrelation
    halfLife = try container.decodeIfPresent(Double.self, forKey: .halfLife) ?? defaults.halfLife
    priorStrength =
      try container.decodeIfPresent(Double.self, forKey: .priorStrength) ?? defaults.priorStrength
    weightRule =
      try container.decodeIfPresent(InfluenceWeightRule.self, forKey: .weightRule)
      ?? defaults.weightRule
    alignmentSessions =
      try container.decodeIfPresent(Int.self, forKey: .alignmentSessions)
      ?? defaults.alignmentSessions
  }
}
