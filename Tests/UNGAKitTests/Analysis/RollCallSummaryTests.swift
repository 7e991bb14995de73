import Foundation
import Testing
import UNGAKit

@Suite struct RollCallSummaryTests {
  static func date(_ text: String) -> CalendarDate {
    guard let date = CalendarDate(iso: text) else {
      Issue.record("bad date \(text)")
      return CalendarDate(daysSinceEpoch: 0)
    }
    return date
  }

  /// Six states (one admitted in 2000, one that left in 1992), two roll calls
  /// and a draft. Input order differs from the sorted order on purpose.
  static let dataset: Dataset = {
    let founding = date("1945-10-24")
    let states = [
      MemberState(
        code: "DDD", alpha2: "DD", name: "Dee", group: .westernEuropeanAndOthers, admitted: founding
      ),
      MemberState(code: "AAA", alpha2: "AA", name: "Ay", group: .african, admitted: founding),
      MemberState(code: "BBB", alpha2: "BB", name: "Bee", group: .african, admitted: founding),
      MemberState(code: "CCC", alpha2: "CC", name: "Cee", group: .asiaPacific, admitted: founding),
      MemberState(
        code: "EEE", alpha2: "EE", name: "Ee", group: .westernEuropeanAndOthers,
        admitted: date("2000-09-05")),
      MemberState(
        code: "OLD", alpha2: nil, name: "Old Union", group: .easternEuropean, admitted: founding,
        departed: date("1992-01-01")),
    ]
    let rollCalls = [
      RollCall(
        id: "rc-2010", resolution: "A/RES/65/1", draft: "A/65/L.1", date: date("2010-10-01"),
        session: 65, title: "A tied vote", issues: ["hr"],
        recordedTally: Tally(yes: 3, no: 2, abstain: 0, nonVoting: 0)),
      RollCall(
        id: "rc-1990", resolution: "A/RES/44/1", draft: "A/44/L.1", date: date("1990-01-01"),
        session: 44, title: "An important question", issues: ["me", "co"],
        majority: .twoThirds, isImportant: true),
    ]
    // Positions refer to the arrays above: states DDD=0 AAA=1 BBB=2 CCC=3 EEE=4 OLD=5.
    let votes = [
      Dataset.Entry(rollCall: 1, state: 1, vote: .yes),
      Dataset.Entry(rollCall: 1, state: 2, vote: .yes),
      Dataset.Entry(rollCall: 1, state: 3, vote: .no),
      Dataset.Entry(rollCall: 1, state: 0, vote: .abstain),
      Dataset.Entry(rollCall: 0, state: 1, vote: .no),
      Dataset.Entry(rollCall: 0, state: 2, vote: .no),
      Dataset.Entry(rollCall: 0, state: 3, vote: .yes),
      Dataset.Entry(rollCall: 0, state: 0, vote: .yes),
      Dataset.Entry(rollCall: 0, state: 4, vote: .abstain),
    ]
    let drafts = [
      Draft(
        id: "A/79/L.10", draft: "A/79/L.10", date: date("2025-02-24"), session: 79,
        title: "A draft not yet voted", issues: ["ukraine"])
    ]
    let sponsorships = [
      Sponsorship(document: "A/44/L.1", state: "BBB", role: .coSponsor),
      Sponsorship(document: "rc-1990", state: "AAA", role: .mainSponsor),
      Sponsorship(document: "A/RES/44/1", state: "BBB", role: .coSponsor),
      Sponsorship(
        document: "A/79/L.10", state: "DDD", role: .coSponsor, joined: date("2025-02-25")),
      Sponsorship(document: "A/79/L.10", state: "CCC", role: .mainSponsor),
      Sponsorship(document: "A/79/L.10", state: "ZZZ", role: .coSponsor),
    ]
    return Dataset(
      states: states, rollCalls: rollCalls, drafts: drafts, sponsorships: sponsorships, votes: votes
    )
  }()

  func summary(_ key: String) throws -> RollCallSummary {
    try #require(RollCallSummary(dataset: Self.dataset, key: key))
  }

  @Test func aTwoThirdsVoteExactlyAtTwoThirdsIsAdopted() throws {
    let summary = try summary("A/RES/44/1")
    #expect(summary.id == "rc-1990")
    #expect(summary.status == .voted)
    #expect(summary.majority == .twoThirds)
    // OLD was still a member and has no row: non-voting. EEE was not yet a member.
    #expect(summary.tally == Tally(yes: 2, no: 1, abstain: 1, nonVoting: 1))
    #expect(summary.adopted == true)
    #expect(summary.yesNeeded == 2)
    #expect(summary.rollCall == Self.dataset.rollCalls[0])
    #expect(summary.rollCall?.isImportant == true)
    #expect(summary.draft == nil)
    #expect(summary.symbol == "A/RES/44/1")
  }

