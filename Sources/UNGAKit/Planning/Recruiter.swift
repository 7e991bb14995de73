/// Greedy recruitment: which states, by co-sponsoring the draft, most raise
/// the objective (issue 8, "who could make up the loss?").
///
///     let model = try VoteModel(dataset: dataset, target: "A/ES-11/L.10")
///     let plan = try Recruiter.run(
///       model: model, dataset: dataset,
///       base: Scenario(stance: .neutral, states: ["USA"]),
///       request: RecruitRequest(count: 5, goal: RecruitGoal(objective: .adoption, target: 0.95)))
///     for pick in plan.picks { print(pick.state, pick.gain, pick.gainStandardError) }
///
/// Defaults, shared by `unga recruit` and the notebooks: the candidates are
/// the receptive states (`CandidateSelection.receptive`: `P(yes)` at least
/// one half where recruits join) and the objective is the expected number of
/// yes votes (`defaultObjective`). Expected yes is chosen over `P(adopted)`
/// because most drafts pass with near certainty, where a recruit changes
/// `P(adopted)` by hundredths of a point that the simulation error swamps and
/// every ranking becomes noise; expected yes moves by each recruit's own vote
/// and its followers', is the unit in which a backer's loss is reported
/// ("12 fewer yes votes"), and never saturates. `P(yes ≥ K)` for the previous
/// comparable text's K was the alternative; it saturates too (at 0 or 1) when
/// the draft is far from K, and it needs a choice of text. Ask for
/// `.adoption` when the outcome is in doubt.
///
/// Each step evaluates the current set of recruits and every remaining
/// candidate added to it in one engine run, so all of them share the same
/// random numbers (common random numbers); a candidate's gain is the mean of
/// its paired per-trial differences from the current set, with that mean's
/// standard error. The candidate with the largest gain joins the set (ties:
/// the larger gain in expected yes votes, then the earlier candidate). Every
/// run uses the same seed, so the figures of one set agree exactly from one
/// step to the next; a final run of the base scenario and each prefix of the
/// picks gives the cumulative gains, paired against the base.
///
/// A recruit co-sponsors: it votes yes for sure and shifts its followers
/// towards yes (MODEL.md §3). Adding a co-sponsor therefore never removes a
/// yes vote or adds a no vote in any trial, so every objective is monotone in
/// the set of recruits, gains are never negative, and all candidates together
/// give the most any subset can reach: the goal search uses this to tell an
/// unreachable goal from a long route.
///
/// Greedy selection takes the maximum of noisy gains, so the first picks'
/// gains lean slightly high (by at most a few standard errors, which are
/// small on common random numbers); rerun with another seed to check a close call.
public enum Recruiter {
  /// The objective of a plan unless asked otherwise: expected yes votes (see above).
  public static let defaultObjective = PlanningObjective.yes

