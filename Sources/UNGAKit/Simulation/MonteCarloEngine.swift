import Dispatch
import Foundation

/// Samples the joint distribution of votes (MODEL.md §2–4, §6) for several
/// scenarios at once, on common random numbers.
///
/// Each trial draws, once for all scenarios, the global factor `G`, the bloc
/// factors `B_k`, every member's `ε_i` and its absence; each scenario then
/// only compares the shared latent value `z_i = √ρ_g G + √ρ_b B_k + √(1−ρ_g−ρ_b) ε_i`
/// with its own thresholds `t_i⁺ − Δ_i` and `t_i⁻ − Δ_i`. Differences between
/// scenarios therefore come from the scenarios alone, and their standard
/// errors, computed from paired per-trial differences, are small.
///
/// Reproducibility: trials run in blocks of `blockSize`, block `k` seeded
/// with `Xoshiro256StarStar(seed:stream: k)`; all accumulators are integers,
/// so the totals are the same whatever the number of threads or the order in
/// which blocks finish.
///
/// Absence is drawn with 32 random bits per member: the probability used is
/// `q_i` rounded to a multiple of 2⁻³², an error below 1.2e-10.
public enum MonteCarloEngine {
  /// The outcome of a run.
  public struct Run: Sendable {
    /// One entry per scenario, in the order given; the first is the baseline.
    public var statistics: [ScenarioStatistics]
    /// Trials drawn.
    public var trials: Int
    /// Blocks drawn (the last may be partial).
    public var blocks: Int
  }

  /// Runs `scenarios` (the first is the reference for differences) under `rule`.
  ///
  /// - Parameters:
  ///   - thresholds: counts K for which `P(yes ≥ K)` is estimated.
  /// - Throws: `SimulationError.invalidParameter` for invalid options or no
  ///   scenario, `.cancelled` when the options' token is cancelled.
  /// - Complexity: O(trials × members × scenarios) time, spread over
  ///   `options.threads`; O(threads × scenarios × members) memory.
  public static func run(
    model: VoteModel, scenarios: [ScenarioModel], rule: MajorityRule, thresholds: [Int] = [],
    options: MonteCarloOptions
  ) throws(SimulationError) -> Run {
    try options.validate()
    guard !scenarios.isEmpty else {
      throw .invalidParameter(name: "scenarios", value: "none", expected: "at least one scenario")
    }
    let plan = MonteCarloPlan(
      model: model, scenarios: scenarios, rule: rule, thresholds: thresholds,
      collectStates: options.collectStateFrequencies)
    let blockSize = options.blockSize
    var total = MonteCarloTally(
      scenarios: scenarios.count, members: model.memberCount, thresholds: thresholds.count,
      collectStates: options.collectStateFrequencies)
    var blocks = 0
    if let precision = options.precision {
      let cap = options.maxTrials
      let capBlocks = (cap + blockSize - 1) / blockSize
      while blocks < capBlocks {
        let end = min(blocks + options.roundBlocks, capBlocks)
        total.add(
          try runBlocks(plan: plan, blocks: blocks..<end, trialLimit: cap, options: options))
        blocks = end
        let worst = (0..<scenarios.count).map { total.adoptionStandardError(scenario: $0) }.max()
        if let worst, worst < precision { break }
      }
    } else {
      blocks = (options.trials + blockSize - 1) / blockSize
      total = try runBlocks(
        plan: plan, blocks: 0..<blocks, trialLimit: options.trials, options: options)
    }
    return Run(
      statistics: total.statistics(thresholds: thresholds), trials: total.trials, blocks: blocks)
  }

