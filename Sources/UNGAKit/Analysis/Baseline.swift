import Foundation

/// Each member state's vote distribution in the reference world (MODEL.md §1).
///
/// For state `i` and vote `c` (yes, abstain, no, non-voting), over the
/// reference roll calls `r` on which `i` was a member,
///
///     n_ic = Σ_r w_r · [vote_ir = c],   w_r = 2^(−age_r / h)
///
/// (age in years before the target's date, never negative). The state's
/// regional group gives a prior from the same roll calls,
/// `π_gc = (Σ_{j∈g} n_jc + 1) / (Σ_{j∈g} Σ_c n_jc + 4)`, summed over every
/// state of the group that voted on them (former members included), and
///
///     p_ic = (n_ic + α · π_{g(i)c}) / (Σ_c n_ic + α),
///
/// so a state without history takes its group's pattern and no probability is
/// 0 or 1. Only states that are members on the target's date are modelled.
///
/// The baseline also holds each member's *reference stance* (MODEL.md §3):
/// on each reference, +1 where the state sponsored the text, −1 where it voted
/// no, 0 otherwise; aggregated as the recency-weighted mean
/// `s_ref = Σ_r w_r s_r / Σ_r w_r` over the references on which it was a
/// member (0 when there are none), a number in [−1, 1].
public struct Baseline: Sendable {
  /// One reference roll call with its recency weight.
  public struct Reference: Sendable, Hashable, Codable {
    /// Index in `Dataset.rollCalls`.
    public var rollCall: Int
    public var id: DocumentID
    public var date: CalendarDate
    /// Years before the target's date (0 for later or same-day roll calls).
    public var age: Double
    /// `2^(−age / h)`, in (0, 1].
    public var weight: Double
  }

  /// The target's date.
  public let date: CalendarDate
  /// Members on `date`, as dataset state indices, ascending.
  public let members: [Int]
  /// The references that carry at least one member's vote, by date.
  public let references: [Reference]
  /// References dropped because no member on `date` voted on them.
  public let skippedReferences: [DocumentID]
  /// Half-life `h` of the recency weights, in years.
  public let halfLife: Double
  /// Prior strength `α`, in weighted roll calls.
  public let priorStrength: Double
  /// `members.count × 4` probabilities, row by member, columns in `Vote` raw
  /// order (yes, abstain, no, non-voting); each row sums to 1.
  public let probabilities: [Double]
  /// The weighted evidence `Σ_c n_ic` behind each member's row.
  public let evidence: [Double]
  /// Each member's reference stance, in [−1, 1].
  public let referenceStances: [Double]
  /// The group prior `π_g`, by `RegionalGroup.allCases` position, 4 values each.
  public let groupPriors: [[Double]]

  private let positionByState: [Int]