  /// Picks `request.count` recruits, and the cheapest route to `request.goal` when set.
  ///
  /// - Parameters:
  ///   - model: the prepared model of the draft (its parameters, references and blocs).
  ///   - dataset: the dataset the model was built from (resolves codes and names).
  ///   - base: the scenario recruits join (e.g. `~USA`); its named states
  ///     are not candidates by default. Default: the draft as recorded.
  ///   - request: how many recruits, among which candidates (default: 5 among
  ///     the receptive states), and an optional goal.
  ///   - options: the objective (default `defaultObjective`, expected yes), rule and engine.
  /// - Throws: `PlanningError` (objective, goal, candidates, count),
  ///   `SimulationError` (unknown or non-member codes in the base scenario,
  ///   candidates or exclusions; invalid sampling options; cancellation).
  /// - Complexity: with C candidates and N picks, N + 1 engine runs of at most
  ///   C + 1 scenarios each (about N · C scenarios in all), each
  ///   O(trials · members · scenarios); the goal search adds at most one run
  ///   per further recruit plus two.
  public static func run(
    model: VoteModel, dataset: Dataset,
    base: Scenario = Scenario(name: ScenarioModel.recordedName),
    request: RecruitRequest = RecruitRequest(),
    options: PlanningOptions = PlanningOptions(objective: defaultObjective)
  ) throws -> RecruitResult {
    let members = model.memberCount
    let objective = options.objective
    try objective.validate(members: members)
    try request.goal?.validate(members: members)
    if let limit = request.goalLimit, limit < 1 { throw PlanningError.invalidGoalLimit(limit) }
    if options.engine == .monteCarlo { try options.sampling.validate() }

    let (baseModel, candidates, excluded, warnings) = try pool(
      model: model, dataset: dataset, base: base, request: request)
    guard (0...candidates.count).contains(request.count) else {
      throw PlanningError.invalidRecruitCount(
        requested: request.count, candidates: candidates.count)
    }

    // Without a goal the runs are known in advance: one per greedy step, then one for the
    // picks' route.
    if request.goal == nil, options.engine == .monteCarlo, options.sampling.precision == nil {
      let steps = min(max(request.count, 1), candidates.count)
      options.sampling.progress?.total =
        (steps + (request.count > 0 ? 1 : 0)) * options.sampling.trials
    }
    var search = GreedySearch(
      model: model, base: baseModel, candidates: candidates,
      evaluator: PlanningEvaluator(
        model: model,
        thresholds: objective.thresholds + (request.goal?.objective.thresholds ?? []),
        options: options))
    // One step even for N = 0: its run gives the base figures and every single's gain.
    let main = try search.extend(
      from: [], objective: objective, steps: max(request.count, 1), until: { _ in false })
    let start = main.base
    let picked = Array(main.steps.prefix(request.count))
    let picks = try search.picks(picked, objective: objective)

    var goal: RecruitResult.Goal?
    if let target = request.goal {
      let shared = target.objective == objective
      goal = try search.goal(
        target, limit: min(request.goalLimit ?? candidates.count, candidates.count),
        start: start, planned: shared ? main.steps : [], priced: shared ? picks : [])
    }

    return RecruitResult(
      run: PlanningRun(search.evaluator),
      base: Scenario(name: base.name, changes: baseModel.changes),
      candidates: candidates.map { model.states[$0].code },
      candidateRule: request.candidates.rule,
      excluded: excluded.map { model.states[$0].code },
      start: RecruitResult.Outcome(objective: objective, statistics: start),
      singles: main.steps.first?.ranking ?? [], picks: picks, goal: goal, warnings: warnings)
  }

  /// The candidates `run` would consider with the same base and request, each
  /// with its exact vote probabilities in the base scenario; no search is run.
  /// - Throws: `PlanningError.noCandidateInData` or `.noCandidates` as `run`
  ///   does; `SimulationError` for unknown or non-member codes.
  public static func candidates(
    model: VoteModel, dataset: Dataset,
    base: Scenario = Scenario(name: ScenarioModel.recordedName),
    request: RecruitRequest = RecruitRequest()
  ) throws -> CandidateList {
    let (baseModel, candidates, excluded, warnings) = try pool(
      model: model, dataset: dataset, base: base, request: request)
    return CandidateList(
      target: model.target.id.rawValue, base: Scenario(name: base.name, changes: baseModel.changes),
      selection: request.candidates.description, rule: request.candidates.rule,
      candidates: candidates.map { position in
        let state = model.states[position]
        let p = { (vote: Vote) in baseModel.probability(member: position, vote: vote) }
        return CandidateList.Entry(
          state: state.code, name: state.name, group: state.group, pYes: p(.yes),
          pAbstain: p(.abstain), pNo: p(.no), pNonVoting: p(.nonVoting))
      },
      excluded: excluded.map { model.states[$0].code }, warnings: warnings)
  }

  /// The base scenario's model, the candidates' positions after exclusions,
  /// the excluded positions and the warnings so far.
  private static func pool(
    model: VoteModel, dataset: Dataset, base: Scenario, request: RecruitRequest
  ) throws -> (base: ScenarioModel, candidates: [Int], excluded: [Int], warnings: [String]) {
    let baseModel = try model.scenario(base, in: dataset)
    var warnings = model.warnings
    var candidates = try request.candidates.positions(
      model: model, dataset: dataset, base: baseModel, warnings: &warnings)
    let excluded = try CandidateSelection.resolve(
      request.exclusions, model: model, dataset: dataset, context: "exclusions")
    let excludedSet = Set(excluded)
    let before = candidates.count
    guard before > 0 else {
      throw PlanningError.noCandidateInData(
        candidates: request.candidates.description, scenario: base.name)
    }
    candidates.removeAll { excludedSet.contains($0) }
    guard !candidates.isEmpty else {
      throw PlanningError.noCandidates(
        reason: "all \(before) candidates (\(request.candidates)) are excluded")
    }
    return (baseModel, candidates, excluded, warnings)
  }
}

