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
  /// The most drawn backers (`ScenarioModel.drawn`) for which a scenario
  /// keeps `4^K` sets of cuts, one per combination of their votes; a
  /// scenario with more computes its members' cuts per trial (slower, about
  /// 5 µs per trial and scenario for 193 members, same figures).
  public static let drawnBackerLimit = MonteCarloPlan.drawnBackerLimit

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
    let plan = try MonteCarloPlan(
      model: model, scenarios: scenarios, rule: rule, thresholds: thresholds,
      collectStates: options.collectStateFrequencies, threads: options.threads)
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
  ///
  /// Trials go in batches of `MonteCarloWorkspace.batchSize`: first every
  /// trial's factor bins and uniforms (in the generator's order, trial by
  /// trial), then each scenario over the whole batch, so that a scenario's
  /// cuts stay in cache while they serve the batch however many scenarios
  /// there are. The figures are those of drawing trial by trial.
  ///
  /// Bounds: every pointer below is read at indices the plan's invariants
  /// keep in range (slots below `slotCount`, rows inside their cut set,
  /// combinations below `4^K`, trials below the batch size), and counts are
  /// at most `members + 1`, so the arithmetic uses wrapping operators.
  static func runBlock(
    plan: MonteCarloPlan, workspace: MonteCarloWorkspace, seed: UInt64, block: Int, trials: Int
  ) {
    var rng = Xoshiro256StarStar(seed: seed, stream: UInt64(block))
    let blocCount = plan.blocCount
    let slotCount = plan.slotCount
    let x = plan.zigguratX
    let ratio = plan.zigguratRatio
    let density = plan.zigguratDensity
    let r = plan.zigguratR
    let grid = plan.grid
    let blocStart = plan.blocStart
    let blocMembers = plan.blocMembers
    let absence = plan.absence
    let one = SIMD8<Int32>(repeating: 1)
    workspace.trials += trials

    var done = 0
    while done < trials {
      let batch = min(MonteCarloWorkspace.batchSize, trials &- done)
      for t in 0..<batch {
        let rows = workspace.rows + t &* blocCount
        let u = workspace.uniforms + t &* slotCount
        if plan.correlated {
          let global =
            plan.globalLoading
            * ZigguratNormal.sample(using: &rng, x: x, ratio: ratio, density: density, r: r)
          for k in 0..<blocCount {
            let shift =
              global + plan.blocLoading
              * ZigguratNormal.sample(using: &rng, x: x, ratio: ratio, density: density, r: r)
            let bin = grid.bin(shift)
            workspace.bins[t &* blocCount &+ k] = bin
            rows[k] = plan.rowOffset(bloc: k, bin: bin)
          }
        }
        // One 32-bit uniform per member, two from each 64-bit word, read
        // directly as a key; padding keeps the key of 0.
        for k in 0..<blocCount {
          var i = blocStart[k]
          let end = i &+ blocMembers[k]
          while i &+ 1 < end {
            let word = rng.next()
            u[i] = Int32(truncatingIfNeeded: word)
            u[i &+ 1] = Int32(truncatingIfNeeded: word &>> 32)
            i &+= 2
          }
          if i < end { u[i] = Int32(truncatingIfNeeded: rng.next()) }
        }
        var absentLanes = SIMD8<Int32>()
        var slot = 0
        while slot < slotCount {
          let value = UnsafeRawPointer(u + slot).loadUnaligned(as: SIMD8<Int32>.self)
          let cut = UnsafeRawPointer(absence + slot).loadUnaligned(as: SIMD8<Int32>.self)
          absentLanes.replace(with: absentLanes &+ one, where: value .< cut)
          slot &+= 8
        }
        workspace.absent[t] = Int(absentLanes.wrappedSum())
      }
      for s in 0..<plan.scenarioCount {
        tallyScenario(plan: plan, workspace: workspace, scenario: s, trials: batch)
      }
      done &+= batch
    }
  }

  /// Counts scenario `s` over the first `trials` trials of the workspace's batch.
  @inline(__always)
  static func tallyScenario(
    plan: MonteCarloPlan, workspace: MonteCarloWorkspace, scenario s: Int, trials: Int
  ) {
    let n = plan.memberCount
    let blocCount = plan.blocCount
    let slotCount = plan.slotCount
    let blocStart = plan.blocStart
    let blocWidth = plan.blocWidth
    let absence = plan.absence
    let thresholds = plan.thresholds
    let thresholdCount = thresholds.count
    let histogramStride = n &+ 1
    let pairedStride = 2 &+ 2 &* thresholdCount &+ 8
    let h = workspace.histograms + s &* 4 &* histogramStride
    let p = workspace.paired + s &* pairedStride
    let margins = workspace.margins + s &* (3 &* n &+ 1)
    let yesDifferences = workspace.yesDifferences + s &* (2 &* n &+ 1)
    let rule = plan.rule
    let one = SIMD8<Int32>(repeating: 1)
    let table = plan.cuts + plan.tableStart[s]
    let firstDrawn = plan.drawnOffsets[s]
    let endDrawn = plan.drawnOffsets[s &+ 1]
    let firstForced = plan.forcedOffsets[s]
    let endForced = plan.forcedOffsets[s &+ 1]
    let base = workspace.base
    var adoptedCount = 0
    for t in 0..<trials {
      let rows = workspace.rows + t &* blocCount
      let u = workspace.uniforms + t &* slotCount
      var set = table
      if firstDrawn < endDrawn {
        // The drawn backers' votes pick the cut set; their own cuts are the
        // same in every set.
        var combination = 0
        for d in firstDrawn..<endDrawn {
          let k = plan.drawnBloc[d]
          let row = table + rows[k]
          let lane = plan.drawnLane[d]
          let backer = plan.drawnSlots[d]
          let value = u[backer]
          let vote: Int
          if value < absence[backer] {
            vote = 3
          } else if value < row[lane] {
            vote = 0
          } else if value > row[blocWidth[k] &+ lane] {
            vote = 2
          } else {
            vote = 1
          }
          combination |= vote &<< (2 &* (d &- firstDrawn))
        }
        if let direct = plan.direct[s] {
          set = workspace.scratch
          fillDirect(
            plan: plan, workspace: workspace, direct: direct, trial: t, combination: combination)
        } else {
          set = table + combination &* plan.cutSetSize
        }
      }
      var yesLanes = SIMD8<Int32>()
      var noLanes = SIMD8<Int32>()
      for k in 0..<blocCount {
        let row = set + rows[k]
        let width = blocWidth[k]
        let values = u + blocStart[k]
        var i = 0
        while i < width {
          let value = UnsafeRawPointer(values + i).loadUnaligned(as: SIMD8<Int32>.self)
          let up = UnsafeRawPointer(row + i).loadUnaligned(as: SIMD8<Int32>.self)
          let down = UnsafeRawPointer(row + width + i).loadUnaligned(as: SIMD8<Int32>.self)
          yesLanes.replace(with: yesLanes &+ one, where: value .< up)
          noLanes.replace(with: noLanes &+ one, where: value .> down)
          i &+= 8
        }
      }
      // Forced backers vote their stance, present for sure, and count in no
      // lane; `u < yes cut` counted the other members not voting.
      var nonVoting = workspace.absent[t]
      var yes = 0
      var no = Int(noLanes.wrappedSum())
      for f in firstForced..<endForced {
        let backer = plan.forcedSlots[f]
        if u[backer] < absence[backer] { nonVoting &-= 1 }
        // A forced abstention counts in neither: abstain = n − yes − no − non-voting.
        let vote = plan.forcedVote[f]
        if vote == Vote.yes.rawValue { yes &+= 1 } else if vote == Vote.no.rawValue { no &+= 1 }
      }
      yes &+= Int(yesLanes.wrappedSum()) &- nonVoting
      let abstain = n &- yes &- no &- nonVoting
      h[yes] &+= 1
      h[histogramStride &+ abstain] &+= 1
      h[2 &* histogramStride &+ no] &+= 1
      h[3 &* histogramStride &+ nonVoting] &+= 1
      let adopted = rule.adopts(yes: yes, no: no)
      if adopted { adoptedCount &+= 1 }
      // Distributions for the report: the adoption margin, and yes against the baseline.
      margins[rule.margin(yes: yes, no: no) &+ 2 &* n] &+= 1
      let b = base + t &* 5
      if s == 0 {
        b[0] = yes
        b[1] = abstain
        b[2] = no
        b[3] = nonVoting
        b[4] = adopted ? 1 : 0
      } else {
        let baseYes = b[0]
        yesDifferences[yes &- baseYes &+ n] &+= 1
        if adopted != (b[4] != 0) { p[adopted ? 0 : 1] &+= 1 }
        for c in 0..<thresholdCount {
          let k = thresholds[c]
          let here = yes >= k
          if here != (baseYes >= k) { p[2 &+ 2 &* c &+ (here ? 0 : 1)] &+= 1 }
        }
        let q = p + (2 &+ 2 &* thresholdCount)
        let dYes = yes &- baseYes
        let dAbstain = abstain &- b[1]
        let dNo = no &- b[2]
        let dAbsent = nonVoting &- b[3]
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
        collectStates(plan: plan, workspace: workspace, scenario: s, trial: t, set: set)
      }
    }
    workspace.adopted[s] &+= adoptedCount
  }

  /// Writes, into the workspace's scratch cut set, the rows trial `t` uses
  /// for a scenario with too many drawn backers for one cut set per
  /// combination: each member's cuts for its bloc's bin, shifted by the
  /// backers' pull times their surprise in `combination` (the same cuts a
  /// kept cut set would hold).
  static func fillDirect(
    plan: MonteCarloPlan, workspace: MonteCarloWorkspace, direct: DirectCuts, trial t: Int,
    combination: Int
  ) {
    let surprises = direct.expected.indices.map { b in
      DrawnOutcomes.surprise(
        Vote(rawValue: UInt8((combination >> (2 * b)) & 3))!, expected: direct.expected[b])
    }
    for k in 0..<plan.blocCount {
      let bin = workspace.bins[t * plan.blocCount + k]
      let row = workspace.scratch + workspace.rows[t * plan.blocCount + k]
      let width = plan.blocWidth[k]
      for lane in 0..<width {
        let slot = plan.blocStart[k] + lane
        guard !direct.yes[slot].isNaN else {
          row[lane] = MonteCarloPlan.key(0)
          row[width + lane] = MonteCarloPlan.key(.max)
          continue
        }
        let p: (yes: Double, no: Double)
        if !direct.fixedYes[slot].isNaN {
          p = (direct.fixedYes[slot], direct.fixedNo[slot])
        } else {
          var shift = 0.0
          for b in surprises.indices { shift += direct.pulls[b][slot] * surprises[b] }
          p = plan.grid.probabilities(
            bin: bin, yesCut: direct.yes[slot] - shift, noCut: direct.no[slot] - shift)
        }
        let keys = MonteCarloPlan.cutKeys(
          absence: Int(MonteCarloPlan.value(plan.absence[slot])), yes: p.yes, no: p.no)
        row[lane] = keys.yes
        row[width + lane] = keys.no
      }
    }
  }

  /// Counts every member's vote in trial `t` of the batch in scenario `s`,
  /// whose cut set is `set`.
  static func collectStates(
    plan: MonteCarloPlan, workspace: MonteCarloWorkspace, scenario s: Int, trial t: Int,
    set: UnsafeMutablePointer<Int32>
  ) {
    let u = workspace.uniforms + t * plan.slotCount
    let counts = workspace.states + s * plan.memberCount * 4
    for k in 0..<plan.blocCount {
      let row = set + workspace.rows[t * plan.blocCount + k]
      let width = plan.blocWidth[k]
      for lane in 0..<plan.blocMembers[k] {
        let slot = plan.blocStart[k] + lane
        let value = u[slot]
        let forced = plan.forcedVotes[s * plan.slotCount + slot]
        let vote: Int
        if forced >= 0 {
          vote = Int(forced)
        } else if value < plan.absence[slot] {
          vote = 3
        } else if value < row[lane] {
          vote = 0
        } else if value > row[width + lane] {
          vote = 2
        } else {
          vote = 1
        }
        counts[plan.slotMember[slot] * 4 + vote] &+= 1
      }
    }
  }
}

