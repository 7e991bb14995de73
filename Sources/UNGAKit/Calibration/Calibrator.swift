import Foundation

/// Fits the vote model's parameters to recorded votes and scores them on
/// later votes the fit did not see (MODEL.md §1, §3, §4, §7, §8).
///
/// 1. **Baseline** (`BaselineEvidence`): every whole-text roll call of the
///    fitted sessions is forecast from its references and the votes before
///    it; `h, β_g, β_s, ε, γ` minimise the mean log loss of the members'
///    present votes (yes, abstain, no) by cyclic coordinate search
///    (`CoordinateSearch`), once on the roll calls that have a series (a
///    curated topic, the same or a similar title) and once on the others
///    (shared tags or no reference: `ModelParameters.withoutSeries`); then
///    the absence model's five coefficients maximise the likelihood of
///    non-voting, again on each set apart (Newton's method). Values are
///    rounded to three significant digits and everything below uses them.
/// 2. **Sponsors' compliance**: the probability that a present recorded
///    sponsor votes yes whatever its baseline, by maximum likelihood.
/// 3. **Backers' influence** (`InfluenceFit`): for each candidate backer,
///    signed following weights, `λ`, `θ_b` with its bootstrap interval, and
///    the leave-one-session-out gain that switches the influence on.
/// 4. **Correlation** (`CorrelationEstimate`): ρ_g and ρ_b by the method of
///    moments on the fitted roll calls' tallies under the model's marginals.
/// 5. **Held-out scores**: `Backtest` of the calibrated model, the model
///    with the design's defaults and the standard baselines; the conditional
///    backtest of every candidate backer; the tally-spread check.
/// 6. **Replicates**: parameter sets re-estimated on resampled roll calls:
///    the baseline by a short search in a box around the estimates (a third to
///    three times each weight, floor and half-life; ±0.2 on the exponent) and
///    the absence model, the backers' weights and strengths, the correlations.
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
    /// Sessions in the descriptive alignment window (default 10, as `ModelParameters`).
    public var alignmentSessions: Int
    /// Bootstrap replicates for the intervals (default 200; 0 for none).
    public var replicates: Int
    /// Parameter sets written under `replicates` (default 30; 0 for none).
    public var parameterReplicates: Int
    /// The bootstrap generator's seed.
    public var seed: UInt64
    /// The backers whose influence is measured (default: the permanent
    /// members of the Security Council).
    public var backers: [MemberState.Code]
    /// Gauss–Hermite nodes of the correlation moments (default 40).
    public var quadratureNodes: Int
    /// Step of the correlation grid, in (0, 0.9] (default 0.02).
    public var correlationStep: Double
    /// Grid points per coordinate of the search (default 9).
    public var searchGridPoints: Int
    /// Golden-section steps per coordinate step (default 24).
    public var searchGoldenSteps: Int
    /// The most cycles of the search (default 6).
    public var searchCycles: Int
    /// Worker threads (default: all); results do not depend on it.
    public var threads: Int?

    /// Options as given.
    public init(
      fitSessions: ClosedRange<Int> = 60...69, heldOutSessions: ClosedRange<Int> = 70...74,
      references: ReferenceFinder.Options = .init(), alignmentSessions: Int = 10,
      replicates: Int = 200, parameterReplicates: Int = 30, seed: UInt64 = 1,
      backers: [MemberState.Code] = ["USA", "GBR", "FRA", "RUS", "CHN"],
      quadratureNodes: Int = 40, correlationStep: Double = 0.02, searchGridPoints: Int = 9,
      searchGoldenSteps: Int = 24, searchCycles: Int = 6, threads: Int? = nil
    ) {
      self.fitSessions = fitSessions
      self.heldOutSessions = heldOutSessions
      self.references = references
      self.alignmentSessions = max(1, alignmentSessions)
      self.replicates = max(0, replicates)
      self.parameterReplicates = max(0, parameterReplicates)
      self.seed = seed
      self.backers = backers
      self.quadratureNodes = max(2, quadratureNodes)
      self.correlationStep = min(
        CorrelationEstimate.maximumCorrelation, max(0.001, correlationStep))
      self.searchGridPoints = max(3, searchGridPoints)
      self.searchGoldenSteps = max(0, searchGoldenSteps)
      self.searchCycles = max(1, searchCycles)
      self.threads = threads
    }
  }

  /// The search box, per parameter.
  static let coordinates = [
    CoordinateSearch.Coordinate("halfLife", 0.1, 50, scale: .logarithmic),
    CoordinateSearch.Coordinate("groupWeight", 0.0001, 10, scale: .logarithmic),
    CoordinateSearch.Coordinate("ownWeight", 0.0001, 10, scale: .logarithmic),
    CoordinateSearch.Coordinate("floor", 0.000001, 1, scale: .logarithmic),
    CoordinateSearch.Coordinate("exponent", 0.3, 2, scale: .linear),
  ]

  /// The search box of `ModelParameters.withoutSeries`: as `coordinates`, with
  /// weights and floor free to outweigh twenty or more tag references.
  static let withoutSeriesCoordinates = coordinates.map { coordinate in
    var wider = coordinate
    switch coordinate.name {
    case "groupWeight", "ownWeight": wider.upper = 1000
    case "floor": wider.upper = 100
    default: break
    }
    return wider
  }

  /// One fitted roll call.
  struct Target: Sendable {
    var evidence: TargetEvidence
    /// Present votes (yes, abstain, no) as (member, class).
    var present: [(Int, Int)]
    /// Whether its references are its own series (a topic, the same or a
    /// similar title) rather than shared tags or none.
    var isSeries: Bool
  }

  /// Calibrates on `dataset`.
  ///
  /// - Parameters:
  ///   - command: the command line to record in the file.
  ///   - data: the files the dataset was read from, to record in the file.
  /// - Throws: `CalibrationError` for session ranges that overlap or hold no
  ///   roll call; `BacktestError` or `SimulationError` from the held-out backtest.
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
    let heldOutTargets = backtest.targets(sessions: options.heldOutSessions)
    guard !heldOutTargets.isEmpty else {
      throw CalibrationError.nothingToScore(what: "held-out", sessions: options.heldOutSessions)
    }
    let targets = ParallelMap.map(fitTargets.count, threads: options.threads) {
      position -> Target? in
      let context = backtest.context(target: fitTargets[position])
      guard
        let evidence = TargetEvidence(
          dataset: dataset, target: context.target, references: context.references,
          history: backtest.history)
      else { return nil }
      var present: [(Int, Int)] = []
      for (i, byte) in evidence.observed.enumerated() where byte <= Vote.no.rawValue {
        present.append((i, Int(byte)))
      }
      return Target(
        evidence: evidence, present: present, isSeries: context.references.match.isSeries)
    }.compactMap { $0 }

    // 1. Baseline.
    func search(
      _ box: [CoordinateSearch.Coordinate], gridPoints: Int = options.searchGridPoints,
      goldenSteps: Int = options.searchGoldenSteps, cycles: Int = options.searchCycles
    ) -> CoordinateSearch {
      var search = CoordinateSearch(
        coordinates: box.map {
          var c = $0
          c.gridPoints = gridPoints
          return c
        })
      search.goldenSteps = goldenSteps
      search.maximumCycles = cycles
      return search
    }
    // The baseline is fitted twice: on the roll calls with a series, and on
    // the others (shared tags, or no reference), whose forecast rests on
    // weaker evidence and is fitted on its own. `weights` counts each target
    // (a bootstrap replicate's multiplicities; 1 each for the fit itself).
    func presentLoss(_ fitted: [Target], weights: [Double]) -> ([Double]) -> Double {
      let presentVotes = zip(fitted, weights).reduce(0) {
        $0 + $1.1 * Double($1.0.present.count)
      }
      return { point in
        let parameters = BaselineParameters(
          halfLife: point[0], groupWeight: point[1], ownWeight: point[2], floor: point[3],
          exponent: point[4], absence: [0, 1, 0])
        let losses = ParallelMap.map(fitted.count, threads: options.threads) { position in
          guard weights[position] > 0 else { return 0.0 }
          let target = fitted[position]
          let shares = target.evidence.baseline.presentShares(parameters)
          var total = 0.0
          for (i, c) in target.present {
            total -= log(max(shares[i * 3 + c], ForecastScore.probabilityFloor))
          }
          return weights[position] * total
        }
        return losses.reduce(0, +) / max(1, presentVotes)
      }
    }
    let design = BaselineParameters.design
    let start = [
      design.halfLife, design.groupWeight, design.ownWeight, design.floor, design.exponent,
    ]
    let series = targets.filter(\.isSeries)
    let others = targets.filter { !$0.isSeries }
    let ones = { (fitted: [Target]) in [Double](repeating: 1, count: fitted.count) }
    let found = search(coordinates).minimize(
      start: start, objective: presentLoss(series, weights: ones(series)))
    let point = found.point.map { Rounding.significant($0, 3) }
    let otherFound =
      others.isEmpty
      ? nil
      : search(withoutSeriesCoordinates).minimize(
        start: point, objective: presentLoss(others, weights: ones(others)))
    let otherPoint = otherFound?.point.map { Rounding.significant($0, 3) } ?? point
    func parameters(_ point: [Double], fitted: [Target], weights: [Double])
      -> BaselineParameters
    {
      let absence = fitAbsence(
        fitted, weights: weights, halfLife: point[0], threads: options.threads
      ).map { Rounding.significant($0, 3) }
      return BaselineParameters(
        halfLife: point[0], groupWeight: point[1], ownWeight: point[2], floor: point[3],
        exponent: point[4], absence: absence)
    }
    let baseline = parameters(point, fitted: series, weights: ones(series))
    let withoutSeries =
      others.isEmpty
      ? baseline : parameters(otherPoint, fitted: others, weights: ones(others))
    // The baseline refitted on a bootstrap replicate: a short search in a box around the
    // fitted point (a third to three times each weight, the floor and the half-life, ±0.2 on
    // the exponent, inside the fit's own box), then the absence model.
    func refitted(
      _ fitted: [Target], weights: [Double], from point: [Double],
      within full: [CoordinateSearch.Coordinate]
    ) -> BaselineParameters {
      let box = zip(full, point).map { coordinate, value in
        var near = coordinate
        switch coordinate.scale {
        case .logarithmic:
          near.lower = max(coordinate.lower, value / 3)
          near.upper = min(coordinate.upper, value * 3)
        case .linear:
          near.lower = max(coordinate.lower, value - 0.2)
          near.upper = min(coordinate.upper, value + 0.2)
        }
        return near
      }
      let found = search(box, gridPoints: 5, goldenSteps: 12, cycles: 2).minimize(
        start: point, objective: presentLoss(fitted, weights: weights)
      ).point.map { Rounding.significant($0, 3) }
      return parameters(found, fitted: fitted, weights: weights)
    }
    let vectors = ParallelMap.map(targets.count, threads: options.threads) {
      targets[$0].evidence.baselineVectors(targets[$0].isSeries ? baseline : withoutSeries)
    }
    let designVectors = ParallelMap.map(targets.count, threads: options.threads) {
      targets[$0].evidence.baselineVectors(design)
    }
    func loss(_ all: [[SIMD4<Double>]]) -> Double {
      var total = 0.0
      var count = 0
      for (t, target) in targets.enumerated() {
        for (i, byte) in target.evidence.observed.enumerated() {
          total -= log(max(all[t][i][Int(byte)], ForecastScore.probabilityFloor))
          count += 1
        }
      }
      return total / Double(max(1, count))
    }

    // 2. Sponsors' compliance.
    let compliance = Rounding.significant(
      fitCompliance(targets: targets, vectors: vectors), 3)

    // 3. Backers' influence.
    let rollCalls = targets.indices.map { t in
      InfluenceFit.RollCall(
        session: targets[t].evidence.session, codes: targets[t].evidence.codes,
        baseline: vectors[t], observed: targets[t].evidence.observed)
    }
    let fits = ParallelMap.map(options.backers.count, threads: options.threads) { k in
      InfluenceFit.fit(
        backer: options.backers[k], rollCalls: rollCalls, replicates: options.replicates,
        seed: options.seed &+ UInt64(k) &+ 7)
    }
    var parameters = ModelParameters(
      baseline: baseline, withoutSeries: withoutSeries,
      backers: fits.compactMap { $0?.influence },
      alignmentSessions: options.alignmentSessions)

    // 4. Correlation.
    let predictor = try ModelPredictor(parameters: parameters, sponsorCompliance: compliance)
    let quadrature = GaussHermite(count: options.quadratureNodes)
    let grid = CorrelationEstimate.grid(step: options.correlationStep)
    let fitMoments = moments(
      backtest: backtest, targets: fitTargets, predictor: predictor, grid: grid,
      quadrature: quadrature, threads: options.threads)
    let correlation = CorrelationEstimate.estimate(
      fitMoments, grid: grid, replicates: options.replicates, seed: options.seed)
    parameters.globalCorrelation = Rounding.decimals(correlation.global, 3)
    parameters.blocCorrelation = Rounding.decimals(correlation.bloc, 3)

    // 5. Held-out scores.
    let calibrated = try ModelPredictor(parameters: parameters, sponsorCompliance: compliance)
    let withDefaults = try ModelPredictor(parameters: .defaults, name: "model-defaults")
    let result = try backtest.run(
      sessions: options.heldOutSessions,
      predictors: [calibrated, withDefaults] + Backtest.standardBaselines,
      threads: options.threads)
    guard let model = result.model else {
      throw BacktestError.nothingToScore(sessions: options.heldOutSessions)
    }
    let baselines = result.baselines.filter { $0.name != withDefaults.name }
    let defaultScore = result.baselines.first { $0.name == withDefaults.name } ?? model
    let conditional = try backtest.conditional(
      sessions: options.heldOutSessions, given: options.backers, parameters: parameters,
      sponsorCompliance: compliance, threads: options.threads)
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

    // 6. Replicates.
    var rng = Xoshiro256StarStar(seed: options.seed &+ 101)
    var replicates: [ModelParameters] = []
    let momentIndex = Dictionary(
      uniqueKeysWithValues: fitTargets.enumerated().map { ($1, $0) })
    for _ in 0..<options.parameterReplicates {
      var counts = [Int](repeating: 0, count: targets.count)
      for _ in targets.indices { counts[Int(rng.next() % UInt64(targets.count))] += 1 }
      var replicate = parameters
      let seriesWeights = zip(targets, counts).filter { $0.0.isSeries }.map { Double($0.1) }
      let otherWeights = zip(targets, counts).filter { !$0.0.isSeries }.map { Double($0.1) }
      replicate.baseline = refitted(
        series, weights: seriesWeights, from: point, within: coordinates)
      if !others.isEmpty {
        replicate.withoutSeries = refitted(
          others, weights: otherWeights, from: otherPoint, within: withoutSeriesCoordinates)
      }
      replicate.backers = fits.compactMap { fit in
        fit.map { InfluenceFit.replicate($0, counts: counts) }
      }.map { influence in
        var copy = influence
        copy.isActive = parameters.influence(of: influence.backer)?.isActive ?? false
        return copy
      }
      var sample: [Int] = []
      for (t, target) in targets.enumerated() where counts[t] > 0 {
        if let m = momentIndex[target.evidence.rollCall] {
          sample += [Int](repeating: m, count: counts[t])
        }
      }
      let solved = CorrelationEstimate.solution(fitMoments, grid: grid, sample: sample)
      replicate.globalCorrelation = Rounding.decimals(solved.global, 3)
      replicate.blocCorrelation = Rounding.decimals(max(0, solved.within - solved.global), 3)
      if replicate.globalCorrelation + replicate.blocCorrelation >= 1 {
        replicate.blocCorrelation = max(0, 0.999 - replicate.globalCorrelation)
      }
      replicates.append(replicate)
    }

    return CalibratedParameters(
      parameters: parameters, sponsorCompliance: compliance, command: command, data: data,
      fit: CalibratedParameters.Fit(
        span: span(dataset, targets: fitTargets, sessions: options.fitSessions),
        logLoss: loss(vectors), defaultParametersLogLoss: loss(designVectors),
        method: searchMethod(options),
        evaluations: found.evaluations + (otherFound?.evaluations ?? 0),
        cycles: max(found.cycles, otherFound?.cycles ?? 0),
        ranges: Dictionary(
          uniqueKeysWithValues: coordinates.map { ($0.name, [$0.lower, $0.upper]) }
            + withoutSeriesCoordinates.map {
              ("withoutSeries.\($0.name)", [$0.lower, $0.upper])
            })),
      heldOut: CalibratedParameters.HeldOut(
        span: span(dataset, targets: heldOutTargets, sessions: options.heldOutSessions),
        model: .init(model), defaultParameters: .init(defaultScore),
        baselines: baselines.map(CalibratedParameters.Score.init),
        modelBeatsEveryBaseline: baselines.allSatisfy { model.logLoss < $0.logLoss },
        conditional: conditional),
      influence: influenceMethod(options),
      correlation: CalibratedParameters.Correlation(
        estimate: correlation, method: correlationMethod,
        heldOutIndependentRatio: independent > 0 ? squared / independent : 1,
        heldOutCalibratedRatio: correlated > 0 ? squared / correlated : 1,
        heldOutSpreadRatio: squared > 0 ? (correlated / squared).squareRoot() : 1),
      notes: notes(parameters: parameters, conditional: conditional, options: options),
      replicates: replicates)
  }

  // MARK: Steps

  /// The absence model's coefficients by Newton's method on the votes of
  /// `targets`, each roll call counted `weights[t]` times (0 leaves it out),
  /// with the reference features weighted by `halfLife`.
  static func fitAbsence(
    _ targets: [Target], weights: [Double], halfLife: Double, threads: Int?
  ) -> [Double] {
    let features = BaselineEvidence.absenceFeatureCount
    let width = features + 1
    // Rows of (features…, outcome, weight).
    let rows = ParallelMap.map(targets.count, threads: threads) { position -> [Double] in
      guard weights[position] > 0 else { return [] }
      let evidence = targets[position].evidence
      let values = evidence.baseline.absenceFeatures(halfLife: halfLife)
      var out: [Double] = []
      out.reserveCapacity(evidence.observed.count * (width + 1))
      for (i, byte) in evidence.observed.enumerated() {
        out += values[(i * features)..<((i + 1) * features)]
        out.append(byte == Vote.nonVoting.rawValue ? 1 : 0)
        out.append(weights[position])
      }
      return out
    }.flatMap { $0 }
    var a = [Double](repeating: 0, count: width)
    a[1] = 1
    for _ in 0..<30 {
      var gradient = [Double](repeating: 0, count: width)
      var hessian = [[Double]](repeating: [Double](repeating: 0, count: width), count: width)
      var x = [Double](repeating: 1, count: width)
      for row in stride(from: 0, to: rows.count, by: width + 1) {
        var z = a[0]
        for j in 1..<width {
          x[j] = rows[row + j - 1]
          z += a[j] * x[j]
        }
        let p = BaselineEvidence.logistic(z)
        let y = rows[row + width - 1]
        let weight = rows[row + width]
        for j in 0..<width {
          gradient[j] += weight * (y - p) * x[j]
          for k in 0..<width { hessian[j][k] += weight * p * (1 - p) * x[j] * x[k] }
        }
      }
      guard let step = solve(hessian, gradient) else { break }
      for j in 0..<width { a[j] += step[j] }
      if step.map(abs).max() ?? 0 < 1e-10 { break }
    }
    return a
  }

  /// `x` with `m·x = v` for a square matrix, by Gaussian elimination with
  /// partial pivoting; `nil` when singular.
  static func solve(_ m: [[Double]], _ v: [Double]) -> [Double]? {
    let n = v.count
    var a = m
    var b = v
    for column in 0..<n {
      guard
        let pivot = (column..<n).max(by: { abs(a[$0][column]) < abs(a[$1][column]) }),
        abs(a[pivot][column]) > 1e-300
      else { return nil }
      a.swapAt(column, pivot)
      b.swapAt(column, pivot)
      for row in (column + 1)..<n {
        let factor = a[row][column] / a[column][column]
        guard factor != 0 else { continue }
        for k in column..<n { a[row][k] -= factor * a[column][k] }
        b[row] -= factor * b[column]
      }
    }
    var x = [Double](repeating: 0, count: n)
    for row in stride(from: n - 1, through: 0, by: -1) {
      var sum = b[row]
      for k in (row + 1)..<n { sum -= a[row][k] * x[k] }
      x[row] = sum / a[row][row]
    }
    return x
  }

  /// The compliance maximising the likelihood of the present sponsors' votes.
  static func fitCompliance(targets: [Target], vectors: [[SIMD4<Double>]]) -> Double {
    var cases: [(Double, Int)] = []
    for (t, target) in targets.enumerated() {
      for s in target.evidence.sponsors {
        let byte = Int(target.evidence.observed[s])
        guard byte <= 2 else { continue }
        let p = vectors[t][s]
        cases.append((p[byte] / (p[0] + p[1] + p[2]), byte))
      }
    }
    guard !cases.isEmpty else { return ModelPredictor.defaultSponsorCompliance }
    func negative(_ c: Double) -> Double {
      cases.reduce(0) { total, item in
        total - log(max((1 - c) * item.0 + (item.1 == 0 ? c : 0), ForecastScore.probabilityFloor))
      }
    }
    var low = 0.0
    var high = 1.0
    for _ in 0..<60 {
      let a = high - 0.618_033_988_75 * (high - low)
      let b = low + 0.618_033_988_75 * (high - low)
      if negative(a) <= negative(b) { high = b } else { low = a }
    }
    return (low + high) / 2
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

  static func searchMethod(_ options: Options) -> String {
    "Mean log loss of the members' present votes (yes, abstain, no) on the fitted roll calls, "
      + "each forecast from its references and the votes before it, minimised twice: on the "
      + "roll calls that have a series (a curated topic, the same or a similar title; "
      + "parameters.baseline) and, from that point, on the others (references by shared tags, "
      + "or none; parameters.withoutSeries). Each time by cyclic coordinate search over halfLife, groupWeight, ownWeight, floor (logarithmic) and "
      + "exponent (linear): per coordinate a \(options.searchGridPoints)-point grid over its "
      + "range, then \(options.searchGoldenSteps) golden-section steps between the best point's "
      + "neighbours, at most \(options.searchCycles) cycles, from the design's values. The "
      + "absence model's five coefficients (intercept; logits of the state's absence rate over "
      + "2 years, on the references and over the last quarter, and of all members' absence "
      + "rate on the references) then maximise the likelihood of non-voting, on each set of "
      + "roll calls apart (Newton). "
      + "Values rounded to 3 significant digits; logLoss is the full 4-class baseline's."
  }

  static func influenceMethod(_ options: Options) -> String {
    let grid = InfluenceFit.grid
    return "Weights w_ib = Σ_r d_br·e_ir / (Σ_r d_br² + λ) over the fitted roll calls of sessions "
      + "\(options.fitSessions.lowerBound)-\(options.fitSessions.upperBound) on which backer b "
      + "voted, with d_br = v_br − E₀[v_br] the backer's surprise and e_ir = v_ir − E₀[v_ir] member "
      + "i's residual against its calibrated baseline (v = +1 yes, 0 abstain, −1 no; present "
      + "votes). The strength θ_b maximises the likelihood of the other members' present votes "
      + "with shift θ_b·w_ib·d_br, the weights cross-fitted by leaving out the roll call's "
      + "session; θ_b on a grid 0–\(Rounding.text(grid.last ?? 0)) by "
      + "\(Rounding.text(InfluenceFit.strengthStep)); interval: 2.5 and 97.5 percentiles over "
      + "\(options.replicates) bootstrap resamples of roll calls. λ is chosen from "
      + "\(InfluenceFit.ridges.map(Rounding.text).joined(separator: ", ")) by the "
      + "leave-one-session-out gain (θ fitted without the session, scored on it); a backer's "
      + "influence is switched on only where that gain is positive."
  }

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
    parameters: ModelParameters, conditional: [ConditionalScore], options: Options
  ) -> [String] {
    var notes: [String] = []
    notes.append(
      "A stance is the backer's vote: co-sponsor ⇒ yes, abstain ⇒ abstain, oppose ⇒ no, left "
        + "open ⇒ its vote drawn from its own baseline with its followers moving with the draw; "
        + "each member's thresholds keep its baseline over the draw, so only a known vote moves it. "
        + "The model has no term for sponsorship itself: being on the sponsor list moves others "
        + "only through the backer's vote (this calibration does not measure a separate effect "
        + "of sponsorship).")
    for backer in parameters.backers {
      let ranked = backer.rankedWeights
      let top = ranked.prefix(5).map { "\($0.code) \(Rounding.text($0.weight))" }
      let bottom = ranked.suffix(3).reversed().map { "\($0.code) \(Rounding.text($0.weight))" }
      let state = backer.isActive ? "carries an estimated influence" : "carries no influence"
      notes.append(
        "\(backer.backer) \(state): θ = \(Rounding.text(backer.strength)) (95 % interval "
          + "\(Rounding.text(backer.interval[0]))–\(Rounding.text(backer.interval[1]))), "
          + "cross-validated gain \(Rounding.text(backer.crossValidatedGain)) nats per 1,000 "
          + "votes over \(backer.rollCalls) roll calls; strongest followers "
          + top.joined(separator: ", ") + "; most opposed " + bottom.joined(separator: ", ")
          + ".")
    }
    let heldOut = "\(options.heldOutSessions.lowerBound)-\(options.heldOutSessions.upperBound)"
    for score in conditional {
      notes.append(
        "Held-out \(heldOut), told \(score.given)'s vote: log loss "
          + "\(Rounding.text(Rounding.decimals(score.told.logLoss, 4))) against "
          + "\(Rounding.text(Rounding.decimals(score.notTold.logLoss, 4))) not told "
          + "(\(Rounding.text(Rounding.decimals(100 * score.change, 1))) %); on its "
          + "\(score.stanceChangeRollCalls) stance-change roll calls "
          + "\(Rounding.text(Rounding.decimals(score.stanceChange.told.logLoss, 4))) against "
          + "\(Rounding.text(Rounding.decimals(score.stanceChange.notTold.logLoss, 4))) "
          + "(\(Rounding.text(Rounding.decimals(100 * score.stanceChangeChange, 1))) %).")
    }
    notes.append(
      "Forecasts treat a recorded sponsor as non-voting with its baseline probability and, "
        + "when present, voting yes with probability sponsorCompliance (else as its baseline "
        + "says); the simulator makes a co-sponsor vote yes for certain.")
    notes.append(
      "Correlations are estimated from tallies with the calibrated marginals; the spread of "
        + "whole roll calls that the marginals miss counts as correlation.")
    return notes
  }
}
