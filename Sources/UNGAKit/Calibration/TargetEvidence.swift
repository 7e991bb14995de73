import Foundation

/// Everything the vote model reads about one target roll call, gathered once
/// so that its marginals can be recomputed cheaply for many parameter values.
///
/// `probabilities` gives, for the members on the target's date, exactly the
/// probabilities of `Baseline` (MODEL.md §1), shifted through the latent form
/// as `ScenarioModel` shifts them for the recorded sponsors (§2–3). Three
/// choices differ from the simulator. With the simulator's reading, the
/// influence fitted to sessions 60–69 was 0 (bootstrap interval 0–0): most
/// sponsors counted as new backers of texts whose earlier sponsor lists are
/// simply not in the data, or of texts matched only by shared tags.
///
/// - **Reference stance from known lists only.** A reference roll call whose
///   text has no recorded sponsor in the data says nothing about who sponsored
///   it: there a state's stance is −1 if it voted no and unknown otherwise
///   (left out of the average), not 0. A sponsor with no known stance on any
///   reference moves no one. (The catalogue covers only the drafts one state
///   sponsored: reading a missing list as "nobody sponsored" made every
///   sponsor a new backer.)
/// - **Same text only.** References found by shared issue tags are other
///   resolutions; a sponsor's stance on them is no reference stance for this
///   one, so such a target moves no one.
/// - **Sponsors' own votes** follow `compliance` (see `ModelPredictor`).
///
/// Calibration evaluates it thousands of times per target, so it works on
/// flat arrays of the references' votes instead of going back to the dataset.
struct TargetEvidence: Sendable {
  /// The target's index in `Dataset.rollCalls`.
  let rollCall: Int
  /// Members on the target's date, as dataset state indices, ascending.
  let members: [Int]
  /// Each member's regional group, by `RegionalGroup.allCases` position.
  let memberGroups: [Int]
  /// Years from each usable reference to the target (never negative).
  let referenceAges: [Double]
  /// `references × members` vote bytes (`Dataset.notMember` where the member
  /// was not one on the reference's date), row by reference.
  let memberVotes: [UInt8]
  /// `references × groups × 4` counts of the votes of every state of the group
  /// that was a member on the reference's date (former members included).
  let groupCounts: [Double]
  /// Positions in `members` of the recorded sponsors.
  let sponsors: [Int]
  /// `sponsors × references` stances on the references: +1 sponsored, −1
  /// voted no (without sponsoring), 0 otherwise where the reference's sponsor
  /// list is known, `notMember` where the stance is unknown (no member, or a
  /// yes or abstention on a reference without a known list).
  let sponsorStances: [Int8]
  /// The session's weights (`SessionAlignments.Entry.weights`), or empty when
  /// the target has no sponsor, its references are not the same text, or its
  /// session was not measured.
  let weights: [[Double]]

  /// The `sponsorStances` entry of an unknown stance.
  static let notMember = Int8.min
  /// Groups, in the order of `RegionalGroup.allCases`.
  private static let groupCount = RegionalGroup.allCases.count