  /// Builds the baseline for a target dated `date` from the given roll calls.
  ///
  /// - Parameters:
  ///   - referenceRollCalls: indices in `dataset.rollCalls` (see `ReferenceSelection`).
  ///   - halfLife: `h` > 0, years.
  ///   - priorStrength: `α` > 0.
  ///   - target: how errors name the target.
  /// - Throws: `AnalysisError.invalidParameter` for `h` or `α` out of range,
  ///   `AnalysisError.noUsableReferences` when no reference has a member's vote.
  /// - Complexity: O(r · s) for r references and s states in the dataset.
  public init(
    dataset: Dataset, date: CalendarDate, referenceRollCalls: [Int], halfLife: Double,
    priorStrength: Double, target: String
  ) throws(AnalysisError) {
    guard halfLife > 0, halfLife.isFinite else {
      throw .invalidParameter(
        name: "half-life", value: "\(halfLife)", expected: "a positive number of years")
    }
    guard priorStrength > 0, priorStrength.isFinite else {
      throw .invalidParameter(
        name: "prior strength", value: "\(priorStrength)", expected: "a positive number")
    }
    let stateCount = dataset.states.count
    let members = dataset.members(on: date)
    var isMember = [Bool](repeating: false, count: stateCount)
    for state in members { isMember[state] = true }

    var references: [Reference] = []
    var skipped: [DocumentID] = []
    for index in referenceRollCalls {
      let row = dataset.votes(rollCall: index)
      let usable = zip(row, isMember).contains { byte, member in
        member && byte <= Vote.no.rawValue
      }
      let rollCall = dataset.rollCalls[index]
      guard usable else {
        skipped.append(rollCall.id)
        continue
      }
      let age = max(0, rollCall.date.years(until: date))
      references.append(
        Reference(
          rollCall: index, id: rollCall.id, date: rollCall.date, age: age,
          weight: exp2(-age / halfLife)))
    }
    guard !references.isEmpty else {
      let reason =
        referenceRollCalls.isEmpty
        ? "none matched" : "none of the \(referenceRollCalls.count) has a vote by a member"
      throw .noUsableReferences(target: target, reason: reason)
    }

    // Weighted counts for every state, and weighted stance sums.
    var counts = [Double](repeating: 0, count: stateCount * 4)
    var stanceSum = [Double](repeating: 0, count: stateCount)
    var stanceWeight = [Double](repeating: 0, count: stateCount)
    for reference in references {
      var sponsored = [Bool](repeating: false, count: stateCount)
      for sponsorship in dataset.sponsorships(rollCall: reference.rollCall) {
        if let state = dataset.stateIndex(sponsorship.state) { sponsored[state] = true }
      }
      let row = dataset.votes(rollCall: reference.rollCall)
      for (state, byte) in zip(0..<stateCount, row) where byte != Dataset.notMember {
        counts[state * 4 + Int(byte)] += reference.weight
        stanceWeight[state] += reference.weight
        if sponsored[state] {
          stanceSum[state] += reference.weight
        } else if byte == Vote.no.rawValue {
          stanceSum[state] -= reference.weight
        }
      }
    }

    var groupTotals = [[Double]](repeating: [0, 0, 0, 0], count: RegionalGroup.allCases.count)
    let groupPosition = Dictionary(
      uniqueKeysWithValues: RegionalGroup.allCases.enumerated().map { ($1, $0) })
    for (state, info) in dataset.states.enumerated() {
      let g = groupPosition[info.group] ?? 0
      for c in 0..<4 { groupTotals[g][c] += counts[state * 4 + c] }
    }
    let priors = groupTotals.map { totals -> [Double] in
      let sum = totals.reduce(0, +)
      return totals.map { ($0 + 1) / (sum + 4) }
    }

    var probabilities = [Double](repeating: 0, count: members.count * 4)
    var evidence = [Double](repeating: 0, count: members.count)
    var stances = [Double](repeating: 0, count: members.count)
    var positionByState = [Int](repeating: -1, count: stateCount)
    for (position, state) in members.enumerated() {
      positionByState[state] = position
      let prior = priors[groupPosition[dataset.states[state].group] ?? 0]
      let total = (0..<4).reduce(0.0) { $0 + counts[state * 4 + $1] }
      evidence[position] = total
      for c in 0..<4 {
        probabilities[position * 4 + c] =
          (counts[state * 4 + c] + priorStrength * prior[c]) / (total + priorStrength)
      }
      if stanceWeight[state] > 0 { stances[position] = stanceSum[state] / stanceWeight[state] }
    }

    self.date = date
    self.members = members
    self.references = references
    self.skippedReferences = skipped
    self.halfLife = halfLife
    self.priorStrength = priorStrength
    self.probabilities = probabilities
    self.evidence = evidence
    self.referenceStances = stances
    self.groupPriors = priors
    self.positionByState = positionByState
  }

  /// The position of a dataset state in `members`, or `nil` if it is not a member on `date`.
  public func position(ofState state: Int) -> Int? {
    guard positionByState.indices.contains(state) else { return nil }
    let position = positionByState[state]
    return position >= 0 ? position : nil
  }

  /// The probability that member `position` casts `vote`.
  public func probability(member position: Int, vote: Vote) -> Double {
    probabilities[position * 4 + Int(vote.rawValue)]
  }
}
