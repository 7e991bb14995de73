/// The correlations `ρ_g` and `ρ_b` (MODEL.md §4) estimated by the method of
/// moments from how much tallies spread beyond what independent votes give.
///
/// Correlation leaves every state's marginal probabilities unchanged, so log
/// loss cannot see it; the spread of tallies across roll calls can. With each
/// roll call's forecast marginals, `TallyMoments` measures the excess of the
/// squared errors of the yes and no counts over their independent-votes
/// variance, split into pairs within one bloc and pairs across blocs. Summed
/// over roll calls, the within-bloc excess fixes `ρ_w = ρ_g + ρ_b` and the
/// across-bloc excess fixes `ρ_g`: each is the correlation at which the
/// model's expected excess (monotone in it) equals the observed sum, read off
/// a grid by linear interpolation. `ρ_b = max(0, ρ_w − ρ_g)`. Intervals are
/// percentiles of the same estimate over roll calls resampled with replacement
/// (votes of one roll call stay together).
///
/// The excess also holds whatever the marginals get wrong for a roll call as
/// a whole (a text more popular than its references): that spread is what the
/// simulator has to reproduce, so it counts as correlation here.
public struct CorrelationEstimate: Sendable, Hashable, Codable {
  /// ρ_g, the global factor's share of latent variance.
  public var global: Double
  /// ρ_b, the bloc factor's share.
  public var bloc: Double
  /// ρ_w = ρ_g + ρ_b as estimated (before `ρ_b` is clamped at 0).
  public var withinBloc: Double
  /// 95 % bootstrap interval of ρ_g (2.5 and 97.5 percentiles).
  public var globalInterval: [Double]
  /// 95 % bootstrap interval of ρ_w.
  public var withinBlocInterval: [Double]
  /// Roll calls the estimate is based on.
  public var rollCalls: Int
  /// Bootstrap replicates.
  public var replicates: Int
  /// Observed over independent-votes variance of the yes and no counts: how
  /// much tallies spread beyond independence (1 would mean not at all).
  public var overdispersion: Double

  /// The largest correlation considered; `ρ_g + ρ_b` must stay below 1.
  static let maximumCorrelation = 0.9

  /// The grid of correlations at which `TallyMoments` evaluates the model.
  static func grid(step: Double) -> [Double] {
    let count = Int((maximumCorrelation / step).rounded())
    return (0...count).map { min(maximumCorrelation, Rounding.decimals(Double($0) * step, 12)) }
  }

  /// Estimates from per-roll-call moments on `grid`.
  /// - Parameters:
  ///   - replicates: bootstrap resamples (0 for none: the intervals are then the estimate).
  ///   - seed: the resampling generator's seed.
  /// - Complexity: O((1 + replicates) · t · g) for t roll calls and g grid values.
  static func estimate(
    _ moments: [TallyMoments], grid: [Double], replicates: Int, seed: UInt64
  ) -> CorrelationEstimate {
    func solve(_ sample: [Int]?) -> (within: Double, global: Double) {
      solution(moments, grid: grid, sample: sample)
    }
    let point = solve(nil)
    var withinSamples: [Double] = []
    var globalSamples: [Double] = []
    var rng = Xoshiro256StarStar(seed: seed)
    if !moments.isEmpty {
      for _ in 0..<replicates {
        let sample = (0..<moments.count).map { _ in Int(rng.next() % UInt64(moments.count)) }
        let value = solve(sample)
        withinSamples.append(value.within)
        globalSamples.append(value.global)
      }
    }
    let observed = moments.reduce(0) { $0 + $1.observedSquaredError }
    let independent = moments.reduce(0) { $0 + $1.independentVariance }
    return CorrelationEstimate(
      global: point.global, bloc: max(0, point.within - point.global), withinBloc: point.within,
      globalInterval: Percentiles.interval(globalSamples, fallback: point.global),
      withinBlocInterval: Percentiles.interval(withinSamples, fallback: point.within),
      rollCalls: moments.count, replicates: withinSamples.count,
      overdispersion: independent > 0 ? observed / independent : 1)
  }

  /// ρ_w and ρ_g from the moments of the roll calls in `sample` (all when `nil`).
  static func solution(_ moments: [TallyMoments], grid: [Double], sample: [Int]?)
    -> (within: Double, global: Double)
  {
    var observedWithin = 0.0
    var observedBetween = 0.0
    var modelWithin = [Double](repeating: 0, count: grid.count)
    var modelBetween = [Double](repeating: 0, count: grid.count)
    func add(_ m: TallyMoments) {
      observedWithin += m.observedWithin
      observedBetween += m.observedBetween
      for g in grid.indices {
        modelWithin[g] += m.modelWithin[g]
        modelBetween[g] += m.modelBetween[g]
      }
    }
    if let sample {
      for index in sample { add(moments[index]) }
    } else {
      for m in moments { add(m) }
    }
    return (
      invert(modelWithin, at: observedWithin, grid: grid),
      invert(modelBetween, at: observedBetween, grid: grid)
    )
  }

  /// The grid value at which the increasing `values` reach `target`, by linear
  /// interpolation; the grid's ends when it never does.
  static func invert(_ values: [Double], at target: Double, grid: [Double]) -> Double {
    guard let first = values.first, target > first else { return grid.first ?? 0 }
    for k in 1..<values.count where values[k] >= target {
      let span = values[k] - values[k - 1]
      let t = span > 0 ? (target - values[k - 1]) / span : 0
      return grid[k - 1] + t * (grid[k] - grid[k - 1])
    }
    return grid.last ?? 0
  }
}
