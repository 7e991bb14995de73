import Foundation
import Testing
import UNGAKit

/// What a stance means in a scenario (MODEL.md §3).
@Suite struct ScenarioModelTests {
  static let dataset = SyntheticAssembly.dataset(states: 24, rollCalls: 150, sessions: 6, seed: 11)
  /// The second member is the one influential backer (not a recorded sponsor).
  static let parameters = TestInfluence.parameters(dataset, backer: 1, strength: 1.5).independent

  static func model() throws -> VoteModel {
    try VoteModel(dataset: dataset, target: SyntheticAssembly.draftID, parameters: parameters)
  }

  @Test func aStanceIsAVote() throws {
    let model = try Self.model()
    let backer = model.states[1].code
    for (stance, vote) in [(Stance.coSponsor, Vote.yes), (.abstain, .abstain), (.oppose, .no)] {
      let scenario = try model.scenario(Scenario(stance: stance, states: [backer]))
      #expect(scenario.forced[1] == vote)
      #expect(scenario.probability(member: 1, vote: vote) == 1)
      #expect(scenario.drawn.isEmpty)
    }
    let open = try model.scenario(Scenario(stance: .neutral, states: [backer]))
    #expect(open.forced[1] == nil)
    #expect(open.drawn.map(\.member) == [1])
  }

  /// Yes, abstain and no move the followers in that order, by
  /// `θ·w·(v − E₀[v])`, from cuts that keep each follower's baseline over
  /// the backer's draw: the recorded draft does not name the backer and keeps
  /// every baseline exactly; left open (`~`, drawn), the backer keeps every
  /// marginal too, and the stance scenarios weighted by the backer's
  /// baseline probabilities give back the baseline (total probability).
  @Test func followersMoveWithTheVote() throws {
    let model = try Self.model()
    let backer = model.states[1].code
    let yes = try model.scenario(Scenario(stance: .coSponsor, states: [backer]))
    let abstain = try model.scenario(Scenario(stance: .abstain, states: [backer]))
    let no = try model.scenario(Scenario(stance: .oppose, states: [backer]))
    let recorded = model.recorded()
    let left = try model.scenario(Scenario(stance: .neutral, states: [backer]))
    let own = model.cuts(member: 1).probabilities(shift: 0)
    let expected = BackerInfluence.expectedVote(own)
    let pulls = model.influences[0].pulls
    for i in 2..<model.memberCount where recorded.forced[i] == nil {
      #expect(abs(yes.shifts[i] - pulls[i] * (1 - expected)) < 1e-12)
      #expect(abs(abstain.shifts[i] - pulls[i] * (0 - expected)) < 1e-12)
      #expect(abs(no.shifts[i] - pulls[i] * (-1 - expected)) < 1e-12)
      #expect(recorded.shifts[i] == 0)
      let baseline = model.cuts(member: i).probabilities(shift: 0)
      #expect(yes.cuts[i] == left.cuts[i] && no.cuts[i] == left.cuts[i])
      if pulls[i] != 0 { #expect(left.cuts[i] != model.cuts(member: i)) }
      let absent = left.cuts[i].probabilities(shift: 0)
      for vote in Vote.allCases {
        let c = Int(vote.rawValue)
        let p = left.probability(member: i, vote: vote)
        #expect(abs(p - baseline[c]) < 1e-12, "member \(i) \(vote)")
        let q = recorded.probability(member: i, vote: vote)
        #expect(abs(q - baseline[c]) < 1e-12, "member \(i) \(vote)")
        let total =
          own[0] * yes.probability(member: i, vote: vote)
          + own[1] * abstain.probability(member: i, vote: vote)
          + own[2] * no.probability(member: i, vote: vote) + own[3] * absent[c]
        #expect(abs(total - baseline[c]) < 1e-12, "member \(i) \(vote)")
      }
      let row = Vote.allCases.map { left.probability(member: i, vote: $0) }
      #expect(abs(row.reduce(0, +) - 1) < 1e-12)
    }
    // Not named, the backer is not drawn: the recorded draft keeps the baseline exactly.
    #expect(recorded.drawn.isEmpty)
    #expect(left.drawn.count == 1)
    #expect(left.drawn[0].pull[1] == 0)
    #expect(abs(left.drawn[0].expectedVote - expected) < 1e-12)
    // A follower with a positive weight (even position) is likelier to vote yes when the backer does.
    #expect(yes.probability(member: 2, vote: .yes) > no.probability(member: 2, vote: .yes))
  }
}
