/// Integer accumulators of a Monte Carlo run, per scenario.
///
/// Everything is a count or an integer sum, so adding two tallies is exact
/// and the total does not depend on the order in which blocks were run or
/// merged: this is what makes figures identical for any number of threads.
/// Memory is O(scenarios × members), flat in the number of trials.
struct MonteCarloTally: Sendable {
  let scenarioCount: Int
  let memberCount: Int
  let thresholdCount: Int
  /// `scenarios × 4 × (members + 1)`: `histograms[(s·4 + c)·(n+1) + k]` trials
  /// where scenario s had k votes of kind c (`Vote` raw order).
  var histograms: [Int]
  /// Trials adopted, per scenario.
  var adopted: [Int]
  /// Per scenario, `pairedStride` sums against the baseline: adoption gained,
  /// adoption lost, per threshold (reached only here, reached only in the
  /// baseline), then Σd and Σd² of yes, abstain, no and non-voting counts.
  var paired: [Int]
  /// `scenarios × (3n + 1)`: `margins[s·(3n+1) + m + 2n]` trials where scenario s had
  /// adoption margin m (`MajorityRule.margin(yes:no:)`, from −2n to n).
  var margins: [Int]
  /// `scenarios × (2n + 1)`: `yesDifferences[s·(2n+1) + d + n]` trials where scenario s had
  /// d more yes votes than the baseline (all at d = 0 for the baseline itself).
  var yesDifferences: [Int]
  /// `scenarios × members × 4` vote counts, when collected; else empty.
  var states: [Int]
  var trials: Int

  var pairedStride: Int { 2 + 2 * thresholdCount + 8 }
  var marginStride: Int { 3 * memberCount + 1 }

  init(scenarios: Int, members: Int, thresholds: Int, collectStates: Bool) {
    scenarioCount = scenarios
    memberCount = members
    thresholdCount = thresholds
    histograms = [Int](repeating: 0, count: scenarios * 4 * (members + 1))
    adopted = [Int](repeating: 0, count: scenarios)
    paired = [Int](repeating: 0, count: scenarios * (2 + 2 * thresholds + 8))
    margins = [Int](repeating: 0, count: scenarios * (3 * members + 1))
    yesDifferences = [Int](repeating: 0, count: scenarios * (2 * members + 1))
    states = [Int](repeating: 0, count: collectStates ? scenarios * members * 4 : 0)
    trials = 0
  }

  mutating func add(_ other: MonteCarloTally) {
    for i in histograms.indices { histograms[i] &+= other.histograms[i] }
    for i in adopted.indices { adopted[i] &+= other.adopted[i] }
    for i in paired.indices { paired[i] &+= other.paired[i] }
    for i in margins.indices { margins[i] &+= other.margins[i] }
    for i in yesDifferences.indices { yesDifferences[i] &+= other.yesDifferences[i] }
    for i in states.indices { states[i] &+= other.states[i] }
    trials &+= other.trials
  }

  /// The histogram of vote kind `vote` in scenario `s`.
  func histogram(scenario s: Int, vote: Vote) -> [Int] {
    let start = (s * 4 + Int(vote.rawValue)) * (memberCount + 1)
    return Array(histograms[start..<(start + memberCount + 1)])
  }

  /// The standard error of P(adopted) in scenario `s`.
  func adoptionStandardError(scenario s: Int) -> Double {
    Estimate(successes: adopted[s], trials: trials).standardError
  }

  /// The statistics of every scenario; scenario 0 is the baseline.
  func statistics(thresholds: [Int]) -> [ScenarioStatistics] {
    (0..<scenarioCount).map { s in
      let yes = histogram(scenario: s, vote: .yes)
      var reached = [Int](repeating: 0, count: thresholds.count)
      for (t, k) in thresholds.enumerated() {
        reached[t] = k <= memberCount ? yes[max(0, k)...].reduce(0, +) : 0
      }
      var difference: ScenarioStatistics.Difference?
      if s > 0 {
        let base = s * pairedStride
        func proportion(_ gained: Int, _ lost: Int) -> Estimate {
          // d ∈ {−1, 0, 1}: Σd = gained − lost, Σd² = gained + lost.
          Estimate(differenceSum: gained - lost, squareSum: gained + lost, trials: trials)
        }
        func mean(_ vote: Vote) -> Estimate {
          let k = base + 2 + 2 * thresholdCount + 2 * Int(vote.rawValue)
          return Estimate(differenceSum: paired[k], squareSum: paired[k + 1], trials: trials)
        }
        let thresholdDifferences = thresholds.enumerated().map { t, k in
          let estimate = proportion(paired[base + 2 + 2 * t], paired[base + 3 + 2 * t])
          return ThresholdEstimate(
            yes: k, probability: estimate.value, standardError: estimate.standardError)
        }
        let stride = 2 * memberCount + 1
        difference = ScenarioStatistics.Difference(
          adoptionProbability: proportion(paired[base], paired[base + 1]), yes: mean(.yes),
          no: mean(.no), abstain: mean(.abstain), nonVoting: mean(.nonVoting),
          thresholds: thresholdDifferences,
          yesDistribution: OutcomeDistribution(
            counts: yesDifferences[(s * stride)..<((s + 1) * stride)], origin: -memberCount,
            trials: trials))
      }
      var frequencies: [Double]?
      if !states.isEmpty {
        let start = s * memberCount * 4
        frequencies = states[start..<(start + memberCount * 4)].map {
          Double($0) / Double(max(trials, 1))
        }
      }
      return ScenarioStatistics(
        adoption: Estimate(successes: adopted[s], trials: trials),
        yes: CountSummary(histogram: yes, trials: trials),
        no: CountSummary(histogram: histogram(scenario: s, vote: .no), trials: trials),
        abstain: CountSummary(histogram: histogram(scenario: s, vote: .abstain), trials: trials),
        nonVoting: CountSummary(
          histogram: histogram(scenario: s, vote: .nonVoting), trials: trials),
        yesHistogram: yes.map { Double($0) / Double(max(trials, 1)) },
        thresholds: thresholds.enumerated().map { t, k in
          let estimate = Estimate(successes: reached[t], trials: trials)
          return ThresholdEstimate(
            yes: k, probability: estimate.value, standardError: estimate.standardError)
        },
        difference: difference, stateFrequencies: frequencies,
        margin: OutcomeDistribution(
          counts: margins[(s * marginStride)..<((s + 1) * marginStride)],
          origin: -2 * memberCount, trials: trials))
    }
  }
}
