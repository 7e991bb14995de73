import Foundation

/// Counts the trials a Monte Carlo run has drawn so far, for progress displays.
///
/// The engine adds each block's trials when the block is done; any thread may
/// read `trials` meanwhile. A counter may be shared by several runs (a
/// planner's successive engine runs), whose trials then add up. Reading it
/// changes nothing in a run: figures never depend on progress reporting.
public final class ProgressCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  private var expected: Int?

  public init() {}

  /// Records `trials` more trials drawn.
  public func add(_ trials: Int) {
    lock.lock()
    count &+= trials
    lock.unlock()
  }

  /// The trials the work will draw in all, when its owner knows it in advance (a planner
  /// whose runs are all of a fixed number of trials); nil when it does not.
  public var total: Int? {
    get {
      lock.lock()
      defer { lock.unlock() }
      return expected
    }
    set {
      lock.lock()
      expected = newValue
      lock.unlock()
    }
  }

  /// The trials drawn so far, summed over every run that held this counter.
  public var trials: Int {
    lock.lock()
    defer { lock.unlock() }
    return count
  }
}