  @Test func aTiedSimpleMajorityVoteFails() throws {
    let summary = try summary("rc-2010")
    #expect(summary.tally == Tally(yes: 2, no: 2, abstain: 1, nonVoting: 0))
    #expect(summary.adopted == false)
    #expect(summary.yesNeeded == 3)
    #expect(summary.rollCall?.recordedTally == Tally(yes: 3, no: 2, abstain: 0, nonVoting: 0))
  }

  @Test func groupsCountOnlyTheirMembersAndAddUpToTheTally() throws {
    let summary = try summary("rc-1990")
    #expect(
      summary.groups == [
        .init(group: .african, tally: Tally(yes: 2)),
        .init(group: .asiaPacific, tally: Tally(no: 1)),
        .init(group: .easternEuropean, tally: Tally(nonVoting: 1)),
        .init(group: .westernEuropeanAndOthers, tally: Tally(abstain: 1)),
      ])
    for key in ["rc-1990", "rc-2010"] {
      let summary = try self.summary(key)
      var total = Tally()
      for group in summary.groups {
        for vote in Vote.allCases { total[vote] += group.tally[vote] }
      }
      #expect(total == summary.tally)
    }
  }

  @Test func everyMemberOnTheDayHasAVoteAndNoOneElse() throws {
    let votes = try summary("A/44/L.1").votes
    #expect(votes.map(\.state) == ["AAA", "BBB", "CCC", "DDD", "OLD"])
    #expect(votes.map(\.vote) == [.yes, .yes, .no, .abstain, .nonVoting])
    #expect(
      votes[4] == .init(state: "OLD", name: "Old Union", group: .easternEuropean, vote: .nonVoting))
    #expect(try summary("rc-2010").votes.map(\.state) == ["AAA", "BBB", "CCC", "DDD", "EEE"])
  }

  @Test func sponsorsOfEveryKeyOfTheTextOnceMainSponsorsFirst() throws {
    // BBB is recorded under both the draft and the resolution symbol.
    let sponsors = try summary("rc-1990").sponsors
    #expect(
      sponsors == [
        .init(state: "AAA", name: "Ay", role: .mainSponsor, joined: nil),
        .init(state: "BBB", name: "Bee", role: .coSponsor, joined: nil),
      ])
    #expect(try summary("rc-2010").sponsors.isEmpty)
  }

  @Test func aDraftHasSponsorsButNoTally() throws {
    let summary = try summary("A/79/L.10")
    #expect(summary.status == .draft)
    #expect(summary.draft == Self.dataset.drafts[0])
    #expect(summary.rollCall == nil)
    #expect(summary.symbol == "A/79/L.10")
    #expect(summary.tally == nil)
    #expect(summary.adopted == nil)
    #expect(summary.yesNeeded == nil)
    #expect(summary.groups.isEmpty)
    #expect(summary.votes.isEmpty)
    #expect(
      summary.sponsors == [
        .init(state: "CCC", name: "Cee", role: .mainSponsor, joined: nil),
        .init(state: "DDD", name: "Dee", role: .coSponsor, joined: Self.date("2025-02-25")),
        .init(state: "ZZZ", name: nil, role: .coSponsor, joined: nil),
      ])
  }

  @Test(arguments: ["rc-1990", "A/RES/44/1", "A/44/L.1"])
  func aRollCallIsFoundByIdResolutionOrDraftSymbol(_ key: String) throws {
    #expect(try summary(key).id == "rc-1990")
  }

  @Test func anUnknownKeyFindsNothing() {
    #expect(RollCallSummary(dataset: Self.dataset, key: "A/RES/1/1") == nil)
    #expect(RollCallSummary(dataset: Self.dataset, key: "") == nil)
  }

  @Test func jsonHasATallyObjectOfIntegersAndVoteWords() throws {
    let summary = try summary("rc-1990")
    let data = try JSONEncoder().encode(summary)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let tally = try #require(object["tally"] as? [String: Int])
    #expect(tally == ["yes": 2, "no": 1, "abstain": 1, "nonVoting": 1])
    #expect(object["adopted"] as? Bool == true)
    let rollCall = try #require(object["rollCall"] as? [String: Any])
    #expect(rollCall["majority"] as? String == "two-thirds")
    #expect(rollCall["date"] as? String == "1990-01-01")
    #expect(rollCall["resolution"] as? String == "A/RES/44/1")
    let votes = try #require(object["votes"] as? [[String: Any]])
    #expect(
      votes.compactMap { $0["vote"] as? String } == ["yes", "yes", "no", "abstain", "non-voting"])
    #expect(votes.first?["group"] as? String == "African")
    let sponsors = try #require(object["sponsors"] as? [[String: Any]])
    #expect(sponsors.first?["role"] as? String == "main-sponsor")
    #expect(try JSONDecoder().decode(RollCallSummary.self, from: data) == summary)
  }

  @Test func draftJSONHasNoTally() throws {
    let summary = try summary("A/79/L.10")
    let data = try JSONEncoder().encode(summary)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["status"] as? String == "draft")
    #expect(object["tally"] == nil)
    #expect(object["rollCall"] == nil)
    #expect((object["draft"] as? [String: Any])?["id"] as? String == "A/79/L.10")
    #expect(try JSONDecoder().decode(RollCallSummary.self, from: data) == summary)
  }

  @Test func aVoteWordThatIsNotAVoteFailsToDecode() throws {
    let json = #"{"state":"AAA","name":"Ay","group":"African","vote":"maybe"}"#
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(RollCallSummary.MemberVote.self, from: Data(json.utf8))
    }
  }

  @Test func theTextPageOfARollCall() throws {
    #expect(
      try summary("rc-1990").renderText() == """
        A/RES/44/1: An important question
          id rc-1990 | draft A/44/L.1 | 1990-01-01 | session 44 | important vote
          issues: Palestinian conflict, Colonialism

        Result: ADOPTED (two-thirds majority: 2 yes needed against 1 no)
        Tally: 2 yes, 1 no, 1 abstain, 1 non-voting (5 members)

        By regional group               Yes  No  Abstain  Non-voting  Members
          African                         2   0        0           0        2
          Asia-Pacific                    0   1        0           0        1
          Eastern European                0   0        0           1        1
          Western European and Others     0   0        1           0        1
          All members                     2   1        1           1        5

        Yes (2):
          AAA BBB
        No (1):
          CCC
        Abstain (1):
          DDD
        Non-voting (1):
          OLD

        Main sponsors (1): AAA
        Co-sponsors (1): BBB

        """)
  }

  @Test func theTextPageSaysWhenRecordedTotalsDisagree() throws {
    let text = try summary("rc-2010").renderText()
    #expect(text.contains("Result: NOT ADOPTED (simple majority: 3 yes needed against 2 no)\n"))
    #expect(text.contains("Recorded totals: 3 yes, 2 no, 0 abstain, 0 non-voting (5 members);"))
    #expect(text.contains("Main sponsors (0): none recorded"))
  }

  @Test func theTextPageOfADraft() throws {
    let text = try summary("A/79/L.10").renderText()
    #expect(text.hasPrefix("A/79/L.10: A draft not yet voted\n  id A/79/L.10 | 2025-02-24 |"))
    #expect(text.contains("\nNot voted: a draft (simple majority).\n"))
    #expect(text.hasSuffix("Main sponsors (1): CCC\nCo-sponsors (2): DDD ZZZ\n"))
    #expect(!text.contains("Tally"))
  }

  @Test(arguments: [70, 80, 100])
  func longListsWrapWithinTheWidth(_ width: Int) {
    let founding = CalendarDate(daysSinceEpoch: -9000)
    let states = (0..<193).map { index in
      MemberState(
        code: MemberState.Code(String(format: "S%02d", index)), alpha2: nil, name: "State \(index)",
        group: RegionalGroup.allCases[index % 5], admitted: founding)
    }
    let title = Array(repeating: "Advancing a comprehensive, just and lasting peace", count: 4)
    let rollCall = RollCall(
      id: "long", date: CalendarDate(daysSinceEpoch: 0), session: 24,
      title: title.joined(separator: " "), issues: ["me", "nu", "di", "hr", "co", "ec"],
      isAmendment: true, isParagraph: true, isImportant: true)
    let votes = (0..<193).map {
      Dataset.Entry(rollCall: 0, state: Int32($0), vote: Vote.allCases[$0 % 4])
    }
    let sponsorships = (0..<120).map {
      Sponsorship(
        document: "long", state: states[$0].code, role: $0 < 3 ? .mainSponsor : .coSponsor)
    }
    let dataset = Dataset(
      states: states, rollCalls: [rollCall], sponsorships: sponsorships, votes: votes)
    let text = RollCallSummary(dataset: dataset, rollCall: 0).renderText(width: width)
    let lines = text.split(separator: "\n")
    for line in lines { #expect(line.count <= width, "\(line)") }
    // Every state code appears once among the votes and the sponsors once each.
    let codes = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { $0.hasPrefix("S") }
    #expect(codes.count == 193 + 120)
    #expect(text.contains("\n  id long | 1970-01-01 | session 24 | amendment | "))
    #expect(text.contains("\n  issues: Palestinian conflict, Nuclear weapons"))
  }
}