/// One worker's scratch buffers and accumulators, used by one thread at a time.
final class MonteCarloWorkspace {
  /// Trials drawn before the scenarios count them: large enough that the
  /// rows of a scenario's cuts that the batch uses are loaded once for many
  /// trials (measured: 1,024 against 128 halves the time of 160 scenarios).
  static let batchSize = 1024

  let plan: MonteCarloPlan
  /// `batchSize × slotCount`: each trial's 32-bit uniforms, as keys
  /// (`MonteCarloPlan.key`); padding slots stay at the key of 0.
  let uniforms: UnsafeMutablePointer<Int32>
  /// `batchSize × blocCount`: the offset of each bloc's row for the trial's factor bin.
  let rows: UnsafeMutablePointer<Int>
  /// `batchSize × blocCount`: each bloc's factor bin in each trial.
  let bins: UnsafeMutablePointer<Int>
  /// One cut set, rewritten per trial for scenarios with more than
  /// `MonteCarloPlan.drawnBackerLimit` drawn backers.
  let scratch: UnsafeMutablePointer<Int32>
  /// `batchSize`: members not voting in each trial, before forced backers.
  let absent: UnsafeMutablePointer<Int>
  /// `batchSize × 5`: the first scenario's yes, abstain, no, non-voting and
  /// adoption (0 or 1) in each trial, for paired differences.
  let base: UnsafeMutablePointer<Int>
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
    let batch = Self.batchSize
    uniforms = .allocate(capacity: batch * plan.slotCount)
    uniforms.initialize(repeating: .min, count: batch * plan.slotCount)
    rows = .allocate(capacity: batch * plan.blocCount)
    for t in 0..<batch {
      for k in 0..<plan.blocCount { rows[t * plan.blocCount + k] = plan.rowOffset(bloc: k, bin: 0) }
    }
    bins = .allocate(capacity: batch * plan.blocCount)
    bins.initialize(repeating: 0, count: batch * plan.blocCount)
    let scratchCount = plan.direct.contains { $0 != nil } ? plan.cutSetSize : 1
    scratch = .allocate(capacity: scratchCount)
    scratch.initialize(repeating: 0, count: scratchCount)
    absent = .allocate(capacity: batch)
    absent.initialize(repeating: 0, count: batch)
    base = .allocate(capacity: batch * 5)
    base.initialize(repeating: 0, count: batch * 5)
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
    uniforms.deallocate()
    rows.deallocate()
    bins.deallocate()
    scratch.deallocate()
    absent.deallocate()
    base.deallocate()
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