  /// Runs blocks `blocks` (trials beyond `trialLimit` are not drawn) on the options' threads.
  static func runBlocks(
    plan: MonteCarloPlan, blocks: Range<Int>, trialLimit: Int, options: MonteCarloOptions
  ) throws(SimulationError) -> MonteCarloTally {
    let workers = max(1, min(options.threads, blocks.count))
    let scheduler = BlockScheduler(blocks: blocks, cancellation: options.cancellation)
    let slots = TallySlots(count: workers)
    let blockSize = options.blockSize
    let seed = options.seed
    let progress = options.progress
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      let workspace = MonteCarloWorkspace(plan: plan)
      while let block = scheduler.next() {
        let start = block * blockSize
        let count = min(blockSize, trialLimit - start)
        if count > 0 {
          runBlock(plan: plan, workspace: workspace, seed: seed, block: block, trials: count)
          progress?.add(count)
        }
      }
      slots.store(workspace.tally(), at: worker)
    }
    if scheduler.wasCancelled { throw .cancelled }
    var total = MonteCarloTally(
      scenarios: plan.scenarioCount, members: plan.memberCount,
      thresholds: plan.thresholds.count, collectStates: plan.collectStates)
    for tally in slots.tallies { total.add(tally) }
    return total
  }

  /// Draws `trials` trials of block `block` into the workspace's accumulators.
  static func runBlock(
    plan: MonteCarloPlan, workspace: MonteCarloWorkspace, seed: UInt64, block: Int, trials: Int
  ) {
    var rng = Xoshiro256StarStar(seed: seed, stream: UInt64(block))
    let n = plan.memberCount
    let paddedCount = plan.paddedCount
    let scenarioCount = plan.scenarioCount
    let x = plan.zigguratX
    let ratio = plan.zigguratRatio
    let density = plan.zigguratDensity
    let r = plan.zigguratR
    let z = workspace.latent
    let shift = workspace.blocShift
    let blocs = plan.blocs
    let absence = plan.absence
    let thresholds = plan.thresholds
    let thresholdCount = thresholds.count
    let histogramStride = n + 1
    let pairedStride = 2 + 2 * thresholdCount + 8
    let histograms = workspace.histograms
    let adoptedCounts = workspace.adopted
    let paired = workspace.paired
    let rule = plan.rule
    workspace.trials += trials

    for _ in 0..<trials {
      if plan.correlated {
        let global =
          plan.globalLoading
          * ZigguratNormal.sample(using: &rng, x: x, ratio: ratio, density: density, r: r)
        for k in 0..<plan.blocCount {
          shift[k] =
            global + plan.blocLoading
            * ZigguratNormal.sample(using: &rng, x: x, ratio: ratio, density: density, r: r)
        }
      }
      // Shared draws: one normal and 32 bits of absence per member. An absent
      // member's latent value is NaN, which no threshold comparison counts.
      var absent = 0
      var i = 0
      while i < n {
        let word = rng.next()
        let e0 = ZigguratNormal.sample(using: &rng, x: x, ratio: ratio, density: density, r: r)
        let out0 = UInt32(truncatingIfNeeded: word) < absence[i]
        z[i] = out0 ? .nan : e0 + shift[blocs[i]]
        absent &+= out0 ? 1 : 0
        if i + 1 < n {
          let e1 = ZigguratNormal.sample(using: &rng, x: x, ratio: ratio, density: density, r: r)
          let out1 = UInt32(truncatingIfNeeded: word >> 32) < absence[i + 1]
          z[i + 1] = out1 ? .nan : e1 + shift[blocs[i + 1]]
          absent &+= out1 ? 1 : 0
        }
        i += 2
      }

      var baseYes = 0
      var baseAbstain = 0
      var baseNo = 0
      var baseAbsent = 0
      var baseAdopted = false
      for s in 0..<scenarioCount {
        let yesCut = plan.yesCuts + s * paddedCount
        let noCut = plan.noCuts + s * paddedCount
        // Four members at a time: padding members have a NaN latent value.
        var yesLanes = SIMD4<Int64>()
        var noLanes = SIMD4<Int64>()
        let one = SIMD4<Int64>(repeating: 1)
        var i = 0
        while i < paddedCount {
          let value = UnsafeRawPointer(z + i).loadUnaligned(as: SIMD4<Double>.self)
          let up = UnsafeRawPointer(yesCut + i).loadUnaligned(as: SIMD4<Double>.self)
          let down = UnsafeRawPointer(noCut + i).loadUnaligned(as: SIMD4<Double>.self)
          yesLanes.replace(with: yesLanes &+ one, where: value .> up)
          noLanes.replace(with: noLanes &+ one, where: value .< down)
          i &+= 4
        }
        var yes = Int(yesLanes.wrappedSum())
        var no = Int(noLanes.wrappedSum())
        // Backers vote their stance, present for sure.
        var nonVoting = absent
        for f in plan.forcedOffsets[s]..<plan.forcedOffsets[s + 1] {
          if z[plan.forcedMembers[f]].isNaN { nonVoting &-= 1 }
          if plan.forcedYes[f] { yes &+= 1 } else { no &+= 1 }
        }
        let abstain = n &- yes &- no &- nonVoting
        let h = histograms + s * 4 * histogramStride
        h[yes] &+= 1
        h[histogramStride + abstain] &+= 1
        h[2 * histogramStride + no] &+= 1
        h[3 * histogramStride + nonVoting] &+= 1
        let adopted = rule.adopts(yes: yes, no: no)
        if adopted { adoptedCounts[s] &+= 1 }
        // Distributions for the report: the adoption margin, and yes against the baseline.
        workspace.margins[s &* (3 &* n &+ 1) &+ rule.margin(yes: yes, no: no) &+ 2 &* n] &+= 1
        if s > 0 { workspace.yesDifferences[s &* (2 &* n &+ 1) &+ yes &- baseYes &+ n] &+= 1 }
        if s == 0 {
          baseYes = yes
          baseAbstain = abstain
          baseNo = no
          baseAbsent = nonVoting
          baseAdopted = adopted
        } else {
          let p = paired + s * pairedStride
          if adopted != baseAdopted { p[adopted ? 0 : 1] &+= 1 }
          for t in 0..<thresholdCount {
            let k = thresholds[t]
            let here = yes >= k
            if here != (baseYes >= k) { p[2 + 2 * t + (here ? 0 : 1)] &+= 1 }
          }
          let q = p + 2 + 2 * thresholdCount
          let dYes = yes &- baseYes
          let dAbstain = abstain &- baseAbstain
          let dNo = no &- baseNo
          let dAbsent = nonVoting &- baseAbsent
          q[0] &+= dYes
          q[1] &+= dYes &* dYes
          q[2] &+= dAbstain
          q[3] &+= dAbstain &* dAbstain
          q[4] &+= dNo
          q[5] &+= dNo &* dNo
          q[6] &+= dAbsent
          q[7] &+= dAbsent &* dAbsent
        }
        if plan.collectStates {
          let forced = plan.forcedVotes + s * n
          let counts = workspace.states + s * n * 4
          for i in 0..<n {
            let value = z[i]
            let vote: Int
            if forced[i] >= 0 {
              vote = Int(forced[i])
            } else if value.isNaN {
              vote = 3
            } else if value > yesCut[i] {
              vote = 0
            } else if value < noCut[i] {
              vote = 2
            } else {
              vote = 1
            }
            counts[i * 4 + vote] &+= 1
          }
        }
      }
    }
  }
}

