import Foundation
import Testing
import UNGAKit

@Suite struct RecruiterTests {
  static let dataset = SyntheticAssembly.dataset(states: 24, rollCalls: 150, sessions: 6, seed: 11)

  static func model(_ parameters: ModelParameters = .defaults) throws -> VoteModel {
    try VoteModel(dataset: dataset, target: SyntheticAssembly.draftID, parameters: parameters)
  }

  /// The second state steps back, as the United States does in the February 2025 case.
  static let base = Scenario(stance: .neutral, states: ["AAB"])

  static func options(
    _ objective: PlanningObjective, engine: SimulationOptions.Engine = .monteCarlo,
    threads: Int = 2
  ) -> PlanningOptions {
    PlanningOptions(
      objective: objective, engine: engine,
      sampling: MonteCarloOptions(trials: 4_000, seed: 3, threads: threads, blockSize: 512))
  }

  static func plan(
    _ request: RecruitRequest, _ options: PlanningOptions, model: VoteModel? = nil
  ) throws -> RecruitResult {
    try Recruiter.run(
      model: model ?? Self.model(), dataset: dataset, base: base, request: request,
      options: options)
  }

  /// All k-subsets of `items`, in lexicographic order.
  static func subsets(_ items: [String], _ k: Int) -> [[String]] {
    guard k > 0 else { return [[]] }
    guard items.count >= k else { return [] }
    let rest = Array(items.dropFirst())
    return subsets(rest, k - 1).map { [items[0]] + $0 } + subsets(rest, k)
  }

  /// With κ = 0 a recruit moves no one, so its gain in yes votes is its own
  /// vote, per trial: the objective is additive and greedy selection must
  /// find the best N-subset, which an exhaustive search over every subset
  /// (one engine run, same seed) confirms to the last bit.
  @Test(arguments: [SimulationOptions.Engine.monteCarlo, .exact])
  func greedyEqualsBruteForceWhenAdditive(engine: SimulationOptions.Engine) throws {
    let model = try Self.model(ModelParameters())
    let pool = ["AAC", "AAD", "AAE", "AAF", "AAG", "AAH", "AAI"]
    let options = Self.options(.yes, engine: engine)
    let plan = try Self.plan(
      RecruitRequest(count: 3, candidates: .states(pool)), options, model: model)
    #expect(plan.picks.count == 3)

    let subsets = Self.subsets(pool, 3)
    #expect(subsets.count == 35)
    let scenarios =
      [try model.scenario(Self.base, in: Self.dataset)]
      + (try subsets.map { subset in
        try model.scenario(
          Scenario(
            name: subset.joined(separator: "+"),
            changes: Self.base.changes
              + subset.map { Scenario.Change(state: MemberState.Code($0), stance: .coSponsor) }),
          in: Self.dataset)
      })
    let statistics =
      engine == .exact
      ? ExactEngine.run(model: model, scenarios: scenarios, rule: .simple)
      : try MonteCarloEngine.run(
        model: model, scenarios: scenarios, rule: .simple, options: options.sampling
      ).statistics
    let values = statistics.dropFirst().map(\.yes.mean)
    let best = try #require(values.max())
    let greedy = try #require(plan.picks.last)
    if engine == .monteCarlo {
      #expect(greedy.objective == best)
    } else {
      #expect(abs(greedy.objective - best) < 1e-9)
    }
    // The best subset is unique here, and greedy names it.
    #expect(values.filter { abs($0 - best) < 1e-9 }.count == 1)
    let winner = subsets[try #require(values.firstIndex(of: best))]
    #expect(Set(plan.picks.map(\.state.rawValue)) == Set(winner))
  }

  /// With κ = 0 a candidate's gain in expected yes votes is exactly
  /// `1 − P(yes)` of its own baseline vote: the exact engine gives it to
  /// rounding, Monte Carlo within four standard errors.
  @Test func singleGainsAreTheCandidatesOwnVotes() throws {
    let model = try Self.model(ModelParameters())
    let base = try model.scenario(Self.base, in: Self.dataset)
    for engine in [SimulationOptions.Engine.exact, .monteCarlo] {
      let plan = try Self.plan(
        RecruitRequest(count: 1, candidates: .nonBackers), Self.options(.yes, engine: engine),
        model: model)
      #expect(plan.singles.count == 22)
      for single in plan.singles {
        let position = try #require(model.position(of: single.state))
        let expected = 1 - base.probability(member: position, vote: .yes)
        let tolerance = engine == .exact ? 1e-9 : 4 * single.gainStandardError + 1e-9
        #expect(abs(single.gain - expected) <= tolerance, "\(single.state)")
        #expect(engine == .monteCarlo || single.gainStandardError == 0)
      }
    }
  }

  /// A co-sponsor only adds yes votes, so on common random numbers every
  /// gain is ≥ 0, the first pick is the best single recruit, the plan is
  /// never worse than it, and the cumulative figures telescope.
  @Test(arguments: [PlanningObjective.adoption, .yes, .threshold(14)])
  func greedyIsNeverWorseThanTheBestSingle(objective: PlanningObjective) throws {
    let plan = try Self.plan(
      RecruitRequest(count: 4, candidates: .nonBackers), Self.options(objective))
    let best = try #require(plan.singles.first)
    #expect(plan.singles.map(\.gain) == plan.singles.map(\.gain).sorted(by: >))
    #expect(plan.picks[0].state == best.state)
    #expect(plan.picks[0].gain == best.gain)
    #expect(plan.picks[0].runnerUp == plan.singles[1])
    let bestSingle = plan.start.objective + best.gain
    #expect(abs(plan.picks[0].objective - bestSingle) < 1e-12)
    #expect(try #require(plan.picks.last).objective >= bestSingle - 1e-12)
    var previous = plan.start.objective
    for pick in plan.picks {
      #expect(pick.gain >= 0)
      #expect(abs(pick.objective - previous - pick.gain) < 1e-9)
      #expect(abs(pick.cumulativeGain - (pick.objective - plan.start.objective)) < 1e-9)
      #expect(pick.cumulativeGainStandardError >= pick.gainStandardError - 1e-12 || pick.step == 1)
      previous = pick.objective
    }
    #expect(Set(plan.picks.map(\.state)).count == 4)
    #expect(plan.run.engineRuns == 4 + 1)
    #expect(plan.run.scenarioEvaluations == 23 + 22 + 21 + 20 + 5)
  }

  @Test func allCandidatesAreTheNonBackers() throws {
    let plan = try Self.plan(RecruitRequest(count: 1, candidates: .nonBackers), Self.options(.yes))
    // AAA is the recorded main sponsor, AAB the state the base scenario names.
    #expect(plan.candidates.count == 22)
    #expect(!plan.candidates.contains("AAA") && !plan.candidates.contains("AAB"))
    #expect(plan.base.changes == [Scenario.Change(state: "AAB", stance: .neutral)])

    let group = try Self.plan(
      RecruitRequest(count: 1, candidates: .group(.african), exclusions: ["AAF"]),
      Self.options(.yes))
    let model = try Self.model()
    #expect(group.excluded == ["AAF"])
    #expect(
      group.candidates
        == model.states.filter { $0.group == .african && !["AAA", "AAF"].contains($0.code) }
        .map(\.code))

    // A named state that already co-sponsors is dropped with a warning; one
    // the base scenario makes neutral may be recruited back.
    let named = try Self.plan(
      RecruitRequest(count: 1, candidates: .states(["aaa", "AAB", "AAC", "AAC"])),
      Self.options(.yes))
    #expect(named.candidates == ["AAB", "AAC"])
    #expect(named.warnings.contains { $0.contains("AAA already co-sponsors") })
  }

