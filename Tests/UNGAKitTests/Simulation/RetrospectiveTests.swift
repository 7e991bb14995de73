import Foundation
import Testing
import UNGAKit

/// A recorded roll call replayed: chosen from its draft's symbol too, modelled only from what
/// came before it, and scored against the votes cast.
@Suite struct RetrospectiveTests {
  static let states = ["AAA", "BBB", "CCC", "DDD"].map {
    TestAssembly.state($0, .westernEuropeanAndOthers)
  }

  /// Three earlier votes where every state voted yes, the replayed vote `R4` of 2020-06-01
  /// (AAA and BBB yes, CCC no, DDD absent), and a later vote where all voted no.
  static func calls(target votes: String = "YYNX", later: Bool = true) -> [TestAssembly.Call] {
    var calls = [
      TestAssembly.call("R1", "2017-06-01", session: 71, votes: "YYYY"),
      TestAssembly.call("R2", "2018-06-01", session: 72, votes: "YYYA"),
      TestAssembly.call("R3", "2019-06-01", session: 73, votes: "YYYY"),
      TestAssembly.call("R4", "2020-06-01", session: 74, votes: votes),
    ]
    if later { calls.append(TestAssembly.call("R5", "2021-06-01", session: 75, votes: "NNNN")) }
    return calls
  }

  /// The draft of `R4`, sponsored by AAA.
  static let draft = Draft(
    id: "A/74/L.1", draft: "A/74/L.1", resolution: "A/RES/R4",
    date: TestAssembly.date("2020-06-01"), session: 74, title: "Resolution R4", issues: ["t"])
  static let sponsorship = Sponsorship(document: "A/74/L.1", state: "AAA", role: .mainSponsor)

  static func dataset(target votes: String = "YYNX", later: Bool = true) -> Dataset {
    TestAssembly.dataset(
      states: states, calls: calls(target: votes, later: later), drafts: [draft],
      sponsorships: [sponsorship])
  }

  static let options = SimulationOptions(engine: .exact)

  @Test func theDraftsSymbolNamesTheRecordedVote() throws {
    let dataset = Self.dataset()
    for key in ["A/74/L.1", "A/RES/R4", "R4"] {
      let target = try VoteTarget(dataset: dataset, key: key)
      #expect(target.kind == .rollCall)
      #expect(target.id == "R4")
      // The draft's sponsor counts, though the roll call's record has none.
      #expect(target.sponsors == ["AAA"])
      // The draft's symbol too: the text is known by it.
      #expect(target.draft == "A/74/L.1" && target.resolution == "A/RES/R4")
    }
    // A draft without a recorded vote stays a draft.
    let alone = TestAssembly.dataset(
      states: Self.states, calls: Self.calls(),
      drafts: [TestAssembly.draft("A/79/L.9", "2025-01-01")])
    #expect(try VoteTarget(dataset: alone, key: "A/79/L.9").kind == .draft)
  }

  @Test func theRecordIsScoredAgainstTheDraftAsRecorded() throws {
    let result = try Simulator.run(
      dataset: Self.dataset(), draft: "A/74/L.1", options: Self.options)
    let retrospective = try #require(result.retrospective)
    #expect(retrospective.scenario == "as recorded")
    #expect(retrospective.recorded == Tally(yes: 2, no: 1, abstain: 0, nonVoting: 1))
    #expect(retrospective.adopted)
    #expect(result.references.map(\.id) == ["R1", "R2", "R3"])
    let members = retrospective.members
    #expect(members.map(\.state.rawValue) == ["AAA", "BBB", "CCC", "DDD"])
    #expect(members.map(\.recorded) == [.yes, .yes, .no, .nonVoting])
    // Every state voted yes before: yes is the most likely vote of each.
    #expect(members.map(\.mostLikely) == [.yes, .yes, .yes, .yes])
    #expect(members.map(\.isHit) == [true, true, false, nil])
    #expect(members.map(\.isSponsor) == [true, false, false, false])
    #expect(members[3].probability == nil)
    #expect(retrospective.misses.map(\.state) == ["CCC"])
    // AAA co-sponsors: certain yes. The others: P(vote | votes) from the draft as recorded.
    #expect(members[0].probability == 1)
    let baseline = try #require(result.scenarios.first)
    let given = baseline.states.map { $0.pYes / ($0.pYes + $0.pAbstain + $0.pNo) }
    let noGiven =
      baseline.states[2].pNo
      / (baseline.states[2].pYes + baseline.states[2].pAbstain + baseline.states[2].pNo)
    let expectedLoss = -(log(1.0) + log(given[1]) + log(noGiven)) / 3
    #expect(retrospective.voters.voters == 3)
    #expect(retrospective.voters.hits == 2)
    #expect(retrospective.voters.misses == 1)
    #expect(abs(try #require(retrospective.voters.logLoss) - expectedLoss) < 1e-12)
    // Without the sponsor: BBB (a hit) and CCC (a miss).
    #expect(retrospective.nonSponsors.voters == 2)
    #expect(retrospective.nonSponsors.hits == 1)
    let otherLoss = -(log(given[1]) + log(noGiven)) / 2
    #expect(abs(try #require(retrospective.nonSponsors.logLoss) - otherLoss) < 1e-12)
    // A yes-voting history gives a confident yes: the miss costs more than a uniform guess.
    #expect(noGiven < 0.2)
    #expect(otherLoss > log(3.0) / 2)
  }

