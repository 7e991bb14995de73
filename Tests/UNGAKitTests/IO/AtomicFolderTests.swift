import Foundation
import Testing
import UNGAKit

@Suite struct AtomicFolderTests {
  private func entries(_ folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
  }

  private func text(_ path: String) throws -> String {
    try String(contentsOfFile: path, encoding: .utf8)
  }

  private func file(_ name: String, _ text: String) -> AtomicFolder.Entry {
    (name, Array(text.utf8))
  }

  @Test func ownedFilesAreReplacedTogetherAndOthersKept() throws {
    let root = try ImportFixtures.temporaryFolder()
    let folder = root + "/dataset"
    try AtomicFolder.write(
      [file("a.csv", "old a"), file("b.csv", "old b")], to: folder, owning: ["a.csv", "b.csv"])
    try AtomicFile.write("notes", to: folder + "/README.md")
    // Only a.csv this time: the old b.csv must not stay beside the new a.csv.
    let written = try AtomicFolder.write(
      [file("a.csv", "new a")], to: folder, owning: ["a.csv", "b.csv"])
    #expect(written == [folder + "/a.csv"])
    #expect(try entries(folder) == ["README.md", "a.csv"])
    #expect(try text(folder + "/a.csv") == "new a")
    #expect(try text(folder + "/README.md") == "notes")
    #expect(try entries(root) == ["dataset"])
  }

  @Test func theFolderIsExchangedNotRewritten() throws {
    // A reader holding the old folder open keeps the old files: the new ones
    // arrive in another folder, swapped in at once.
    let root = try ImportFixtures.temporaryFolder()
    let folder = root + "/dataset"
    try AtomicFolder.write([file("a.csv", "old")], to: folder, owning: ["a.csv"])
    let reader = open(folder, O_RDONLY)
    defer { close(reader) }
    try AtomicFolder.write([file("a.csv", "new")], to: folder, owning: ["a.csv"])
    let old = openat(reader, "a.csv", O_RDONLY)
    #expect(old < 0)  // the old folder is gone (removed after the exchange) …
    #expect(try text(folder + "/a.csv") == "new")  // … and the path shows the new one.
  }

  @Test func modesAreKeptAndALinkedFolderFollowed() throws {
    let root = try ImportFixtures.temporaryFolder()
    let folder = root + "/real"
    try AtomicFolder.write([file("a.csv", "old")], to: folder, owning: ["a.csv"])
    #expect(chmod(folder + "/a.csv", 0o600) == 0)
    #expect(chmod(folder, 0o750) == 0)
    try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: "real")
    try AtomicFolder.write([file("a.csv", "new")], to: root + "/link", owning: ["a.csv"])
    let attributes = FileManager.default
    #expect(
      try attributes.attributesOfItem(atPath: folder + "/a.csv")[.posixPermissions] as? Int == 0o600
    )
    #expect(try attributes.attributesOfItem(atPath: folder)[.posixPermissions] as? Int == 0o750)
    #expect(try attributes.destinationOfSymbolicLink(atPath: root + "/link") == "real")
    #expect(try text(folder + "/a.csv") == "new")
    #expect(try entries(root) == ["link", "real"])
  }

  @Test func aFolderHoldingFoldersHasItsFilesReplacedOneByOne() throws {
    // datasets/ holds member-states.csv beside the datasets: those must not vanish.
    let root = try ImportFixtures.temporaryFolder()
    try AtomicFolder.write(
      [file("a.csv", "old"), file("b.csv", "old")], to: root, owning: ["a.csv", "b.csv"])
    try AtomicFolder.write([file("x.csv", "inner")], to: root + "/inner", owning: ["x.csv"])
    try AtomicFolder.write([file("a.csv", "new")], to: root, owning: ["a.csv", "b.csv"])
    #expect(try entries(root) == ["a.csv", "inner"])
    #expect(try text(root + "/a.csv") == "new")
    #expect(try text(root + "/inner/x.csv") == "inner")
  }

  @Test func aFailedWriteLeavesTheOldFolder() throws {
    let root = try ImportFixtures.temporaryFolder()
    let folder = root + "/dataset"
    try AtomicFolder.write([file("a.csv", "old")], to: folder, owning: ["a.csv"])
    // A name that cannot be a file in the temporary folder makes the write fail midway.
    #expect(throws: AtomicFileError.self) {
      try AtomicFolder.write(
        [file("a.csv", "new"), file("no/such/sub.csv", "x")], to: folder, owning: ["a.csv"])
    }
    #expect(try entries(root) == ["dataset"])
    #expect(try text(folder + "/a.csv") == "old")
  }

  @Test func checkingWritesNothing() throws {
    let root = try ImportFixtures.temporaryFolder()
    try AtomicFolder.checkWritable(root + "/new/deeper")
    try AtomicFolder.checkWritable(root)
    #expect(try entries(root).isEmpty)
    try AtomicFile.write("plain", to: root + "/plain")
    #expect(throws: AtomicFileError.self) { try AtomicFolder.checkWritable(root + "/plain/out") }
    #expect(throws: AtomicFileError.self) { try AtomicFolder.checkWritable(root + "/plain") }
  }
}
