import Foundation

/// Writes whole output files the way `cp`, `sort -o` and editors do: every
/// writer of the project (each command's `--output`, the dataset writer,
/// `calibrate`, the notebooks) goes through here.
///
/// What is at the path decides how it is written:
/// - nothing, or a regular file: the bytes go to a temporary file in the same
///   folder, which is flushed to disk (`fsync`) and renamed over the target
///   (`rename` within one file system is atomic on POSIX), so a reader sees the
///   old content or the new, never a part. A new file gets `0666 & ~umask`; a
///   replaced file keeps its mode, and its owner and group where the process
///   may set them. A failed write removes the temporary file and leaves the
///   target as it was; so does SIGINT, SIGTERM or SIGHUP (see `TemporaryFiles`).
/// - a symbolic link: followed (through any chain of links), and its final
///   target written as above. The link stays a link: replacing it by a file
///   would silently detach whatever it pointed to, and refusing would break the
///   common use of links to keep outputs elsewhere.
/// - a character device, FIFO or socket: opened and written in place, without
///   a temporary file or rename (a FIFO waits for its reader, as with `cat >`).
///   Write errors are reported (`/dev/full` gives "No space left on device").
/// - a folder or a block device: refused.
public enum AtomicFile {
  /// Replaces the file at `path` with `bytes`, as described for the type.
  /// - Throws: `AtomicFileError` naming `path` when the folder is missing or
  ///   not writable, the path is a folder, the disk is full, or the rename fails.
  /// - Complexity: O(n) in the number of bytes.
  public static func write(_ bytes: [UInt8], to path: String) throws(AtomicFileError) {
    let target = try OutputTarget(path)
    switch target.kind {
    case .file(let existing):
      try TemporaryFiles.withSignalsHandled { () throws(AtomicFileError) in
        try replace(target.resolved, with: bytes, existing: existing, reportedAs: path)
      }
    case .device, .fifo:
      try writeInPlace(bytes, to: target.resolved, reportedAs: path)
    case .socket:
      try sendToSocket(bytes, at: target.resolved, reportedAs: path)
    }
  }

  /// Replaces the file at `path` with `text` encoded as UTF-8.
  /// - Throws: `AtomicFileError`, as `write(_:to:)` for bytes.
  public static func write(_ text: String, to path: String) throws(AtomicFileError) {
    try write(Array(text.utf8), to: path)
  }

  /// Checks, without changing anything, that `write(_:to:)` could write
  /// `path`: so that a long computation is not thrown away for an output that
  /// cannot be created. For a file, a temporary file is created in its folder
  /// and removed again; a device, FIFO or socket must be writable.
  /// - Throws: `AtomicFileError` with the reason `write(_:to:)` would give.
  public static func checkWritable(_ path: String) throws(AtomicFileError) {
    let target = try OutputTarget(path)
    switch target.kind {
    case .file:
      try TemporaryFiles.withSignalsHandled { () throws(AtomicFileError) in
        let temporary = try createTemporary(beside: target.resolved, reportedAs: path)
        close(temporary.descriptor)
        unlink(temporary.path)
        TemporaryFiles.unregister(temporary.path)
      }
    case .device, .fifo, .socket:
      guard access(target.resolved, W_OK) == 0 else {
        throw AtomicFileError(path: path, reason: systemReason("not writable"))
      }
    }
  }

