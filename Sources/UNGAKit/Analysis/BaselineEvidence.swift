import Foundation

/// Everything the baseline (MODEL.md §1) reads about one target, gathered
/// once so that its probabilities can be recomputed cheaply for many
/// parameter values: this is the one place the baseline's formula lives
/// (`Baseline`, the backtest's model and calibration all call it).
///
/// For member `i` on the target's date and category `c` ∈ {yes, abstain, no}:
///
/// - `n_ic = Σ_r w_r·[vote_ir = c]` over the references `r` (dated before
///   the target), `w_r = 2^(−age_r / h)`, age in years;
/// - `π_gc`, the share of `c` among the present votes of `i`'s regional
///   group on the same references, weighted alike (without references, the
///   group's members' share over the recent years; 1/3 each without any);
/// - `σ_ic`, `i`'s own share of `c` among its present votes on the
///   whole-text roll calls of the `BaselineParameters.recentYears` before
///   the target (`π_gc` without any);
/// - `p_ic ∝ (n_ic + β_g·π_gc + β_s·σ_ic + ε)^γ` among present votes.
///
/// Non-voting: `q_i = logistic(a_0 + a_1·logit(ρ_i) + a_2·logit(ρ_i^ref)
/// + a_3·logit(ρ_i^q) + a_4·logit(ρ^ref))` with `ρ_i = (x_i + ½)/(m_i + 1)`
/// from its `x_i` absences among `m_i` recorded votes of the recent years;
/// `ρ_i^ref` the same from its recency-weighted absences on the references
/// (`ρ_i` when it has no vote there); `ρ_i^q` from its votes of the last
/// quarter (`BaselineParameters.quarterYears`), which catch a delegation that
/// has just stopped voting or started again; and `ρ^ref` the recency-weighted
/// share of all members absent on the references (all members' recent share
/// without references): how well attended this text's earlier votes were. The probabilities are
/// `(1 − q_i)·p_ic` and `q_i`.
public struct BaselineEvidence: Sendable {
  /// Members on the target's date, as dataset state indices, ascending.
  public let members: [Int]
  /// Each member's regional group, by `RegionalGroup.allCases` position.
  public let memberGroups: [Int]
  /// Years from each usable reference to the target (never negative).
  public let referenceAges: [Double]
  /// `references × members` vote bytes (`Dataset.notMember` where the member
  /// was not one), row by reference.
  public let memberVotes: [UInt8]
  /// `references × groups × 3` present votes (yes, abstain, no) of every
  /// state of each group on each reference (former members included).
  public let groupCounts: [Double]
  /// `members × 4` whole-text vote counts over the recent years.
  public let recentCounts: [Double]
  /// `groups × 3` present votes of the members of each group over the recent years.
  public let groupRecent: [Double]
  /// `members × 2` absences and recorded votes of each member over the last quarter.
  public let quarterCounts: [Double]
  /// `references × 2` absences and members of every state on each reference
  /// (former members included).
  public let referenceTurnout: [Double]
  /// Absences and recorded votes of all members over the recent years.
  public let recentTurnout: SIMD2<Double>

  private static let groupCount = RegionalGroup.allCases.count

