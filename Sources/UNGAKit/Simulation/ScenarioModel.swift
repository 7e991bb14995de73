/// One scenario evaluated against a `VoteModel`: every member's stance, latent
/// shift and exact vote probabilities (MODEL.md §2–3, §5).
///
/// A stance is a vote: the recorded sponsors and the states the scenario
/// names `+` vote yes, those it names `=` abstain and `-` vote no, for
/// certain and present. Each influential backer (`VoteModel.influences`)
/// whose vote is so fixed moves every other member by
/// `θ_b · w_ib · (v_b − E₀[v_b])` (`BackerInfluence`), summed over backers
/// into `shifts`. An influential backer the scenario names `~` ("without":
/// not a sponsor, vote left open) is not fixed: its vote is drawn from its
/// own marginal in every trial and its followers move with the draw
/// (`drawn`). `marginals` are the exact mixture over the drawn backers'
/// outcomes. Drawn backers do not move one another, and every surprise is
/// measured against the backer's baseline.
///
/// **Marginals are kept.** The backers whose vote the scenario fixes or
/// draws are the ones it knows about. Each other member's cuts (`cuts`) are
/// set so that, were those backers' votes drawn from their baselines, the
/// member would vote exactly as its baseline says
/// (`LatentCuts.preservingMarginals(over:)`): leaving a backer open changes
/// no marginal, and fixing its vote moves its followers from their baseline
/// by what that vote tells. The backtest's `ModelPredictor` and the fit of
/// `θ_b` use the same cuts.
///
/// A backer the scenario does not name at all (as every backer that is not
/// a sponsor of the draft as recorded) votes from its own marginal and moves
/// no one: the co-movement of unnamed states is what the calibrated global
/// and bloc factors carry. At most `MonteCarloPlan.drawnBackerLimit` (4)
/// named backers are drawn with their followers; further ones (those that
/// move others least) vote from their own marginals without moving anyone.
public struct ScenarioModel: Sendable {
  /// The name given to the draft as recorded.
  public static let recordedName = "as recorded"

  public let name: String
  /// Whether this is the draft as recorded (the reference for differences).
  public let isBaseline: Bool
  /// The scenario's own stance changes (empty for the baseline).
  public let changes: [Scenario.Change]
  /// Each member's stance where it is a backer, else `nil`.
  public let stances: [Stance?]
  /// `Δ_i`, in latent standard deviations, from the backers whose vote is fixed.
  public let shifts: [Double]
  /// The vote a backer casts for sure (yes, abstain or no), else `nil`.
  public let forced: [Vote?]
  /// Each member's cuts in this scenario, before `shifts` and the drawn
  /// backers move them: its baseline cuts set to keep its marginal over the
  /// backers the scenario knows about (see the type's documentation).
  public let cuts: [LatentCuts]
  /// `n × 4` exact probabilities, columns in `Vote` raw order (yes, abstain,
  /// no, non-voting); each row sums to 1.
  public let marginals: [Double]
  /// Backers whose vote is drawn per trial, moving their followers with the
  /// draw (see `DrawnBacker` for what engines must do). Empty when every
  /// backer's vote is fixed or moves no one.
  public let drawn: [DrawnBacker]