  /// Writes `bytes` to a new temporary file beside `target`, gives it the
  /// mode (and owner) of `existing` or the umask's default, and renames it over `target`.
  static func replace(
    _ target: String, with bytes: [UInt8], existing: stat?, reportedAs path: String
  ) throws(AtomicFileError) {
    let temporary = try createTemporary(beside: target, reportedAs: path)
    var closed = false
    func fail(_ what: String) -> AtomicFileError {
      let error = AtomicFileError(path: path, reason: systemReason(what))
      if !closed { close(temporary.descriptor) }
      unlink(temporary.path)
      TemporaryFiles.unregister(temporary.path)
      return error
    }
    guard writeAll(bytes, to: temporary.descriptor) else { throw fail("write failed") }
    if let existing {
      // Owner first: changing it clears the set-user-ID bits that the mode then restores.
      if fchown(temporary.descriptor, existing.st_uid, existing.st_gid) != 0 {
        _ = fchown(temporary.descriptor, uid_t.max, existing.st_gid)
      }
      guard fchmod(temporary.descriptor, existing.st_mode & 0o7777) == 0 else {
        throw fail("cannot set permissions")
      }
    }
    guard fsync(temporary.descriptor) == 0 else { throw fail("fsync failed") }
    closed = true
    guard close(temporary.descriptor) == 0 else { throw fail("close failed") }
    let renamed = TemporaryFiles.settle(temporary.path) { rename(temporary.path, target) == 0 }
    guard renamed else { throw fail("cannot rename the temporary file") }
    syncFolder(of: target)
  }

  /// Makes the last rename in the folder of `path` durable; a failure leaves
  /// a complete file, so it is ignored.
  static func syncFolder(of path: String) {
    let folder = (path as NSString).deletingLastPathComponent
    let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
    if descriptor >= 0 {
      _ = fsync(descriptor)
      close(descriptor)
    }
  }

  /// A new empty file `.NAME.XXXXXX` in the folder of `target`, created with
  /// mode `0666` so that the umask applies, registered for removal on a signal.
  /// The name is shortened when `.NAME.XXXXXX` would exceed the folder's
  /// limit on name length.
  static func createTemporary(beside target: String, reportedAs path: String)
    throws(AtomicFileError) -> (path: String, descriptor: Int32)
  {
    try TemporaryFiles.create(beside: target, reportedAs: path) { candidate in
      open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o666)
    }
  }

  /// Opens the device or FIFO at `target` and writes `bytes` to it as they are.
  static func writeInPlace(_ bytes: [UInt8], to target: String, reportedAs path: String)
    throws(AtomicFileError)
  {
    let descriptor = open(target, O_WRONLY | O_NOCTTY | O_CLOEXEC | O_NOFOLLOW)
    guard descriptor >= 0 else {
      throw AtomicFileError(path: path, reason: systemReason("cannot open"))
    }
    guard writeAll(bytes, to: descriptor) else {
      let error = AtomicFileError(path: path, reason: systemReason("write failed"))
      close(descriptor)
      throw error
    }
    guard close(descriptor) == 0 else {
      throw AtomicFileError(path: path, reason: systemReason("close failed"))
    }
  }

  /// Connects to the Unix-domain stream socket at `target` and sends `bytes`.
  static func sendToSocket(_ bytes: [UInt8], at target: String, reportedAs path: String)
    throws(AtomicFileError)
  {
    #if canImport(Glibc)
      let descriptor = socket(
        AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    #else
      let descriptor = socket(AF_UNIX, SOCK_STREAM, 0)
    #endif
    guard descriptor >= 0 else {
      throw AtomicFileError(path: path, reason: systemReason("cannot open a socket"))
    }
    defer { close(descriptor) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let name = Array(target.utf8)
    let capacity = MemoryLayout.size(ofValue: address.sun_path)
    guard name.count < capacity else {
      throw AtomicFileError(path: path, reason: "the socket's path is too long to connect to")
    }
    withUnsafeMutableBytes(of: &address.sun_path) { buffer in
      buffer.copyBytes(from: name)
      buffer[name.count] = 0
    }
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    guard connected == 0 else {
      throw AtomicFileError(path: path, reason: systemReason("cannot connect"))
    }
    guard writeAll(bytes, to: descriptor) else {
      throw AtomicFileError(path: path, reason: systemReason("write failed"))
    }
  }

  /// Writes every byte, retrying after signals and short writes.
  /// - Returns: `false` on an error, with `errno` set.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer in
        Foundation.write(descriptor, buffer.baseAddress! + offset, bytes.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return false
      }
      offset += written
    }
    return true
  }

  /// `what: <the system's message for errno>`.
  static func systemReason(_ what: String) -> String {
    let code = errno
    return "\(what): \(String(cString: strerror(code)))"
  }
}
