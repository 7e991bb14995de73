import Foundation

/// Fits the vote model's parameters to recorded votes and scores them on
/// later votes the fit did not see (MODEL.md §7).
///
/// 1. **Marginals: h, α, κ, sponsor compliance and the weight rule.** Every
///    whole-text roll call of the fitted sessions is forecast as in a backtest
///    (`ModelPredictor`: references from `ReferenceFinder`, data strictly
///    before the roll call), and the parameters minimise the mean log loss of
///    the members' votes. The search (`CoordinateSearch`) cycles over h
///    (logarithmic, 0.1–50 years), α (logarithmic, 0.01–100), κ (0–5) and the
///    compliance (0–1): for each, a grid over the whole range (17 points by
///    default), then a golden-section search between the best point's
///    neighbours; cycles repeat
///    until one gains less than 1e-9 nats. It runs once per weight rule, from
///    the reference design's defaults, and keeps the rule with the lower loss
///    (the first, `median`, on a tie). The values are then rounded to three
///    significant digits and everything below uses the rounded values.
/// 2. **Sponsorship effect** (`SponsorshipEffect`): κ's profile log-likelihood
///    on the roll calls where a recorded sponsor changed stance, with a
///    bootstrap interval over roll calls.
/// 3. **Correlation** (`CorrelationEstimate`): ρ_w = ρ_g + ρ_b and ρ_g by the
///    method of moments on the spread of the fitted roll calls' yes and no
///    counts, with a bootstrap interval; checked on the held-out roll calls.
/// 4. **Held-out scores**: `Backtest` of the calibrated model, the model with
///    the defaults, and the standard baselines on the held-out sessions, which
///    must all come after the fitted ones.
///
/// Deterministic: the search has no randomness, bootstraps use a seeded
/// generator, and parallel work is reduced in a fixed order.
public enum Calibrator {
  /// What to fit and score, and how.
  public struct Options: Sendable, Hashable {
    /// The sessions whose roll calls are fitted (default 60–69).
    public var fitSessions: ClosedRange<Int>
    /// The sessions scored after the fit; all after `fitSessions` (default 70–74).
    public var heldOutSessions: ClosedRange<Int>
    /// How references are found (as in backtests).
    public var references: ReferenceFinder.Options
    /// Sessions in the alignment window (default 10, as `ModelParameters`).
    public var alignmentSessions: Int
    /// Bootstrap replicates for the intervals (default 1,000; 0 for none).
    public var replicates: Int
    /// The bootstrap generator's seed.
    public var seed: UInt64
    /// Gauss–Hermite nodes of the correlation moments (default 40: the factor
    /// expectations are then within about 2e-5 up to ρ = 0.9).
    public var quadratureNodes: Int
    /// Step of the correlation grid, in (0, 0.9] (default 0.02).
    public var correlationStep: Double
    /// Step of κ's profile grid (default 0.01).
    public var influenceStep: Double
    /// Upper end of κ's profile grid, which starts at 0 (default 2).
    public var influenceMaximum: Double
    /// Grid points per coordinate of the search (default 17). Fewer make a rougher,
    /// faster fit; so do fewer golden-section steps and cycles.
    public var searchGridPoints: Int
    /// Golden-section steps per coordinate step (default 32).
    public var searchGoldenSteps: Int
    /// The most cycles of the search per weight rule (default 8).
    public var searchCycles: Int
    /// Worker threads (default: all); results do not depend on it.
    public var threads: Int?

    /// Options as given.
    public init(
      fitSessions: ClosedRange<Int> = 60...69, heldOutSessions: ClosedRange<Int> = 70...74,
      references: ReferenceFinder.Options = .init(), alignmentSessions: Int = 10,
      replicates: Int = 1000, seed: UInt64 = 1, quadratureNodes: Int = 40,
      correlationStep: Double = 0.02, influenceStep: Double = 0.01,
      influenceMaximum: Double = 2, searchGridPoints: Int = 17, searchGoldenSteps: Int = 32,
      searchCycles: Int = 8, threads: Int? = nil
    ) {
      self.fitSessions = fitSessions
      self.heldOutSessions = heldOutSessions
      self.references = references
      self.alignmentSessions = max(1, alignmentSessions)
      self.replicates = max(0, replicates)
      self.seed = seed
      self.quadratureNodes = max(2, quadratureNodes)
      self.correlationStep = min(
        CorrelationEstimate.maximumCorrelation, max(0.001, correlationStep))
      self.influenceStep = max(0.001, influenceStep)
      self.influenceMaximum = max(self.influenceStep, influenceMaximum)
      self.searchGridPoints = max(3, searchGridPoints)
      self.searchGoldenSteps = max(0, searchGoldenSteps)
      self.searchCycles = max(1, searchCycles)
      self.threads = threads
    }
  }