  /// Gathers the evidence for a target dated `date` from `references`
  /// (indices in `dataset.rollCalls`); references without a member's vote
  /// are left out. The recent terms come from `history` (whole-text votes
  /// dated before `date`).
  /// - Complexity: O(k · s) for k references and s states.
  public init(dataset: Dataset, date: CalendarDate, references: [Int], history: VoteHistory) {
    let stateCount = dataset.states.count
    let members = dataset.members(on: date)
    var isMember = [Bool](repeating: false, count: stateCount)
    for state in members { isMember[state] = true }
    let groupOf = Dictionary(
      uniqueKeysWithValues: RegionalGroup.allCases.enumerated().map { ($1, $0) })
    let stateGroups = dataset.states.map { groupOf[$0.group] ?? 0 }
    var ages: [Double] = []
    var votes: [UInt8] = []
    var groups: [Double] = []
    var turnout: [Double] = []
    for reference in references {
      let row = dataset.votes(rollCall: reference)
      guard zip(row, isMember).contains(where: { $0.1 && $0.0 <= Vote.no.rawValue }) else {
        continue
      }
      ages.append(max(0, dataset.rollCalls[reference].date.years(until: date)))
      var counts = [Double](repeating: 0, count: BaselineEvidence.groupCount * 3)
      var absent = 0.0
      var voters = 0.0
      for (state, byte) in zip(0..<stateCount, row) where byte <= Vote.nonVoting.rawValue {
        voters += 1
        if byte == Vote.nonVoting.rawValue {
          absent += 1
        } else {
          counts[stateGroups[state] * 3 + Int(byte)] += 1
        }
      }
      turnout += [absent, voters]
      groups += counts
      for state in members { votes.append(row[row.startIndex + state]) }
    }
    let window = history.window(before: date, years: BaselineParameters.recentYears)
    var recent: [Double] = []
    recent.reserveCapacity(members.count * 4)
    var groupRecent = [Double](repeating: 0, count: BaselineEvidence.groupCount * 3)
    for state in members {
      let counts = history.counts(state: state, rollCalls: window)
      for c in 0..<4 { recent.append(Double(counts[c])) }
      for c in 0..<3 { groupRecent[stateGroups[state] * 3 + c] += Double(counts[c]) }
    }
    let quarter = history.window(before: date, years: BaselineParameters.quarterYears)
    var quarterCounts: [Double] = []
    quarterCounts.reserveCapacity(members.count * 2)
    for state in members {
      let counts = history.counts(state: state, rollCalls: quarter)
      quarterCounts += [Double(counts[3]), Double(counts.wrappedSum())]
    }
    self.quarterCounts = quarterCounts
    let recentTotals = history.totalCounts(rollCalls: window)
    recentTurnout = SIMD2(Double(recentTotals[3]), Double(recentTotals.wrappedSum()))
    referenceTurnout = turnout
    self.groupRecent = groupRecent
    self.members = members
    memberGroups = members.map { stateGroups[$0] }
    referenceAges = ages
    memberVotes = votes
    groupCounts = groups
    recentCounts = recent
  }

  /// The number of usable references.
  public var referenceCount: Int { referenceAges.count }

  /// Each member's probabilities of yes, abstain, no and non-voting:
  /// `members.count × 4` values, row by member, in `Vote` raw-value order.
  /// - Complexity: O(k · n) for k references and n members.
  public func probabilities(_ parameters: BaselineParameters) -> [Double] {
    let present = presentShares(parameters)
    let q = absence(parameters)
    var p = [Double](repeating: 0, count: members.count * 4)
    for i in members.indices {
      for c in 0..<3 { p[i * 4 + c] = (1 - q[i]) * present[i * 3 + c] }
      p[i * 4 + 3] = q[i]
    }
    return p
  }

