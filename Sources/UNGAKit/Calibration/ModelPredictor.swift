/// The vote model as a backtest predictor: each member's exact marginal
/// probabilities on a recorded roll call, from earlier roll calls only.
///
/// For a target roll call:
///
/// - **Baseline** (MODEL.md §1) over the target's references from
///   `ReferenceFinder` (the same recurring resolution in earlier sessions,
///   else a similar title, else shared issue tags), with recency half-life `h`
///   and group prior strength `α`. Without a usable reference, every state
///   gets its own recent frequencies (`fallback`).
/// - **Backer shifts** (§2–3) from the target's recorded sponsors, when the
///   dataset has its sponsor list: each sponsor whose reference stance was
///   below +1 moves the states aligned with it by `κ · w_ib · (1 − s_b^ref)`
///   latent standard deviations, with the weight rule of the parameters and
///   the alignment over the `alignmentSessions` sessions before the target's
///   session (measured once per session: `SessionAlignments`).
/// - **Sponsors' own votes**: the simulator makes a member backer vote its
///   stance for certain. A forecast scored by log loss cannot: sponsors are
///   absent, or vote no on a procedural motion about their own text. Here a
///   sponsor is non-voting with its baseline probability `q_i` (as every
///   member) and, when present, votes yes with probability
///   `sponsorCompliance`, else as its shifted baseline says. Calibration
///   estimates the compliance.
///
/// Correlation (`ρ_g`, `ρ_b`) does not change marginals and plays no part here.
/// The predictor is prepared for one dataset: pass only that dataset's
/// contexts to `predict`.
public struct ModelPredictor: VotePredictor {
  /// The name in reports (default `Backtest.modelName`, "model").
  public var name: String
  /// The model's parameters (only `h`, `α`, `κ`, the weight rule and the
  /// alignment sessions matter for marginals).
  public let parameters: ModelParameters
  /// The probability that a present sponsor votes yes regardless of its baseline, in [0, 1].
  public let sponsorCompliance: Double
  /// The forecast of a roll call without usable references.
  public let fallback: StateFrequencyPredictor

  /// The compliance used when none is given: about the share of present
  /// sponsors that voted yes (4,388 of 4,516, 0.972) on the sponsored roll
  /// calls of sessions 53–59 of the shipped data, sessions that the shipped
  /// calibration neither fits nor scores.
  public static let defaultSponsorCompliance = 0.97

  private let alignments: SessionAlignments
  private let ruleIndex: Int

  /// Prepares the predictor for `dataset`.
  ///
  /// - Parameters:
  ///   - parameters: validated with `ModelParameters.validate()`.
  ///   - sponsorCompliance: clamped to [0, 1].
  ///   - sessions: the sessions whose roll calls will be forecast; alignment
  ///     is measured only for their sponsored roll calls (all sessions when `nil`).
  /// - Throws: `SimulationError` for invalid parameters.
  /// - Complexity: O(r · s) per session with a sponsored roll call, plus its alignment.
  public init(
    dataset: Dataset, parameters: ModelParameters = .defaults,
    sponsorCompliance: Double = ModelPredictor.defaultSponsorCompliance,
    sessions: ClosedRange<Int>? = nil, fallback: StateFrequencyPredictor = .init(),
    name: String = Backtest.modelName
  ) throws(SimulationError) {
    try parameters.validate()
    guard sponsorCompliance.isFinite else {
      throw .invalidParameter(
        name: "sponsor compliance", value: "\(sponsorCompliance)", expected: "a number in [0, 1]")
    }
    self.init(
      parameters: parameters, sponsorCompliance: min(1, max(0, sponsorCompliance)),
      alignments: SessionAlignments(
        dataset: dataset, sessions: sessions, alignmentSessions: parameters.alignmentSessions,
        rules: [parameters.weightRule]),
      ruleIndex: 0, fallback: fallback, name: name)
  }

  /// A predictor sharing measured alignments (calibration measures them once for every rule).
  init(
    parameters: ModelParameters, sponsorCompliance: Double, alignments: SessionAlignments,
    ruleIndex: Int, fallback: StateFrequencyPredictor = .init(),
    name: String = Backtest.modelName
  ) {
    self.name = name
    self.parameters = parameters
    self.sponsorCompliance = sponsorCompliance
    self.fallback = fallback
    self.alignments = alignments
    self.ruleIndex = ruleIndex
  }

  /// - Complexity: O(k · s) for k references and s states, plus O(b · n) for b sponsors.
  public func predict(_ context: PredictionContext) -> [SIMD4<Double>] {
    guard let evidence = evidence(context) else { return fallback.predict(context) }
    return expand(forecasts(evidence), evidence: evidence, stateCount: context.dataset.states.count)
  }

  /// The target's evidence, or `nil` without a usable reference.
  func evidence(_ context: PredictionContext) -> TargetEvidence? {
    TargetEvidence(
      dataset: context.dataset, target: context.target, references: context.references,
      alignments: alignments)
  }

  /// The members' forecasts from the evidence, in its `members` order.
  func forecasts(_ evidence: TargetEvidence) -> [SIMD4<Double>] {
    evidence.marginals(
      halfLife: parameters.halfLife, priorStrength: parameters.priorStrength,
      influence: parameters.influence, ruleIndex: ruleIndex, compliance: sponsorCompliance)
  }

  /// Members' forecasts spread over all states (non-members get an even split, which
  /// `Backtest` ignores).
  func expand(_ forecasts: [SIMD4<Double>], evidence: TargetEvidence, stateCount: Int)
    -> [SIMD4<Double>]
  {
    var all = [SIMD4<Double>](repeating: SIMD4(repeating: 0.25), count: stateCount)
    for (position, state) in evidence.members.enumerated() { all[state] = forecasts[position] }
    return all
  }
}