  /// Gathers the evidence of `target` from its `references` (most recent first,
  /// as `ReferenceFinder` returns them); `nil` when none has a vote by a
  /// member on the target's date (the same test as `Baseline`).
  /// - Complexity: O(k · s) for k references and s states.
  init?(
    dataset: Dataset, target: Int, references: ReferenceFinder.References,
    alignments: SessionAlignments?
  ) {
    let sameText = references.match == .title || references.match == .similarTitle
    let references = references.rollCalls
    let rollCall = dataset.rollCalls[target]
    let stateCount = dataset.states.count
    let members = dataset.members(on: rollCall.date)
    var isMember = [Bool](repeating: false, count: stateCount)
    for state in members { isMember[state] = true }
    let groupOf = Dictionary(
      uniqueKeysWithValues: RegionalGroup.allCases.enumerated().map { ($1, $0) })
    let stateGroups = dataset.states.map { groupOf[$0.group] ?? 0 }

    var usable: [Int] = []
    for reference in references {
      let row = dataset.votes(rollCall: reference)
      if zip(row, isMember).contains(where: { $0.1 && $0.0 <= Vote.no.rawValue }) {
        usable.append(reference)
      }
    }
    guard !usable.isEmpty else { return nil }

    var sponsors: [Int] = []
    var positionByState = [Int](repeating: -1, count: stateCount)
    for (position, state) in members.enumerated() { positionByState[state] = position }
    var sponsorSeen = Set<Int>()
    for sponsorship in dataset.sponsorships(rollCall: target) {
      guard let state = dataset.stateIndex(sponsorship.state), positionByState[state] >= 0,
        sponsorSeen.insert(state).inserted
      else { continue }
      sponsors.append(positionByState[state])
    }

    var ages: [Double] = []
    var votes: [UInt8] = []
    var groups: [Double] = []
    var stances = [Int8](repeating: TargetEvidence.notMember, count: sponsors.count * usable.count)
    votes.reserveCapacity(usable.count * members.count)
    for (r, reference) in usable.enumerated() {
      let referenceCall = dataset.rollCalls[reference]
      ages.append(max(0, referenceCall.date.years(until: rollCall.date)))
      let row = dataset.votes(rollCall: reference)
      var counts = [Double](repeating: 0, count: TargetEvidence.groupCount * 4)
      for (state, byte) in zip(0..<stateCount, row) where byte != Dataset.notMember {
        counts[stateGroups[state] * 4 + Int(byte)] += 1
      }
      groups += counts
      for state in members { votes.append(row[row.startIndex + state]) }
      guard !sponsors.isEmpty else { continue }
      var sponsored = Set<Int>()
      let referenceSponsorships = dataset.sponsorships(rollCall: reference)
      for sponsorship in referenceSponsorships {
        if let state = dataset.stateIndex(sponsorship.state) { sponsored.insert(state) }
      }
      let listKnown = !referenceSponsorships.isEmpty
      for (k, position) in sponsors.enumerated() {
        let state = members[position]
        let byte = row[row.startIndex + state]
        guard byte != Dataset.notMember else { continue }
        if byte == Vote.no.rawValue && !sponsored.contains(state) {
          stances[k * usable.count + r] = -1
        } else if listKnown {
          stances[k * usable.count + r] = sponsored.contains(state) ? 1 : 0
        }
      }
    }

    self.rollCall = target
    self.members = members
    self.memberGroups = members.map { stateGroups[$0] }
    self.referenceAges = ages
    self.memberVotes = votes
    self.groupCounts = groups
    self.sponsors = sponsors
    self.sponsorStances = stances
    if sponsors.isEmpty || !sameText {
      self.weights = []
    } else {
      self.weights =
        alignments?.entry(session: rollCall.session, members: members)?.weights ?? []
    }
  }

  /// The number of usable references.
  var referenceCount: Int { referenceAges.count }

  /// Whether a change of κ or of the weight rule can change the marginals.
  var hasBackerShifts: Bool { !sponsors.isEmpty && !weights.isEmpty }

  /// The baseline probabilities `p_i` of every member (MODEL.md §1): `members.count × 4`
  /// values, row by member, columns in `Vote` raw-value order.
  /// - Complexity: O(k · n) for k references and n members.
  func baseline(halfLife: Double, priorStrength: Double) -> [Double] {
    let k = referenceCount
    let n = members.count
    let groupCount = TargetEvidence.groupCount
    var groupTotals = [Double](repeating: 0, count: groupCount * 4)
    var counts = [Double](repeating: 0, count: n * 4)
    // Flat loops over buffers: this runs thousands of times per calibration.
    memberVotes.withUnsafeBufferPointer { votes in
      counts.withUnsafeMutableBufferPointer { counts in
        for r in 0..<k {
          let weight = exp2(-referenceAges[r] / halfLife)
          let groupBase = r * groupCount * 4
          for c in 0..<(groupCount * 4) { groupTotals[c] += weight * groupCounts[groupBase + c] }
          let base = r * n
          for i in 0..<n {
            let byte = votes[base + i]
            if byte != Dataset.notMember { counts[i * 4 + Int(byte)] += weight }
          }
        }
      }
    }
    var priors = [Double](repeating: 0, count: groupCount * 4)
    for g in 0..<groupCount {
      let total =
        groupTotals[g * 4] + groupTotals[g * 4 + 1] + groupTotals[g * 4 + 2]
        + groupTotals[g * 4 + 3]
      for c in 0..<4 { priors[g * 4 + c] = (groupTotals[g * 4 + c] + 1) / (total + 4) }
    }
    var p = [Double](repeating: 0, count: n * 4)
    for i in 0..<n {
      let total = counts[i * 4] + counts[i * 4 + 1] + counts[i * 4 + 2] + counts[i * 4 + 3]
      let prior = memberGroups[i] * 4
      for c in 0..<4 {
        p[i * 4 + c] =
          (counts[i * 4 + c] + priorStrength * priors[prior + c]) / (total + priorStrength)
      }
    }
    return p
  }

