import Dispatch
import Foundation

/// Everything the Monte Carlo hot loop reads, in contiguous buffers of plain
/// numbers, built once per run and never written afterwards.
///
/// **Slots.** Members are laid out by bloc: bloc `k` owns the slots
/// `blocStart[k] ..< blocStart[k] + blocWidth[k]`, its members first (in
/// model order), then padding up to a multiple of `lanes`. A padding slot's
/// uniform stays 0 and its cuts never count it (yes cut 0, no cut `UInt32.max`).
///
/// **Cuts.** A member's 32-bit uniform `u` decides everything in a trial:
/// non-voting when `u < absence`, else yes when `u < yesCut`, no when
/// `u > noCut`, abstain otherwise. The cuts are cumulative probabilities
/// times 2³², rounded (an error below 2⁻³² per vote), and conditional on the
/// bin of the member's bloc factor (`LatentFactorGrid`). A forced backer has
/// yes cut 0 and no cut `UInt32.max` (it counts nowhere) and is added to the
/// tally by its vote. Uniforms and cuts are stored as *keys* (`key(_:)`, the
/// value with its top bit flipped, read as `Int32`), so that the unsigned
/// comparisons are plain signed ones in the SIMD lanes.
///
/// **Tables.** Scenario `s` has one *cut set* per combination of its drawn
/// backers' votes (`DrawnOutcomes`; one when it has none), each
/// `2 × binCount × slotCount` values starting at
/// `tableStart[s] + combination × cutSetSize`. Within a cut set, the row of
/// bloc `k` for bin `j` starts at `rowOffset(bloc: k, bin: j)` and holds
/// `blocWidth[k]` yes cuts then `blocWidth[k]` no cuts.
///
/// Invariants the hot loop relies on (checked by construction here):
/// every `blocStart[k]` and `blocWidth[k]` is a multiple of `lanes`,
/// `blocStart[k] + blocWidth[k] ≤ slotCount`, every bin index is in
/// `0..<binCount`, and every combination index is below `4^K`.
final class MonteCarloPlan: @unchecked Sendable {
  /// Slots compared at once (`SIMD8<Int32>`).
  static let lanes = 8
  /// The most drawn backers a scenario may have: `4^K` cut sets are kept.
  static let drawnBackerLimit = 4

  let memberCount: Int
  let scenarioCount: Int
  let blocCount: Int
  let correlated: Bool
  /// `√ρ_g / √(1 − ρ_g − ρ_b)`: factors in units of the idiosyncratic term.
  let globalLoading: Double
  /// `√ρ_b / √(1 − ρ_g − ρ_b)`.
  let blocLoading: Double
  let grid: LatentFactorGrid
  let rule: MajorityRule
  let thresholds: [Int]
  let collectStates: Bool

  let slotCount: Int
  /// Per slot: the member, or −1 for padding.
  let slotMember: UnsafeMutablePointer<Int>
  /// Per member: its slot.
  let memberSlot: [Int]
  let blocStart: UnsafeMutablePointer<Int>
  let blocWidth: UnsafeMutablePointer<Int>
  /// Members (not padding) per bloc.
  let blocMembers: UnsafeMutablePointer<Int>
  /// Per slot, the key of `round(q_i · 2³²)`; of 0 for padding.
  let absence: UnsafeMutablePointer<Int32>
  /// All cut sets, one after another, as keys.
  let cuts: UnsafeMutablePointer<Int32>
  /// `2 × binCount × slotCount`.
  let cutSetSize: Int
  /// Per scenario, the index in `cuts` of its first cut set.
  let tableStart: UnsafeMutablePointer<Int>
  /// Backers of scenario s: `forcedSlots[forcedOffsets[s] ..< forcedOffsets[s + 1]]`.
  let forcedOffsets: UnsafeMutablePointer<Int>
  let forcedSlots: UnsafeMutablePointer<Int>
  /// Each forced backer's vote (`Vote.rawValue`: yes, abstain or no).
  let forcedVote: UnsafeMutablePointer<UInt8>
  /// Per slot and scenario (`scenarios × slotCount`): the vote of a forced
  /// backer (`Vote.rawValue`), else −1.
  let forcedVotes: UnsafeMutablePointer<Int8>
  /// Drawn backers of scenario s: `drawnSlots[drawnOffsets[s] ..< drawnOffsets[s + 1]]`,
  /// with their bloc and position within the bloc's row.
  let drawnOffsets: UnsafeMutablePointer<Int>
  let drawnBloc: UnsafeMutablePointer<Int>
  let drawnLane: UnsafeMutablePointer<Int>
  let drawnSlots: UnsafeMutablePointer<Int>
  /// Per scenario with more than `drawnBackerLimit` drawn backers, what
  /// the per-trial cuts need; `nil` for the others.
  let direct: [DirectCuts?]
  let zigguratX: UnsafeMutablePointer<Double>
  let zigguratRatio: UnsafeMutablePointer<Double>
  let zigguratDensity: UnsafeMutablePointer<Double>
  let zigguratR: Double
  private let cutCount: Int

