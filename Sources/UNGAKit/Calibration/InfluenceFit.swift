import Foundation

/// Measures what one backer's vote tells about the others' (MODEL.md §3):
/// signed following weights from residual co-movement, a strength `θ_b` by
/// maximum likelihood on cross-fitted weights, and whether telling the model
/// the backer's vote helps out of sample.
///
/// On the fitted roll calls where the backer voted, with `d_r = v_br − E₀[v_br]`
/// its surprise and `e_ir = v_ir − E₀[v_ir]` member `i`'s residual against
/// its baseline (present members; −1…+1 vote scale), per session `S`:
/// `N_iS = Σ_{r∈S} d_r·e_ir` and `D_S = Σ_{r∈S} d_r²`. Weights
/// `w_i = Σ_S N_iS / (Σ_S D_S + λ)`; the cross-fitted weights of a roll call
/// in session `S` leave `S` out of both sums. The log likelihood of the other
/// members' present votes with shift `θ·w_i^(−S)·d_r`, from their baseline
/// cuts set to keep their marginal over the backer's baseline draw
/// (`LatentCuts.preservingMarginals`, as the simulator and the backtest do),
/// is tabulated per roll call on a grid of `θ`, so that the fit,
/// the leave-one-session-out gain and the bootstrap are sums over roll calls.
/// `λ` is chosen from a grid by the cross-validated gain.
struct InfluenceFit: Sendable {
  /// One fitted roll call as the fit reads it.
  struct RollCall: Sendable {
    var session: Int
    var codes: [MemberState.Code]
    var baseline: [SIMD4<Double>]
    var observed: [UInt8]
  }

  /// The strength grid: 0 to `maximumStrength` by `strengthStep`.
  static let strengthStep = 0.1
  static let maximumStrength = 6.0
  /// The candidate values of `λ`.
  static let ridges: [Double] = [0.5, 1, 2, 4, 8, 16, 32]

  /// The result for one backer.
  struct Result: Sendable {
    var influence: BackerInfluence
    /// Per used roll call (its index among the fitted roll calls), the log
    /// likelihood on the strength grid at the chosen `λ`.
    var table: [[Double]]
    var used: [Int]
    /// Per used roll call: `d_r` and `e_ir` by code index, for replicates.
    var surprises: [Double]
    var residuals: [[Double]]
    var codeNames: [String]
  }

  static var grid: [Double] {
    (0...Int((maximumStrength / strengthStep).rounded())).map { Double($0) * strengthStep }
  }