  /// Each member's shift `Δ_i = κ · Σ_b w_ib · (1 − s_b^ref)` over the recorded
  /// sponsors b (stance +1), or `nil` when nothing moves anyone.
  func shifts(halfLife: Double, influence: Double, ruleIndex: Int) -> [Double]? {
    guard influence != 0, hasBackerShifts, weights.indices.contains(ruleIndex) else { return nil }
    let k = referenceCount
    let n = members.count
    let referenceWeights = referenceAges.map { exp2(-$0 / halfLife) }
    let matrix = weights[ruleIndex]
    var shifts = [Double](repeating: 0, count: n)
    var moved = false
    for (b, backer) in sponsors.enumerated() {
      var sum = 0.0
      var total = 0.0
      for r in 0..<k {
        let stance = sponsorStances[b * k + r]
        guard stance != TargetEvidence.notMember else { continue }
        sum += referenceWeights[r] * Double(stance)
        total += referenceWeights[r]
      }
      guard total > 0 else { continue }
      let change = 1 - sum / total
      guard change != 0 else { continue }
      let row = backer * n
      for i in 0..<n where matrix[row + i] != 0 {
        shifts[i] += influence * matrix[row + i] * change
        moved = true
      }
    }
    return moved ? shifts : nil
  }

  /// The model's probabilities for every member (in `members` order): the
  /// baseline moved by the backer shifts through the ordered-probit form, and
  /// each recorded sponsor present with its baseline's probability and then
  /// voting yes with probability `compliance`, else as the others move it.
  /// `members.count × 4` values, row by member, columns in `Vote` raw-value order.
  /// - Complexity: O(k · n) plus O(b · n) for b sponsors.
  func probabilities(
    halfLife: Double, priorStrength: Double, influence: Double, ruleIndex: Int,
    compliance: Double
  ) -> [Double] {
    var p = baseline(halfLife: halfLife, priorStrength: priorStrength)
    if let shifts = shifts(halfLife: halfLife, influence: influence, ruleIndex: ruleIndex) {
      for i in shifts.indices where shifts[i] != 0 {
        let moved = TargetEvidence.shifted(
          SIMD4(p[i * 4], p[i * 4 + 1], p[i * 4 + 2], p[i * 4 + 3]), by: shifts[i])
        for c in 0..<4 { p[i * 4 + c] = moved[c] }
      }
    }
    for position in sponsors {
      let row = position * 4
      let absent = p[row + 3]
      for c in 0..<3 { p[row + c] *= 1 - compliance }
      p[row] += compliance * (1 - absent)
    }
    return p
  }

  /// `probabilities(…)` as one vector per member.
  func marginals(
    halfLife: Double, priorStrength: Double, influence: Double, ruleIndex: Int,
    compliance: Double
  ) -> [SIMD4<Double>] {
    let p = probabilities(
      halfLife: halfLife, priorStrength: priorStrength, influence: influence,
      ruleIndex: ruleIndex, compliance: compliance)
    return (0..<members.count).map { SIMD4(p[$0 * 4], p[$0 * 4 + 1], p[$0 * 4 + 2], p[$0 * 4 + 3]) }
  }

  /// `p` with the latent utility moved by `shift` standard deviations
  /// (MODEL.md §2): non-voting kept, the yes/abstain/no split among present
  /// members read through `t⁺ = Φ⁻¹(1 − P(yes | present))` and
  /// `t⁻ = Φ⁻¹(P(no | present))`.
  static func shifted(_ p: SIMD4<Double>, by shift: Double) -> SIMD4<Double> {
    let present = p[0] + p[1] + p[2]
    guard present > 0 else { return p }
    let upper = StandardNormal.quantile((p[1] + p[2]) / present)
    let lower = StandardNormal.quantile(p[2] / present)
    let absent = p[3]
    let scale = 1 - absent
    let yes = scale * StandardNormal.survival(upper - shift)
    let no = scale * StandardNormal.cdf(lower - shift)
    return SIMD4(yes, max(0, scale - yes - no), no, absent)
  }
}