  /// - Throws: `SimulationError.invalidParameter` for a scenario with more
  ///   than `drawnBackerLimit` drawn backers.
  /// - Complexity: O(Σ_s 4^K_s × n × bins) normal-distribution evaluations,
  ///   spread over `threads`; members whose cuts equal the first
  ///   scenario's copy its rows instead.
  init(
    model: VoteModel, scenarios: [ScenarioModel], rule: MajorityRule, thresholds: [Int],
    collectStates: Bool, threads: Int, binCount: Int = LatentFactorGrid.defaultBinCount
  ) throws(SimulationError) {
    let n = model.memberCount
    let lanes = Self.lanes
    let global = model.parameters.globalCorrelation
    let bloc = model.parameters.blocCorrelation
    let scale = (1 - global - bloc).squareRoot()
    memberCount = n
    scenarioCount = scenarios.count
    blocCount = max(1, (model.blocs.max() ?? 0) + 1, model.blocNames.count)
    correlated = global > 0 || bloc > 0
    globalLoading = global.squareRoot() / scale
    blocLoading = bloc.squareRoot() / scale
    grid = LatentFactorGrid(
      standardDeviation: ((global + bloc) / (1 - global - bloc)).squareRoot(),
      binCount: correlated ? binCount : 1)
    self.rule = rule
    self.thresholds = thresholds
    self.collectStates = collectStates

    // Slots by bloc, each bloc padded to a multiple of `lanes`.
    var members = [[Int]](repeating: [], count: blocCount)
    for i in 0..<n { members[model.blocs[i]].append(i) }
    blocStart = .allocate(capacity: blocCount)
    blocWidth = .allocate(capacity: blocCount)
    blocMembers = .allocate(capacity: blocCount)
    var slots = 0
    var slotOfMember = [Int](repeating: 0, count: n)
    var memberOfSlot: [Int] = []
    for k in 0..<blocCount {
      blocStart[k] = slots
      blocMembers[k] = members[k].count
      let width = (members[k].count + lanes - 1) / lanes * lanes
      blocWidth[k] = width
      for (lane, i) in members[k].enumerated() { slotOfMember[i] = slots + lane }
      memberOfSlot += members[k] + [Int](repeating: -1, count: width - members[k].count)
      slots += width
    }
    slotCount = max(slots, lanes)
    memberSlot = slotOfMember
    slotMember = .allocate(capacity: slotCount)
    slotMember.initialize(repeating: -1, count: slotCount)
    absence = .allocate(capacity: slotCount)
    absence.initialize(repeating: Self.key(0), count: slotCount)
    for (slot, i) in memberOfSlot.enumerated() where i >= 0 {
      slotMember[slot] = i
      absence[slot] = Self.key(Self.fixedPoint(model.absence[i]))
    }

    // Forced and drawn backers, by slot.
    let scenarioCount = scenarios.count
    forcedOffsets = .allocate(capacity: scenarioCount + 1)
    drawnOffsets = .allocate(capacity: scenarioCount + 1)
    tableStart = .allocate(capacity: max(scenarioCount, 1))
    forcedVotes = .allocate(capacity: max(scenarioCount * slotCount, 1))
    forcedVotes.initialize(repeating: -1, count: max(scenarioCount * slotCount, 1))
    var forced: [(slot: Int, vote: UInt8)] = []
    var drawn: [(slot: Int, bloc: Int, lane: Int)] = []
    cutSetSize = 2 * grid.binCount * slotCount
    var cells = 0
    forcedOffsets[0] = 0
    drawnOffsets[0] = 0
    for (s, scenario) in scenarios.enumerated() {
      for i in 0..<n {
        guard let vote = scenario.forced[i] else { continue }
        forced.append((slotOfMember[i], vote.rawValue))
        forcedVotes[s * slotCount + slotOfMember[i]] = Int8(vote.rawValue)
      }
      for backer in scenario.drawn {
        let k = model.blocs[backer.member]
        drawn.append((slotOfMember[backer.member], k, slotOfMember[backer.member] - blocStart[k]))
      }
      forcedOffsets[s + 1] = forced.count
      drawnOffsets[s + 1] = drawn.count
      tableStart[s] = cells
      cells += Self.cutSetCount(scenario) * cutSetSize
    }
    forcedSlots = .allocate(capacity: max(forced.count, 1))
    forcedVote = .allocate(capacity: max(forced.count, 1))
    for (f, entry) in forced.enumerated() {
      forcedSlots[f] = entry.slot
      forcedVote[f] = entry.vote
    }
    drawnSlots = .allocate(capacity: max(drawn.count, 1))
    drawnBloc = .allocate(capacity: max(drawn.count, 1))
    drawnLane = .allocate(capacity: max(drawn.count, 1))
    for (d, entry) in drawn.enumerated() {
      drawnSlots[d] = entry.slot
      drawnBloc[d] = entry.bloc
      drawnLane[d] = entry.lane
    }
    cutCount = max(cells, 1)
    cuts = .allocate(capacity: cutCount)
    cuts.initialize(repeating: 0, count: cutCount)

    direct = scenarios.map { scenario in
      guard scenario.drawn.count > Self.drawnBackerLimit else { return nil }
      return DirectCuts(
        model: model, scenario: scenario, slotMember: memberOfSlot, scale: scale)
    }

    let tables = ZigguratNormal.tables
    zigguratX = .allocate(capacity: tables.x.count)
    zigguratX.initialize(from: tables.x, count: tables.x.count)
    zigguratRatio = .allocate(capacity: tables.ratio.count)
    zigguratRatio.initialize(from: tables.ratio, count: tables.ratio.count)
    zigguratDensity = .allocate(capacity: tables.density.count)
    zigguratDensity.initialize(from: tables.density, count: tables.density.count)
    zigguratR = tables.r

    fillCuts(model: model, scenarios: scenarios, scale: scale, threads: threads)
  }

