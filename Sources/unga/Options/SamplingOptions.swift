import Foundation
import UNGAKit

/// `--trials`, `--seed` and `--threads`, shared by the commands that run the
/// Monte Carlo engine.
struct SamplingOptions: ParsableOptions, Equatable {
  var trials = 100_000
  var seed: UInt64 = 1
  /// `nil`: every active core.
  var threads: Int?

  static var arguments: [Argument<Self>] {
    [
      .option(
        \.trials, name: "trials", short: "n", valueName: "count",
        in: 1...MonteCarloOptions.trialLimit, help: "Monte Carlo trials per scenario."),
      .option(
        \.seed, name: "seed", valueName: "seed",
        help: "The random seed; the same seed gives the same figures."),
      .option(
        \.threads, name: "threads", short: "j", valueName: "count", in: 1...4096,
        help: "Worker threads (default: every core). No figure depends on it."),
    ]
  }

  /// The threads to use.
  var threadCount: Int { threads ?? ProcessInfo.processInfo.activeProcessorCount }

  /// The engine's options, stopped by `cancellation` and reporting to `progress`.
  func monteCarlo(cancellation: CancellationToken?, progress: ProgressCounter?)
    -> MonteCarloOptions
  {
    MonteCarloOptions(
      trials: trials, seed: seed, threads: threadCount, cancellation: cancellation,
      progress: progress)
  }
}