/// Everything the hot loop reads, in contiguous buffers of plain numbers,
/// allocated once per run and never written after construction.
final class MonteCarloPlan: @unchecked Sendable {
  let memberCount: Int
  /// `memberCount` rounded up to a multiple of 4, the stride of the cut arrays.
  let paddedCount: Int
  let scenarioCount: Int
  let blocCount: Int
  let correlated: Bool
  /// `√ρ_g / √(1 − ρ_g − ρ_b)`: latent values are scaled so that `ε_i` has weight 1.
  let globalLoading: Double
  /// `√ρ_b / √(1 − ρ_g − ρ_b)`.
  let blocLoading: Double
  let rule: MajorityRule
  let thresholds: [Int]
  let collectStates: Bool
  let blocs: UnsafeMutablePointer<Int>
  /// Absence happens when 32 random bits fall below this: `round(q_i · 2³²)`.
  let absence: UnsafeMutablePointer<UInt32>
  /// `scenarios × paddedCount`: `(t_i⁺ − Δ_i) / √(1 − ρ_g − ρ_b)`; +∞ for
  /// backers and padding.
  let yesCuts: UnsafeMutablePointer<Double>
  /// `scenarios × paddedCount`: `(t_i⁻ − Δ_i) / √(1 − ρ_g − ρ_b)`; −∞ for
  /// backers and padding.
  let noCuts: UnsafeMutablePointer<Double>
  /// `scenarios × members`: the raw value of a backer's vote, −1 for others.
  let forcedVotes: UnsafeMutablePointer<Int8>
  /// Backers of scenario s are `forcedMembers[forcedOffsets[s]..<forcedOffsets[s + 1]]`.
  let forcedOffsets: [Int]
  let forcedMembers: [Int]
  let forcedYes: [Bool]
  let zigguratX: UnsafeMutablePointer<Double>
  let zigguratRatio: UnsafeMutablePointer<Double>
  let zigguratDensity: UnsafeMutablePointer<Double>
  let zigguratR: Double