  deinit {
    slotMember.deallocate()
    blocStart.deallocate()
    blocWidth.deallocate()
    blocMembers.deallocate()
    absence.deallocate()
    cuts.deallocate()
    tableStart.deallocate()
    forcedOffsets.deallocate()
    forcedSlots.deallocate()
    forcedVote.deallocate()
    forcedVotes.deallocate()
    drawnOffsets.deallocate()
    drawnBloc.deallocate()
    drawnLane.deallocate()
    drawnSlots.deallocate()
    zigguratX.deallocate()
    zigguratRatio.deallocate()
    zigguratDensity.deallocate()
  }

  /// The key of a 32-bit unsigned value: its top bit flipped, read as a
  /// signed integer, so that `key(a) < key(b)` exactly when `a < b`.
  @inline(__always)
  static func key(_ value: UInt32) -> Int32 { Int32(bitPattern: value ^ 0x8000_0000) }

  /// The value whose key is `key`.
  @inline(__always)
  static func value(_ key: Int32) -> UInt32 { UInt32(bitPattern: key) ^ 0x8000_0000 }

  /// Cut sets kept for a scenario: one per combination of its drawn
  /// backers' votes up to `drawnBackerLimit` backers; beyond, one (its
  /// backers' own cuts) and the others' cuts are computed per trial
  /// (`DirectCuts`).
  static func cutSetCount(_ scenario: ScenarioModel) -> Int {
    scenario.drawn.count <= drawnBackerLimit ? 1 << (2 * scenario.drawn.count) : 1
  }

  /// The yes and no cut keys of a member whose non-voting threshold is `a`
  /// (a fixed-point value) and whose probabilities of yes and no, given
  /// presence, are `p`: the one rounding both paths use.
  @inline(__always)
  static func cutKeys(absence a: Int, yes: Double, no: Double) -> (yes: Int32, no: Int32) {
    let present = 1 - Double(a) * 0x1p-32
    let yesEnd = min(max(a, scaled(Double(a) * 0x1p-32 + present * yes)), 1 << 32)
    let noStart = min(max(yesEnd, scaled(1 - present * no)), 1 << 32)
    return (key(UInt32(min(yesEnd, Int(UInt32.max)))), key(UInt32(max(noStart - 1, 0))))
  }

  /// A probability as a 32-bit fixed-point threshold: `round(p · 2³²)`,
  /// clamped to `0...UInt32.max`.
  static func fixedPoint(_ p: Double) -> UInt32 {
    let scaled = (p * 4_294_967_296).rounded()
    return scaled >= 4_294_967_295 ? .max : UInt32(max(0, scaled))
  }

