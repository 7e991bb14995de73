import Foundation

/// Throughput of the Monte Carlo engine, for `unga bench simulate`.
///
/// A *state-trial* is one member's vote in one trial in one scenario: a run
/// of T trials over n members and S scenarios is `T · n · S` state-trials.
/// The latent draws (one normal and 32 random bits per member and trial) are
/// shared by all scenarios, so `memberDrawsPerSecond` (`T · n` per second) is
/// also reported.
public struct BenchmarkResult: Sendable, Hashable, Codable {
  /// One timed run.
  public struct Run: Sendable, Hashable, Codable {
    public var threads: Int
    public var trials: Int
    public var seconds: Double
    public var stateTrialsPerSecond: Double
    /// `stateTrialsPerSecond / threads`.
    public var stateTrialsPerSecondPerThread: Double
    public var memberDrawsPerSecond: Double
    /// `P(adopted)` of the first scenario, identical across runs of the same trials.
    public var adoptionProbability: Double
  }

  public var members: Int
  public var scenarios: Int
  /// Backers drawn per trial in every scenario (see `DrawnBacker`).
  public var drawnBackers: Int
  /// Whether the correlated model (global and bloc factors) was on.
  public var correlated: Bool
  public var runs: [Run]
  /// The process's peak resident memory after the runs, in bytes (`getrusage`).
  public var peakResidentBytes: Int
  /// How figures are counted.
  public var counting: String
}

/// Times the Monte Carlo engine on a model, at several thread counts.
public enum SimulationBenchmark {
  /// Times `trials` trials of `scenarios` (the first is the baseline) per
  /// entry of `threadCounts`, after one short warm-up run.
  /// - Throws: `SimulationError` for invalid options.
  public static func run(
    model: VoteModel, scenarios: [ScenarioModel], trials: Int, threadCounts: [Int],
    seed: UInt64 = 1, rule: MajorityRule = .simple
  ) throws(SimulationError) -> BenchmarkResult {
    let n = model.memberCount
    _ = try MonteCarloEngine.run(
      model: model, scenarios: scenarios, rule: rule,
      options: MonteCarloOptions(trials: min(trials, 8192), seed: seed, threads: 1))
    var runs: [BenchmarkResult.Run] = []
    let clock = ContinuousClock()
    for threads in threadCounts {
      let start = clock.now
      let outcome = try MonteCarloEngine.run(
        model: model, scenarios: scenarios, rule: rule,
        options: MonteCarloOptions(trials: trials, seed: seed, threads: threads))
      let elapsed = clock.now - start
      let seconds =
        Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
      let stateTrials = Double(trials) * Double(n) * Double(scenarios.count)
      runs.append(
        BenchmarkResult.Run(
          threads: threads, trials: trials, seconds: seconds,
          stateTrialsPerSecond: stateTrials / seconds,
          stateTrialsPerSecondPerThread: stateTrials / seconds / Double(max(threads, 1)),
          memberDrawsPerSecond: Double(trials) * Double(n) / seconds,
          adoptionProbability: outcome.statistics.first?.adoption.value ?? 0))
    }
    return BenchmarkResult(
      members: n, scenarios: scenarios.count, drawnBackers: scenarios.map(\.drawn.count).max() ?? 0,
      correlated: model.parameters.globalCorrelation + model.parameters.blocCorrelation > 0,
      runs: runs, peakResidentBytes: peakResidentBytes(),
      counting: "state-trials = trials × members × scenarios (baseline included); member draws"
        + " = trials × members, shared by all scenarios")
  }

