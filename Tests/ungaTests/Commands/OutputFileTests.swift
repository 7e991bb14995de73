import Foundation
import Testing

/// `--output` of the built tool: what is at the path decides how it is
/// written; a signal during the write leaves nothing behind; the path is
/// checked before any work.
@Suite struct OutputFileTests {
  /// A small dataset of the tests' own, written once for the suite.
  private static let fixture: String = (try? FixtureDataset.write().path) ?? "/nonexistent"
  private static let show = ["show", "A/RES/60/1", "--data", fixture]

  private func entries(_ folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
  }

  private func isLink(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
  func aFullDeviceExits73() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/full", withDestinationPath: "/dev/full")
    for output in ["/dev/full", folder + "/full"] {
      let result = try unga(arguments: Self.show + ["--output", output])
      #expect(result.status == 73, "\(result)")
      #expect(
        result.stderr
          == "unga: error: cannot write '\(output)': write failed: No space left on device\n")
    }
    #expect(isLink(folder + "/full"))
    #expect(try entries(folder) == ["full"])
  }

  @Test func aLinkToTheNullDeviceStaysALink() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/null", withDestinationPath: "/dev/null")
    let result = try unga(arguments: Self.show + ["--output", folder + "/null"])
    #expect(result.status == 0, "\(result)")
    #expect(isLink(folder + "/null"))
    #expect(try entries(folder) == ["null"])
  }

  @Test func aNewFileTakesTheUmaskAndAReplacedOneKeepsItsMode() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let words = ([try ungaExecutable().path] + Self.show + ["--output", folder + "/new"])
      .map { "'\($0)'" }.joined(separator: " ")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "umask 077; exec " + words]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    func mode(_ path: String) throws -> Int? {
      try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }
    #expect(try mode(folder + "/new") == 0o600)
    #expect(chmod(folder + "/new", 0o640) == 0)
    let result = try unga(arguments: Self.show + ["--output", folder + "/new"])
    #expect(result.status == 0, "\(result)")
    #expect(try mode(folder + "/new") == 0o640)
  }

  @Test func theOutputIsCheckedBeforeAnyWork() throws {
    // The data does not exist either: the output's error comes first (73, not 66).
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try unga(
      "simulate", "--data", folder + "/no-data", "--output", folder + "/no-folder/report.txt")
    #expect(result.status == 73, "\(result)")
    #expect(
      result.stderr.hasPrefix("unga: error: cannot write '\(folder)/no-folder/report.txt': "))
    let imported = try unga(
      "import", "undl", folder + "/no-input.csv", "--output", folder + "/plain/out")
    #expect(imported.status == 66, "\(imported)")  // a missing folder is made …
    try Data("a file".utf8).write(to: URL(fileURLWithPath: folder + "/plain"))
    let blocked = try unga(
      "import", "undl", folder + "/no-input.csv", "--output", folder + "/plain/out")
    #expect(blocked.status == 73, "\(blocked)")  // … one under a file cannot be.
    #expect(try entries(folder) == ["plain"])
  }

  /// Where `strace` can delay `fsync`, the write phase is held open long
  /// enough to signal the tool inside it.
  private static let strace = ["/usr/bin/strace", "/bin/strace"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// Runs `unga arguments` under strace with every `fsync` delayed by
  /// 30 s, waits until an entry starting with `prefix` appears in `folder`,
  /// sends `signal` to the tool, and returns its exit status.
  private func signalDuringWrite(
    _ arguments: [String], folder: String, prefix: String, signal: Int32
  ) throws -> Int32? {
    let tracer = Process()
    tracer.executableURL = URL(fileURLWithPath: try #require(Self.strace))
    tracer.arguments =
      [
        "-f", "-qq", "-o", "/dev/null", "-e", "trace=fsync", "-e",
        "inject=fsync:delay_enter=30000000", "--",
      ]
      + [try ungaExecutable().path] + arguments
    tracer.standardOutput = FileHandle.nullDevice
    tracer.standardError = FileHandle.nullDevice
    try tracer.run()
    defer { if tracer.isRunning { tracer.terminate() } }
    // The check before the work makes and removes an empty entry of the same
    // name; the write's entry has content before its fsync.
    func writing() throws -> Bool {
      try entries(folder).contains { name in
        guard name.hasPrefix(prefix) else { return false }
        let path = folder + "/" + name
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        if status.st_mode & S_IFMT == S_IFDIR { return (try? entries(path).isEmpty) == false }
        return status.st_size > 0
      }
    }
    let deadline = Date().addingTimeInterval(120)
    while Date() < deadline, try !writing() { Thread.sleep(forTimeInterval: 0.05) }
    try #require(try writing())
    let pid = tracer.processIdentifier
    let children = try String(
      contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)
    let child = try #require(children.split(separator: " ").first.flatMap { Int32($0) })
    kill(child, signal)
    // strace ends with the tool's exit status.
    tracer.waitUntilExit()
    return tracer.terminationStatus
  }

  @Test(
    .enabled(if: strace != nil && FileManager.default.fileExists(atPath: "/proc/self/task")),
    arguments: [SIGINT, SIGTERM, SIGHUP])
  func aSignalDuringTheWriteLeavesNoTemporaryFile(signal: Int32) throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data("old".utf8).write(to: URL(fileURLWithPath: folder + "/report.txt"))
    let status = try signalDuringWrite(
      Self.show + ["--output", folder + "/report.txt"], folder: folder, prefix: ".report.txt.",
      signal: signal)
    #expect(status == 128 + signal)
    #expect(try entries(folder) == ["report.txt"])
    #expect(try String(contentsOfFile: folder + "/report.txt", encoding: .utf8) == "old")
  }

  @Test(.enabled(if: strace != nil && FileManager.default.fileExists(atPath: "/proc/self/task")))
  func anInterruptedImportLeavesTheOldDataset() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let dataset = folder + "/dataset"
    let undl = Repository.fixture("undl/ga-es-11-1-votes.csv")
    let first = try unga("import", "undl", undl, "--output", dataset)
    #expect(first.status == 0, "\(first)")
    let before = try entries(dataset)
    let votes = try String(contentsOfFile: dataset + "/votes.csv", encoding: .utf8)
    let status = try signalDuringWrite(
      ["import", "undl", undl, "--output", dataset], folder: folder, prefix: ".dataset.",
      signal: SIGINT)
    #expect(status == 130)
    #expect(try entries(folder) == ["dataset"])
    #expect(try entries(dataset) == before)
    #expect(try String(contentsOfFile: dataset + "/votes.csv", encoding: .utf8) == votes)
  }
}
