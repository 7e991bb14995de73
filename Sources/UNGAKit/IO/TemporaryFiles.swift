import Dispatch
import Foundation

/// The temporary files and folders that `AtomicFile` and `AtomicFolder` create
/// beside their targets, removed when the process is stopped by SIGINT,
/// SIGTERM or SIGHUP while they exist.
///
/// While a write is under way (`withSignalsHandled`) the three signals are
/// caught; on one, every registered temporary file or folder is removed and
/// the process exits with 128 + the signal's number (130 for SIGINT), as the
/// default action would have ended it. Creation and the final rename happen
/// under the same lock as that removal, so a temporary file is either removed
/// or already renamed into place, never left behind. Outside such a write the
/// signals keep whatever action they had.
public enum TemporaryFiles {
  /// The signals after which temporary files are removed.
  public static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  private final class State: @unchecked Sendable {
    let lock = NSLock()
    /// Registered paths, each with whether it is a folder.
    var paths: [String: Bool] = [:]
    var depth = 0
    var sources: [any DispatchSourceSignal] = []
    var previous: [Int32: (@convention(c) (Int32) -> Void)?] = [:]
  }
  private static let state = State()

  /// The paths currently registered (for tests and diagnostics).
  public static var registered: [String] {
    state.lock.lock()
    defer { state.lock.unlock() }
    return state.paths.keys.sorted()
  }

  /// Runs `body` with SIGINT, SIGTERM and SIGHUP removing the registered
  /// temporary files; nested calls share one set of handlers.
  public static func withSignalsHandled<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
    begin()
    defer { end() }
    return try body()
  }

  private static func begin() {
    state.lock.lock()
    defer { state.lock.unlock() }
    state.depth += 1
    guard state.depth == 1 else { return }
    for signal in signals {
      let source = DispatchSource.makeSignalSource(signal: signal, queue: .global())
      source.setEventHandler { removeAllAndExit(signal: signal) }
      source.resume()
      state.sources.append(source)
      // The signal must be ignored for the dispatch source to receive it instead.
      state.previous[signal] = Foundation.signal(signal, SIG_IGN)
    }
  }

  private static func end() {
    state.lock.lock()
    defer { state.lock.unlock() }
    state.depth -= 1
    guard state.depth == 0 else { return }
    for source in state.sources { source.cancel() }
    state.sources = []
    for (signal, old) in state.previous { Foundation.signal(signal, old) }
    state.previous = [:]
  }

  /// Removes every registered path and ends the process as `signal` would.
  private static func removeAllAndExit(signal: Int32) -> Never {
    state.lock.lock()
    removeRegistered()
    _exit(128 + signal)
  }

  /// Removes every registered temporary file and folder now (what a signal
  /// does before the process exits).
  public static func removeAll() {
    state.lock.lock()
    defer { state.lock.unlock() }
    removeRegistered()
  }

  private static func removeRegistered() {
    for (path, isFolder) in state.paths {
      if isFolder { try? FileManager.default.removeItem(atPath: path) } else { unlink(path) }
    }
    state.paths = [:]
  }

  /// Creates a new temporary entry `.NAME.XXXXXX` beside `target` with
  /// `make` (which returns a descriptor, or -1 with `errno`, and must fail
  /// with `EEXIST` when the name is taken) and registers it. NAME is cut,
  /// on a character boundary, when the name would exceed the folder's limit.
  /// - Throws: `AtomicFileError` naming `path` when nothing can be created.
  static func create(
    beside target: String, reportedAs path: String, isFolder: Bool = false,
    _ make: (String) -> Int32
  ) throws(AtomicFileError) -> (path: String, descriptor: Int32) {
    let folder = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    let limit = Int(pathconf(folder.isEmpty ? "." : folder, Int32(_PC_NAME_MAX)))
    let stem = shortened(name, toBytes: (limit > 0 ? limit : 255) - 8)
    let prefix = (folder.isEmpty ? "" : folder + "/") + "." + stem + "."
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<100 {
      let suffix = String((0..<6).map { _ in letters.randomElement(using: &generator)! })
      let candidate = prefix + suffix
      state.lock.lock()
      let descriptor = make(candidate)
      let failure = errno
      if descriptor >= 0 { state.paths[candidate] = isFolder }
      state.lock.unlock()
      if descriptor >= 0 { return (candidate, descriptor) }
      guard failure == EEXIST else {
        errno = failure
        throw AtomicFileError(
          path: path,
          reason: AtomicFile.systemReason(
            isFolder ? "cannot create a temporary folder" : "cannot create a temporary file"))
      }
    }
    throw AtomicFileError(path: path, reason: "cannot create a temporary file: every name taken")
  }

  /// `name` cut to at most `bytes` UTF-8 bytes, on a character boundary.
  static func shortened(_ name: String, toBytes bytes: Int) -> String {
    guard name.utf8.count > bytes else { return name }
    var result = ""
    var count = 0
    for character in name {
      let size = character.utf8.count
      guard count + size <= bytes else { break }
      result.append(character)
      count += size
    }
    return result
  }

  /// Runs `move` (the rename that puts `path` in place) under the lock and,
  /// when it succeeds, unregisters `path`.
  /// - Returns: what `move` returned.
  static func settle(_ path: String, _ move: () -> Bool) -> Bool {
    state.lock.lock()
    defer { state.lock.unlock() }
    let moved = move()
    if moved { state.paths[path] = nil }
    return moved
  }

  /// Forgets `path` (after it was removed or renamed).
  static func unregister(_ path: String) {
    state.lock.lock()
    defer { state.lock.unlock() }
    state.paths[path] = nil
  }

  /// Registers an entry that another step created, such as the old folder
  /// moved aside by a swap, for removal on a signal.
  static func register(_ path: String, isFolder: Bool) {
    state.lock.lock()
    defer { state.lock.unlock() }
    state.paths[path] = isFolder
  }
}