  /// The benchmark on `SyntheticAssembly` (193 members by default): the
  /// draft as recorded plus a second state as co-sponsor, neutral and
  /// opposing (4 scenarios by default; see `scenarios(model:count:backers:)`).
  /// - Parameters:
  ///   - scenarios: 1 or more, the draft as recorded included.
  ///   - correlated: the default (correlated) parameters when true; independent votes otherwise.
  ///   - drawn: backers drawn per trial in every scenario that leaves them
  ///     open (0 to 8; beyond `MonteCarloEngine.drawnBackerLimit` cuts are
  ///     computed per trial): the members before
  ///     the last (which has no voting history), given the influences of `influences(model:members:strength:)`.
  /// - Throws: `SimulationError` for invalid options.
  public static func synthetic(
    members: Int = 193, trials: Int = 1_000_000, threadCounts: [Int] = [1, 2],
    scenarios: Int = 4, correlated: Bool = true, drawn: Int = 0
  ) throws -> BenchmarkResult {
    let dataset = SyntheticAssembly.dataset(states: members)
    var parameters = correlated ? ModelParameters.defaults : ModelParameters.defaults.independent
    let limit = 8
    guard (0...limit).contains(drawn), drawn < members - 2 else {
      throw SimulationError.invalidParameter(
        name: "drawn backers", value: "\(drawn)",
        expected: "0 to \(min(limit, max(0, members - 3)))")
    }
    var model = try VoteModel(
      dataset: dataset, target: SyntheticAssembly.draftID, parameters: parameters)
    if drawn > 0 {
      parameters.backers = influences(
        model: model, members: Array((model.memberCount - 1 - drawn)..<(model.memberCount - 1)))
      model = try VoteModel(
        dataset: dataset, target: SyntheticAssembly.draftID, parameters: parameters)
    }
    let backers = model.states.dropFirst().map(\.code)
    let open = parameters.backers.map(\.backer)
    return try run(
      model: model,
      scenarios: try self.scenarios(model: model, count: scenarios, backers: backers, open: open),
      trials: trials, threadCounts: threadCounts)
  }

  /// Influences for `members` of `model`, for benchmarks and tests of drawn
  /// backers (not measured: `unga calibrate` measures real ones): backer b
  /// moves member i by `strength · a_ib` per unit of surprise, `a` being the
  /// model's alignment over its window. A scenario that leaves such a backer
  /// open draws its vote in every trial (`ScenarioModel.drawn`).
  static func influences(model: VoteModel, members: [Int], strength: Double = 1)
    -> [BackerInfluence]
  {
    members.map { b in
      var weights: [String: Double] = [:]
      for i in 0..<model.memberCount where i != b {
        weights[model.states[i].code.rawValue] = model.alignment[i, b]
      }
      return BackerInfluence(
        backer: model.states[b].code, strength: strength, interval: [strength, strength],
        isActive: true, crossValidatedGain: 0, rollCalls: 0, ridge: 0, weights: weights)
    }
  }

  /// `count` scenarios for a benchmark: the draft as recorded, then each of
  /// `backers` in turn as co-sponsor, neutral and opposing; every scenario
  /// leaves the states `open` names open (`~`: their votes drawn per trial).
  /// - Throws: `SimulationError.invalidParameter` when `count` is below 1 or
  ///   needs more backers than given; `.unknownState` for a backer that is not a member.
  public static func scenarios(
    model: VoteModel, count: Int, backers: [MemberState.Code], open: [MemberState.Code] = []
  ) throws(SimulationError) -> [ScenarioModel] {
    let stances: [Stance] = [.coSponsor, .neutral, .oppose]
    guard count >= 1, count - 1 <= backers.count * stances.count else {
      throw .invalidParameter(
        name: "number of scenarios", value: "\(count)",
        expected: "1 to \(backers.count * stances.count + 1)")
    }
    for code in open where model.position(of: code) == nil {
      throw .unknownState(code: code.rawValue, context: "benchmark")
    }
    let left = open.map { Scenario.Change(state: $0, stance: .neutral) }
    var scenarios = [
      ScenarioModel(
        model: model, name: ScenarioModel.recordedName, changes: left, isBaseline: true)
    ]
    for j in 0..<(count - 1) {
      let stance = stances[j % stances.count]
      let backer = backers[j / stances.count]
      let changes =
        [Scenario.Change(state: backer, stance: stance)] + left.filter { $0.state != backer }
      scenarios.append(
        try model.scenario(Scenario(name: "\(stance.symbol)\(backer)", changes: changes)))
    }
    return scenarios
  }

  /// The process's peak resident set size so far, in bytes.
  public static func peakResidentBytes() -> Int {
    var usage = rusage()
    #if os(Linux)
      guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return 0 }
      return usage.ru_maxrss * 1024
    #else
      guard getrusage(RUSAGE_SELF, &usage) == 0 else { return 0 }
      return usage.ru_maxrss
    #endif
  }
}
