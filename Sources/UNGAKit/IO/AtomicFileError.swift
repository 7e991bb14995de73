/// A file that could not be written, with the path and the reason.
///
/// Thrown by `AtomicFile` and `NativeDatasetWriter`; when it is thrown the
/// target file is either untouched or was never created.
public struct AtomicFileError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The path the caller asked to write.
  public var path: String
  /// What failed, in words (usually the system's message for `errno`).
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  /// `path: cannot write: reason`.
  public var description: String { "\(path): cannot write: \(reason)" }
}
