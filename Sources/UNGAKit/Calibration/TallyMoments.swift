import Foundation

/// One roll call's spread of tallies beyond independent votes: what was
/// observed, and what the latent factor model (MODEL.md §4) implies for each
/// correlation on a grid. `CorrelationEstimate` matches the two.
///
/// For an outcome o (yes, then no), member i's indicator has marginal `p_i`
/// and bloc sums `Y_k`, expectations `E_k`, total `Y`, `E`. Observed:
///
///     within  = Σ_k [(Y_k − E_k)² − Σ_{i∈k} p_i (1 − p_i)]
///     between = (Y − E)² − Σ_k (Y_k − E_k)²
///
/// `within` estimates twice the covariances of pairs in one bloc, `between`
/// those of pairs in different blocs. In the model a pair in one bloc has
/// latent correlation `ρ_w = ρ_g + ρ_b`, a pair in different blocs `ρ_g`.
/// Given one factor `F` loading `√ρ` on every member, votes are independent
/// with `π_i(F) = (1 − q_i) Φ((−u_i + √ρ F) / √(1 − ρ))` for yes (`u_i` the
/// member's yes threshold, shifts included) and `(1 − q_i) Φ((l_i − √ρ F) / √(1 − ρ))`
/// for no, so
///
///     E[within](ρ)  = Σ_k [Var_F(Σ_{i∈k} π_i) − Σ_{i∈k} Var_F(π_i)]
///     E[between](ρ) = Var_F(Σ_i π_i) − Σ_k Var_F(Σ_{i∈k} π_i)
///
/// (conditionally on the global factor, blocs are independent; conditionally on
/// the bloc's factor, members are), each a one-dimensional Gauss–Hermite
/// expectation. Non-voting is drawn independently and enters through `q_i`.
struct TallyMoments: Sendable, Hashable {
  /// Observed within-bloc excess, summed over yes and no.
  var observedWithin: Double
  /// Observed between-bloc excess, summed over yes and no.
  var observedBetween: Double
  /// The independent-votes variance `Σ_i p_i (1 − p_i)`, summed over yes and no.
  var independentVariance: Double
  /// Observed `(Y − E)²`, summed over yes and no.
  var observedSquaredError: Double
  /// The model's within-bloc excess at each correlation of the grid.
  var modelWithin: [Double]
  /// The model's between-bloc excess at each correlation of the grid.
  var modelBetween: [Double]

  /// Measures one roll call.
  ///
  /// - Parameters:
  ///   - forecasts: members' probabilities in `Vote` raw-value order.
  ///   - observed: members' votes, in the same order.
  ///   - blocs: members' blocs, small integers.
  ///   - grid: correlations in [0, 1) at which the model is evaluated.
  /// - Complexity: O(g · q · n) for g grid values, q quadrature nodes and n members.
  init(
    forecasts: [SIMD4<Double>], observed: [Vote], blocs: [Int], grid: [Double],
    quadrature: GaussHermite
  ) {
    let blocCount = (blocs.max() ?? 0) + 1
    var within = 0.0
    var between = 0.0
    var independent = 0.0
    var squared = 0.0
    for outcome in [Vote.yes, Vote.no] {
      let o = Int(outcome.rawValue)
      var errors = [Double](repeating: 0, count: blocCount)
      var variances = [Double](repeating: 0, count: blocCount)
      for (i, p) in forecasts.enumerated() {
        errors[blocs[i]] += (observed[i] == outcome ? 1 : 0) - p[o]
        variances[blocs[i]] += p[o] * (1 - p[o])
      }
      let total = errors.reduce(0, +)
      let blocSquares = errors.reduce(0) { $0 + $1 * $1 }
      within += blocSquares - variances.reduce(0, +)
      between += total * total - blocSquares
      independent += variances.reduce(0, +)
      squared += total * total
    }
    observedWithin = within
    observedBetween = between
    independentVariance = independent
    observedSquaredError = squared
    let excess = grid.map {
      TallyMoments.modelExcess(
        forecasts: forecasts, blocs: blocs, blocCount: blocCount, correlation: $0,
        quadrature: quadrature)
    }
    modelWithin = excess.map(\.within)
    modelBetween = excess.map(\.between)
  }

  /// The model's within- and between-bloc excess at one correlation, summed over yes and no.
  static func modelExcess(
    forecasts: [SIMD4<Double>], blocs: [Int], blocCount: Int, correlation rho: Double,
    quadrature: GaussHermite
  ) -> (within: Double, between: Double) {
    let loading = rho.squareRoot()
    let scale = 1 / (1 - rho).squareRoot()
    var within = 0.0
    var between = 0.0
    for outcome in [Vote.yes, Vote.no] {
      // π(F) = present · Φ((c + s·√ρ F) / √(1 − ρ)) with c = Φ⁻¹(P(o | present)) and
      // s = +1 for yes (above the upper threshold), −1 for no (below the lower one).
      let sign: Double = outcome == .yes ? 1 : -1
      var presence: [Double] = []
      var cuts: [Double] = []
      presence.reserveCapacity(forecasts.count)
      cuts.reserveCapacity(forecasts.count)
      for p in forecasts {
        let present = p[0] + p[1] + p[2]
        presence.append(present)
        guard present > 0 else {
          cuts.append(0)
          continue
        }
        let share = outcome == .yes ? p[0] / present : p[2] / present
        cuts.append(StandardNormal.quantile(min(1, max(0, share))))
      }
      // Moments over the factor: E[S_k], E[S_k²], Σ_i E[π_i], Σ_i E[π_i²], and of the total.
      var blocMean = [Double](repeating: 0, count: blocCount)
      var blocSquare = [Double](repeating: 0, count: blocCount)
      var memberVariance = [Double](repeating: 0, count: blocCount)
      var memberMean = [Double](repeating: 0, count: forecasts.count)
      var memberSquare = [Double](repeating: 0, count: forecasts.count)
      var totalMean = 0.0
      var totalSquare = 0.0
      var sums = [Double](repeating: 0, count: blocCount)
      for (node, weight) in zip(quadrature.nodes, quadrature.weights) {
        for k in 0..<blocCount { sums[k] = 0 }
        for i in forecasts.indices where presence[i] > 0 {
          let pi = presence[i] * StandardNormal.cdf((cuts[i] + sign * loading * node) * scale)
          sums[blocs[i]] += pi
          memberMean[i] += weight * pi
          memberSquare[i] += weight * pi * pi
        }
        var total = 0.0
        for k in 0..<blocCount {
          blocMean[k] += weight * sums[k]
          blocSquare[k] += weight * sums[k] * sums[k]
          total += sums[k]
        }
        totalMean += weight * total
        totalSquare += weight * total * total
      }
      for i in forecasts.indices {
        memberVariance[blocs[i]] += memberSquare[i] - memberMean[i] * memberMean[i]
      }
      var blocVariances = 0.0
      for k in 0..<blocCount {
        let variance = blocSquare[k] - blocMean[k] * blocMean[k]
        blocVariances += variance
        within += variance - memberVariance[k]
      }
      between += totalSquare - totalMean * totalMean - blocVariances
    }
    return (within, between)
  }
}