  @Test func figuresDoNotDependOnThreads() throws {
    let request = RecruitRequest(
      count: 2, candidates: .nonBackers, goal: RecruitGoal(objective: .yes, target: 20))
    func json(_ threads: Int) throws -> Data {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys]
      return try encoder.encode(
        Self.plan(request, Self.options(.adoption, threads: threads)))
    }
    let one = try json(1)
    #expect(try json(2) == one)
    #expect(try json(5) == one)
  }

  @Test func jsonHasPicksAndGoal() throws {
    let plan = try Self.plan(
      RecruitRequest(
        count: 2, candidates: .nonBackers, goal: RecruitGoal(objective: .adoption, target: 0.95)),
      Self.options(.adoption))
    let data = try JSONEncoder().encode(plan)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let picks = try #require(object["picks"] as? [[String: Any]])
    #expect(picks.count == 2)
    for pick in picks {
      #expect(pick["state"] is String)
      for key in [
        "gain", "gainStandardError", "objective", "objectiveStandardError", "cumulativeGain",
        "cumulativeGainStandardError", "adoptionProbability", "expectedYes",
      ] {
        #expect(pick[key] is Double, "\(key)")
      }
    }
    let goal = try #require(object["goal"] as? [String: Any])
    #expect(goal["status"] as? String == "reached")
    #expect(goal["objective"] as? String == "adoption")
    #expect(goal["recruits"] is [String])
    let run = try #require(object["run"] as? [String: Any])
    #expect(run["objective"] as? String == "adoption")
    #expect(run["trials"] as? Int == 4_000)
    #expect(run["threads"] == nil)
    let decoded = try JSONDecoder().decode(RecruitResult.self, from: data)
    #expect(decoded.picks == plan.picks)
    #expect(decoded.goal == plan.goal)
  }

  /// A target between the first and second pick's figures takes exactly two
  /// recruits, the plan's first two; a limit of one stops short of it.
  @Test func goalIsReachedByTheFewestGreedyRecruits() throws {
    let options = Self.options(.yes)
    let plan = try Self.plan(RecruitRequest(count: 3, candidates: .nonBackers), options)
    let target = (plan.picks[0].objective + plan.picks[1].objective) / 2
    let goal = RecruitGoal(objective: .yes, target: target)
    let reached = try #require(
      try Self.plan(RecruitRequest(count: 3, candidates: .nonBackers, goal: goal), options).goal)
    #expect(reached.status == .reached && reached.reached)
    #expect(reached.recruitCount == 2)
    #expect(reached.recruits == plan.picks.prefix(2).map(\.state))
    #expect(reached.value == plan.picks[1].objective)
    #expect(reached.route == Array(plan.picks.prefix(2)))
    #expect(reached.summary.contains("reached with 2 recruits"))

    // Beyond the N picks: the search continues greedily.
    let later = try #require(
      try Self.plan(RecruitRequest(count: 1, candidates: .nonBackers, goal: goal), options).goal)
    #expect(later.recruits == reached.recruits)
    #expect(later.route == reached.route)

    let limited = try #require(
      try Self.plan(
        RecruitRequest(count: 1, candidates: .nonBackers, goal: goal, goalLimit: 1), options
      ).goal)
    #expect(limited.status == .limitReached && !limited.reached)
    #expect(limited.recruitCount == 1 && limited.limit == 1)
    #expect(limited.value < target && limited.maximum >= target)

    let met = try #require(
      try Self.plan(
        RecruitRequest(
          count: 1, candidates: .nonBackers, goal: RecruitGoal(objective: .yes, target: 1)), options
      )
      .goal)
    #expect(met.status == .reached && met.recruitCount == 0 && met.route.isEmpty)
    #expect(met.value == plan.start.objective)
  }

  @Test func unreachableGoalReportsTheBestReached() throws {
    let options = Self.options(.adoption)
    let plan = try Self.plan(
      RecruitRequest(
        count: 1, candidates: .states(["AAC", "AAD"]),
        goal: RecruitGoal(objective: .yes, target: 24)),
      options)
    let goal = try #require(plan.goal)
    #expect(goal.status == .unreachable && !goal.reached)
    #expect(goal.recruits == ["AAC", "AAD"])
    #expect(goal.maximum < 24 && goal.value == goal.maximum)
    #expect(goal.maximum > plan.start.expectedYes)
    #expect(goal.summary.contains("cannot be reached from the 2 candidates"))
    #expect(goal.route.isEmpty)
  }

  /// A goal on another figure than the objective gets its own greedy route.
  @Test func goalOnAnotherObjectiveHasItsOwnRoute() throws {
    let options = Self.options(.threshold(20))
    let plan = try Self.plan(RecruitRequest(count: 2, candidates: .nonBackers), options)
    let byYes = try Self.plan(RecruitRequest(count: 2, candidates: .nonBackers), Self.options(.yes))
    let target = byYes.picks[0].objective + 0.5
    let goal = try #require(
      try Self.plan(
        RecruitRequest(
          count: 2, candidates: .nonBackers, goal: RecruitGoal(objective: .yes, target: target)),
        options
      ).goal)
    #expect(goal.reached)
    #expect(goal.route.first?.state == byYes.picks[0].state)
    #expect(goal.route.last.map { $0.objective >= target } == true)
    #expect(goal.route.count == goal.recruitCount)
    #expect(plan.run.objective == .threshold(20))
  }

  @Test func invalidRequestsGiveClearErrors() throws {
    let options = Self.options(.adoption)
    let unknown = #expect(throws: SimulationError.self) {
      try Self.plan(RecruitRequest(count: 1, candidates: .states(["AAC", "QQQ"])), options)
    }
    #expect(unknown == .unknownState(code: "QQQ", context: "candidates"))
    #expect(unknown?.description.contains("QQQ") == true)
    #expect(throws: SimulationError.unknownState(code: "ZZZ", context: "exclusions")) {
      try Self.plan(RecruitRequest(count: 1, candidates: .nonBackers, exclusions: ["ZZZ"]), options)
    }
    let tooMany = #expect(throws: PlanningError.self) {
      try Self.plan(RecruitRequest(count: 3, candidates: .states(["AAC", "AAD"])), options)
    }
    #expect(tooMany == .invalidRecruitCount(requested: 3, candidates: 2))
    #expect(
      tooMany?.description
        == "cannot pick 3 recruits from 2 candidates; expected a number from 0 to 2")
    #expect(throws: PlanningError.invalidRecruitCount(requested: -1, candidates: 22)) {
      try Self.plan(RecruitRequest(count: -1, candidates: .nonBackers), options)
    }
    let empty = #expect(throws: PlanningError.self) {
      try Self.plan(
        RecruitRequest(count: 1, candidates: .states(["AAC"]), exclusions: ["AAC"]), options)
    }
    #expect(empty?.description.contains("excluded") == true)
    #expect(throws: PlanningError.invalidThreshold(value: 25, members: 24)) {
      try Self.plan(RecruitRequest(count: 1, candidates: .nonBackers), Self.options(.threshold(25)))
    }
    #expect(throws: PlanningError.self) {
      try Self.plan(
        RecruitRequest(
          count: 1, candidates: .nonBackers, goal: RecruitGoal(objective: .adoption, target: 1.5)),
        options)
    }
    #expect(
      throws: PlanningError.invalidGoal(
        text: "yes>=30", expected: "a number of yes votes in (0, 24]")
    ) {
      try Self.plan(
        RecruitRequest(
          count: 1, candidates: .nonBackers, goal: RecruitGoal(objective: .yes, target: 30)),
        options)
    }
    #expect(throws: PlanningError.invalidGoalLimit(0)) {
      try Self.plan(
        RecruitRequest(
          count: 1, candidates: .nonBackers, goal: RecruitGoal(objective: .yes, target: 20),
          goalLimit: 0),
        options)
    }
    var noTrials = options
    noTrials.sampling.trials = 0
    #expect(throws: SimulationError.self) {
      try Self.plan(RecruitRequest(count: 1, candidates: .nonBackers), noTrials)
    }
  }

  @Test func textReportListsThePicks() throws {
    let plan = try Self.plan(
      RecruitRequest(
        count: 2, candidates: .nonBackers, goal: RecruitGoal(objective: .yes, target: 24)),
      Self.options(.adoption))
    let text = plan.renderText()
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0].hasPrefix("Recruitment for SYN/L.1"))
    #expect(lines.contains { $0.hasPrefix("Step  State") && $0.contains("P(adopted)") })
    for pick in plan.picks {
      #expect(lines.contains { $0.contains(" \(pick.state.rawValue) ") && $0.contains(" ± ") })
    }
    #expect(lines.contains { $0.hasPrefix("Goal: expected yes ≥ 24 cannot be reached") })
    #expect(lines.allSatisfy { $0.last != " " })
  }
}

