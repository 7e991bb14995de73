import Dispatch
import Foundation
import UNGAKit

/// Turns Ctrl-C (SIGINT) into a cancelled `CancellationToken` while a long
/// command runs, so the engine stops between blocks of trials and the
/// command ends with exit 130 and writes nothing.
///
/// A second Ctrl-C ends the process at once (exit 130): output is only ever
/// written whole (see `OutputOptions.emit`), so there is nothing to finish.
/// `stop()` restores the default action.
final class InterruptHandler {
  /// Cancelled by the first Ctrl-C.
  let token = CancellationToken()
  private let source: any DispatchSourceSignal

  /// Starts handling SIGINT.
  init() {
    // The signal must be ignored for the dispatch source to receive it instead.
    signal(SIGINT, SIG_IGN)
    source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    let token = token
    source.setEventHandler {
      if token.isCancelled { _exit(ExitCode.interrupted.rawValue) }
      token.cancel()
    }
    source.resume()
  }

  /// Stops handling SIGINT; a later Ctrl-C ends the process as usual.
  func stop() {
    source.cancel()
    signal(SIGINT, SIG_DFL)
  }

  /// Throws when Ctrl-C was pressed, so that a run that finished anyway
  /// (in its last block) still writes nothing.
  /// - Throws: `SimulationError.cancelled` (exit 130).
  func check() throws(SimulationError) {
    if token.isCancelled { throw .cancelled }
  }

  /// Runs `body` with SIGINT handled, passing the token to hand to the engine.
  /// - Throws: what `body` throws, or `SimulationError.cancelled` when Ctrl-C
  ///   was pressed during it.
  static func run<T>(_ body: (CancellationToken) throws -> T) throws -> T {
    let handler = InterruptHandler()
    defer { handler.stop() }
    let value = try body(handler.token)
    try handler.check()
    return value
  }
}