  /// The search box, per parameter.
  static let halfLifeRange = CoordinateSearch.Coordinate(
    "halfLife", 0.1, 50, scale: .logarithmic)
  static let priorStrengthRange = CoordinateSearch.Coordinate(
    "priorStrength", 0.01, 100, scale: .logarithmic)
  static let influenceRange = CoordinateSearch.Coordinate("influence", 0, 5, scale: .linear)
  static let complianceRange = CoordinateSearch.Coordinate(
    "sponsorCompliance", 0, 1, scale: .linear)

  /// Calibrates on `dataset`.
  ///
  /// - Parameters:
  ///   - command: the command line to record in the file.
  ///   - data: the files the dataset was read from, to record in the file.
  /// - Throws: `CalibrationError` for session ranges that overlap or hold no
  ///   roll call; `BacktestError` or `SimulationError` from the held-out backtest.
  /// - Complexity: about a thousand evaluations of the fitted roll calls'
  ///   marginals (each O(k · n) per roll call), the correlation moments
  ///   O(g · q · n) per roll call, and one backtest of the held-out sessions.
  public static func run(
    dataset: Dataset, options: Options = Options(), command: String,
    data: CalibratedParameters.DataDescription
  ) throws -> CalibratedParameters {
    guard options.heldOutSessions.lowerBound > options.fitSessions.upperBound else {
      throw CalibrationError.heldOutNotAfterFit(
        fit: options.fitSessions, heldOut: options.heldOutSessions)
    }
    let backtest = Backtest(dataset: dataset, options: .init(references: options.references))
    let fitTargets = backtest.targets(sessions: options.fitSessions)
    guard !fitTargets.isEmpty else {
      throw CalibrationError.nothingToScore(what: "fitted", sessions: options.fitSessions)
    }
    guard !backtest.targets(sessions: options.heldOutSessions).isEmpty else {
      throw CalibrationError.nothingToScore(what: "held-out", sessions: options.heldOutSessions)
    }

    let rules = InfluenceWeightRule.allCases
    let alignments = SessionAlignments(
      dataset: dataset, sessions: options.fitSessions,
      alignmentSessions: options.alignmentSessions, rules: rules)
    let fit = FitSet(
      backtest: backtest, targets: fitTargets, alignments: alignments, threads: options.threads)

    // 1. Marginals.
    let search = fitMarginals(fit, rules: rules, options: options)
    let defaults = ModelParameters.defaults
    var parameters = ModelParameters(
      influence: Rounding.significant(search.influence, 3),
      halfLife: Rounding.significant(search.halfLife, 3),
      priorStrength: Rounding.significant(search.priorStrength, 3),
      weightRule: search.rule, alignmentSessions: options.alignmentSessions)
    let compliance = Rounding.significant(search.compliance, 3)
    let ruleIndex = rules.firstIndex(of: parameters.weightRule) ?? 0
    let fitLogLoss = fit.logLoss(
      Theta(
        halfLife: parameters.halfLife, priorStrength: parameters.priorStrength,
        influence: parameters.influence, compliance: compliance, rule: ruleIndex))
    let defaultLogLoss = fit.logLoss(
      Theta(
        halfLife: defaults.halfLife, priorStrength: defaults.priorStrength,
        influence: defaults.influence, compliance: ModelPredictor.defaultSponsorCompliance,
        rule: rules.firstIndex(of: defaults.weightRule) ?? 0))

    // 2. Sponsorship effect.
    let sponsorship = sponsorshipEffect(
      fit, parameters: parameters, compliance: compliance, rules: rules, options: options)

    // 3. Correlation.
    let predictor = ModelPredictor(
      parameters: parameters, sponsorCompliance: compliance, alignments: alignments,
      ruleIndex: ruleIndex)
    let quadrature = GaussHermite(count: options.quadratureNodes)
    let grid = CorrelationEstimate.grid(step: options.correlationStep)
    let fitMoments = moments(
      backtest: backtest, targets: fitTargets, predictor: predictor, grid: grid,
      quadrature: quadrature, threads: options.threads)
    let correlation = CorrelationEstimate.estimate(
      fitMoments, grid: grid, replicates: options.replicates, seed: options.seed)
    parameters.globalCorrelation = Rounding.decimals(correlation.global, 3)
    parameters.blocCorrelation = Rounding.decimals(correlation.bloc, 3)

    // 4. Held-out scores.
    let heldOutTargets = backtest.targets(sessions: options.heldOutSessions)
    let calibrated = try ModelPredictor(
      dataset: dataset, parameters: parameters, sponsorCompliance: compliance,
      sessions: options.heldOutSessions)
    let withDefaults = try ModelPredictor(
      dataset: dataset, parameters: defaults, sessions: options.heldOutSessions,
      name: "model-defaults")
    let result = try backtest.run(
      sessions: options.heldOutSessions,
      predictors: [calibrated, withDefaults] + Backtest.standardBaselines,
      threads: options.threads)
    guard let model = result.model else {
      throw BacktestError.nothingToScore(sessions: options.heldOutSessions)
    }
    let baselines = result.baselines.filter { $0.name != withDefaults.name }
    let defaultScore = result.baselines.first { $0.name == withDefaults.name } ?? model
    let heldOutCheck = moments(
      backtest: backtest, targets: heldOutTargets, predictor: calibrated,
      grid: [
        parameters.globalCorrelation, parameters.globalCorrelation + parameters.blocCorrelation,
      ],
      quadrature: quadrature, threads: options.threads)
    let squared = heldOutCheck.reduce(0) { $0 + $1.observedSquaredError }
    let independent = heldOutCheck.reduce(0) { $0 + $1.independentVariance }
    let correlated = heldOutCheck.reduce(0) {
      $0 + $1.independentVariance + $1.modelWithin[1] + $1.modelBetween[0]
    }

    let heldOutSponsored = heldOutTargets.filter {
      !dataset.sponsorships(rollCall: $0).isEmpty
    }.count
    return CalibratedParameters(
      parameters: parameters, sponsorCompliance: compliance, command: command, data: data,
      fit: CalibratedParameters.Fit(
        span: span(dataset, targets: fitTargets, sessions: options.fitSessions),
        logLoss: fitLogLoss, defaultParametersLogLoss: defaultLogLoss,
        method: searchMethod(options), evaluations: search.evaluations, cycles: search.cycles,
        ranges: Dictionary(
          uniqueKeysWithValues: [
            halfLifeRange, priorStrengthRange, influenceRange, complianceRange,
          ]
          .map { ($0.name, [$0.lower, $0.upper]) })),
      heldOut: CalibratedParameters.HeldOut(
        span: span(dataset, targets: heldOutTargets, sessions: options.heldOutSessions),
        model: .init(model), defaultParameters: .init(defaultScore),
        baselines: baselines.map(CalibratedParameters.Score.init),
        modelBeatsEveryBaseline: baselines.allSatisfy { model.logLoss < $0.logLoss }),
      sponsorship: sponsorship,
      correlation: CalibratedParameters.Correlation(
        estimate: correlation, method: correlationMethod,
        heldOutIndependentRatio: independent > 0 ? squared / independent : 1,
        heldOutCalibratedRatio: correlated > 0 ? squared / correlated : 1),
      notes: notes(
        sponsorship: sponsorship, heldOutSponsored: heldOutSponsored, options: options,
        referenceAges: fit.targets.flatMap { $0.evidence?.referenceAges ?? [] },
        halfLife: parameters.halfLife))
  }

