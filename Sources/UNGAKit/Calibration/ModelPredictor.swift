/// The vote model as a backtest predictor: each member's exact marginal
/// probabilities on a recorded roll call, from earlier roll calls only.
///
/// For a target roll call:
///
/// - **Baseline** (MODEL.md §1) over the target's references from
///   `ReferenceFinder` (a curated topic's earlier votes, else the same
///   recurring text, else a similar title, else shared issue tags). Without a
///   usable reference the same formula rests on the group's and the state's
///   recent votes; `fallback` serves only a roll call without members.
/// - **Sponsors' own votes**: a recorded sponsor is non-voting with its
///   baseline probability and, when present, votes yes with probability
///   `sponsorCompliance`, else as its baseline says (the simulator makes a
///   co-sponsor vote yes for certain; a forecast scored by log loss cannot).
/// - **Backers' influence** (MODEL.md §3, `BackerInfluence`): every active
///   backer among the members moves the others by `θ_b·w_ib·(v_b − E₀[v_b])`.
///   A backer the forecast is `told` about votes as recorded; any other is
///   drawn from its distribution (its baseline, or the sponsor's above), and
///   the forecast is the exact mixture over the drawn backers' votes — the
///   same mixture `ScenarioModel` computes for a backer a scenario leaves open.
///
/// Correlation (`ρ_g`, `ρ_b`) does not change marginals and plays no part here.
public struct ModelPredictor: VotePredictor {
  /// The name in reports (default `Backtest.modelName`, "model").
  public var name: String
  /// The model's parameters (the baseline's and the backers' matter for marginals).
  public let parameters: ModelParameters
  /// The probability that a present sponsor votes yes regardless of its baseline, in [0, 1].
  public let sponsorCompliance: Double
  /// The forecast of a roll call without usable references.
  public let fallback: StateFrequencyPredictor
  /// Backers the forecast is told the recorded vote of (alpha-3 codes).
  public let told: Set<MemberState.Code>

  /// The compliance used when none is given: about the share of present
  /// sponsors that voted yes (4,388 of 4,516, 0.972) on the sponsored roll
  /// calls of sessions 53–59 of the shipped data, sessions that the shipped
  /// calibration neither fits nor scores.
  public static let defaultSponsorCompliance = 0.97

  /// A predictor with these parameters.
  /// - Throws: `SimulationError` for invalid parameters or compliance.
  public init(
    parameters: ModelParameters = .defaults,
    sponsorCompliance: Double = ModelPredictor.defaultSponsorCompliance,
    told: Set<MemberState.Code> = [], fallback: StateFrequencyPredictor = .init(),
    name: String = Backtest.modelName
  ) throws(SimulationError) {
    try parameters.validate()
    guard sponsorCompliance.isFinite else {
      throw .invalidParameter(
        name: "sponsor compliance", value: "\(sponsorCompliance)", expected: "a number in [0, 1]")
    }
    self.name = name
    self.parameters = parameters
    self.sponsorCompliance = min(1, max(0, sponsorCompliance))
    self.told = told
    self.fallback = fallback
  }

  /// - Complexity: O(k · s) for k references and s states, plus O(4^b · s) for b active backers.
  public func predict(_ context: PredictionContext) -> [SIMD4<Double>] {
    guard
      let evidence = TargetEvidence(
        dataset: context.dataset, target: context.target, references: context.references,
        history: context.history)
    else { return fallback.predict(context) }
    let forecasts = forecasts(evidence, baseline: evidence.baselineVectors(parameters.baseline))
    var all = [SIMD4<Double>](
      repeating: SIMD4(repeating: 0.25), count: context.dataset.states.count)
    for (position, state) in evidence.baseline.members.enumerated() {
      all[state] = forecasts[position]
    }
    return all
  }

  /// The members' forecasts (in `evidence` order) from their baseline vectors.
  func forecasts(_ evidence: TargetEvidence, baseline: [SIMD4<Double>]) -> [SIMD4<Double>] {
    ModelPredictor.forecasts(
      baseline: baseline, codes: evidence.codes, sponsors: evidence.sponsors,
      observed: evidence.observed, told: told, backers: parameters.activeBackers,
      compliance: sponsorCompliance)
  }

  /// The model's forecasts: sponsors' own votes, then the backers' influence
  /// (see the type's documentation). `observed` gives the told backers' votes.
  static func forecasts(
    baseline: [SIMD4<Double>], codes: [MemberState.Code], sponsors: [Int], observed: [UInt8],
    told: Set<MemberState.Code>, backers: [BackerInfluence], compliance: Double
  ) -> [SIMD4<Double>] {
    var own = baseline
    for position in sponsors {
      let p = baseline[position]
      let present = 1 - p[3]
      var q = p * (1 - compliance)
      q[0] += compliance * present
      q[3] = p[3]
      own[position] = q
    }
    guard !backers.isEmpty else { return own }
    let n = codes.count
    var positionByCode: [MemberState.Code: Int] = [:]
    for (position, code) in codes.enumerated() { positionByCode[code] = position }
    var shifts = [Double](repeating: 0, count: n)
    var open: [(position: Int, pulls: [Double])] = []
    var backerPositions = Set<Int>()
    for backer in backers {
      guard let b = positionByCode[backer.backer] else { continue }
      backerPositions.insert(b)
      let pulls = backer.pulls(for: codes)
      guard told.contains(backer.backer) else {
        open.append((b, pulls))
        continue
      }
      let e0 = BackerInfluence.expectedVote(baseline[b])
      guard let vote = Vote(rawValue: observed[b]), let value = BackerInfluence.value(of: vote)
      else { continue }
      for i in 0..<n where pulls[i] != 0 { shifts[i] += pulls[i] * (value - e0) }
    }
    // Open backers: moved by the told ones only, then drawn; their surprise is
    // measured against their baseline so moved (the sponsor's yes is a surprise).
    var drawnPulls: [[Double]] = []
    var expected: [Double] = []
    var outcomes: [SIMD4<Double>] = []
    for (b, pulls) in open {
      let cuts = LatentCuts(baseline[b])
      expected.append(BackerInfluence.expectedVote(cuts.probabilities(shift: shifts[b])))
      if shifts[b] != 0 { own[b] = LatentCuts(own[b]).probabilities(shift: shifts[b]) }
      outcomes.append(own[b])
      drawnPulls.append(pulls)
    }
    var result = own
    for i in 0..<n where !backerPositions.contains(i) {
      let pulls = drawnPulls.map { $0[i] }
      guard shifts[i] != 0 || pulls.contains(where: { $0 != 0 }) else { continue }
      let p = own[i]
      guard p[0] + p[1] + p[2] > 0 else { continue }
      result[i] = LatentCuts(p).mixture(
        shift: shifts[i], pulls: pulls, expected: expected, outcomes: outcomes)
    }
    return result
  }
}