/// The state of one recruitment plan: the base scenario, the candidates and
/// the engine, with the greedy step, the route runs and the goal search.
private struct GreedySearch {
  /// One greedy step.
  struct Step {
    /// The position (in `model.states`) picked.
    var chosen: Int
    /// Every remaining candidate's gain against the set before the step, best first.
    var ranking: [RecruitResult.CandidateGain]
    /// The figures of the set after the step.
    var statistics: ScenarioStatistics
  }

  let model: VoteModel
  let base: ScenarioModel
  let candidates: [Int]
  var evaluator: PlanningEvaluator

  /// The base scenario with `recruits` as co-sponsors (overriding any other
  /// stance the base gives them).
  func scenario(_ recruits: [Int]) throws(SimulationError) -> ScenarioModel {
    guard !recruits.isEmpty else { return base }
    let codes = recruits.map { model.states[$0].code }
    let recruited = Set(codes)
    let changes =
      base.changes.filter { !recruited.contains($0.state) }
      + codes.map { Scenario.Change(state: $0, stance: .coSponsor) }
    let name = ([base.name] + codes.map(\.rawValue)).joined(separator: " + ")
    return try model.scenario(Scenario(name: name, changes: changes))
  }

  /// Greedy steps on `objective` from the set `start`, until `steps` picks
  /// are added, the candidates run out, or `until` accepts a new set's figures.
  /// Returns the steps and the figures of `start` (from the first run).
  mutating func extend(
    from start: [Int], objective: PlanningObjective, steps: Int,
    until done: (ScenarioStatistics) -> Bool
  ) throws(SimulationError) -> (steps: [Step], base: ScenarioStatistics) {
    var current = start
    let taken = Set(start)
    var remaining = candidates.filter { !taken.contains($0) }
    var result: [Step] = []
    var first: ScenarioStatistics?
    while result.count < steps, !remaining.isEmpty {
      var scenarios = [try scenario(current)]
      for candidate in remaining { scenarios.append(try scenario(current + [candidate])) }
      let statistics = try evaluator.evaluate(scenarios)
      if first == nil { first = statistics[0] }
      let order = remaining.indices.sorted { a, b in
        let x = objective.gain(statistics[a + 1]).value
        let y = objective.gain(statistics[b + 1]).value
        if x != y { return x > y }
        let u = statistics[a + 1].difference?.yes.value ?? 0
        let v = statistics[b + 1].difference?.yes.value ?? 0
        return u != v ? u > v : a < b
      }
      let ranking = order.map { j in
        let gain = objective.gain(statistics[j + 1])
        let state = model.states[remaining[j]]
        return RecruitResult.CandidateGain(
          state: state.code, name: state.name, gain: gain.value,
          gainStandardError: gain.standardError,
          yesGain: statistics[j + 1].difference?.yes.value ?? 0)
      }
      let best = order[0]
      let chosen = remaining.remove(at: best)
      current.append(chosen)
      result.append(Step(chosen: chosen, ranking: ranking, statistics: statistics[best + 1]))
      if done(statistics[best + 1]) { break }
    }
    if let first { return (result, first) }
    return (result, try evaluator.evaluate([try scenario(current)])[0])
  }

