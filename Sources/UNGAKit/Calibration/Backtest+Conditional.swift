extension Backtest {
  /// The conditional backtest (MODEL.md §8): for each backer of `given`, the
  /// model (`ModelPredictor`) told the backer's recorded vote on every
  /// whole-text roll call of `sessions`, against the same model not told,
  /// scored on every other member's recorded vote; overall and on the roll
  /// calls where the backer voted otherwise than its baseline's most likely
  /// vote among yes, abstain and no. Roll calls without a usable reference,
  /// or where the backer is not a member, are left out.
  ///
  /// - Throws: `SimulationError` for invalid parameters.
  /// - Complexity: per roll call, the model's forecast once plus once per backer.
  public func conditional(
    sessions: ClosedRange<Int>, given: [MemberState.Code], parameters: ModelParameters,
    sponsorCompliance: Double, threads: Int? = nil
  ) throws -> [ConditionalScore] {
    try conditionalDetails(
      sessions: sessions, given: given, parameters: parameters,
      sponsorCompliance: sponsorCompliance, threads: threads
    ).scores
  }

  /// `conditional(…)` with, for every given backer, each of its stance-change roll calls and
  /// what telling the model its vote did there (in date order, backer by backer).
  public func conditionalDetails(
    sessions: ClosedRange<Int>, given: [MemberState.Code], parameters: ModelParameters,
    sponsorCompliance: Double, threads: Int? = nil
  ) throws -> (scores: [ConditionalScore], stanceChanges: [StanceChangeRollCall]) {
    let notTold = try ModelPredictor(parameters: parameters, sponsorCompliance: sponsorCompliance)
    let targets = targets(sessions: sessions)
    let bins = options.reliabilityBins
    struct Partial: Sendable {
      var all: [ForecastScore]
      var allNot: [ForecastScore]
      var change: [ForecastScore]
      var changeNot: [ForecastScore]
      var rollCalls: [Int]
      var changes: [Int]
      var details: [StanceChangeRollCall] = []
    }
    let partials = ParallelMap.map(targets.count, threads: threads) { position -> Partial in
      let empty = given.map { _ in ForecastScore(binCount: bins) }
      var partial = Partial(
        all: empty, allNot: empty, change: empty, changeNot: empty,
        rollCalls: given.map { _ in 0 }, changes: given.map { _ in 0 })
      let context = context(target: targets[position])
      guard
        let evidence = TargetEvidence(
          dataset: dataset, target: context.target, references: context.references,
          history: history)
      else { return partial }
      let baseline = evidence.baselineVectors(
        parameters.baseline(series: context.references.match.isSeries))
      let plain = notTold.forecasts(evidence, baseline: baseline)
      for (g, code) in given.enumerated() {
        guard let b = evidence.codes.firstIndex(of: code) else { continue }
        let told = ModelPredictor.forecasts(
          baseline: baseline, codes: evidence.codes, sponsors: evidence.sponsors,
          observed: evidence.observed, told: [code], backers: parameters.activeBackers,
          compliance: notTold.sponsorCompliance)
        let p = baseline[b]
        var likely = 0
        for c in 1..<3 where p[c] > p[likely] { likely = c }
        let vote = Int(evidence.observed[b])
        let changed = vote < 3 && vote != likely
        partial.rollCalls[g] += 1
        if changed { partial.changes[g] += 1 }
        var difference = 0.0
        var votes = 0
        for i in evidence.codes.indices where i != b {
          guard let observed = Vote(rawValue: evidence.observed[i]) else { continue }
          partial.all[g].add(told[i], observed: observed)
          partial.allNot[g].add(plain[i], observed: observed)
          if changed {
            partial.change[g].add(told[i], observed: observed)
            partial.changeNot[g].add(plain[i], observed: observed)
            difference +=
              ForecastScore.logLoss(told[i], observed: observed)
              - ForecastScore.logLoss(plain[i], observed: observed)
            votes += 1
          }
        }
        if changed {
          let rollCall = dataset.rollCalls[context.target]
          partial.details.append(
            StanceChangeRollCall(
              given: code.rawValue, rollCall: rollCall.id.rawValue,
              date: rollCall.date.description, session: rollCall.session, title: rollCall.title,
              vote: Vote(rawValue: UInt8(vote))!.csvName,
              expected: Vote(rawValue: UInt8(likely))!.csvName,
              references: context.references.match.rawValue, votes: votes, change: difference))
        }
      }
      return partial
    }
    let scores = given.enumerated().map { g, code in
      var all = ForecastScore(binCount: bins)
      var allNot = ForecastScore(binCount: bins)
      var change = ForecastScore(binCount: bins)
      var changeNot = ForecastScore(binCount: bins)
      var rollCalls = 0
      var changes = 0
      for partial in partials {
        all.merge(partial.all[g])
        allNot.merge(partial.allNot[g])
        change.merge(partial.change[g])
        changeNot.merge(partial.changeNot[g])
        rollCalls += partial.rollCalls[g]
        changes += partial.changes[g]
      }
      return ConditionalScore(
        given: code.rawValue, rollCalls: rollCalls, stanceChangeRollCalls: changes,
        influential: parameters.activeBackers.contains { $0.backer == code },
        votes: all.count, told: .init(all), notTold: .init(allNot),
        stanceChange: .init(told: .init(change), notTold: .init(changeNot)))
    }
    let details = given.flatMap { code in
      partials.flatMap { $0.details.filter { $0.given == code.rawValue } }
    }
    return (scores, details)
  }
}