  /// Fits `backer` on `rollCalls`; `nil` when it voted on none.
  static func fit(backer: MemberState.Code, rollCalls: [RollCall], replicates: Int, seed: UInt64)
    -> Result?
  {
    // Code universe.
    var codeIndex: [MemberState.Code: Int] = [:]
    var codeNames: [String] = []
    for rollCall in rollCalls {
      for code in rollCall.codes where codeIndex[code] == nil {
        codeIndex[code] = codeNames.count
        codeNames.append(code.rawValue)
      }
    }
    let m = codeNames.count
    var used: [Int] = []
    var surprises: [Double] = []
    var residuals: [[Double]] = []
    for (index, rollCall) in rollCalls.enumerated() {
      guard let b = rollCall.codes.firstIndex(of: backer),
        let vote = Vote(rawValue: rollCall.observed[b]), let value = BackerInfluence.value(of: vote)
      else { continue }
      let d = value - BackerInfluence.expectedVote(rollCall.baseline[b])
      var e = [Double](repeating: 0, count: m)
      for (i, code) in rollCall.codes.enumerated() where i != b {
        guard let vote = Vote(rawValue: rollCall.observed[i]),
          let value = BackerInfluence.value(of: vote)
        else { continue }
        e[codeIndex[code]!] = value - BackerInfluence.expectedVote(rollCall.baseline[i])
      }
      used.append(index)
      surprises.append(d)
      residuals.append(e)
    }
    guard !used.isEmpty else { return nil }
    let sessions = Array(Set(used.map { rollCalls[$0].session })).sorted()
    let sessionOf = used.map { sessions.firstIndex(of: rollCalls[$0].session)! }
    var numerators = [[Double]](repeating: [Double](repeating: 0, count: m), count: sessions.count)
    var denominators = [Double](repeating: 0, count: sessions.count)
    for (k, d) in surprises.enumerated() {
      let s = sessionOf[k]
      denominators[s] += d * d
      for i in 0..<m where residuals[k][i] != 0 { numerators[s][i] += d * residuals[k][i] }
    }
    let totalN = (0..<m).map { i in numerators.reduce(0) { $0 + $1[i] } }
    let totalD = denominators.reduce(0, +)
    let grid = self.grid

    // Per λ: per roll call, the log likelihood on the grid with cross-fitted weights.
    func table(ridge: Double) -> [[Double]] {
      used.indices.map { k in
        let rollCall = rollCalls[used[k]]
        let s = sessionOf[k]
        let denominator = totalD - denominators[s] + ridge
        // The backer's surprises per unit of pull, weighted by its baseline.
        let b = rollCall.codes.firstIndex(of: backer)!
        let outcome = rollCall.baseline[b]
        let e = BackerInfluence.expectedVote(outcome)
        let unit = SIMD4(1 - e, -e, -1 - e, 0)
        var row = [Double](repeating: 0, count: grid.count)
        for (i, code) in rollCall.codes.enumerated() {
          guard code != backer, let c = Vote(rawValue: rollCall.observed[i]), c != .nonVoting
          else { continue }
          let j = codeIndex[code]!
          let w = (totalN[j] - numerators[s][j]) / denominator
          guard w != 0 else { continue }
          let cuts = LatentCuts(rollCall.baseline[i])
          let present = 1 - cuts.absence
          var previous = cuts
          for (g, theta) in grid.enumerated() {
            // The cuts that keep the member's baseline over the backer's draw (as in
            // `ScenarioModel`), then the shift of the backer's recorded vote.
            let pull = theta * w
            let adjusted = cuts.preservingMarginals(
              pull: pull, surprises: unit, weights: outcome, start: previous)
            previous = adjusted
            let p = adjusted.probabilities(shift: pull * surprises[k])
            row[g] += log(max(p[Int(c.rawValue)] / present, ForecastScore.probabilityFloor))
          }
        }
        return row
      }
    }
    func argmax(_ table: [[Double]], rows: [Int]) -> Int {
      var sums = [Double](repeating: 0, count: grid.count)
      for k in rows { for g in grid.indices { sums[g] += table[k][g] } }
      var best = 0
      for g in grid.indices where sums[g] > sums[best] { best = g }
      return best
    }
    func crossValidatedGain(_ table: [[Double]]) -> Double {
      var gain = 0.0
      for s in sessions.indices {
        let inside = used.indices.filter { sessionOf[$0] == s }
        let outside = used.indices.filter { sessionOf[$0] != s }
        guard !outside.isEmpty else { continue }
        let g = argmax(table, rows: outside)
        for k in inside { gain += table[k][g] - table[k][0] }
      }
      return gain
    }
    var best: (ridge: Double, table: [[Double]], gain: Double)?
    for ridge in ridges {
      let t = table(ridge: ridge)
      let gain = crossValidatedGain(t)
      if best == nil || gain > best!.gain { best = (ridge, t, gain) }
    }
    let chosen = best!
    let all = Array(used.indices)
    let strength = Rounding.decimals(grid[argmax(chosen.table, rows: all)], 3)
    var rng = Xoshiro256StarStar(seed: seed)
    var samples: [Double] = []
    for _ in 0..<replicates {
      let sample = all.map { _ in Int(rng.next() % UInt64(all.count)) }
      samples.append(grid[argmax(chosen.table, rows: sample)])
    }
    // The grid's step is 0.1: an interval between grid points is given to 0.01.
    let interval = Percentiles.interval(samples, fallback: strength).map {
      Rounding.decimals($0, 2)
    }
    let votes = used.reduce(0) { total, index in
      total + rollCalls[index].observed.filter { $0 <= Vote.no.rawValue }.count
    }
    var weights: [String: Double] = [:]
    for i in 0..<m where codeNames[i] != backer.rawValue {
      weights[codeNames[i]] = Rounding.decimals(totalN[i] / (totalD + chosen.ridge), 4)
    }
    let influence = BackerInfluence(
      backer: backer, strength: strength, interval: interval, isActive: chosen.gain > 0,
      crossValidatedGain: Rounding.decimals(1000 * chosen.gain / Double(max(1, votes)), 4),
      rollCalls: used.count, ridge: chosen.ridge, weights: weights)
    return Result(
      influence: influence, table: chosen.table, used: used, surprises: surprises,
      residuals: residuals, codeNames: codeNames)
  }

  /// The backer's influence re-estimated on a resample of the fitted roll
  /// calls (`counts[r]` = how often roll call r was drawn): weights from the
  /// resampled sums, strength from the resampled likelihood table.
  static func replicate(_ result: Result, counts: [Int]) -> BackerInfluence {
    var influence = result.influence
    let m = result.codeNames.count
    var numerator = [Double](repeating: 0, count: m)
    var denominator = influence.ridge
    var sums = [Double](repeating: 0, count: grid.count)
    for (k, index) in result.used.enumerated() where counts[index] > 0 {
      let times = Double(counts[index])
      let d = result.surprises[k]
      denominator += times * d * d
      for i in 0..<m where result.residuals[k][i] != 0 {
        numerator[i] += times * d * result.residuals[k][i]
      }
      for g in grid.indices { sums[g] += times * result.table[k][g] }
    }
    var best = 0
    for g in grid.indices where sums[g] > sums[best] { best = g }
    influence.strength = Rounding.decimals(grid[best], 3)
    var weights: [String: Double] = [:]
    for i in 0..<m where result.codeNames[i] != influence.backer.rawValue {
      weights[result.codeNames[i]] = Rounding.decimals(numerator[i] / denominator, 4)
    }
    influence.weights = weights
    return influence
  }
}
