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
/// - **Backers' influence** (MODEL.md §3, `BackerInfluence`): an active
///   backer whose vote the forecast knows about moves the others by
///   `θ_b·w_ib·(v_b − E₀[v_b])`. A backer the forecast is `told` about votes
///   as recorded; a recorded sponsor not told is drawn from its sponsor's
///   distribution above, and the forecast is the exact mixture over those
///   draws; any other backer tells nothing and moves no one. As in
///   `ScenarioModel`, each member's cuts keep its marginal over the known
///   backers drawn from their baselines (`LatentCuts.preservingMarginals`),
///   so the forecast not told a backer's vote is the forecast without it.
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
    let forecasts = forecasts(
      evidence,
      baseline: evidence.baselineVectors(
        parameters.baseline(series: context.references.match.isSeries)))
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
    let isSponsor = Set(sponsors)
    let expected = baseline.map(BackerInfluence.expectedVote)
    var shifts = [Double](repeating: 0, count: n)
    // The backers the forecast knows about: told ones (fixed at their recorded vote) and
    // recorded sponsors not told (drawn from their own distribution above).
    var known: [(position: Int, pulls: [Double])] = []
    var drawn: [(position: Int, pulls: [Double])] = []
    var toldPositions = Set<Int>()
    for backer in backers {
      guard let b = positionByCode[backer.backer] else { continue }
      let pulls = backer.pulls(for: codes)
      if told.contains(backer.backer) {
        guard let vote = Vote(rawValue: observed[b]) else { continue }
        toldPositions.insert(b)
        known.append((b, pulls))
        guard let value = BackerInfluence.value(of: vote) else { continue }
        for i in 0..<n where pulls[i] != 0 { shifts[i] += pulls[i] * (value - expected[b]) }
      } else if isSponsor.contains(b) {
        drawn.append((b, pulls))
      }
    }
    // Drawn backers do not move one another.
    for d in drawn.indices { for other in drawn { drawn[d].pulls[other.position] = 0 } }
    known += drawn
    guard !known.isEmpty else { return own }
    func cuts(_ i: Int) -> LatentCuts {
      LatentCuts(own[i]).preservingMarginals(
        over: ShiftDistribution(
          pulls: known.map { $0.pulls[i] }, expected: known.map { expected[$0.position] },
          outcomes: known.map { baseline[$0.position] }))
    }
    // Drawn sponsors vote as their own distribution says, moved by the told backers.
    let drawnOutcomes = drawn.map { cuts($0.position).probabilities(shift: shifts[$0.position]) }
    var result = own
    for i in 0..<n where !toldPositions.contains(i) {
      let p = own[i]
      guard p[0] + p[1] + p[2] > 0 else { continue }
      result[i] = cuts(i).mixture(
        shift: shifts[i],
        over: ShiftDistribution(
          pulls: drawn.map { $0.pulls[i] }, expected: drawn.map { expected[$0.position] },
          outcomes: drawnOutcomes))
    }
    return result
  }
}
