import Foundation
import Testing
import UNGAKit

@testable import unga

/// `unga recruit` on the fixture `ukraine-2014-2022` with few trials.
@Suite struct RecruitTests {
  static let quick = [
    "recruit", "--data", Repository.fixture("ukraine-2014-2022"), "--trials", "2000",
  ]

  static func decode(_ text: String) throws -> RecruitResult {
    try JSONDecoder().decode(RecruitResult.self, from: Data(text.utf8))
  }

  @Test func picksCarryGainsAndStandardErrors() throws {
    let result = try unga(arguments: Self.quick + ["--k", "2", "--format", "json"])
    #expect(result.status == 0, "\(result)")
    let object = try jsonObject(result.stdout)
    let picks = try #require(object["picks"] as? [[String: Any]])
    #expect(picks.count == 2)
    for pick in picks {
      #expect(pick["state"] is String)
      let gain = try #require(pick["gain"] as? Double)
      let error = try #require(pick["gainStandardError"] as? Double)
      #expect(gain >= 0)
      #expect(error >= 0)
    }
    let plan = try Self.decode(result.stdout)
    #expect(plan.base.name == "without USA")
    #expect(plan.base.changes == [Scenario.Change(state: "USA", stance: .neutral)])
    #expect(plan.run.trials == 2000)
  }

  static func candidates(_ arguments: [String] = []) throws -> CandidateList {
    let result = try unga(
      arguments: Self.quick + ["--list-candidates", "--format", "json"] + arguments)
    #expect(result.status == 0, "\(result)")
    return try JSONDecoder().decode(CandidateList.self, from: Data(result.stdout.utf8))
  }

  /// The default candidates are the non-backers with P(yes) ≥ 1/2 where recruits join
  /// (the United States' vote left open); `--candidates all` lists every non-backer with
  /// the same probabilities, so the rule can be checked state by state.
  @Test func receptiveCandidatesAreTheLikelyYesVoters() throws {
    let receptive = try Self.candidates()
    let all = try Self.candidates(["--candidates", "all"])
    #expect(receptive.rule == "receptive: P(yes) ≥ 50 % where recruits join")
    #expect(receptive.selection == "receptive")
    #expect(receptive.base.changes == [Scenario.Change(state: "USA", stance: .neutral)])
    #expect(all.candidates.count == 191)  // every member but UKR (sponsor) and USA (named)
    #expect(all.rule == "every non-backer")
    for entry in all.candidates {
      let total = entry.pYes + entry.pAbstain + entry.pNo + entry.pNonVoting
      #expect(abs(total - 1) < 1e-9, "\(entry.state)")
    }
    let expected = all.candidates.filter { $0.pYes >= CandidateSelection.receptiveMinimumYes }
    #expect(receptive.candidates == expected)
    #expect(!expected.isEmpty && expected.count < all.candidates.count)
    for opponent: MemberState.Code in ["RUS", "BLR", "PRK", "SYR", "NIC"] {
      #expect(all.candidates.contains { $0.state == opponent })
      #expect(!receptive.candidates.contains { $0.state == opponent }, "\(opponent)")
    }
    #expect(receptive.candidates.contains { $0.state == "FRA" })
    // The search considers exactly the listed candidates.
    let plan = try Self.decode(
      unga(arguments: Self.quick + ["--k", "1", "--format", "json"]).stdout)
    #expect(plan.candidates == receptive.candidates.map(\.state))
    #expect(plan.candidateRule == receptive.rule)
  }

