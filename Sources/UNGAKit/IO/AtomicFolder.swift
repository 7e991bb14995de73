import Foundation

/// Writes a set of files into a folder so that a reader sees the folder's old
/// files or the new ones, never a mix: what the dataset writer and the
/// notebooks write through.
///
/// The files go into a temporary sibling folder `.NAME.XXXXXX`, together with
/// hard links to the old folder's files that the writer does not own (a
/// README beside the tables); that folder is flushed and then exchanged with
/// the old one in one step (`renameat2(RENAME_EXCHANGE)` on Linux), or renamed
/// into place when there was none, and the old folder is removed. The owned
/// files of the old folder that are not written again disappear with it.
/// A new folder gets `0777 & ~umask` and new files `0666 & ~umask`; a replaced
/// folder or file keeps its mode (and owner where the process may set it).
/// A symbolic link to a folder is followed. On SIGINT, SIGTERM or SIGHUP the
/// temporary folder is removed (see `TemporaryFiles`).
///
/// A folder that holds other folders (such as `datasets/`, whose
/// `member-states.csv` sits beside the datasets) cannot be exchanged without
/// taking those away for a moment; there each file is replaced on its own
/// (atomically), and the owned files not written again are removed.
public enum AtomicFolder {
  /// A file to write: its name in the folder and its content.
  public typealias Entry = (name: String, bytes: [UInt8])

