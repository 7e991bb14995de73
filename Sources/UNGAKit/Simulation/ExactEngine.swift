/// Exact outcome distributions for independent votes (MODEL.md §6): the
/// simulator's oracle, and the `--exact` mode.
///
/// With `ρ_g = ρ_b = 0` members vote independently with their scenario
/// marginals, so the joint distribution of (yes, no) counts follows by
/// dynamic programming over members: a table of at most (n + 1)² cells,
/// updated once per member. Abstain and non-voting counts are Poisson-binomial
/// and follow by the same recursion in one dimension. Correlation parameters
/// are ignored: the figures are those of independent votes.
///
/// Backers whose vote is drawn (`ScenarioModel.drawn`) make the members
/// dependent through them only: the engine conditions on the backers'
/// votes (`4^K` combinations for K backers, see `DrawnOutcomes`), runs the
/// recursion once per combination with the members' conditional
/// probabilities, and mixes the distributions with the combinations'
/// probabilities.
public enum ExactEngine {
  /// The statistics of every scenario; the first is the reference for differences.
  ///
  /// Every standard error is 0.
  /// - Complexity: O(scenarios × 4^K × n³) time for at most K drawn backers
  ///   per scenario (about 7 million steps per combination for 193
  ///   members), O(n²) memory.
  public static func run(
    model: VoteModel, scenarios: [ScenarioModel], rule: MajorityRule, thresholds: [Int] = []
  ) -> [ScenarioStatistics] {
    let n = model.memberCount
    var results: [ScenarioStatistics] = []
    for scenario in scenarios {
      var joint = [Double](repeating: 0, count: (n + 1) * (n + 1))
      var abstain = [Double](repeating: 0, count: n + 1)
      var nonVoting = [Double](repeating: 0, count: n + 1)
      let outcomes = DrawnOutcomes(scenario.drawn)
      let own = outcomes.backerProbabilities(model: model, scenario: scenario)
      for combination in 0..<outcomes.combinationCount {
        let weight =
          scenario.drawn.isEmpty ? 1 : outcomes.probability(of: combination, probabilities: own)
        guard weight > 0 else { continue }
        let marginals =
          scenario.drawn.isEmpty
          ? scenario.marginals
          : outcomes.conditionalMarginals(
            model: model, scenario: scenario, combination: combination)
        func column(_ vote: Vote) -> [Double] {
          (0..<n).map { marginals[$0 * 4 + Int(vote.rawValue)] }
        }
        let part = jointYesNo(marginals: marginals, memberCount: n)
        for k in joint.indices { joint[k] += weight * part[k] }
        for (k, p) in poissonBinomial(column(.abstain)).enumerated() { abstain[k] += weight * p }
        for (k, p) in poissonBinomial(column(.nonVoting)).enumerated() {
          nonVoting[k] += weight * p
        }
      }
      var yes = [Double](repeating: 0, count: n + 1)
      var no = [Double](repeating: 0, count: n + 1)
      var adoption = 0.0
      for y in 0...n {
        for k in 0...(n - y) {
          let p = joint[y * (n + 1) + k]
          yes[y] += p
          no[k] += p
          if rule.adopts(yes: y, no: k) { adoption += p }
        }
      }
      let reached = thresholds.map { k in k > n ? 0 : yes[max(0, k)...].reduce(0, +) }
      var statistics = ScenarioStatistics(
        adoption: Estimate(value: adoption, standardError: 0),
        yes: CountSummary(probabilities: yes), no: CountSummary(probabilities: no),
        abstain: CountSummary(probabilities: abstain),
        nonVoting: CountSummary(probabilities: nonVoting), yesHistogram: yes,
        thresholds: zip(thresholds, reached).map {
          ThresholdEstimate(yes: $0, probability: $1, standardError: 0)
        },
        difference: nil, stateFrequencies: nil)
      if let base = results.first {
        func change(_ here: CountSummary, _ there: CountSummary) -> Estimate {
          Estimate(value: here.mean - there.mean, standardError: 0)
        }
        statistics.difference = ScenarioStatistics.Difference(
          adoptionProbability: Estimate(
            value: statistics.adoption.value - base.adoption.value, standardError: 0),
          yes: change(statistics.yes, base.yes), no: change(statistics.no, base.no),
          abstain: change(statistics.abstain, base.abstain),
          nonVoting: change(statistics.nonVoting, base.nonVoting),
          thresholds: zip(statistics.thresholds, base.thresholds).map {
            ThresholdEstimate(
              yes: $0.yes, probability: $0.probability - $1.probability, standardError: 0)
          })
      }
      results.append(statistics)
    }
    return results
  }

  /// `P(Y = y, N = k)` at index `y · (n + 1) + k`, for independent members
  /// with the scenario's marginals (backers drawn per trial are not
  /// conditioned on: see `run`).
  /// - Complexity: O(n³) time, O(n²) memory.
  public static func jointYesNo(_ scenario: ScenarioModel, memberCount n: Int) -> [Double] {
    jointYesNo(marginals: scenario.marginals, memberCount: n)
  }

  /// `P(Y = y, N = k)` at index `y · (n + 1) + k` for independent members
  /// with these probabilities (`n × 4`, `Vote` raw order).
  static func jointYesNo(marginals: [Double], memberCount n: Int) -> [Double] {
    let width = n + 1
    var table = [Double](repeating: 0, count: width * width)
    table[0] = 1
    table.withUnsafeMutableBufferPointer { p in
      for m in 0..<n {
        let pYes = marginals[m * 4 + Int(Vote.yes.rawValue)]
        let pNo = marginals[m * 4 + Int(Vote.no.rawValue)]
        let pOther = max(0, 1 - pYes - pNo)
        // Descending in both counts, so every read sees the table before member m.
        for y in stride(from: m + 1, through: 0, by: -1) {
          for k in stride(from: m + 1 - y, through: 0, by: -1) {
            var value = p[y * width + k] * pOther
            if y > 0 { value += p[(y - 1) * width + k] * pYes }
            if k > 0 { value += p[y * width + k - 1] * pNo }
            p[y * width + k] = value
          }
        }
      }
    }
    return table
  }

  /// The distribution of the number of successes among independent trials
  /// with these probabilities: `result[k] = P(K = k)`.
  /// - Complexity: O(n²).
  public static func poissonBinomial(_ probabilities: [Double]) -> [Double] {
    var distribution = [Double](repeating: 0, count: probabilities.count + 1)
    distribution[0] = 1
    for (m, p) in probabilities.enumerated() {
      for k in stride(from: m + 1, through: 1, by: -1) {
        distribution[k] = distribution[k] * (1 - p) + distribution[k - 1] * p
      }
      distribution[0] *= 1 - p
    }
    return distribution
  }
}