  init(
    model: VoteModel, scenarios: [ScenarioModel], rule: MajorityRule, thresholds: [Int],
    collectStates: Bool
  ) {
    let n = model.memberCount
    let global = model.parameters.globalCorrelation
    let bloc = model.parameters.blocCorrelation
    let scale = (1 - global - bloc).squareRoot()
    let padded = (n + 3) / 4 * 4
    memberCount = n
    paddedCount = padded
    scenarioCount = scenarios.count
    blocCount = max(1, model.blocNames.count)
    correlated = global > 0 || bloc > 0
    globalLoading = global.squareRoot() / scale
    blocLoading = bloc.squareRoot() / scale
    self.rule = rule
    self.thresholds = thresholds
    self.collectStates = collectStates

    blocs = .allocate(capacity: max(n, 1))
    absence = .allocate(capacity: max(n, 1))
    for i in 0..<n {
      blocs[i] = model.blocs[i]
      let q = (model.absence[i] * 4_294_967_296).rounded()
      absence[i] = q >= 4_294_967_295 ? UInt32.max : UInt32(max(0, q))
    }
    let cells = max(padded * scenarios.count, 1)
    yesCuts = .allocate(capacity: cells)
    yesCuts.initialize(repeating: .infinity, count: cells)
    noCuts = .allocate(capacity: cells)
    noCuts.initialize(repeating: -.infinity, count: cells)
    forcedVotes = .allocate(capacity: max(n * scenarios.count, 1))
    var offsets = [0]
    var members: [Int] = []
    var yes: [Bool] = []
    for (s, scenario) in scenarios.enumerated() {
      for i in 0..<n {
        let k = s * padded + i
        if let vote = scenario.forced[i] {
          forcedVotes[s * n + i] = Int8(vote.rawValue)
          members.append(i)
          yes.append(vote == .yes)
        } else {
          yesCuts[k] = (model.upperThresholds[i] - scenario.shifts[i]) / scale
          noCuts[k] = (model.lowerThresholds[i] - scenario.shifts[i]) / scale
          forcedVotes[s * n + i] = -1
        }
      }
      offsets.append(members.count)
    }
    forcedOffsets = offsets
    forcedMembers = members
    forcedYes = yes

    let tables = ZigguratNormal.tables
    zigguratX = .allocate(capacity: tables.x.count)
    zigguratX.initialize(from: tables.x, count: tables.x.count)
    zigguratRatio = .allocate(capacity: tables.ratio.count)
    zigguratRatio.initialize(from: tables.ratio, count: tables.ratio.count)
    zigguratDensity = .allocate(capacity: tables.density.count)
    zigguratDensity.initialize(from: tables.density, count: tables.density.count)
    zigguratR = tables.r
  }

  deinit {
    blocs.deallocate()
    absence.deallocate()
    yesCuts.deallocate()
    noCuts.deallocate()
    forcedVotes.deallocate()
    zigguratX.deallocate()
    zigguratRatio.deallocate()
    zigguratDensity.deallocate()
  }
}