  init(model: VoteModel, name: String, changes: [Scenario.Change], isBaseline: Bool) {
    let n = model.memberCount
    var stances = [Stance?](repeating: nil, count: n)
    for position in model.recordedSponsors { stances[position] = .coSponsor }
    for change in changes {
      if let position = model.position(of: change.state) { stances[position] = change.stance }
    }
    let forced = stances.map { $0?.vote }
    let baseline = (0..<n).map { model.cuts(member: $0) }
    let outcomes = baseline.map { $0.probabilities(shift: 0) }
    let expected = outcomes.map(BackerInfluence.expectedVote)
    var shifts = [Double](repeating: 0, count: n)
    // The backers the scenario knows about: member, pull per member, fixed or drawn.
    var known: [(member: Int, pulls: [Double])] = []
    var open: [VoteModel.Influence] = []
    for influence in model.influences {
      let b = influence.member
      guard let vote = forced[b] else {
        if stances[b] == .neutral { open.append(influence) }
        continue
      }
      let surprise = (BackerInfluence.value(of: vote) ?? expected[b]) - expected[b]
      for i in 0..<n where influence.pulls[i] != 0 { shifts[i] += influence.pulls[i] * surprise }
      known.append((b, influence.pulls))
    }
    // The engines draw at most `MonteCarloPlan.drawnBackerLimit` backers per scenario: beyond
    // that, the open backers that move others least (smallest Σ|pull|) are drawn without
    // moving anyone.
    if open.count > MonteCarloPlan.drawnBackerLimit {
      let reach = open.map { $0.pulls.reduce(0) { $0 + abs($1) } }
      let kept = Set(
        open.indices.sorted { reach[$0] != reach[$1] ? reach[$0] > reach[$1] : $0 < $1 }
          .prefix(MonteCarloPlan.drawnBackerLimit))
      open = open.indices.filter { kept.contains($0) }.map { open[$0] }
    }
    let openMembers = Set(open.map(\.member))
    var drawnPulls: [(member: Int, pulls: [Double])] = []
    for influence in open {
      var pull = influence.pulls
      for member in openMembers { pull[member] = 0 }
      guard pull.contains(where: { $0 != 0 }) else { continue }
      drawnPulls.append((influence.member, pull))
    }
    known += drawnPulls
    let cuts = (0..<n).map { i -> LatentCuts in
      guard forced[i] == nil, !known.isEmpty else { return baseline[i] }
      let atoms = ShiftDistribution(
        pulls: known.map { $0.pulls[i] }, expected: known.map { expected[$0.member] },
        outcomes: known.map { outcomes[$0.member] })
      return baseline[i].preservingMarginals(over: atoms)
    }
    let drawn = drawnPulls.map {
      DrawnBacker(member: $0.member, expectedVote: expected[$0.member], pull: $0.pulls)
    }
    let drawnOutcomes = drawnPulls.map { cuts[$0.member].probabilities(shift: shifts[$0.member]) }
    var marginals = [Double](repeating: 0, count: n * 4)
    for i in 0..<n {
      let p: SIMD4<Double>
      if let vote = forced[i] {
        var oneHot = SIMD4<Double>()
        oneHot[Int(vote.rawValue)] = 1
        p = oneHot
      } else {
        let atoms = ShiftDistribution(
          pulls: drawn.map { $0.pull[i] }, expected: drawn.map(\.expectedVote),
          outcomes: drawnOutcomes)
        p = cuts[i].mixture(shift: shifts[i], over: atoms)
      }
      for c in 0..<4 { marginals[i * 4 + c] = p[c] }
    }
    self.init(
      name: name, isBaseline: isBaseline, changes: changes, stances: stances, shifts: shifts,
      forced: forced, cuts: cuts, marginals: marginals, drawn: drawn)
  }

  /// A scenario given by its parts, for engines and tests that build
  /// scenarios without a `VoteModel` data pipeline.
  /// - Precondition: `stances`, `shifts`, `forced` and `cuts` have one entry
  ///   per member, `marginals` four; `drawn` names members that are not forced.
  init(
    name: String, isBaseline: Bool, changes: [Scenario.Change], stances: [Stance?],
    shifts: [Double], forced: [Vote?], cuts: [LatentCuts], marginals: [Double],
    drawn: [DrawnBacker] = []
  ) {
    precondition(stances.count == shifts.count && forced.count == shifts.count)
    precondition(cuts.count == shifts.count)
    precondition(marginals.count == 4 * shifts.count)
    precondition(drawn.allSatisfy { forced[$0.member] == nil && $0.pull.count == shifts.count })
    self.name = name
    self.isBaseline = isBaseline
    self.changes = changes
    self.stances = stances
    self.shifts = shifts
    self.forced = forced
    self.cuts = cuts
    self.marginals = marginals
    self.drawn = drawn
  }

  /// The exact probability that member `position` casts `vote`.
  public func probability(member position: Int, vote: Vote) -> Double {
    marginals[position * 4 + Int(vote.rawValue)]
  }

  /// The expected number of `vote` votes: the sum of the members' probabilities.
  public func expectedCount(_ vote: Vote) -> Double {
    stride(from: Int(vote.rawValue), to: marginals.count, by: 4).reduce(0) { $0 + marginals[$1] }
  }
}
