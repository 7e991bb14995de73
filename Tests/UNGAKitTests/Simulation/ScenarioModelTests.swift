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
  /// `θ·w·(v − E₀[v])`; the recorded draft does not name the backer and
  /// keeps every baseline exactly; left open (`~`, drawn), the backer keeps
  /// every follower's marginal close to its baseline (the mixture over the
  /// backer's votes flattens it a little: within 0.1 at pulls of 0.9).
  @Test func followersMoveWithTheVote() throws {
    let model = try Self.model()
    let backer = model.states[1].code
    let yes = try model.scenario(Scenario(stance: .coSponsor, states: [backer]))
    let abstain = try model.scenario(Scenario(stance: .abstain, states: [backer]))
    let no = try model.scenario(Scenario(stance: .oppose, states: [backer]))
    let recorded = model.recorded()
    let left = try model.scenario(Scenario(stance: .neutral, states: [backer]))
    let expected = BackerInfluence.expectedVote(model.cuts(member: 1).probabilities(shift: 0))
    let pulls = model.influences[0].pulls
    for i in 2..<model.memberCount where recorded.forced[i] == nil {
      #expect(abs(yes.shifts[i] - pulls[i] * (1 - expected)) < 1e-12)
      #expect(abs(abstain.shifts[i] - pulls[i] * (0 - expected)) < 1e-12)
      #expect(abs(no.shifts[i] - pulls[i] * (-1 - expected)) < 1e-12)
      #expect(recorded.shifts[i] == 0)
      let baseline = model.cuts(member: i).probabilities(shift: 0)
      for vote in Vote.allCases {
        let p = left.probability(member: i, vote: vote)
        #expect(abs(p - baseline[Int(vote.rawValue)]) < 0.1, "member \(i) \(vote)")
        let q = recorded.probability(member: i, vote: vote)
        #expect(abs(q - baseline[Int(vote.rawValue)]) < 1e-12, "member \(i) \(vote)")
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
