import Foundation
import Testing

@testable import unga

@Suite struct OutputOptionsTests {
  @Test func writesToStandardOutputByDefault() {
    let result = runInProcess(["show", "A/RES/68/262", "--format", "json"])
    #expect(result.status == .success)
    #expect(result.stdout == "json: A/RES/68/262\n")
  }

  @Test func writesTheFileNamedAndReplacesIt() throws {
    let folder = URL(fileURLWithPath: try Repository.temporaryFolder())
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("out.txt")
    try Data("an older, longer report\n".utf8).write(to: file)

    let result = runInProcess(["show", "X", "-o", file.path])
    #expect(result.status == .success)
    #expect(result.stdout.isEmpty)
    #expect(try String(contentsOf: file, encoding: .utf8) == "text: X")
    // Nothing but the file is left in the folder (no temporary file).
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.txt"])
  }

  @Test func anUnwritablePathExits73() {
    let path = "/nonexistent-unga-folder/out.txt"
    let result = runInProcess(["show", "X", "--output", path])
    #expect(result.status == .cannotWrite)
    #expect(result.status.rawValue == 73)
    #expect(result.stderr.hasPrefix("tool: error: cannot write '\(path)': "))
    #expect(result.stdout.isEmpty)
  }

  @Test func aFailedWriteLeavesTheGoodFileAndNoTemporaryFile() throws {
    let folder = URL(fileURLWithPath: try Repository.temporaryFolder())
    defer { try? FileManager.default.removeItem(at: folder) }
    // A non-empty folder at the output path: the text is written to a
    // temporary file beside it, and the final rename fails.
    let target = folder.appendingPathComponent("report")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
    let good = target.appendingPathComponent("good.txt")
    try Data("a good report\n".utf8).write(to: good)

    let result = runInProcess(["show", "X", "-o", target.path])
    #expect(result.status == .cannotWrite)
    #expect(result.stderr.hasPrefix("tool: error: cannot write '\(target.path)': "))
    #expect(try String(contentsOf: good, encoding: .utf8) == "a good report\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == ["good.txt"])
  }
}