  /// `P(c | present)` for c = yes, abstain, no: `members.count × 3` values.
  public func presentShares(_ parameters: BaselineParameters) -> [Double] {
    let k = referenceCount
    let n = members.count
    let g = BaselineEvidence.groupCount
    var groupTotals = [Double](repeating: 0, count: g * 3)
    var counts = [Double](repeating: 0, count: n * 3)
    memberVotes.withUnsafeBufferPointer { votes in
      counts.withUnsafeMutableBufferPointer { counts in
        for r in 0..<k {
          let weight = exp2(-referenceAges[r] / parameters.halfLife)
          for c in 0..<(g * 3) { groupTotals[c] += weight * groupCounts[r * g * 3 + c] }
          let base = r * n
          for i in 0..<n {
            let byte = votes[base + i]
            if byte <= Vote.no.rawValue { counts[i * 3 + Int(byte)] += weight }
          }
        }
      }
    }
    var shares = [Double](repeating: 0, count: n * 3)
    for i in 0..<n {
      let group = memberGroups[i] * 3
      var groupValues = SIMD3(groupTotals[group], groupTotals[group + 1], groupTotals[group + 2])
      if groupValues.sum() <= 0 {
        groupValues = SIMD3(groupRecent[group], groupRecent[group + 1], groupRecent[group + 2])
      }
      let groupSum = groupValues.sum()
      let ownSum = recentCounts[i * 4] + recentCounts[i * 4 + 1] + recentCounts[i * 4 + 2]
      var x = SIMD3<Double>()
      for c in 0..<3 {
        let pi = groupSum > 0 ? groupValues[c] / groupSum : 1.0 / 3
        let sigma = ownSum > 0 ? recentCounts[i * 4 + c] / ownSum : pi
        let base =
          counts[i * 3 + c] + parameters.groupWeight * pi + parameters.ownWeight * sigma
          + parameters.floor
        x[c] = parameters.exponent == 1 ? base : pow(base, parameters.exponent)
      }
      let total = x.sum()
      for c in 0..<3 { shares[i * 3 + c] = x[c] / total }
    }
    return shares
  }

  /// The number of absence features (`absenceFeatures`).
  public static let absenceFeatureCount = 4

  /// The absence features of every member: `members.count × 4` values, the
  /// logits of `ρ_i`, `ρ_i^ref`, `ρ_i^q` and `ρ^ref` (see the type).
  public func absenceFeatures(halfLife: Double) -> [Double] {
    let k = referenceCount
    let n = members.count
    var absent = [Double](repeating: 0, count: n)
    var total = [Double](repeating: 0, count: n)
    var allAbsent = 0.0
    var allTotal = 0.0
    for r in 0..<k {
      let weight = exp2(-referenceAges[r] / halfLife)
      allAbsent += weight * referenceTurnout[r * 2]
      allTotal += weight * referenceTurnout[r * 2 + 1]
      for i in 0..<n {
        let byte = memberVotes[r * n + i]
        guard byte != Dataset.notMember else { continue }
        total[i] += weight
        if byte == Vote.nonVoting.rawValue { absent[i] += weight }
      }
    }
    let width = BaselineEvidence.absenceFeatureCount
    let attendance =
      allTotal > 0
      ? BaselineEvidence.logit((allAbsent + 0.5) / (allTotal + 1))
      : BaselineEvidence.logit((recentTurnout[0] + 0.5) / (recentTurnout[1] + 1))
    var features = [Double](repeating: 0, count: n * width)
    for i in 0..<n {
      let recentAbsent = recentCounts[i * 4 + 3]
      let recentTotal =
        recentCounts[i * 4] + recentCounts[i * 4 + 1] + recentCounts[i * 4 + 2]
        + recentAbsent
      let recent = BaselineEvidence.logit((recentAbsent + 0.5) / (recentTotal + 1))
      features[i * width] = recent
      features[i * width + 1] =
        total[i] > 0 ? BaselineEvidence.logit((absent[i] + 0.5) / (total[i] + 1)) : recent
      features[i * width + 2] = BaselineEvidence.logit(
        (quarterCounts[i * 2] + 0.5) / (quarterCounts[i * 2 + 1] + 1))
      features[i * width + 3] = attendance
    }
    return features
  }

  /// `q_i` for every member.
  public func absence(_ parameters: BaselineParameters) -> [Double] {
    let features = absenceFeatures(halfLife: parameters.halfLife)
    let width = BaselineEvidence.absenceFeatureCount
    let a = parameters.absence
    return members.indices.map { i in
      var z = a[0]
      for j in 0..<min(width, a.count - 1) { z += a[j + 1] * features[i * width + j] }
      return BaselineEvidence.logistic(z)
    }
  }

  /// `ln(p / (1 − p))`.
  public static func logit(_ p: Double) -> Double { log(p / (1 - p)) }

  /// `1 / (1 + e^(−x))`.
  public static func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
}
