/// The vote model's parameters (MODEL.md §1–4).
///
/// Codable so that calibration can write them (`datasets/model-parameters.json`)
/// and a run can read them back; a key missing from the JSON takes its default.
/// The defaults (`--defaults`) are the values MODEL.md reports from a
/// measurement outside the project, with no backer influence: only
/// `unga calibrate` measures influence.
public struct ModelParameters: Sendable, Hashable, Codable {
  /// The baseline's parameters (MODEL.md §1) for a target with a series of
  /// its own (a curated topic's, the same or a similar title's earlier votes).
  public var baseline: BaselineParameters
  /// The baseline's parameters for a target without a series (references by
  /// shared issue tags only, or none), fitted on such roll calls; `nil` uses
  /// `baseline`. Such a forecast rests mostly on each state's recent votes.
  public var withoutSeries: BaselineParameters?
  /// Backers whose vote was measured to move others (MODEL.md §3), by code.
  /// Only those with `isActive` move anyone.
  public var backers: [BackerInfluence]
  /// ρ_g, the share of latent variance from the global factor; ≥ 0. Default 0.15.
  public var globalCorrelation: Double
  /// ρ_b, the share of latent variance from the bloc factor; ≥ 0, and
  /// `globalCorrelation + blocCorrelation < 1`. Default 0.25.
  public var blocCorrelation: Double
  /// How many sessions with recorded votes the alignment window of reports
  /// spans (descriptive only: influence comes from `backers`); ≥ 1. Default 10.
  public var alignmentSessions: Int

  /// The reference design's defaults.
  public static let defaults = ModelParameters()

  public init(
    baseline: BaselineParameters = .design, withoutSeries: BaselineParameters? = nil,
    backers: [BackerInfluence] = [], globalCorrelation: Double = 0.15,
    blocCorrelation: Double = 0.25, alignmentSessions: Int = 10
  ) {
    self.baseline = baseline
    self.withoutSeries = withoutSeries
    self.backers = backers
    self.globalCorrelation = globalCorrelation
    self.blocCorrelation = blocCorrelation
    self.alignmentSessions = alignmentSessions
  }

  /// h, the half-life of reference weights, in years.
  public var halfLife: Double {
    get { baseline.halfLife }
    set { baseline.halfLife = newValue }
  }

  /// The baseline's parameters for a target whose references are (`true`) or
  /// are not (`false`) a series of its own.
  public func baseline(series: Bool) -> BaselineParameters {
    series ? baseline : withoutSeries ?? baseline
  }

  /// The backers whose influence is switched on.
  public var activeBackers: [BackerInfluence] { backers.filter(\.isActive) }

  /// The measured influence of `code`, if calibration measured it.
  public func influence(of code: MemberState.Code) -> BackerInfluence? {
    backers.first { $0.backer == code }
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
    for (parameters, scope) in [(baseline, ""), (withoutSeries, " without a series")] {
      if let problem = parameters?.problem {
        throw .invalidParameter(
          name: problem.name + scope, value: "\(problem.value)", expected: problem.expected)
      }
    }
    for backer in backers {
      try check(
        backer.strength >= 0 && backer.strength.isFinite, "strength of \(backer.backer)",
        backer.strength, "a number ≥ 0")
      for (code, weight) in backer.weights where !weight.isFinite {
        throw .invalidParameter(
          name: "weight of \(code) on \(backer.backer)", value: "\(weight)",
          expected: "a finite number")
      }
    }
    try check(
      globalCorrelation >= 0 && globalCorrelation.isFinite, "global correlation",
      globalCorrelation, "a number in [0, 1)")
    try check(
      blocCorrelation >= 0 && blocCorrelation.isFinite, "bloc correlation", blocCorrelation,
      "a number in [0, 1)")
    guard globalCorrelation + blocCorrelation < 1 else {
      throw .correlationsTooLarge(global: globalCorrelation, bloc: blocCorrelation)
    }
    guard alignmentSessions >= 1 else {
      throw .invalidParameter(
        name: "alignment sessions", value: "\(alignmentSessions)", expected: "at least 1")
    }
  }

  private enum CodingKeys: String, CodingKey {
    case baseline, withoutSeries, backers, globalCorrelation, blocCorrelation, alignmentSessions
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let defaults = ModelParameters()
    baseline =
      try container.decodeIfPresent(BaselineParameters.self, forKey: .baseline)
      ?? defaults.baseline
    withoutSeries = try container.decodeIfPresent(
      BaselineParameters.self, forKey: .withoutSeries)
    backers = try container.decodeIfPresent([BackerInfluence].self, forKey: .backers) ?? []
    globalCorrelation =
      try container.decodeIfPresent(Double.self, forKey: .globalCorrelation)
      ?? defaults.globalCorrelation
    blocCorrelation =
      try container.decodeIfPresent(Double.self, forKey: .blocCorrelation)
      ?? defaults.blocCorrelation
    alignmentSessions =
      try container.decodeIfPresent(Int.self, forKey: .alignmentSessions)
      ?? defaults.alignmentSessions
  }
}