  /// Makes the folder at `path` hold `files` in place of its files named in
  /// `owned`, creating it (and its parents) when needed.
  /// - Returns: the paths of the files written, in the order given.
  /// - Throws: `AtomicFileError` naming the folder or file that could not be
  ///   written; the old folder is then left as it was.
  @discardableResult
  public static func write(_ files: [Entry], to path: String, owning owned: Set<String>)
    throws(AtomicFileError) -> [String]
  {
    let folder = try resolve(path)
    var old = stat()
    let exists = stat(folder, &old) == 0
    if !exists {
      let parent = (folder as NSString).deletingLastPathComponent
      if !parent.isEmpty {
        do {
          try FileManager.default.createDirectory(
            atPath: parent, withIntermediateDirectories: true)
        } catch {
          throw AtomicFileError(path: path, reason: "cannot create the folder: \(reason(error))")
        }
      }
    }
    let oldEntries =
      exists ? ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []) : []
    let written = Set(files.map(\.name))
    let carried = oldEntries.filter { !owned.contains($0) && !written.contains($0) }
    try TemporaryFiles.withSignalsHandled { () throws(AtomicFileError) in
      let temporary = try TemporaryFiles.create(beside: folder, reportedAs: path, isFolder: true) {
        mkdir($0, 0o777) == 0 ? 0 : -1
      }.path
      func fail(_ error: AtomicFileError) -> AtomicFileError {
        try? FileManager.default.removeItem(atPath: temporary)
        TemporaryFiles.unregister(temporary)
        return error
      }
      var inPlace = false
      for name in carried where !inPlace {
        if link(folder + "/" + name, temporary + "/" + name) != 0 { inPlace = true }
      }
      for file in files {
        do throws(AtomicFileError) {
          try writeNew(file, in: temporary, replacing: folder + "/" + file.name, reportedAs: path)
        } catch {
          throw fail(error)
        }
      }
      if exists {
        if chown(temporary, old.st_uid, old.st_gid) != 0 {
          _ = chown(temporary, uid_t.max, old.st_gid)
        }
        _ = chmod(temporary, old.st_mode & 0o7777)
      }
      AtomicFile.syncFolder(of: temporary + "/x")
      if !exists {
        let moved = TemporaryFiles.settle(temporary) { rename(temporary, folder) == 0 }
        guard moved else {
          throw fail(
            AtomicFileError(
              path: path, reason: AtomicFile.systemReason("cannot rename the temporary folder")))
        }
      } else if !inPlace, exchange(temporary, folder) {
        // The temporary name now holds the old folder, still registered for removal.
        try? FileManager.default.removeItem(atPath: temporary)
        TemporaryFiles.unregister(temporary)
      } else {
        for file in files {
          guard rename(temporary + "/" + file.name, folder + "/" + file.name) == 0 else {
            throw fail(
              AtomicFileError(
                path: folder + "/" + file.name,
                reason: AtomicFile.systemReason("cannot rename the temporary file")))
          }
        }
        for name in oldEntries where owned.contains(name) && !written.contains(name) {
          unlink(folder + "/" + name)
        }
        try? FileManager.default.removeItem(atPath: temporary)
        TemporaryFiles.unregister(temporary)
        AtomicFile.syncFolder(of: folder + "/x")
      }
      AtomicFile.syncFolder(of: folder)
    }
    return files.map { (path as NSString).appendingPathComponent($0.name) }
  }

  /// Checks, without changing anything, that `write(_:to:owning:)` could
  /// write the folder `path`: an existing folder must take a new entry (a
  /// temporary folder is made beside it and removed), a missing one must have
  /// a nearest existing parent that is a writable folder.
  /// - Throws: `AtomicFileError` with the reason the write would fail.
  public static func checkWritable(_ path: String) throws(AtomicFileError) {
    let folder = try resolve(path)
    var probe = folder
    var status = stat()
    while stat(probe, &status) != 0 {
      guard errno == ENOENT else {
        throw AtomicFileError(
          path: path, reason: AtomicFile.systemReason("cannot create the folder"))
      }
      let parent = (probe as NSString).deletingLastPathComponent
      probe = parent.isEmpty ? "." : parent
    }
    guard (status.st_mode & S_IFMT) == S_IFDIR else {
      throw AtomicFileError(
        path: path, reason: "cannot create the folder: \(probe) is not a folder")
    }
    let beside = probe == folder ? folder : probe + "/x"
    try TemporaryFiles.withSignalsHandled { () throws(AtomicFileError) in
      let temporary = try TemporaryFiles.create(beside: beside, reportedAs: path, isFolder: true) {
        mkdir($0, 0o777) == 0 ? 0 : -1
      }.path
      rmdir(temporary)
      TemporaryFiles.unregister(temporary)
    }
  }

  /// Writes `file` as a new file in `folder`, flushed, with the mode and
  /// owner of the file at `previous` when there is one.
  private static func writeNew(
    _ file: Entry, in folder: String, replacing previous: String, reportedAs path: String
  ) throws(AtomicFileError) {
    let target = folder + "/" + file.name
    let descriptor = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o666)
    let reported = (path as NSString).appendingPathComponent(file.name)
    guard descriptor >= 0 else {
      throw AtomicFileError(path: reported, reason: AtomicFile.systemReason("cannot create"))
    }
    defer { close(descriptor) }
    guard AtomicFile.writeAll(file.bytes, to: descriptor) else {
      throw AtomicFileError(path: reported, reason: AtomicFile.systemReason("write failed"))
    }
    var old = stat()
    if stat(previous, &old) == 0, (old.st_mode & S_IFMT) == S_IFREG {
      if fchown(descriptor, old.st_uid, old.st_gid) != 0 {
        _ = fchown(descriptor, uid_t.max, old.st_gid)
      }
      _ = fchmod(descriptor, old.st_mode & 0o7777)
    }
    guard fsync(descriptor) == 0 else {
      throw AtomicFileError(path: reported, reason: AtomicFile.systemReason("fsync failed"))
    }
  }

  /// The folder `path` names, following symbolic links.
  /// - Throws: `AtomicFileError` when it is something other than a folder.
  static func resolve(_ path: String) throws(AtomicFileError) -> String {
    var current = path
    for _ in 0...OutputTarget.linkLimit {
      var status = stat()
      guard lstat(current, &status) == 0 else {
        guard errno == ENOENT else {
          throw AtomicFileError(
            path: path, reason: AtomicFile.systemReason("cannot create the folder"))
        }
        return current
      }
      switch status.st_mode & S_IFMT {
      case S_IFDIR: return current
      case S_IFLNK:
        current = try OutputTarget.target(ofLink: current, for: path)
      default:
        throw AtomicFileError(
          path: path, reason: "cannot create the folder: \(String(cString: strerror(EEXIST)))")
      }
    }
    throw AtomicFileError(path: path, reason: "too many levels of symbolic links")
  }

  /// Exchanges the folders at `a` and `b` in one step, under the lock of
  /// `TemporaryFiles`, where the system offers it.
  /// - Returns: `false` when it cannot (an old kernel or another file system).
  private static func exchange(_ a: String, _ b: String) -> Bool {
    #if canImport(Glibc)
      typealias RenameAt2 =
        @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
      guard let symbol = dlsym(nil, "renameat2") else { return false }
      let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
      let exchangeFlag: UInt32 = 2  // RENAME_EXCHANGE
      return TemporaryFiles.settle("") { renameat2(AT_FDCWD, a, AT_FDCWD, b, exchangeFlag) == 0 }
    #elseif canImport(Darwin)
      return TemporaryFiles.settle("") { renamex_np(a, b, UInt32(RENAME_SWAP)) == 0 }
    #else
      return false
    #endif
  }

  /// The system's words for a failed file operation ("Not a directory").
  static func reason(_ error: any Error) -> String {
    if let underlying = (error as? CocoaError)?.underlying.map({ $0 as NSError }),
      underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(truncatingIfNeeded: underlying.code)))
    }
    return (error as NSError).localizedDescription
  }
}
