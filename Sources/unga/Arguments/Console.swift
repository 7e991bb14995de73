import Foundation

/// Where a command's output goes: standard output and standard error, or
/// memory (for tests).
///
/// Writes never throw; a failed write to standard output is remembered, and the
/// runner then exits 73 (cannot write output) rather than report success.
final class Console {
  private let capturing: Bool
  /// Everything written to output, when capturing.
  private(set) var output = ""
  /// Everything written to error, when capturing.
  private(set) var error = ""
  /// Why a write to standard output failed, if one did.
  private(set) var writeFailure: String?

  private init(capturing: Bool) { self.capturing = capturing }

  /// Writes to the process's standard output and standard error.
  static func standard() -> Console { Console(capturing: false) }

  /// Keeps everything in `output` and `error`.
  static func capture() -> Console { Console(capturing: true) }

  /// Whether output goes to a terminal (never when capturing): colour is
  /// only worth writing there.
  var isOutputTerminal: Bool { !capturing && isatty(STDOUT_FILENO) != 0 }

  /// Whether error goes to a terminal (never when capturing): a progress line
  /// that rewrites itself only makes sense there.
  var isErrorTerminal: Bool { !capturing && isatty(STDERR_FILENO) != 0 }

  /// Writes `text` to output, adding a newline unless it ends with one.
  func write(_ text: String) {
    let line = text.hasSuffix("\n") ? text : text + "\n"
    if capturing {
      output += line
      return
    }
    do {
      try FileHandle.standardOutput.write(contentsOf: Data(line.utf8))
    } catch {
      writeFailure = writeFailure ?? CommandRunner.reason(for: error)
    }
  }

  /// Writes `text` to error as it is (the caller ends it with a newline).
  func writeError(_ text: String) {
    if capturing {
      error += text
      return
    }
    // Nowhere is left to report a failure to write to standard error.
    try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
  }
}