  /// The listing in text names the rule and shows each candidate's P(yes) in per cent;
  /// exclusions are listed and removed.
  @Test func listingInText() throws {
    let result = try unga(arguments: Self.quick + ["--list-candidates", "--exclude", "FRA"])
    #expect(result.status == 0, "\(result)")
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0].hasPrefix("Candidates for A/ES-11/L.10 joining 'without USA: ~USA': "))
    #expect(lines[0].hasSuffix(" states (receptive: P(yes) ≥ 50 % where recruits join)"))
    #expect(lines[1] == "Excluded: FRA")
    #expect(lines[3].hasPrefix("State  Name"))
    #expect(lines[3].contains("P(yes) %"))
    #expect(!result.stdout.contains("\nFRA "))
  }

  /// The default objective is expected yes, which still moves when adoption is near
  /// certain: every pick gains, and the base figures carry P(adopted) beside it.
  @Test func defaultObjectiveIsExpectedYes() throws {
    let plan = try Self.decode(
      unga(arguments: Self.quick + ["--k", "2", "--format", "json"]).stdout)
    #expect(plan.run.objective == .yes)
    #expect(plan.start.objective == plan.start.expectedYes)
    for pick in plan.picks {
      #expect(pick.gain > 0)
      #expect(pick.objective == pick.expectedYes)
    }
  }

  @Test func textAndMarkdownNameThePicks() throws {
    let text = try unga(arguments: Self.quick + ["--k", "1", "--goal", "yes>=120"])
    #expect(text.status == 0, "\(text)")
    #expect(text.stdout.hasPrefix("Recruitment for A/ES-11/L.10 (simple): the 1 best co-sponsor"))
    #expect(text.stdout.contains("\nObjective: expected yes; "))
    #expect(text.stdout.contains("\nCandidates: receptive: P(yes) ≥ 50 % where recruits join\n"))
    #expect(text.stdout.contains("\nGoal: "))
    // Where the parameters came from: the defaults, or the shipped calibration file.
    let origin = try #require(text.stdout.split(separator: "\n").last)
    #expect(
      origin.hasPrefix("Parameters: the design's defaults")
        || origin.hasPrefix("Parameters: calibration file "))
    let markdown = try unga(arguments: Self.quick + ["--k", "1", "--format", "markdown"])
    #expect(markdown.status == 0, "\(markdown)")
    #expect(markdown.stdout.hasPrefix("## Recruitment for A/ES-11/L.10"))
    #expect(markdown.stdout.contains("\n| Step | State |"))
  }

  @Test(arguments: [
    (["--candidates", "XYZ"], "unknown state code 'XYZ' in candidates"),
    (["--candidates", "group:NOWHERE"], "invalid value 'group:NOWHERE' for '--candidates'"),
    (["--candidates", "FRA,DEU", "--k", "3"], "cannot pick 3 recruits from 2 candidates"),
    (["--k", "0"], "invalid value '0' for '--k': expected an integer from 1 to 1000"),
    (["--exclude", "QQQ"], "unknown state code 'QQQ' in exclusions"),
    (["--objective", "fame"], "invalid value 'fame' for '--objective'"),
    (["--goal", "adoption>=2"], "invalid goal 'adoption>=2'"),
    (["--without", "USA", "--with", "USA"], "state 'USA' has two different stances"),
  ])
  func badValuesExit64(arguments: [String], message: String) throws {
    let result = try unga(arguments: Self.quick + arguments)
    #expect(result.status == 64, "\(result)")
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(result.stderr.contains("\nUsage: unga recruit "))
  }

  @Test func noCandidateInTheDataExits65() throws {
    // The only candidate already co-sponsors: the data leaves none (not the command line).
    let result = try unga(arguments: Self.quick + ["--candidates", "FRA", "--with", "FRA"])
    #expect(result.status == 65, "\(result)")
    #expect(result.stderr.contains("no candidate state to recruit: no state of the data outside"))
    #expect(!result.stderr.contains("Usage:"))
    let excluded = try unga(arguments: Self.quick + ["--candidates", "FRA", "--exclude", "FRA"])
    #expect(excluded.status == 64, "\(excluded)")
    #expect(excluded.stderr.contains("all 1 candidates (FRA) are excluded"))
  }
}

/// `unga sweep` on the fixture `ukraine-2014-2022` with few trials.
@Suite struct SweepTests {
  static let quick = [
    "sweep", "--data", Repository.fixture("ukraine-2014-2022"), "--trials", "2000",
  ]

  @Test func everyCombinationOfTwoBackersIsRanked() throws {
    let result = try unga(arguments: Self.quick + ["--backers", "USA,GBR", "--format", "json"])
    #expect(result.status == 0, "\(result)")
    let sweep = try JSONDecoder().decode(StanceSweepResult.self, from: Data(result.stdout.utf8))
    #expect(sweep.combinations.count == 9)
    #expect(sweep.combinations.map(\.rank) == Array(1...9))
    #expect(Set(sweep.combinations.map(\.name)).count == 9)
    let values = sweep.combinations.map(\.figures.objective)
    #expect(values == values.sorted(by: >))
    #expect(sweep.combinations.first?.name == "+USA +GBR")
    #expect(sweep.combinations.last?.name == "-USA -GBR")
  }

  @Test func stancesAndTextOutput() throws {
    let result = try unga(
      arguments: Self.quick + ["--backers", "USA,FRA,DEU", "--stances", "co-sponsor,neutral"])
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.hasPrefix("Stance sweep for A/ES-11/L.10 (simple): 8 combinations"))
  }

  @Test(arguments: [
    ([String](), "missing required argument '--backers <codes>'"),
    (["--backers", "USA,FRA,DEU,GBR,CHN,RUS,IND"], "2187 stance combinations exceed the limit"),
    (["--backers", "USA,USA"], "backer 'USA' is listed twice"),
    (["--backers", "USA", "--stances", "maybe"], "invalid value 'maybe' for '--stances'"),
  ])
  func badValuesExit64(arguments: [String], message: String) throws {
    let result = try unga(arguments: Self.quick + arguments)
    #expect(result.status == 64, "\(result)")
    #expect(result.stderr.contains(message), "\(result.stderr)")
  }
}

/// `unga bench`: runs and reports (speed itself is not tested).
@Suite struct BenchTests {
  @Test func benchSimulateReportsThroughput() throws {
    let result = try unga("bench", "simulate", "--trials", "20000", "--threads", "1")
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.hasPrefix("Monte Carlo engine: synthetic assembly; 193 members, 4"))
    #expect(result.stdout.contains("State-trials/s"))
    #expect(result.stdout.contains("Peak memory: "))
  }

  @Test func benchSimulateOnTheRealDraftGivesTheSameFiguresForEveryThreadCount() throws {
    let result = try unga(
      "bench", "simulate", "--data", Repository.fixture("ukraine-2014-2022"), "--trials", "8192",
      "--threads", "1,2",
      "--format", "json")
    #expect(result.status == 0, "\(result)")
    let benchmark = try JSONDecoder().decode(
      BenchmarkResult.self, from: Data(result.stdout.utf8))
    #expect(benchmark.members == 193)
    #expect(benchmark.runs.map(\.threads) == [1, 2])
    #expect(benchmark.runs[0].adoptionProbability == benchmark.runs[1].adoptionProbability)
  }

  @Test func benchRecruitReportsThePicks() throws {
    let result = try unga(
      "bench", "recruit", "--trials", "2000", "--threads", "1", "--candidates", "4", "--k", "2")
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.contains("4 candidates, 2 recruits"))
  }
}