  // MARK: Marginals

  /// Parameters of the marginals, as the objective reads them.
  struct Theta: Sendable, Hashable {
    var halfLife: Double
    var priorStrength: Double
    var influence: Double
    var compliance: Double
    var rule: Int
  }

  /// The best parameters of the search.
  struct SearchResult: Sendable {
    var halfLife: Double
    var priorStrength: Double
    var influence: Double
    var compliance: Double
    var rule: InfluenceWeightRule
    var logLoss: Double
    var evaluations: Int
    var cycles: Int
  }

  /// How the parameters were searched, in words.
  static func searchMethod(_ options: Options) -> String {
    "Mean log loss of every member vote on the fitted roll calls, each forecast from earlier "
      + "data only, minimised by cyclic coordinate search over halfLife, priorStrength, "
      + "influence and sponsorCompliance: per coordinate a \(options.searchGridPoints)-point "
      + "grid over its range (logarithmic for halfLife and priorStrength), then "
      + "\(options.searchGoldenSteps) golden-section steps between the best point's neighbours; "
      + "cycles until one gains less than 1e-9 nats (at most \(options.searchCycles)). Run once "
      + "per weight rule from the defaults; the rule with the lower loss is kept. Influence and "
      + "compliance are searched only when sponsored roll calls inform them. Values rounded to 3 "
      + "significant digits."
  }

