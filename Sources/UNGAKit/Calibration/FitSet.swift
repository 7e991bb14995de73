import Foundation

/// The fitted roll calls, gathered once for many evaluations of the objective.
struct FitSet: Sendable {
  /// One fitted roll call.
  struct Target: Sendable {
    /// `nil` when no reference is usable (the forecast is the fallback's).
    var evidence: TargetEvidence?
    /// Members' votes, in `evidence.members` order (or the dataset's, without evidence).
    var observed: [UInt8]
    /// Σ −ln p of the fallback forecast, when there is no evidence.
    var fallbackLoss: Double
    /// Member votes.
    var votes: Int

    /// Σ over members of `−ln max(p_observed, floor)` under `theta`.
    func loss(_ theta: Calibrator.Theta) -> Double {
      guard let evidence else { return fallbackLoss }
      let p = evidence.probabilities(
        halfLife: theta.halfLife, priorStrength: theta.priorStrength,
        influence: theta.influence, ruleIndex: theta.rule, compliance: theta.compliance)
      var total = 0.0
      for (i, vote) in observed.enumerated() {
        total -= log(max(p[i * 4 + Int(vote)], ForecastScore.probabilityFloor))
      }
      return total
    }
  }

  let targets: [Target]
  /// Positions of targets whose loss depends on κ, the rule or the compliance.
  let sponsored: [Int]
  /// Positions of the others.
  let unsponsored: [Int]
  let votes: Int
  let threads: Int?
  /// Whether some target has a sponsor (the compliance matters).
  var hasSponsors: Bool { !sponsored.isEmpty }
  /// Whether some target has a sponsor with measured weights (κ and the rule matter).
  let hasBackerShifts: Bool
  private let cache = UnsponsoredCache()

  init(backtest: Backtest, targets: [Int], alignments: SessionAlignments, threads: Int?) {
    let dataset = backtest.dataset
    let fallback = StateFrequencyPredictor()
    let built = ParallelMap.map(targets.count, threads: threads) { position -> Target in
      let target = targets[position]
      let context = backtest.context(target: target)
      let row = dataset.votes(rollCall: target)
      if let evidence = TargetEvidence(
        dataset: dataset, target: target, references: context.references,
        alignments: alignments)
      {
        let observed = evidence.members.map { row[row.startIndex + $0] }
        return Target(
          evidence: evidence, observed: observed, fallbackLoss: 0, votes: observed.count)
      }
      let forecasts = fallback.predict(context)
      var loss = 0.0
      var observed: [UInt8] = []
      for (state, byte) in zip(0..., row) where byte != Dataset.notMember {
        observed.append(byte)
        loss -= log(max(forecasts[state][Int(byte)], ForecastScore.probabilityFloor))
      }
      return Target(evidence: nil, observed: observed, fallbackLoss: loss, votes: observed.count)
    }
    let isSponsored = built.map { !($0.evidence?.sponsors.isEmpty ?? true) }
    self.targets = built
    sponsored = built.indices.filter { isSponsored[$0] }
    unsponsored = built.indices.filter { !isSponsored[$0] }
    hasBackerShifts = built.contains { $0.evidence?.hasBackerShifts ?? false }
    votes = built.reduce(0) { $0 + $1.votes }
    self.threads = threads
  }

  /// Mean log loss per member vote under `theta`.
  func logLoss(_ theta: Calibrator.Theta) -> Double {
    let key = [theta.halfLife, theta.priorStrength]
    let base =
      cache.value(for: key)
      ?? {
        let value = sum(unsponsored, theta)
        cache.store(value, for: key)
        return value
      }()
    return (base + sum(sponsored, theta)) / Double(max(1, votes))
  }

  private func sum(_ positions: [Int], _ theta: Calibrator.Theta) -> Double {
    ParallelMap.map(positions.count, threads: threads) { targets[positions[$0]].loss(theta) }
      .reduce(0, +)
  }

  /// The last unsponsored sum, keyed by the parameters it depends on (h, α).
  private final class UnsponsoredCache: @unchecked Sendable {
    private let lock = NSLock()
    private var key: [Double] = []
    private var value = 0.0

    func value(for key: [Double]) -> Double? {
      lock.lock()
      defer { lock.unlock() }
      return key == self.key ? value : nil
    }

    func store(_ value: Double, for key: [Double]) {
      lock.lock()
      defer { lock.unlock() }
      self.key = key
      self.value = value
    }
  }
}
