/// Every combination of some backers' stances, evaluated on common random
/// numbers and ranked by the objective (issue 8, `unga sweep`).
///
///     let sweep = try StanceSweep.run(
///       model: model, dataset: dataset,
///       backers: [StanceSweep.Backer(state: "USA"), StanceSweep.Backer(state: "GBR")])
///     let best = sweep.combinations[0]  // e.g. "+USA +GBR"
///
/// The draft as recorded and all combinations go into one engine run, so
/// they share every random draw: a combination's figures are those a
/// `Simulator` run of that scenario gives with the same seed, trials and
/// block size, and its differences from the draft as recorded are paired.
public enum StanceSweep {
  /// The most combinations a sweep evaluates: 729 = 3⁶, every stance of six
  /// backers. One run then evaluates 730 scenarios (a few seconds for
  /// 100,000 trials of 193 members in a release build on two cores; the
  /// time grows linearly with the combinations, which grow exponentially
  /// with the backers).
  public static let combinationLimit = 729

  /// A backer to sweep and the stances to try, in order.
  public struct Backer: Sendable, Hashable, Codable {
    /// An alpha-3 or alpha-2 code or a name (resolved to alpha-3 in results).
    public var state: String
    /// The stances tried; duplicates are dropped. Default: `defaultStances`.
    public var stances: [Stance]

    /// Co-sponsoring (yes), left open and opposing (no); abstaining is tried when asked for.
    public static let defaultStances: [Stance] = [.coSponsor, .neutral, .oppose]

    public init(state: String, stances: [Stance] = Backer.defaultStances) {
      self.state = state
      self.stances = stances
    }
  }

  /// Parses a list of stance names (`co-sponsor,neutral,oppose`, or the
  /// symbols `+ ~ -`), separated by commas or spaces.
  /// - Throws: `PlanningError.invalidStance`, or `.noStances` for an empty list.
  public static func stances(parsing text: String) throws(PlanningError) -> [Stance] {
    var stances: [Stance] = []
    for part in text.split(whereSeparator: { $0 == "," || $0 == " " }) {
      let name = part.lowercased()
      if let stance = Stance(rawValue: name) {
        stances.append(stance)
      } else if name.count == 1, let symbol = name.first, let stance = Stance(symbol: symbol) {
        stances.append(stance)
      } else if name == "cosponsor" || name == "sponsor" {
        stances.append(.coSponsor)
      } else {
        throw .invalidStance(text: String(part))
      }
    }
    guard !stances.isEmpty else { throw .noStances(code: text) }
    return stances
  }

  /// Evaluates every combination of the backers' stances on top of `base`.
  ///
  /// - Parameters:
  ///   - base: other stance changes every combination shares (the backers'
  ///     own entries in it are replaced). Default: none.
  /// - Throws: `PlanningError` (no backers, a duplicate backer, no stances,
  ///   more than `combinationLimit` combinations, an invalid objective),
  ///   `SimulationError` (unknown or non-member codes, invalid sampling options,
  ///   cancellation).
  /// - Complexity: one engine run of C + 1 scenarios for C combinations:
  ///   O(trials · members · C).
  public static func run(
    model: VoteModel, dataset: Dataset, backers: [Backer],
    base: Scenario = Scenario(name: ScenarioModel.recordedName),
    options: PlanningOptions = PlanningOptions()
  ) throws -> StanceSweepResult {
    let objective = options.objective
    try objective.validate(members: model.memberCount)
    if options.engine == .monteCarlo { try options.sampling.validate() }
    guard !backers.isEmpty else { throw PlanningError.noBackers }
    var positions: [Int] = []
    var choices: [[Stance]] = []
    var count = 1
    for backer in backers {
      let resolved = try CandidateSelection.resolve(
        [backer.state], model: model, dataset: dataset, context: "backers")
      let position = resolved[0]
      guard !positions.contains(position) else {
        throw PlanningError.duplicateBacker(code: model.states[position].code.rawValue)
      }
      var stances: [Stance] = []
      for stance in backer.stances where !stances.contains(stance) { stances.append(stance) }
      guard !stances.isEmpty else {
        throw PlanningError.noStances(code: model.states[position].code.rawValue)
      }
      positions.append(position)
      choices.append(stances)
      let (product, overflow) = count.multipliedReportingOverflow(by: stances.count)
      count = overflow ? Int.max : product
    }
    guard count <= combinationLimit else {
      throw PlanningError.tooManyCombinations(count: count, limit: combinationLimit)
    }

    let baseModel = try model.scenario(base, in: dataset)
    let codes = positions.map { model.states[$0].code }
    let swept = Set(codes)
    let shared = baseModel.changes.filter { !swept.contains($0.state) }
    // Odometer order: the last backer's stance changes fastest.
    var combinations: [[Scenario.Change]] = []
    var digits = [Int](repeating: 0, count: positions.count)
    for _ in 0..<count {
      combinations.append(
        zip(codes, digits.indices).map { code, b in
          Scenario.Change(state: code, stance: choices[b][digits[b]])
        })
      var b = digits.count - 1
      while b >= 0 {
        digits[b] += 1
        if digits[b] < choices[b].count { break }
        digits[b] = 0
        b -= 1
      }
    }
    var scenarios = [model.recorded()]
    for changes in combinations {
      let name = changes.map { "\($0.stance.symbol)\($0.state.rawValue)" }.joined(separator: " ")
      scenarios.append(try model.scenario(Scenario(name: name, changes: shared + changes)))
    }

    // One engine run of every combination at once.
    if options.engine == .monteCarlo, options.sampling.precision == nil {
      options.sampling.progress?.total = options.sampling.trials
    }
    var evaluator = PlanningEvaluator(
      model: model, thresholds: objective.thresholds, options: options)
    let statistics = try evaluator.evaluate(scenarios)
    let order = combinations.indices.sorted { a, b in
      let x = objective.estimate(statistics[a + 1]).value
      let y = objective.estimate(statistics[b + 1]).value
      if x != y { return x > y }
      let u = statistics[a + 1].yes.mean
      let v = statistics[b + 1].yes.mean
      return u != v ? u > v : a < b
    }
    let ranked = order.enumerated().map { rank, c in
      StanceSweepResult.Combination(
        rank: rank + 1, name: scenarios[c + 1].name, stances: combinations[c],
        objective: objective, statistics: statistics[c + 1])
    }
    return StanceSweepResult(
      run: PlanningRun(evaluator), base: Scenario(name: base.name, changes: shared),
      backers: zip(codes, choices).map { Backer(state: $0.rawValue, stances: $1) },
      combinationLimit: combinationLimit,
      recorded: StanceSweepResult.Figures(objective: objective, statistics: statistics[0]),
      combinations: ranked, warnings: model.warnings)
  }
}
