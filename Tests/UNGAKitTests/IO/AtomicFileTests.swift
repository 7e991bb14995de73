import Foundation
import Testing

@testable import UNGAKit

@Suite struct AtomicFileTests {
  private func entries(_ folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
  }

  @Test func writesAndReplacesWithoutLeavingTemporaryFiles() throws {
    let folder = try ImportFixtures.temporaryFolder()
    let path = folder + "/data.csv"
    try AtomicFile.write("a,b\n1,2\n", to: path)
    try AtomicFile.write("a,b\n3,4\n", to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "a,b\n3,4\n")
    #expect(try entries(folder) == ["data.csv"])
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o644)
  }

  @Test func writesEmptyFiles() throws {
    let folder = try ImportFixtures.temporaryFolder()
    try AtomicFile.write([UInt8](), to: folder + "/empty")
    #expect(FileManager.default.contents(atPath: folder + "/empty") == Data())
  }

  @Test func missingFolderThrowsAndCreatesNothing() throws {
    let folder = try ImportFixtures.temporaryFolder()
    let path = folder + "/missing/data.csv"
    let error = #expect(throws: AtomicFileError.self) { try AtomicFile.write("x", to: path) }
    #expect(error?.path == path)
    #expect(error?.description.hasPrefix("\(path): cannot write: ") == true)
    #expect(try entries(folder).isEmpty)
  }

  @Test func parentThatIsAFileThrows() throws {
    let folder = try ImportFixtures.temporaryFolder()
    try AtomicFile.write("old", to: folder + "/plain")
    #expect(throws: AtomicFileError.self) {
      try AtomicFile.write("x", to: folder + "/plain/data.csv")
    }
    #expect(try String(contentsOfFile: folder + "/plain", encoding: .utf8) == "old")
  }

  @Test func aFolderIsRefusedAndLeftAsItWas() throws {
    let folder = try ImportFixtures.temporaryFolder()
    let target = folder + "/target"
    try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
    try AtomicFile.write("keep", to: target + "/inside")
    let error = #expect(throws: AtomicFileError.self) { try AtomicFile.write("new", to: target) }
    #expect(error?.reason == "is a folder; expected a file name")
    #expect(try entries(folder) == ["target"])
    #expect(try String(contentsOfFile: target + "/inside", encoding: .utf8) == "keep")
  }

  @Test func readOnlyFolderLeavesTheOldFile() throws {
    let folder = try ImportFixtures.temporaryFolder()
    let path = folder + "/data.csv"
    try AtomicFile.write("old", to: path)
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
    defer {
      try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
    }
    if geteuid() != 0 {
      #expect(throws: AtomicFileError.self) { try AtomicFile.write("new", to: path) }
      #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
    } else {
      // The superuser may write anyway; the write must then be whole.
      try AtomicFile.write("new", to: path)
      #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
    }
    #expect(try entries(folder) == ["data.csv"])
  }

  /// Everything readable from `descriptor`, as UTF-8.
  private static func readAll(_ descriptor: Int32) -> String {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 256)
    while true {
      let count = read(descriptor, &buffer, buffer.count)
      if count <= 0 { break }
      bytes += buffer[0..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private func mode(_ path: String) throws -> Int {
    try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
  }

  private func kind(_ path: String) -> mode_t {
    var status = stat()
    return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
  }

  @Test func aSymbolicLinkIsFollowedAndItsTargetReplaced() throws {
    let folder = try ImportFixtures.temporaryFolder()
    try AtomicFile.write("old", to: folder + "/target")
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/link", withDestinationPath: "target")
    try AtomicFile.write("new", to: folder + "/link")
    #expect(kind(folder + "/link") == S_IFLNK)
    #expect(try String(contentsOfFile: folder + "/target", encoding: .utf8) == "new")
    #expect(try entries(folder) == ["link", "target"])
    // A link to a file not there yet: the file is created where the link points.
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/dangling", withDestinationPath: folder + "/later")
    try AtomicFile.write("made", to: folder + "/dangling")
    #expect(kind(folder + "/dangling") == S_IFLNK)
    #expect(try String(contentsOfFile: folder + "/later", encoding: .utf8) == "made")
  }

  @Test func aCharacterDeviceIsWrittenInPlace() throws {
    // Through a link of our own: the system's /dev/null is never at risk.
    let folder = try ImportFixtures.temporaryFolder()
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/null", withDestinationPath: "/dev/null")
    try AtomicFile.write("report", to: folder + "/null")
    #expect(kind(folder + "/null") == S_IFLNK)
    #expect(kind("/dev/null") == S_IFCHR)
    #expect(try entries(folder) == ["null"])
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
  func aFullDeviceReportsTheWriteError() throws {
    let folder = try ImportFixtures.temporaryFolder()
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/full", withDestinationPath: "/dev/full")
    let error = #expect(throws: AtomicFileError.self) {
      try AtomicFile.write("report", to: folder + "/full")
    }
    #expect(error?.path == folder + "/full")
    #expect(error?.reason == "write failed: No space left on device")
    #expect(kind(folder + "/full") == S_IFLNK)
    #expect(try entries(folder) == ["full"])
  }

  /// Runs `body` on a thread of its own, outside the tests' small cooperative pool (where a
  /// reader blocked in `open` or `accept` would stall every other test); `wait()` returns
  /// its result.
  private final class ReaderThread: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result = ""

    init(_ body: @escaping @Sendable () -> String) {
      Thread {
        self.result = body()
        self.done.signal()
      }.start()
    }

    func wait() -> String {
      done.wait()
      return result
    }
  }

  @Test func aFIFOIsWrittenInPlaceToItsReader() throws {
    let folder = try ImportFixtures.temporaryFolder()
    let fifo = folder + "/fifo"
    #expect(mkfifo(fifo, 0o600) == 0)
    let reader = ReaderThread {
      let descriptor = open(fifo, O_RDONLY)
      defer { close(descriptor) }
      return Self.readAll(descriptor)
    }
    try AtomicFile.write("through the pipe", to: fifo)
    #expect(reader.wait() == "through the pipe")
    #expect(kind(fifo) == S_IFIFO)
    #expect(try entries(folder) == ["fifo"])
  }

  @Test func aSocketIsConnectedToAndWritten() throws {
    let folder = try ImportFixtures.temporaryFolder()
    let path = folder + "/socket"
    let listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    try #require(listener >= 0)
    defer { close(listener) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { buffer in
      buffer.copyBytes(from: Array(path.utf8) + [0])
    }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
      }
    }
    try #require(bound == 0 && listen(listener, 1) == 0)
    let reader = ReaderThread {
      let connection = accept(listener, nil, nil)
      defer { close(connection) }
      return Self.readAll(connection)
    }
    try AtomicFile.write("to the socket", to: path)
    #expect(reader.wait() == "to the socket")
    #expect(kind(path) == S_IFSOCK)
  }

  @Test func aReplacedFileKeepsItsMode() throws {
    let folder = try ImportFixtures.temporaryFolder()
    let path = folder + "/secret"
    try AtomicFile.write("old", to: path)
    #expect(chmod(path, 0o600) == 0)
    try AtomicFile.write("new", to: path)
    #expect(try mode(path) == 0o600)
    #expect(chmod(path, 0o751) == 0)
    try AtomicFile.write("newer", to: path)
    #expect(try mode(path) == 0o751)
  }

  @Test(.enabled(if: geteuid() == 0, "only the superuser may give a file to another owner"))
  func aReplacedFileKeepsItsOwner() throws {
    let folder = try ImportFixtures.temporaryFolder()
    let path = folder + "/owned"
    try AtomicFile.write("old", to: path)
    #expect(chown(path, 1, 1) == 0)
    try AtomicFile.write("new", to: path)
    var status = stat()
    #expect(stat(path, &status) == 0)
    #expect(status.st_uid == 1 && status.st_gid == 1)
  }

  @Test func aNewFileTakesTheUmask() throws {
    // The umask is the process's: read it without changing it, from /proc where there is one.
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") }
    let umask = try #require(
      line.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) })
    let folder = try ImportFixtures.temporaryFolder()
    try AtomicFile.write("new", to: folder + "/new")
    #expect(try mode(folder + "/new") == 0o666 & ~umask)
  }

  @Test func aNameAtTheSystemLimitIsWritten() throws {
    let folder = try ImportFixtures.temporaryFolder()
    let name = String(repeating: "é", count: 100) + String(repeating: "n", count: 55)
    #expect(name.utf8.count == 255)
    try AtomicFile.write("long", to: folder + "/" + name)
    #expect(try entries(folder) == [name])
    try AtomicFile.write("longer", to: folder + "/" + name)
    #expect(try String(contentsOfFile: folder + "/" + name, encoding: .utf8) == "longer")
    #expect(TemporaryFiles.shortened(name, toBytes: 199).utf8.count == 198)
  }

  @Test func checkingWritesNothing() throws {
    let folder = try ImportFixtures.temporaryFolder()
    try AtomicFile.checkWritable(folder + "/report.txt")
    #expect(try entries(folder).isEmpty)
    let error = #expect(throws: AtomicFileError.self) {
      try AtomicFile.checkWritable(folder + "/missing/report.txt")
    }
    #expect(error?.path == folder + "/missing/report.txt")
    #expect(throws: AtomicFileError.self) { try AtomicFile.checkWritable(folder) }
    #expect(try entries(folder).isEmpty)
  }

  @Test func temporaryFilesAreRegisteredWhileTheyExist() throws {
    // What a signal removes (the removal itself is tested on the built tool, in ungaTests).
    let folder = try ImportFixtures.temporaryFolder()
    let made = try TemporaryFiles.create(beside: folder + "/out", reportedAs: folder + "/out") {
      open($0, O_WRONLY | O_CREAT | O_EXCL, 0o666)
    }
    close(made.descriptor)
    #expect(TemporaryFiles.registered.contains(made.path))
    unlink(made.path)
    TemporaryFiles.unregister(made.path)
    try AtomicFile.write("done", to: folder + "/out")
    #expect(!TemporaryFiles.registered.contains { $0.hasPrefix(folder + "/") })
  }
}