  /// Runs the coordinate search once per weight rule and keeps the best.
  static func fitMarginals(_ fit: FitSet, rules: [InfluenceWeightRule], options: Options)
    -> SearchResult
  {
    let defaults = ModelParameters.defaults
    var coordinates = [halfLifeRange, priorStrengthRange]
    if fit.hasBackerShifts { coordinates.append(influenceRange) }
    if fit.hasSponsors { coordinates.append(complianceRange) }
    for index in coordinates.indices { coordinates[index].gridPoints = options.searchGridPoints }
    var search = CoordinateSearch(coordinates: coordinates)
    search.goldenSteps = options.searchGoldenSteps
    search.maximumCycles = options.searchCycles
    let searchedRules = fit.hasBackerShifts ? rules : [defaults.weightRule]
    var best: SearchResult?
    var evaluations = 0
    var cycles = 0
    for rule in searchedRules {
      let ruleIndex = rules.firstIndex(of: rule) ?? 0
      func theta(_ point: [Double]) -> Theta {
        Theta(
          halfLife: point[0], priorStrength: point[1],
          influence: fit.hasBackerShifts ? point[2] : defaults.influence,
          compliance: fit.hasSponsors
            ? point[fit.hasBackerShifts ? 3 : 2] : ModelPredictor.defaultSponsorCompliance,
          rule: ruleIndex)
      }
      var start = [defaults.halfLife, defaults.priorStrength]
      if fit.hasBackerShifts { start.append(defaults.influence) }
      if fit.hasSponsors { start.append(ModelPredictor.defaultSponsorCompliance) }
      let result = search.minimize(start: start) {
        fit.logLoss(theta($0))
      }
      evaluations += result.evaluations
      cycles += result.cycles
      let found = theta(result.point)
      if best == nil || result.value < best!.logLoss {
        best = SearchResult(
          halfLife: found.halfLife, priorStrength: found.priorStrength,
          influence: found.influence, compliance: found.compliance, rule: rule,
          logLoss: result.value, evaluations: 0, cycles: 0)
      }
    }
    var result = best!
    result.evaluations = evaluations
    result.cycles = cycles
    return result
  }

  // MARK: Sponsorship

