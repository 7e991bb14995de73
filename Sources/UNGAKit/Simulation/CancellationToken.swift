import Foundation

/// A flag that stops a long run cleanly: the engine checks it between blocks
/// of trials and throws `SimulationError.cancelled` once it is set.
///
/// Safe to set from any thread (for example a `DispatchSource` handling SIGINT).
public final class CancellationToken: @unchecked Sendable {
  private let lock = NSLock()
  private var cancelled = false

  public init() {}

  /// Asks every run that holds this token to stop.
  public func cancel() {
    lock.lock()
    cancelled = true
    lock.unlock()
  }

  /// Whether `cancel()` has been called.
  public var isCancelled: Bool {
    lock.lock()
    defer { lock.unlock() }
    return cancelled
  }
}
