/// One scenario evaluated against a `VoteModel`: every member's stance, latent
/// shift and exact vote probabilities (MODEL.md §2–3, §5).
///
/// Backers are the recorded sponsors (stance +1) and the states the scenario
/// names (their stance). A backer `b` whose stance `s_b` differs from its
/// reference stance moves every state `i` by `κ · w_ib · (s_b − s_b^ref)`;
/// every other state keeps its reference stance and moves no one. A member
/// backer at +1 votes yes, at −1 votes no (with probability 1, present);
/// at 0 it keeps its baseline, shifted by the other backers.
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
  /// `Δ_i`, in latent standard deviations.
  public let shifts: [Double]
  /// The vote a backer casts for sure (yes for +1, no for −1), else `nil`.
  public let forced: [Vote?]
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
    var shifts = [Double](repeating: 0, count: n)
    let kappa = model.parameters.influence
    for (backer, stance) in stances.enumerated() {
      guard let stance, kappa != 0 else { continue }
      let change = stance.value - model.baseline.referenceStances[backer]
      guard change != 0 else { continue }
      let weights = model.parameters.weightRule.weights(alignment: model.alignment, backer: backer)
      for i in 0..<n where weights[i] != 0 { shifts[i] += kappa * weights[i] * change }
    }
    var forced = [Vote?](repeating: nil, count: n)
    var marginals = [Double](repeating: 0, count: n * 4)
    for i in 0..<n {
      switch stances[i] {
      case .coSponsor: forced[i] = .yes
      case .oppose: forced[i] = .no
      case .neutral, nil: break
      }
      if let vote = forced[i] {
        marginals[i * 4 + Int(vote.rawValue)] = 1
        continue
      }
      let present = 1 - model.absence[i]
      let yes = present * StandardNormal.survival(model.upperThresholds[i] - shifts[i])
      let no = present * StandardNormal.cdf(model.lowerThresholds[i] - shifts[i])
      marginals[i * 4 + Int(Vote.yes.rawValue)] = yes
      marginals[i * 4 + Int(Vote.no.rawValue)] = no
      marginals[i * 4 + Int(Vote.abstain.rawValue)] = max(0, present - yes - no)
      marginals[i * 4 + Int(Vote.nonVoting.rawValue)] = model.absence[i]
    }
    self.name = name
    self.isBaseline = isBaseline
    self.changes = changes
    self.stances = stances
    self.shifts = shifts
    self.forced = forced
    self.marginals = marginals
    self.drawn = []
  }

  /// A scenario given by its parts, for engines and tests that build
  /// scenarios without a `VoteModel` data pipeline.
  /// - Precondition: `stances`, `shifts` and `forced` have one entry per
  ///   member, `marginals` four; `drawn` names members that are not forced.
  init(
    name: String, isBaseline: Bool, changes: [Scenario.Change], stances: [Stance?],
    shifts: [Double], forced: [Vote?], marginals: [Double], drawn: [DrawnBacker] = []
  ) {
    precondition(stances.count == shifts.count && forced.count == shifts.count)
    precondition(marginals.count == 4 * shifts.count)
    precondition(drawn.allSatisfy { forced[$0.member] == nil && $0.pull.count == shifts.count })
    self.name = name
    self.isBaseline = isBaseline
    self.changes = changes
    self.stances = stances
    self.shifts = shifts
    self.forced = forced
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