  static func sponsorshipEffect(
    _ fit: FitSet, parameters: ModelParameters, compliance: Double,
    rules: [InfluenceWeightRule], options: Options
  ) -> SponsorshipEffect {
    let steps = Int((options.influenceMaximum / options.influenceStep).rounded())
    let grid = (0...steps).map { Double($0) * options.influenceStep }
    let chosen = rules.firstIndex(of: parameters.weightRule) ?? 0
    // Roll calls on which some sponsor changed stance under the chosen rule.
    let moving = fit.targets.indices.filter { index in
      guard let evidence = fit.targets[index].evidence else { return false }
      return evidence.shifts(halfLife: parameters.halfLife, influence: 1, ruleIndex: chosen) != nil
    }
    let votes = moving.reduce(0) { $0 + fit.targets[$1].votes }
    func profile(rule: Int) -> [[Double]] {
      ParallelMap.map(moving.count, threads: fit.threads) { position in
        let target = fit.targets[moving[position]]
        return grid.map { kappa in
          target.loss(
            Theta(
              halfLife: parameters.halfLife, priorStrength: parameters.priorStrength,
              influence: kappa, compliance: compliance, rule: rule))
        }
      }
    }
    func argmin(_ losses: [[Double]], sample: [Int]?) -> Int {
      var totals = [Double](repeating: 0, count: grid.count)
      for index in sample ?? Array(losses.indices) {
        for j in grid.indices { totals[j] += losses[index][j] }
      }
      var best = 0
      for j in grid.indices where totals[j] < totals[best] { best = j }
      return best
    }
    let ruleFits = rules.indices.map { rule -> SponsorshipEffect.RuleFit in
      let losses = profile(rule: rule)
      let best = argmin(losses, sample: nil)
      let total = losses.reduce(0) { $0 + $1[best] }
      return SponsorshipEffect.RuleFit(
        rule: rules[rule], influence: grid[best], logLoss: votes > 0 ? total / Double(votes) : 0)
    }
    let losses = profile(rule: chosen)
    var samples: [Double] = []
    var rng = Xoshiro256StarStar(seed: options.seed &+ 1)
    if !losses.isEmpty {
      for _ in 0..<options.replicates {
        let sample = (0..<losses.count).map { _ in Int(rng.next() % UInt64(losses.count)) }
        samples.append(grid[argmin(losses, sample: sample)])
      }
    }
    let interval = Percentiles.interval(samples, fallback: parameters.influence)
    let atZero = losses.reduce(0) { $0 + $1[0] }
    let atEstimate = moving.reduce(0.0) { total, index in
      total
        + fit.targets[index].loss(
          Theta(
            halfLife: parameters.halfLife, priorStrength: parameters.priorStrength,
            influence: parameters.influence, compliance: compliance, rule: chosen))
    }
    var changeSum = 0.0
    var changeCount = 0
    var largestChange = 0.0
    for index in moving {
      guard let evidence = fit.targets[index].evidence else { continue }
      func yes(_ kappa: Double) -> [Double] {
        evidence.marginals(
          halfLife: parameters.halfLife, priorStrength: parameters.priorStrength,
          influence: kappa, ruleIndex: chosen, compliance: compliance
        ).map { $0[0] }
      }
      let moved = yes(parameters.influence)
      let still = yes(0)
      let sponsors = Set(evidence.sponsors)
      for i in moved.indices where !sponsors.contains(i) {
        let change = abs(moved[i] - still[i])
        changeSum += change
        changeCount += 1
        largestChange = max(largestChange, change)
      }
    }
    let meanChange = changeCount > 0 ? changeSum / Double(changeCount) : 0
    let supported = !moving.isEmpty && interval[0] > 0
    let sponsored = fit.targets.filter { !($0.evidence?.sponsors.isEmpty ?? true) }.count
    let note: String
    if moving.isEmpty {
      note =
        "No fitted roll call has a recorded sponsor that changed stance from its references: "
        + "the data say nothing about the influence κ, which keeps its default."
    } else if supported {
      note =
        "Supported: on the \(moving.count) fitted roll calls where a recorded sponsor "
        + "changed stance, κ = \(parameters.influence) (95 % bootstrap interval over roll calls "
        + "\(interval[0])–\(interval[1])) lowers the log loss of their \(votes) member votes "
        + "from \(Rounding.decimals(atZero / Double(votes), 4)) to "
        + "\(Rounding.decimals(atEstimate / Double(votes), 4)) nats and moves a member's P(yes) "
        + "by \(Rounding.decimals(meanChange, 4)) on average (at most "
        + "\(Rounding.decimals(largestChange, 3)))."
        + (parameters.influence < ModelParameters.defaults.influence / 2
          ? " Sponsors move aligned states far less than the default κ = "
            + "\(Rounding.text(ModelParameters.defaults.influence)) assumed, and scenario "
            + "differences are correspondingly small." : "")
    } else {
      note =
        "Not supported: on the \(moving.count) fitted roll calls where a recorded sponsor "
        + "changed stance, the 95 % bootstrap interval of κ over roll calls "
        + "(\(interval[0])–\(interval[1])) includes 0, so the data do not show that "
        + "sponsorship moves aligned states; κ = \(parameters.influence) is the likelihood's "
        + "best value, not an established effect, and scenario differences that rest on it "
        + "should be read as assumptions."
    }
    return SponsorshipEffect(
      weightRule: parameters.weightRule, estimate: parameters.influence, interval: interval,
      rollCalls: moving.count, votes: votes, sponsoredRollCalls: sponsored,
      logLossWithoutInfluence: votes > 0 ? atZero / Double(votes) : 0,
      logLossAtEstimate: votes > 0 ? atEstimate / Double(votes) : 0,
      meanYesChange: meanChange, largestYesChange: largestChange,
      replicates: samples.count, gridStep: options.influenceStep,
      gridMaximum: grid.last ?? 0, rules: ruleFits, isSupported: supported, note: note)
  }

  // MARK: Correlation

