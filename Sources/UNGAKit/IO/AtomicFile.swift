import Foundation

/// Writes whole files so that a reader sees either the old content or the new, never a part.
///
/// The bytes go to a temporary file in the same folder, which is flushed to
/// disk (`fsync`) and then renamed over the target; `rename` within one file
/// system is atomic on POSIX. If any step fails the temporary file is removed
/// and the target is left as it was.
public enum AtomicFile {
  /// Replaces the file at `path` with `bytes` (permissions `rw-r--r--`).
  /// - Throws: `AtomicFileError` naming `path` when the folder is missing or
  ///   not writable, the disk is full, or the rename fails.
  /// - Complexity: O(n) in the number of bytes.
  public static func write(_ bytes: [UInt8], to path: String) throws(AtomicFileError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    var template = Array((folder + "/." + url.lastPathComponent + ".XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw AtomicFileError(path: path, reason: systemReason("cannot create a temporary file"))
    }
    let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    var closed = false
    func fail(_ what: String) -> AtomicFileError {
      let error = AtomicFileError(path: path, reason: systemReason(what))
      if !closed { close(descriptor) }
      unlink(temporary)
      return error
    }
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer in
        Foundation.write(descriptor, buffer.baseAddress! + offset, bytes.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw fail("write failed")
      }
      offset += written
    }
    guard fchmod(descriptor, 0o644) == 0 else { throw fail("cannot set permissions") }
    guard fsync(descriptor) == 0 else { throw fail("fsync failed") }
    closed = true
    guard close(descriptor) == 0 else { throw fail("close failed") }
    guard rename(temporary, path) == 0 else { throw fail("cannot rename the temporary file") }
    // Make the rename itself durable; a failure here leaves a complete file, so it is ignored.
    let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY)
    if folderDescriptor >= 0 {
      _ = fsync(folderDescriptor)
      close(folderDescriptor)
    }
  }

  /// Replaces the file at `path` with `text` encoded as UTF-8.
  /// - Throws: `AtomicFileError`, as `write(_:to:)` for bytes.
  public static func write(_ text: String, to path: String) throws(AtomicFileError) {
    try write(Array(text.utf8), to: path)
  }

  private static func systemReason(_ what: String) -> String {
    let code = errno
    return "\(what): \(String(cString: strerror(code)))"
  }
}
