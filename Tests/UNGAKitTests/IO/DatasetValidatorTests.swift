import Foundation
import Testing
import UNGAKit

/// Each problem the loader and validator report, on a small dataset held in
/// memory: one file changed per case, the exact issues expected.
@Suite struct DatasetValidatorTests {
  static let states = """
    code,alpha2,name,group,admitted,departed
    DDR,,German Democratic Republic,Eastern European,1973-09-18,1990-10-03
    FRA,FR,France,Western European and Others,1945-10-24,
    SSD,SS,South Sudan,African,2011-07-14,
    USA,US,United States,Western European and Others,1945-10-24,

    """
  static let resolutions = """
    id,status,date,session,title,yes,no,abstain,non_voting
    r1,,2014-03-27,68,One,2,0,0,1
    d1,draft,2025-02-24,79,Draft,,,,

    """
  static let votes = """
    id,state,vote
    r1,FRA,yes
    r1,USA,yes

    """
  static let sponsors = """
    document,state,role,joined
    d1,USA,main-sponsor,

    """

  static func sources(
    states: String = states, resolutions: String = resolutions, votes: String = votes,
    sponsors: String = sponsors
  ) -> [DatasetSource] {
    [
      DatasetSource(path: "member-states.csv", table: .memberStates, text: states),
      DatasetSource(path: "resolutions.csv", table: .resolutions, text: resolutions),
      DatasetSource(path: "votes.csv", table: .votes, text: votes),
      DatasetSource(path: "sponsors.csv", table: .sponsors, text: sponsors),
    ]
  }

