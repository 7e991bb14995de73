import Dispatch
import Foundation

/// A status line on standard error that rewrites itself while a long command
/// works, shown only when standard error is a terminal and the work has
/// already taken about a second (quick runs print nothing extra).
///
/// The line is erased when `stop()` is called, so it never mixes with the
/// command's output or messages.
final class ProgressLine: @unchecked Sendable {
  /// How long the work runs before the line appears.
  static let delay = DispatchTimeInterval.milliseconds(1000)
  /// How often the line is redrawn.
  static let interval = DispatchTimeInterval.milliseconds(200)

  private let lock = NSLock()
  private let status: @Sendable (Duration) -> String
  private let clock = ContinuousClock()
  private let start: ContinuousClock.Instant
  private var timer: (any DispatchSourceTimer)?
  private var drawn = false
  private var stopped = false

  /// Starts the line when `console` writes errors to a terminal; otherwise does nothing.
  /// - Parameter status: the text for the time elapsed so far (called on another thread).
  init(console: Console, status: @escaping @Sendable (Duration) -> String) {
    self.status = status
    start = clock.now
    guard console.isErrorTerminal else { return }
    let timer = DispatchSource.makeTimerSource(queue: .global())
    timer.schedule(deadline: .now() + Self.delay, repeating: Self.interval)
    timer.setEventHandler { [weak self] in self?.draw() }
    self.timer = timer
    timer.resume()
  }

  private func draw() {
    lock.lock()
    defer { lock.unlock() }
    guard !stopped else { return }
    let text = status(clock.now - start)
    // \r returns to the start of the line; ESC[K erases what a longer line left.
    write("\r" + text + "\u{1B}[K")
    drawn = true
  }

  /// Stops redrawing and erases the line if it was shown.
  func stop() {
    timer?.cancel()
    lock.lock()
    defer { lock.unlock() }
    guard !stopped else { return }
    stopped = true
    if drawn { write("\r\u{1B}[K") }
  }

  private func write(_ text: String) {
    try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
  }

  deinit { timer?.cancel() }

  /// `12.3 s`.
  static func seconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    let tenths = seconds * 10 + attoseconds / 100_000_000_000_000_000
    return "\(tenths / 10).\(tenths % 10) s"
  }
}
