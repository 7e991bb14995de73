/// The joint outcomes of a scenario's drawn backers (`ScenarioModel.drawn`,
/// see `DrawnBacker` for the contract), and what each does to the others.
///
/// Each backer casts one of the four votes, coded by `Vote.rawValue` (yes 0,
/// abstain 1, no 2, non-voting 3); a *combination* gives every backer one of
/// them, backer `b` in bits `2b` and `2b + 1`, so there are `4^K` for `K`
/// backers. Given a combination, every member that is neither forced nor a
/// drawn backer moves by `Σ_b pull_b[i] · d_b`, with the surprise
/// `d_b = v_b − expectedVote_b` (`v_b` = +1, 0, −1 for yes, abstain, no) and
/// `d_b = 0` for a backer that does not vote. Both engines condition on the
/// combination: the exact engine mixes one dynamic programme per
/// combination, the Monte Carlo engine keeps one set of cuts per combination.
struct DrawnOutcomes: Sendable {
  let backers: [DrawnBacker]

  init(_ backers: [DrawnBacker]) { self.backers = backers }

  /// `4^K`.
  var combinationCount: Int { 1 << (2 * backers.count) }

  /// The vote backer `b` casts in `combination`.
  func vote(of b: Int, in combination: Int) -> Vote {
    Vote(rawValue: UInt8((combination >> (2 * b)) & 3))!
  }

  /// `d_b` for a backer whose expected vote is `expected` and who casts `vote`.
  static func surprise(_ vote: Vote, expected: Double) -> Double {
    BackerInfluence.value(of: vote).map { $0 - expected } ?? 0
  }

  /// The extra latent shift of every member in `combination`: 0 for the
  /// drawn backers themselves (one does not move another).
  func shifts(combination: Int, memberCount n: Int) -> [Double] {
    var shifts = [Double](repeating: 0, count: n)
    for (b, backer) in backers.enumerated() {
      let d = Self.surprise(vote(of: b, in: combination), expected: backer.expectedVote)
      guard d != 0 else { continue }
      for i in 0..<n where backer.pull[i] != 0 { shifts[i] += backer.pull[i] * d }
    }
    for backer in backers { shifts[backer.member] = 0 }
    return shifts
  }

  /// The probability of `combination` when backer `b` votes with
  /// `probabilities[b]` (four values in `Vote` raw order), independently.
  func probability(of combination: Int, probabilities: [[Double]]) -> Double {
    var p = 1.0
    for b in backers.indices { p *= probabilities[b][Int(vote(of: b, in: combination).rawValue)] }
    return p
  }

  /// Every member's probabilities (`n × 4`, `Vote` raw order) given
  /// `combination`: forced members their vote, drawn backers the vote the
  /// combination gives them, the others the latent form shifted by the
  /// scenario's `Δ_i` and the backers' pull.
  func conditionalMarginals(model: VoteModel, scenario: ScenarioModel, combination: Int)
    -> [Double]
  {
    let n = model.memberCount
    let extra = shifts(combination: combination, memberCount: n)
    var marginals = [Double](repeating: 0, count: n * 4)
    for i in 0..<n {
      if let vote = scenario.forced[i] {
        marginals[i * 4 + Int(vote.rawValue)] = 1
      } else {
        let p = scenario.cuts[i].probabilities(shift: scenario.shifts[i] + extra[i])
        for c in 0..<4 { marginals[i * 4 + c] = p[c] }
      }
    }
    for (b, backer) in backers.enumerated() {
      for c in 0..<4 { marginals[backer.member * 4 + c] = 0 }
      marginals[backer.member * 4 + Int(vote(of: b, in: combination).rawValue)] = 1
    }
    return marginals
  }

  /// Each backer's own vote probabilities: its cuts at its shift `Δ_b`.
  func backerProbabilities(model: VoteModel, scenario: ScenarioModel) -> [[Double]] {
    backers.map {
      let p = scenario.cuts[$0.member].probabilities(shift: scenario.shifts[$0.member])
      return [p[0], p[1], p[2], p[3]]
    }
  }
}