  /// `round(p · 2³²)` as an integer, clamped to `0...2³²`.
  static func scaled(_ p: Double) -> Int {
    Int(min(max((p * 4_294_967_296).rounded(), 0), 4_294_967_296))
  }

  /// Where the row of bloc `k` for bin `j` starts within a cut set.
  @inline(__always)
  func rowOffset(bloc k: Int, bin j: Int) -> Int {
    2 &* grid.binCount &* blocStart[k] &+ 2 &* blocWidth[k] &* j
  }

  /// Fills every cut set: one task per (scenario, combination), spread over `threads`.
  private func fillCuts(model: VoteModel, scenarios: [ScenarioModel], scale: Double, threads: Int) {
    let tasks = scenarios.enumerated().flatMap { s, scenario in
      (0..<Self.cutSetCount(scenario)).map { (scenario: s, combination: $0) }
    }
    // The first scenario's cuts, for members whose cuts do not change.
    let reference = scenarios.first.map {
      memberCuts(model: model, scenario: $0, combination: 0, scale: scale)
    }
    let cuts = UnsafeMutableSendablePointer(cuts)
    // The first cut set is written before any other copies from it.
    if let reference { fill(set: cuts.pointer + tableStart[0], cuts: reference, reference: nil) }
    let next = TaskCounter()
    _ = next.take(below: tasks.count)
    let workers = max(1, min(threads, tasks.count - 1))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while let t = next.take(below: tasks.count) {
        let (s, c) = tasks[t]
        let set = cuts.pointer + tableStart[s] + c * cutSetSize
        let own = memberCuts(model: model, scenario: scenarios[s], combination: c, scale: scale)
        fill(set: set, cuts: own, reference: reference)
      }
    }
  }

  /// How one member's votes are cut in a cut set.
  enum MemberCut: Equatable {
    /// A forced backer or padding: never counted.
    case none
    /// Cuts `(t⁺ − Δ) / scale` and `(t⁻ − Δ) / scale` against the idiosyncratic term: the
    /// bin's conditional probabilities.
    case conditional(yes: Double, no: Double)
    /// A drawn backer: `P(yes | present)` and `P(no | present)` whatever the factors. Its
    /// draw is apart from the factors, so that its followers' marginals are kept exactly
    /// (`ScenarioModel`: their cuts assume a backer drawn independently of them).
    case unconditional(yes: Double, no: Double)
  }

  /// Each member's cuts in `scenario` given the drawn backers' `combination`.
  private func memberCuts(
    model: VoteModel, scenario: ScenarioModel, combination: Int, scale: Double
  ) -> [MemberCut] {
    let n = model.memberCount
    let extra =
      scenario.drawn.isEmpty
      ? [Double](repeating: 0, count: n)
      : DrawnOutcomes(scenario.drawn).shifts(combination: combination, memberCount: n)
    let drawn = Set(scenario.drawn.map(\.member))
    return (0..<n).map { i in
      guard scenario.forced[i] == nil else { return .none }
      let shift = scenario.shifts[i] + extra[i]
      let cuts = scenario.cuts[i]
      if drawn.contains(i) {
        return .unconditional(
          yes: StandardNormal.survival(cuts.upper - shift),
          no: StandardNormal.cdf(cuts.lower - shift))
      }
      return .conditional(yes: (cuts.upper - shift) / scale, no: (cuts.lower - shift) / scale)
    }
  }

  /// Writes one cut set. A member whose conditional cuts equal `reference`'s copies the
  /// first cut set's rows (already written) instead of recomputing them.
  private func fill(
    set: UnsafeMutablePointer<Int32>, cuts memberCuts: [MemberCut], reference: [MemberCut]?
  ) {
    let bins = grid.binCount
    let first = cuts + tableStart[0]
    for k in 0..<blocCount {
      let width = blocWidth[k]
      for lane in 0..<width {
        let slot = blocStart[k] + lane
        let i = slotMember[slot]
        let member = i >= 0 ? memberCuts[i] : .none
        if let reference, i >= 0, case .conditional = member, member == reference[i] {
          for j in 0..<bins {
            let row = rowOffset(bloc: k, bin: j)
            set[row + lane] = first[row + lane]
            set[row + width + lane] = first[row + width + lane]
          }
          continue
        }
        for j in 0..<bins {
          let row = rowOffset(bloc: k, bin: j)
          let p: (yes: Double, no: Double)
          switch member {
          case .none:
            // Padding or a forced backer: never counted.
            set[row + lane] = Self.key(0)
            set[row + width + lane] = Self.key(.max)
            continue
          case .conditional(let yesCut, let noCut):
            p = grid.probabilities(bin: j, yesCut: yesCut, noCut: noCut)
          case .unconditional(let yes, let no):
            p = (yes, no)
          }
          // Cumulative fixed-point ends: non-voting [0, a), yes [a, yes),
          // abstain [yes, noStart), no [noStart, 2³²).
          let keys = Self.cutKeys(absence: Int(Self.value(absence[slot])), yes: p.yes, no: p.no)
          set[row + lane] = keys.yes
          set[row + width + lane] = keys.no
        }
      }
    }
  }

  /// A member's four probabilities (`Vote` raw order) in scenario `s`,
  /// combination `c`, given bin `j` of its bloc factor, as the cuts encode them.
  func cutProbabilities(scenario s: Int, combination c: Int, bin j: Int, member i: Int)
    -> [Double]
  {
    let slot = memberSlot[i]
    if forcedVotes[s * slotCount + slot] >= 0 {
      var p = [0.0, 0, 0, 0]
      p[Int(forcedVotes[s * slotCount + slot])] = 1
      return p
    }
    var k = 0
    while !(blocStart[k]..<(blocStart[k] + blocWidth[k])).contains(slot) { k += 1 }
    let lane = slot - blocStart[k]
    let row = cuts + tableStart[s] + c * cutSetSize + rowOffset(bloc: k, bin: j)
    let a = Double(Self.value(absence[slot]))
    let yes = Double(Self.value(row[lane]))
    let noStart = Double(Self.value(row[blocWidth[k] + lane])) + 1
    let total = 4_294_967_296.0
    return [(yes - a) / total, (noStart - yes) / total, (total - noStart) / total, a / total]
  }
}

