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
    switch vote {
    case .yes: 1 - expected
    case .abstain: -expected
    case .no: -1 - expected
    case .nonVoting: 0
    }
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

  /// Member `i`'s four vote probabilities (`Vote` raw order) in the model's
  /// latent form with a total shift `shift` and no correlation:
  /// `P(yes) = (1 − q_i) Φ̄(t_i⁺ − shift)`, `P(no) = (1 − q_i) Φ(t_i⁻ − shift)`.
  static func latentProbabilities(model: VoteModel, member i: Int, shift: Double) -> [Double] {
    let present = 1 - model.absence[i]
    let yes = present * StandardNormal.survival(model.upperThresholds[i] - shift)
    let no = present * StandardNormal.cdf(model.lowerThresholds[i] - shift)
    return [yes, max(0, present - yes - no), no, model.absence[i]]
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
        let p = Self.latentProbabilities(
          model: model, member: i, shift: scenario.shifts[i] + extra[i])
        for c in 0..<4 { marginals[i * 4 + c] = p[c] }
      }
    }
    for (b, backer) in backers.enumerated() {
      for c in 0..<4 { marginals[backer.member * 4 + c] = 0 }
      marginals[backer.member * 4 + Int(vote(of: b, in: combination).rawValue)] = 1
    }
    return marginals
  }

  /// Each backer's own vote probabilities: the latent form at its shift `Δ_b`.
  func backerProbabilities(model: VoteModel, scenario: ScenarioModel) -> [[Double]] {
    backers.map {
      Self.latentProbabilities(model: model, member: $0.member, shift: scenario.shifts[$0.member])
    }
  }

  /// Every member's probabilities with the backers drawn: the mixture of
  /// `conditionalMarginals` over the combinations (`n × 4`, `Vote` raw
  /// order), the marginals a scenario with these drawn backers has.
  /// - Complexity: O(4^K · n · K).
  func mixedMarginals(model: VoteModel, scenario: ScenarioModel) -> [Double] {
    let n = model.memberCount
    let own = backerProbabilities(model: model, scenario: scenario)
    var mixed = [Double](repeating: 0, count: n * 4)
    for combination in 0..<combinationCount {
      let weight = probability(of: combination, probabilities: own)
      guard weight > 0 else { continue }
      let conditional = conditionalMarginals(
        model: model, scenario: scenario, combination: combination)
      for k in mixed.indices { mixed[k] += weight * conditional[k] }
    }
    return mixed
  }
}