/// One worker's scratch buffers and accumulators, used by one thread at a time.
final class MonteCarloWorkspace {
  let plan: MonteCarloPlan
  let latent: UnsafeMutablePointer<Double>
  let blocShift: UnsafeMutablePointer<Double>
  let histograms: UnsafeMutablePointer<Int>
  let adopted: UnsafeMutablePointer<Int>
  let paired: UnsafeMutablePointer<Int>
  let states: UnsafeMutablePointer<Int>
  /// Adoption margins and yes differences from the baseline, laid out as in
  /// `MonteCarloTally`.
  let margins: UnsafeMutablePointer<Int>
  let yesDifferences: UnsafeMutablePointer<Int>
  var trials = 0
  private let histogramCount: Int
  private let pairedCount: Int
  private let stateCount: Int

  init(plan: MonteCarloPlan) {
    self.plan = plan
    let n = plan.memberCount
    let s = plan.scenarioCount
    histogramCount = s * 4 * (n + 1)
    pairedCount = s * (2 + 2 * plan.thresholds.count + 8)
    stateCount = plan.collectStates ? s * n * 4 : 0
    latent = .allocate(capacity: max(plan.paddedCount, 1))
    latent.initialize(repeating: .nan, count: max(plan.paddedCount, 1))
    blocShift = .allocate(capacity: plan.blocCount)
    blocShift.initialize(repeating: 0, count: plan.blocCount)
    histograms = .allocate(capacity: histogramCount)
    histograms.initialize(repeating: 0, count: histogramCount)
    adopted = .allocate(capacity: s)
    adopted.initialize(repeating: 0, count: s)
    paired = .allocate(capacity: max(pairedCount, 1))
    paired.initialize(repeating: 0, count: max(pairedCount, 1))
    states = .allocate(capacity: max(stateCount, 1))
    states.initialize(repeating: 0, count: max(stateCount, 1))
    margins = .allocate(capacity: s * (3 * n + 1))
    margins.initialize(repeating: 0, count: s * (3 * n + 1))
    yesDifferences = .allocate(capacity: s * (2 * n + 1))
    yesDifferences.initialize(repeating: 0, count: s * (2 * n + 1))
  }

  deinit {
    latent.deallocate()
    blocShift.deallocate()
    histograms.deallocate()
    adopted.deallocate()
    paired.deallocate()
    states.deallocate()
    margins.deallocate()
    yesDifferences.deallocate()
  }

  /// The accumulators as a tally.
  func tally() -> MonteCarloTally {
    var tally = MonteCarloTally(
      scenarios: plan.scenarioCount, members: plan.memberCount,
      thresholds: plan.thresholds.count, collectStates: plan.collectStates)
    tally.histograms = Array(UnsafeBufferPointer(start: histograms, count: histogramCount))
    tally.adopted = Array(UnsafeBufferPointer(start: adopted, count: plan.scenarioCount))
    tally.paired = Array(UnsafeBufferPointer(start: paired, count: pairedCount))
    tally.states = Array(UnsafeBufferPointer(start: states, count: stateCount))
    tally.margins = Array(UnsafeBufferPointer(start: margins, count: tally.margins.count))
    tally.yesDifferences = Array(
      UnsafeBufferPointer(start: yesDifferences, count: tally.yesDifferences.count))
    tally.trials = trials
    return tally
  }
}

/// Hands out block indices in increasing order to whichever worker asks,
/// stopping early when the run is cancelled.
final class BlockScheduler: @unchecked Sendable {
  private let lock = NSLock()
  private var upcoming: Int
  private let end: Int
  private let cancellation: CancellationToken?
  private(set) var wasCancelled = false

  init(blocks: Range<Int>, cancellation: CancellationToken?) {
    upcoming = blocks.lowerBound
    end = blocks.upperBound
    self.cancellation = cancellation
  }

  func next() -> Int? {
    let cancelled = cancellation?.isCancelled ?? false
    lock.lock()
    defer { lock.unlock() }
    if cancelled { wasCancelled = true }
    guard !wasCancelled, upcoming < end else { return nil }
    defer { upcoming += 1 }
    return upcoming
  }
}

/// Each worker's tally, stored under a lock and read back in worker order.
final class TallySlots: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [MonteCarloTally?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func store(_ tally: MonteCarloTally, at index: Int) {
    lock.lock()
    slots[index] = tally
    lock.unlock()
  }

  var tallies: [MonteCarloTally] {
    lock.lock()
    defer { lock.unlock() }
    return slots.compactMap { $0 }
  }
}