  @Test func theBaseDatasetIsClean() throws {
    let loaded = try DatasetLoader.load(sources: Self.sources())
    #expect(loaded.warnings.isEmpty)
    #expect(loaded.dataset.tally(rollCall: 0) == Tally(yes: 2, nonVoting: 1))
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var sources: [DatasetSource]
    /// `file:line:column: message` of each issue, in order.
    var expected: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "unknown state in votes", sources: sources(votes: votes + "r1,XYZ,no\n"),
      expected: [
        "votes.csv:4:4: state: unknown state 'XYZ'; expected a code from a member-states table"
      ]),
    Case(
      name: "unknown roll call in votes", sources: sources(votes: votes + "r9,FRA,yes\n"),
      expected: [
        "votes.csv:4:1: id: unknown roll call 'r9'; expected an id from a resolutions table"
      ]),
    Case(
      name: "vote on a draft", sources: sources(votes: votes + "d1,FRA,yes\n"),
      expected: [
        "votes.csv:4:1: id 'd1' is a draft (status draft at resolutions.csv:3), which has no "
          + "recorded vote; expected the id of a voted roll call"
      ]),
    Case(
      name: "conflicting duplicate vote", sources: sources(votes: votes + "r1,FRA,no\n"),
      expected: [
        "votes.csv:4:8: conflicting vote no by FRA on r1: votes.csv:2 records yes; expected one "
          + "vote per roll call and state"
      ]),
    Case(
      name: "identical duplicate vote", sources: sources(votes: votes + "r1, FRA ,yes\n"),
      expected: []),
    Case(
      name: "vote by a state that was not a member", sources: sources(votes: votes + "r1,DDR,no\n"),
      expected: [
        "votes.csv:4: vote by DDR on r1 of 2014-03-27, when it was not a member (member from "
          + "1973-09-18 to 1990-10-03); expected votes only from members on the roll call's date"
      ]),
    Case(
      name: "vote before admission",
      sources: sources() + [
        DatasetSource(
          path: "old.csv", table: .resolutions,
          text: "id,date,session,title\nr0,2011-07-13,65,Old\n"),
        DatasetSource(path: "old-votes.csv", text: "id,state,vote\nr0,SSD,yes\nr0,FRA,yes\n"),
      ],
      expected: [
        "old-votes.csv:2: vote by SSD on r0 of 2011-07-13, when it was not a member (member "
          + "from 2011-07-14); expected votes only from members on the roll call's date"
      ]),
    Case(
      name: "recorded totals disagree",
      sources: sources(resolutions: resolutions.replacingFirst("2,0,0,1", with: "3,0,0,0")),
      expected: [
        "resolutions.csv:2:23: recorded totals of r1 (3 yes, 0 no, 0 abstain, 0 non-voting) "
          + "disagree with its votes (2 yes, 0 no, 0 abstain, 1 non-voting, members without a "
          + "vote row counted non-voting); expected the same counts"
      ]),
    Case(
      name: "totals partly given",
      sources: sources(resolutions: resolutions.replacingFirst("2,0,0,1", with: "2,,0,1")),
      expected: [
        "resolutions.csv:2:25: no: expected a whole number, as all of yes, no, abstain and "
          + "non_voting must be given when one is (or all left empty), found ''"
      ]),
    Case(
      name: "totals on a draft",
      sources: sources(resolutions: resolutions.replacingFirst("Draft,,,,", with: "Draft,1,0,0,0")),
      expected: [
        "resolutions.csv:3:30: recorded totals on a draft; expected empty yes, no, abstain and "
          + "non_voting, as it has no recorded vote"
      ]),
    Case(
      name: "impossible date",
      sources: sources(resolutions: resolutions.replacingFirst("2014-03-27", with: "2023-02-30")),
      expected: [
        "resolutions.csv:2:5: date: expected a date YYYY-MM-DD (a day that exists), found "
          + "'2023-02-30'"
      ]),
    Case(
      name: "date in another format",
      sources: sources(resolutions: resolutions.replacingFirst("2014-03-27", with: "27/03/2014")),
      expected: [
        "resolutions.csv:2:5: date: expected a date YYYY-MM-DD (a day that exists), found "
          + "'27/03/2014'"
      ]),
    Case(
      name: "non-integer session",
      sources: sources(resolutions: resolutions.replacingFirst(",68,", with: ",68.5,")),
      expected: [
        "resolutions.csv:2:16: session: expected a whole number of 1 or more (the regular "
          + "session, e.g. 68), found '68.5'"
      ]),
    Case(
      name: "bad vote value", sources: sources(votes: votes + "r1,SSD,Yes\n"),
      expected: ["votes.csv:4:8: vote: expected yes, no, abstain or non-voting, found 'Yes'"]),
    Case(
      name: "bad status",
      sources: sources(resolutions: resolutions.replacingFirst("d1,draft", with: "d1,passed")),
      expected: [
        "resolutions.csv:3:4: status: expected voted, draft, adopted or empty (voted), found "
          + "'passed'"
      ]),
    Case(
      name: "bad majority",
      sources: sources(
        resolutions: "id,date,session,title,majority\nr1,2014-03-27,68,One,2/3\n",
        sponsors: "document,state,role\nr1,USA,main-sponsor\n"),
      expected: [
        "resolutions.csv:2:22: majority: expected simple, two-thirds or empty (simple), found "
          + "'2/3'"
      ]),
    Case(
      name: "bad flag",
      sources: sources(
        resolutions: "id,date,session,title,important\nr1,2014-03-27,68,One,yes\n",
        sponsors: "document,state,role\nr1,USA,main-sponsor\n"),
      expected: ["resolutions.csv:2:22: important: expected 0, 1 or empty, found 'yes'"]),
    Case(
      name: "bad group",
      sources: sources(states: states.replacingFirst("African", with: "Africa")),
      expected: [
        "member-states.csv:4:20: group: expected one of African, Asia-Pacific, Eastern European, "
          + "Latin American and Caribbean, Western European and Others, found 'Africa'"
      ]),
    Case(
      name: "bad code",
      sources: sources(states: states + "usa,,Lower,African,1945-10-24,\n"),
      expected: [
        "member-states.csv:6:1: code: expected three upper-case letters (an ISO 3166-1 alpha-3 "
          + "code), found 'usa'"
      ]),
    Case(
      name: "departed before admitted",
      sources: sources(states: states.replacingFirst("1990-10-03", with: "1970-01-01")),
      expected: [
        "member-states.csv:2:61: departed 1970-01-01 is not after admitted 1973-09-18; expected a "
          + "departure after admission"
      ]),
    Case(
      name: "conflicting state rows",
      sources: sources(states: states + "FRA,FR,France,Eastern European,1945-10-24,\n"),
      expected: [
        "member-states.csv:6:1: state FRA conflicts with member-states.csv:3 (group 'Eastern "
          + "European' here, 'Western European and Others' there); expected identical rows when a "
          + "state is given twice"
      ]),
    Case(
      name: "conflicting roll call rows",
      sources: sources(resolutions: resolutions + "r1,voted,2014-03-27,68,Two,2,0,0,1\n"),
      expected: [
        "resolutions.csv:4:1: id 'r1' conflicts with resolutions.csv:2 (title 'Two' here, 'One' "
          + "there); expected identical rows when a roll call or draft is given twice"
      ]),
    Case(
      name: "unknown state in sponsors",
      sources: sources(sponsors: sponsors + "d1,XYZ,co-sponsor,\n"),
      expected: [
        "sponsors.csv:3:4: state: unknown state 'XYZ'; expected a code from a member-states table"
      ]),
    Case(
      name: "unknown document in sponsors",
      sources: sources(sponsors: sponsors + "A/1/L.1,FRA,co-sponsor,\nA/1/L.2,FRA,co-sponsor,\n"),
      expected: [
        "sponsors.csv:3:1: warning: 2 documents sponsored here are not a roll call or draft in the "
          + "loaded data (the first: 'A/1/L.1'); their sponsorships are kept and can be looked up "
          + "by the symbol"
      ]),
    Case(
      name: "bad role", sources: sources(sponsors: sponsors + "d1,FRA,sponsor,\n"),
      expected: [
        "sponsors.csv:3:8: role: expected main-sponsor or co-sponsor, found 'sponsor'"
      ]),
    Case(
      name: "conflicting sponsorship",
      sources: sources(sponsors: sponsors + "d1,USA,co-sponsor,\n"),
      expected: [
        "sponsors.csv:3:8: sponsorship of 'd1' by USA conflicts with sponsors.csv:2 (role "
          + "'co-sponsor' here, 'main-sponsor' there); expected identical rows when a sponsorship "
          + "is given twice"
      ]),
    Case(
      name: "bad joined date",
      sources: sources(sponsors: sponsors + "d1,FRA,co-sponsor,2025-13-01\n"),
      expected: [
        "sponsors.csv:3:19: joined: expected a date YYYY-MM-DD or nothing (a day that exists), "
          + "found '2025-13-01'"
      ]),
    Case(
      name: "roll call without votes",
      sources: sources(resolutions: resolutions + "r2,,2015-01-01,69,Two,,,,\n"),
      expected: [
        "resolutions.csv:4: warning: roll call r2 has no votes in the data; every member counts "
          + "as non-voting"
      ]),
    Case(
      name: "ragged row", sources: sources(votes: votes + "r1,SSD\n"),
      expected: ["votes.csv:4: expected 3 fields as in the header, found 2"]),
    Case(
      name: "rows of a bad roll call are not reported again",
      sources: sources(
        resolutions: resolutions.replacingFirst(",68,", with: ",x,"), votes: votes + "r1,SSD,no\n"),
      expected: [
        "resolutions.csv:2:16: session: expected a whole number of 1 or more (the regular "
          + "session, e.g. 68), found 'x'"
      ]),
    Case(
      name: "rows of a bad state are not reported again",
      sources: sources(
        states: states.replacingFirst("France,Western European and Others", with: "France,WEOG"),
        votes: votes),
      expected: [
        "member-states.csv:3:15: group: expected one of African, Asia-Pacific, Eastern European, "
          + "Latin American and Caribbean, Western European and Others, found 'WEOG'"
      ]),
    Case(
      name: "a votes file that is not CSV hides no roll call",
      sources: sources(votes: votes + "r1,\"USA,no\n"),
      expected: [
        "votes.csv:4:4: unterminated quoted field; expected a closing \" before the end of the file"
      ]),
    Case(
      name: "a ragged vote row does not make the totals disagree",
      sources: sources(votes: "id,state,vote\nr1,FRA,yes\nr1,USA\n"),
      expected: ["votes.csv:3: expected 3 fields as in the header, found 2"]),
    Case(
      name: "several problems in several files are all reported",
      sources: sources(
        states: states + "usa,,Lower,African,1945-10-24,\n",
        resolutions: resolutions + "r3,,2015-02-29,69,Three,,,,\n",
        votes: votes + "r1,XYZ,no\nr1,FRA,maybe\n"),
      expected: [
        "member-states.csv:6:1: code: expected three upper-case letters (an ISO 3166-1 alpha-3 "
          + "code), found 'usa'",
        "resolutions.csv:4:5: date: expected a date YYYY-MM-DD (a day that exists), found "
          + "'2015-02-29'",
        "votes.csv:4:4: state: unknown state 'XYZ'; expected a code from a member-states table",
        "votes.csv:5:8: vote: expected yes, no, abstain or non-voting, found 'maybe'",
      ]),
  ]

  @Test(arguments: cases)
  func reportsTheProblem(_ c: Case) throws {
    let report = DatasetLoader.validate(sources: c.sources)
    #expect(report.issues.map(\.description) == c.expected)
    let errors = report.errors
    if errors.isEmpty {
      _ = try DatasetLoader.load(sources: c.sources)
    } else {
      #expect(throws: DatasetLoadError.invalidData(issues: report.issues)) {
        try DatasetLoader.load(sources: c.sources)
      }
    }
  }

  @Test func validationKeepsTheRowsWithoutErrors() {
    let report = DatasetLoader.validate(
      sources: Self.sources(votes: Self.votes + "r1,XYZ,no\n", sponsors: "document,state,role\n"))
    #expect(report.hasErrors)
    #expect(report.errors.count == 2)
    #expect(report.summary.stateCount == 4)
    #expect(report.summary.currentMemberCount == 3)
    #expect(report.summary.rollCallCount == 1)
    #expect(report.summary.draftCount == 1)
    #expect(report.summary.voteCount == 2)
    #expect(report.summary.sponsorshipCount == 0)
    #expect(report.sources.map(\.table) == [.memberStates, .resolutions, .votes])
  }

  @Test func issueDescriptionsFollowTheCompilerForm() {
    #expect(
      DataIssue(.error, file: "v.csv", line: 3, column: 9, message: "bad").description
        == "v.csv:3:9: bad")
    #expect(
      DataIssue(.warning, file: "v.csv", line: 3, message: "odd").description
        == "v.csv:3: warning: odd")
    #expect(DataIssue(.error, file: "v.csv", line: nil, message: "big").description == "v.csv: big")
  }
}

extension String {
  /// The string with the first occurrence of `target` replaced.
  fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}
