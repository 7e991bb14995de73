import Foundation
import Testing
import UNGAKit

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

  @Test func failedRenameLeavesTheTargetAndNoTemporaryFile() throws {
    // A non-empty folder cannot be replaced by a file: the last step fails
    // after the bytes were written, so the clean-up is exercised.
    let folder = try ImportFixtures.temporaryFolder()
    let target = folder + "/target"
    try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
    try AtomicFile.write("keep", to: target + "/inside")
    let error = #expect(throws: AtomicFileError.self) { try AtomicFile.write("new", to: target) }
    #expect(error?.reason.contains("rename") == true)
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
}