  @Test func neitherTheVoteItselfNorLaterOnesAreInputs() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let full = try Simulator.run(dataset: Self.dataset(), draft: "R4", options: Self.options)
    // Without the later vote, and with the replayed vote's own votes changed: the same
    // prediction, only the record differs.
    let cut = try Simulator.run(
      dataset: Self.dataset(later: false), draft: "R4", options: Self.options)
    #expect(try encoder.encode(full) == encoder.encode(cut))
    let changed = try Simulator.run(
      dataset: Self.dataset(target: "NNAA", later: false), draft: "R4", options: Self.options)
    #expect(try encoder.encode(full.scenarios) == encoder.encode(changed.scenarios))
    let record = try #require(changed.retrospective)
    #expect(record.recorded == Tally(yes: 0, no: 2, abstain: 2, nonVoting: 0))
    #expect(record.voters.hits == 0)
    #expect(!record.adopted)
  }

  /// A roll call whose votes the data lacks is modelled, with a warning instead of a record.
  @Test func aVoteWithoutItsVotesSaysSo() throws {
    let result = try Simulator.run(
      dataset: Self.dataset(target: "...."), draft: "R4", options: Self.options)
    #expect(result.retrospective == nil)
    #expect(
      result.warnings.contains(
        "A/74/L.1 is a recorded vote, but the data holds no member's vote on it: there is"
          + " nothing to compare the prediction with"))
  }

  @Test func aDraftHasNoRetrospective() throws {
    let dataset = TestAssembly.dataset(
      states: Self.states, calls: Self.calls(later: false),
      drafts: [TestAssembly.draft("A/79/L.9", "2025-01-01")])
    let result = try Simulator.run(dataset: dataset, draft: "A/79/L.9", options: Self.options)
    #expect(result.retrospective == nil)
  }

  @Test func membersEncodeVotesAsWords() throws {
    let result = try Simulator.run(dataset: Self.dataset(), draft: "R4", options: Self.options)
    let retrospective = try #require(result.retrospective)
    let data = try JSONEncoder().encode(retrospective)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("\"recorded\":\"non-voting\""))
    #expect(text.contains("\"mostLikely\":\"yes\""))
    #expect(try JSONDecoder().decode(Retrospective.self, from: data) == retrospective)
  }

  /// The 2 March 2022 vote on aggression against Ukraine, replayed on the shipped data: the
  /// references are the earlier votes of the curated topic, and cutting every roll call dated
  /// on or after that day (but the vote itself) changes nothing.
  @Test func theShippedVoteOfMarch2022ReplaysFromEarlierDataOnly() throws {
    let full = try ShippedData.loaded().dataset
    let index = try #require(full.rollCallIndex("A/RES/ES-11/1"))
    let date = full.rollCalls[index].date
    #expect(date == TestAssembly.date("2022-03-02"))
    let options = SimulationOptions(
      scenarios: [Scenario(stance: .oppose, states: ["USA"])],
      sampling: MonteCarloOptions(trials: 2_000, seed: 5, threads: 2, blockSize: 1000))
    let result = try Simulator.run(dataset: full, draft: "A/RES/ES-11/1", options: options)
    #expect(result.target.kind == .rollCall)
    #expect(result.target.symbol == "A/ES-11/L.1")
    #expect(result.references.allSatisfy { $0.date < date })
    // The curated topic's 11 earlier votes, from A/RES/68/262 (2014) on.
    #expect(result.references.count == 11)
    let retrospective = try #require(result.retrospective)
    // As recorded: 141 in favour, 5 against, 35 abstentions; 12 of the 193 did not vote.
    #expect(retrospective.recorded == Tally(yes: 141, no: 5, abstain: 35, nonVoting: 12))
    #expect(retrospective.adopted)
    #expect(retrospective.voters.voters == 181)
    #expect(retrospective.members.count(where: \.isSponsor) == 96)
    // All 96 sponsors voted yes; the other 85 voters are scored without them.
    #expect(retrospective.nonSponsors.voters == 85)
    #expect(retrospective.voters.hits + retrospective.voters.misses == 181)
    #expect(
      retrospective.members.filter(\.isSponsor).allSatisfy {
        $0.recorded == .yes || $0.recorded == .nonVoting
      })

    // The roll calls before that day, then the vote itself (its votes are the record).
    let kept = full.rollCalls.indices.filter { full.rollCalls[$0].date < date } + [index]
    var entries: [Dataset.Entry] = []
    for (position, call) in kept.enumerated() {
      for state in full.states.indices {
        if let vote = full.vote(rollCall: call, state: state), vote != .nonVoting {
          entries.append(Dataset.Entry(rollCall: Int32(position), state: Int32(state), vote: vote))
        }
      }
    }
    let cut = Dataset(
      states: full.states, rollCalls: kept.map { full.rollCalls[$0] },
      drafts: full.drafts.filter { $0.date < date }, sponsorships: full.sponsorships,
      votes: entries)
    #expect(cut.rollCalls.count < full.rollCalls.count)
    let onCut = try Simulator.run(dataset: cut, draft: "A/RES/ES-11/1", options: options)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    #expect(try encoder.encode(result) == encoder.encode(onCut))
  }
}
