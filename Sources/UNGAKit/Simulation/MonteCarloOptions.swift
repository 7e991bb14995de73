import Foundation

/// How a Monte Carlo run samples: trials, seed, threads, stopping rule.
///
/// Trials are drawn in blocks of `blockSize`; block `k` uses its own
/// generator, `Xoshiro256StarStar(seed: seed, stream: k)`, so a run's figures
/// depend on the seed, the block size and the number of trials, and never on
/// `threads`.
public struct MonteCarloOptions: Sendable {
  /// Trials to draw (without `precision`). Default 100,000.
  public var trials: Int
  /// The seed of every block's generator.
  public var seed: UInt64
  /// Worker threads; default all active processors. Does not change any figure.
  public var threads: Int
  /// When set, sample in rounds of `roundBlocks` blocks until the standard
  /// error of P(adopted) is below this value in every scenario, or
  /// `maxTrials` is reached; `trials` is then ignored. In (0, 1).
  public var precision: Double?
  /// The cap on trials with `precision`. Default 10,000,000.
  public var maxTrials: Int
  /// Trials per block, 1 to 1,048,576. Default 4,096.
  public var blockSize: Int
  /// Blocks per round with `precision` (a fixed number, so stopping does not
  /// depend on threads). Default 16.
  public var roundBlocks: Int
  /// Also count each member's votes per scenario (slower); see
  /// `ScenarioStatistics.stateFrequencies`.
  public var collectStateFrequencies: Bool
  /// Checked between blocks; a cancelled run throws `SimulationError.cancelled`.
  public var cancellation: CancellationToken?
  /// When set, told the trials of each block as it finishes (for a progress display).
  public var progress: ProgressCounter?

  /// The largest number of trials a run accepts (so that no 64-bit sum can overflow).
  public static let trialLimit = 1 << 40

  public init(
    trials: Int = 100_000, seed: UInt64 = 1,
    threads: Int = ProcessInfo.processInfo.activeProcessorCount, precision: Double? = nil,
    maxTrials: Int = 10_000_000, blockSize: Int = 4096, roundBlocks: Int = 16,
    collectStateFrequencies: Bool = false, cancellation: CancellationToken? = nil,
    progress: ProgressCounter? = nil
  ) {
    self.trials = trials
    self.seed = seed
    self.threads = threads
    self.precision = precision
    self.maxTrials = maxTrials
    self.blockSize = blockSize
    self.roundBlocks = roundBlocks
    self.collectStateFrequencies = collectStateFrequencies
    self.cancellation = cancellation
    self.progress = progress
  }

  /// Checks the ranges above.
  /// - Throws: `SimulationError.invalidParameter` naming the option.
  public func validate() throws(SimulationError) {
    func fail(_ name: String, _ value: String, _ expected: String) -> SimulationError {
      .invalidParameter(name: name, value: value, expected: expected)
    }
    let limit = MonteCarloOptions.trialLimit
    if let precision {
      guard precision > 0, precision < 1 else {
        throw fail("precision", "\(precision)", "a standard error in (0, 1)")
      }
      guard (1...limit).contains(maxTrials) else {
        throw fail("trial cap", "\(maxTrials)", "1 to \(limit) trials")
      }
    } else {
      guard (1...limit).contains(trials) else {
        throw fail("number of trials", "\(trials)", "1 to \(limit) trials")
      }
    }
    guard threads >= 1 else { throw fail("number of threads", "\(threads)", "at least 1") }
    guard (1...(1 << 20)).contains(blockSize) else {
      throw fail("block size", "\(blockSize)", "1 to 1048576 trials")
    }
    guard roundBlocks >= 1 else { throw fail("blocks per round", "\(roundBlocks)", "at least 1") }
  }
}