/// The default candidates and objective (shared by `unga recruit` and the notebooks).
@Suite struct RecruiterDefaultTests {
  /// The listing gives each non-backer's exact probabilities in the base scenario; the
  /// receptive rule keeps only P(yes) ≥ 1/2, so in the synthetic assembly, where the most
  /// likely yes voter is just below one half, no state is receptive and the plan says so.
  @Test func receptiveMeansPYesOfAtLeastOneHalf() throws {
    let model = try RecruiterTests.model()
    let dataset = RecruiterTests.dataset
    let base = RecruiterTests.base
    let all = try Recruiter.candidates(
      model: model, dataset: dataset, base: base, request: RecruitRequest(candidates: .nonBackers))
    #expect(all.candidates.count == 22)
    #expect(all.rule == "every non-backer")
    let scenario = try model.scenario(base, in: dataset)
    for entry in all.candidates {
      let position = try #require(model.position(of: entry.state))
      #expect(entry.pYes == scenario.probability(member: position, vote: .yes))
      #expect(entry.pNo == scenario.probability(member: position, vote: .no))
    }
    // The likeliest yes voter (AAG, 48.2 % with the defaults when written) is just short.
    let likeliest = try #require(all.candidates.max { $0.pYes < $1.pYes })
    #expect(likeliest.pYes > 0.4 && likeliest.pYes < CandidateSelection.receptiveMinimumYes)
    #expect(CandidateSelection.receptiveMinimumYes == 0.5)
    #expect(RecruitRequest().candidates == .receptive)
    #expect(
      throws: PlanningError.noCandidateInData(candidates: "receptive", scenario: base.name)
    ) {
      try Recruiter.candidates(model: model, dataset: dataset, base: base)
    }
    #expect(
      throws: PlanningError.noCandidateInData(candidates: "receptive", scenario: base.name)
    ) {
      try Recruiter.run(model: model, dataset: dataset, base: base)
    }
  }

  /// The default objective is expected yes: a plan without options ranks by it.
  @Test func defaultObjectiveIsExpectedYes() throws {
    #expect(Recruiter.defaultObjective == .yes)
    let plan = try Recruiter.run(
      model: RecruiterTests.model(), dataset: RecruiterTests.dataset, base: RecruiterTests.base,
      request: RecruitRequest(count: 2, candidates: .nonBackers))
    #expect(plan.run.objective == .yes)
    #expect(plan.candidateRule == "every non-backer")
    // Expected yes moves by at least each recruit's own missing vote.
    for pick in plan.picks { #expect(pick.gain > 0.4) }
  }
}