  static let correlationMethod =
    "Method of moments on the fitted roll calls: for the yes and the no counts, the squared "
    + "errors of each regional group's count and of the total, less the independent-votes "
    + "variance Σ p(1 − p), give the observed covariance of member pairs within a group and "
    + "across groups. The latent factor model with the calibrated marginals gives their "
    + "expectations as functions of ρ_g + ρ_b (within) and ρ_g (across), by Gauss–Hermite "
    + "quadrature over the factor, on a grid of correlations; each correlation is where the "
    + "summed expectation equals the summed observation (linear interpolation, clamped to "
    + "[0, 0.9]); ρ_b = max(0, ρ_w − ρ_g). Intervals: 2.5 and 97.5 percentiles over roll calls "
    + "resampled with replacement."

  /// Each target's tally moments under `predictor`'s forecasts.
  static func moments(
    backtest: Backtest, targets: [Int], predictor: ModelPredictor, grid: [Double],
    quadrature: GaussHermite, threads: Int?
  ) -> [TallyMoments] {
    let dataset = backtest.dataset
    let groupOf = Dictionary(
      uniqueKeysWithValues: RegionalGroup.allCases.enumerated().map { ($1, $0) })
    return ParallelMap.map(targets.count, threads: threads) { position in
      let target = targets[position]
      let forecasts = predictor.predict(backtest.context(target: target))
      var memberForecasts: [SIMD4<Double>] = []
      var observed: [Vote] = []
      var blocs: [Int] = []
      for (state, byte) in zip(0..., dataset.votes(rollCall: target)) {
        guard let vote = Vote(rawValue: byte) else { continue }
        memberForecasts.append(forecasts[state])
        observed.append(vote)
        blocs.append(groupOf[dataset.states[state].group] ?? 0)
      }
      return TallyMoments(
        forecasts: memberForecasts, observed: observed, blocs: blocs, grid: grid,
        quadrature: quadrature)
    }
  }

  // MARK: Reporting

  static func span(_ dataset: Dataset, targets: [Int], sessions: ClosedRange<Int>)
    -> CalibratedParameters.Span
  {
    let votes = targets.reduce(0) { total, target in
      total + dataset.votes(rollCall: target).filter { $0 != Dataset.notMember }.count
    }
    return CalibratedParameters.Span(
      firstSession: sessions.lowerBound, lastSession: sessions.upperBound,
      rollCalls: targets.count, votes: votes,
      firstDate: targets.first.map { dataset.rollCalls[$0].date },
      lastDate: targets.last.map { dataset.rollCalls[$0].date })
  }

  static func notes(
    sponsorship: SponsorshipEffect, heldOutSponsored: Int, options: Options,
    referenceAges: [Double], halfLife: Double
  ) -> [String] {
    var notes = [sponsorship.note]
    let ages = referenceAges.sorted()
    if let oldest = ages.last, let typical = Percentiles.quantile(sorted: ages, 0.9) {
      notes.append(
        "halfLife = \(Rounding.text(halfLife)) years was fitted on references of which 90 % "
          + "were at most \(Rounding.text(Rounding.decimals(typical, 1))) years old (the oldest "
          + "\(Rounding.text(Rounding.decimals(oldest, 1)))): the latest votes on the same "
          + "resolution, or votes on shared issues of the last sessions. Within that span it "
          + "weighs references almost alike; it is weakly informed about decades-old references, "
          + "which a selection by tags over the whole history brings in.")
    }
    let heldOut = "\(options.heldOutSessions.lowerBound)-\(options.heldOutSessions.upperBound)"
    if heldOutSponsored == 0 {
      notes.append(
        "The held-out sessions \(heldOut) have no roll call with a known sponsor list (the "
          + "sponsor catalogue stops earlier), so their scores test the baseline (halfLife, "
          + "priorStrength) only: influence, the weight rule and sponsorCompliance are not "
          + "tested out of sample.")
    } else {
      notes.append(
        "The held-out sessions \(heldOut) have \(heldOutSponsored) roll calls with a known "
          + "sponsor list.")
    }
    notes.append(
      "Forecasts treat a recorded sponsor as non-voting with its baseline probability and, "
        + "when present, voting yes with probability sponsorCompliance (else as its baseline "
        + "says); the simulator makes a member backer vote its stance for certain.")
    notes.append(
      "Backer weights use the alignment over the \(options.alignmentSessions) sessions with "
        + "votes before the target's session (measured once per session), not up to the "
        + "target's date.")
    notes.append(
      "Correlations are estimated from tallies with the calibrated marginals; the spread of "
        + "whole roll calls that the marginals miss counts as correlation.")
    return notes
  }
}
