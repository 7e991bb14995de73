/// Speed of the recruitment planner, for `unga bench recruit`.
public struct RecruitBenchmarkResult: Sendable, Hashable, Codable {
  /// One timed plan.
  public struct Run: Sendable, Hashable, Codable {
    public var threads: Int
    public var seconds: Double
    public var engineRuns: Int
    /// Scenarios evaluated, summed over the runs.
    public var scenarioEvaluations: Int
    /// `trials × members × scenarioEvaluations / seconds`.
    public var stateTrialsPerSecond: Double
    /// The picks, identical across thread counts.
    public var picks: [MemberState.Code]
  }

  public var members: Int
  public var candidates: Int
  public var recruits: Int
  /// Trials per evaluation.
  public var trials: Int
  public var runs: [Run]
  /// The process's peak resident memory after the runs, in bytes.
  public var peakResidentBytes: Int
}

/// Times `Recruiter` on a model at several thread counts.
public enum RecruitBenchmark {
  /// Times the plan once per entry of `threadCounts` (the options' thread
  /// count is replaced), after a short warm-up plan.
  /// - Throws: as `Recruiter.run`.
  public static func run(
    model: VoteModel, dataset: Dataset, base: Scenario, request: RecruitRequest,
    options: PlanningOptions, threadCounts: [Int]
  ) throws -> RecruitBenchmarkResult {
    var warmUp = options
    warmUp.sampling.trials = min(options.sampling.trials, 8192)
    var plan = try Recruiter.run(
      model: model, dataset: dataset, base: base, request: request, options: warmUp)
    var runs: [RecruitBenchmarkResult.Run] = []
    let clock = ContinuousClock()
    for threads in threadCounts {
      var timed = options
      timed.sampling.threads = threads
      let start = clock.now
      plan = try Recruiter.run(
        model: model, dataset: dataset, base: base, request: request, options: timed)
      let elapsed = clock.now - start
      let seconds =
        Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
      let stateTrials =
        Double(plan.run.trials ?? 0) * Double(plan.run.members)
        * Double(plan.run.scenarioEvaluations)
      runs.append(
        RecruitBenchmarkResult.Run(
          threads: threads, seconds: seconds, engineRuns: plan.run.engineRuns,
          scenarioEvaluations: plan.run.scenarioEvaluations,
          stateTrialsPerSecond: stateTrials / seconds, picks: plan.picks.map(\.state)))
    }
    return RecruitBenchmarkResult(
      members: model.memberCount, candidates: plan.candidates.count, recruits: request.count,
      trials: options.sampling.trials, runs: runs,
      peakResidentBytes: SimulationBenchmark.peakResidentBytes())
  }

  /// The plan on `SyntheticAssembly` (193 members by default, correlated
  /// votes): the second state neutral, `candidates` states from the fifth on
  /// as candidates, `recruits` picks maximising `P(adopted)`.
  public static func synthetic(
    members: Int = 193, candidates: Int = 10, recruits: Int = 5, trials: Int = 100_000,
    threadCounts: [Int] = [1, 2]
  ) throws -> RecruitBenchmarkResult {
    let dataset = SyntheticAssembly.dataset(states: members)
    let model = try VoteModel(dataset: dataset, target: SyntheticAssembly.draftID)
    let pool = model.states.dropFirst(4).prefix(candidates).map(\.code.rawValue)
    return try run(
      model: model, dataset: dataset,
      base: Scenario(stance: .neutral, states: [model.states[1].code]),
      request: RecruitRequest(count: min(recruits, pool.count), candidates: .states(pool)),
      options: PlanningOptions(sampling: MonteCarloOptions(trials: trials)),
      threadCounts: threadCounts)
  }
}
