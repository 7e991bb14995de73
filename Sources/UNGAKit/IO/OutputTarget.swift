import Foundation

/// What an output path names, found before writing: the path itself or, for
/// a symbolic link, its final target, and the kind of thing there.
struct OutputTarget {
  /// How the target is written.
  enum Kind {
    /// A regular file (with its status) or nothing yet (`nil`): replaced through a temporary file.
    case file(stat?)
    /// A character device: written in place.
    case device
    /// A FIFO: written in place.
    case fifo
    /// A Unix-domain socket: connected to and written.
    case socket
  }

  /// The path to write: the one given, or the final target of the links it names.
  var resolved: String
  var kind: Kind

  /// Links followed at most, as the system's own limit (`ELOOP`).
  static let linkLimit = 40

  /// Looks at `path`, following symbolic links.
  /// - Throws: `AtomicFileError` naming `path` for a folder, a block device,
  ///   a loop of links, or a path that cannot be examined.
  init(_ path: String) throws(AtomicFileError) {
    var current = path
    for _ in 0...Self.linkLimit {
      var status = stat()
      guard lstat(current, &status) == 0 else {
        guard errno == ENOENT else {
          throw AtomicFileError(path: path, reason: AtomicFile.systemReason("cannot examine"))
        }
        resolved = current
        kind = .file(nil)
        return
      }
      switch status.st_mode & S_IFMT {
      case S_IFLNK:
        current = try Self.target(ofLink: current, for: path)
        continue
      case S_IFREG: kind = .file(status)
      case S_IFCHR: kind = .device
      case S_IFIFO: kind = .fifo
      case S_IFSOCK: kind = .socket
      case S_IFDIR:
        throw AtomicFileError(path: path, reason: "is a folder; expected a file name")
      default:
        throw AtomicFileError(
          path: path, reason: "is a block device; refusing to write over it")
      }
      resolved = current
      return
    }
    throw AtomicFileError(path: path, reason: "too many levels of symbolic links")
  }

  /// The path the symbolic link at `link` points to, relative targets taken from the
  /// link's folder.
  /// - Throws: `AtomicFileError` naming `path` (the output asked for) when the link cannot be read.
  static func target(ofLink link: String, for path: String) throws(AtomicFileError) -> String {
    guard let text = readLink(link) else {
      throw AtomicFileError(
        path: path, reason: AtomicFile.systemReason("cannot read the symbolic link"))
    }
    return text.hasPrefix("/")
      ? text
      : ((link as NSString).deletingLastPathComponent as NSString).appendingPathComponent(text)
  }

  /// The text of the symbolic link at `path`.
  static func readLink(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count >= 0 else { return nil }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