  /// The picks of `steps` with their cumulative figures, from one run of the
  /// base scenario and every prefix of the picks.
  mutating func picks(_ steps: [Step], objective: PlanningObjective) throws(SimulationError)
    -> [RecruitResult.Pick]
  {
    guard !steps.isEmpty else { return [] }
    let chosen = steps.map(\.chosen)
    var scenarios = [base]
    for k in 1...chosen.count { scenarios.append(try scenario(Array(chosen.prefix(k)))) }
    let route = try evaluator.evaluate(scenarios)
    return steps.enumerated().map { k, step in
      let figures = route[k + 1]
      let gain = objective.gain(step.statistics)
      let value = objective.estimate(figures)
      let cumulative = objective.gain(figures)
      let state = model.states[step.chosen]
      return RecruitResult.Pick(
        step: k + 1, state: state.code, name: state.name, group: state.group,
        gain: gain.value, gainStandardError: gain.standardError,
        objective: value.value, objectiveStandardError: value.standardError,
        cumulativeGain: cumulative.value, cumulativeGainStandardError: cumulative.standardError,
        adoptionProbability: figures.adoption.value,
        adoptionProbabilityStandardError: figures.adoption.standardError,
        expectedYes: figures.yes.mean, expectedYesStandardError: figures.yes.meanStandardError,
        runnerUp: step.ranking.dropFirst().first)
    }
  }

  /// The cheapest greedy route to `goal` with at most `limit` recruits.
  ///
  /// `planned` are greedy steps already taken on the goal's objective (from
  /// the empty set), reused before searching further; `priced` are the picks
  /// of a prefix of them, reused when the route ends within it.
  mutating func goal(
    _ goal: RecruitGoal, limit: Int, start: ScenarioStatistics, planned: [Step],
    priced: [RecruitResult.Pick]
  ) throws(SimulationError) -> RecruitResult.Goal {
    let objective = goal.objective
    let everyone = try evaluator.evaluate([base, try scenario(candidates)])[1]
    let maximum = objective.estimate(everyone)
    let startValue = objective.estimate(start)
    let label = "\(objective.label) ≥ \(RecruitGoal.format(goal.target))"
    func answer(
      _ status: RecruitResult.Goal.Status, _ recruits: [Int], _ value: Estimate,
      _ route: [RecruitResult.Pick], _ summary: String
    ) -> RecruitResult.Goal {
      RecruitResult.Goal(
        objective: objective, target: goal.target, status: status, reached: status == .reached,
        recruits: recruits.map { model.states[$0].code }, recruitCount: recruits.count,
        value: value.value, valueStandardError: value.standardError, maximum: maximum.value,
        maximumStandardError: maximum.standardError, limit: limit, route: route,
        summary: summary)
    }
    if goal.isReached(by: startValue) {
      return answer(
        .reached, [], startValue, [],
        "\(label) is met without recruits (\(objective.format(startValue))).")
    }
    guard goal.isReached(by: maximum) else {
      return answer(
        .unreachable, candidates, maximum, [],
        "\(label) cannot be reached from the \(candidates.count) candidate"
          + (candidates.count == 1 ? "" : "s")
          + ": all of them together give \(objective.format(maximum)).")
    }
    var steps: [Step] = []
    for step in planned.prefix(limit) {
      steps.append(step)
      if goal.isReached(by: objective.estimate(step.statistics)) { break }
    }
    let reachedAlready = steps.last.map { goal.isReached(by: objective.estimate($0.statistics)) }
    if reachedAlready != true, steps.count < limit {
      steps += try extend(
        from: steps.map(\.chosen), objective: objective, steps: limit - steps.count,
        until: { goal.isReached(by: objective.estimate($0)) }
      ).steps
    }
    let route =
      steps.count <= priced.count
      ? Array(priced.prefix(steps.count)) : try picks(steps, objective: objective)
    let recruits = steps.map(\.chosen)
    let value =
      route.last.map { Estimate(value: $0.objective, standardError: $0.objectiveStandardError) }
      ?? startValue
    let list = recruits.map { model.states[$0].code.rawValue }.joined(separator: ", ")
    if goal.isReached(by: value) {
      return answer(
        .reached, recruits, value, route,
        "\(label) is reached with \(recruits.count) recruit\(recruits.count == 1 ? "" : "s")"
          + " (\(list)): \(objective.format(value)).")
    }
    return answer(
      .limitReached, recruits, value, route,
      "\(label) is not reached within \(limit) recruit\(limit == 1 ? "" : "s")"
        + " (\(objective.format(value))); all \(candidates.count) candidates together give"
        + " \(objective.format(maximum)).")
  }
}