/// A scenario's cuts before its drawn backers move anyone, computed per
/// trial when it has too many drawn backers to keep one cut set per
/// combination of their votes: each member's cuts (in units of the
/// idiosyncratic term) and, per backer, its pull on each slot.
struct DirectCuts: Sendable {
  /// Per slot: `(t⁺ − Δ) / scale`, NaN for forced backers and padding.
  let yes: [Double]
  /// Per slot: `(t⁻ − Δ) / scale`.
  let no: [Double]
  /// Per drawn backer, per slot: `pull / scale` (0 on drawn backers).
  let pulls: [[Double]]
  let expected: [Double]

  /// Per slot: a drawn backer's `P(yes | present)` and `P(no | present)` whatever the
  /// factors (`MonteCarloPlan.MemberCut.unconditional`), NaN for every other slot.
  let fixedYes: [Double]
  let fixedNo: [Double]

  init(model: VoteModel, scenario: ScenarioModel, slotMember: [Int], scale: Double) {
    let drawn = Set(scenario.drawn.map(\.member))
    yes = slotMember.map { i in
      i >= 0 && scenario.forced[i] == nil
        ? (scenario.cuts[i].upper - scenario.shifts[i]) / scale : .nan
    }
    no = slotMember.map { i in
      i >= 0 && scenario.forced[i] == nil
        ? (scenario.cuts[i].lower - scenario.shifts[i]) / scale : .nan
    }
    fixedYes = slotMember.map { i in
      i >= 0 && drawn.contains(i)
        ? StandardNormal.survival(scenario.cuts[i].upper - scenario.shifts[i]) : .nan
    }
    fixedNo = slotMember.map { i in
      i >= 0 && drawn.contains(i)
        ? StandardNormal.cdf(scenario.cuts[i].lower - scenario.shifts[i]) : .nan
    }
    pulls = scenario.drawn.map { backer in
      slotMember.map { i in i >= 0 && !drawn.contains(i) ? backer.pull[i] / scale : 0 }
    }
    expected = scenario.drawn.map(\.expectedVote)
  }
}

/// A pointer handed to worker threads that write disjoint parts of it.
struct UnsafeMutableSendablePointer<T>: @unchecked Sendable {
  let pointer: UnsafeMutablePointer<T>
  init(_ pointer: UnsafeMutablePointer<T>) { self.pointer = pointer }
}

/// Hands out task numbers 0, 1, 2, … to whichever thread asks.
final class TaskCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var upcoming = 0

  func take(below end: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard upcoming < end else { return nil }
    defer { upcoming += 1 }
    return upcoming
  }
}
