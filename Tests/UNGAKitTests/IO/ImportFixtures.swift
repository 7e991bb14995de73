import Foundation
import Testing
import UNGAKit

/// Paths to the committed fixtures and curated sources, and a shared import context.
enum ImportFixtures {
  /// The package root, found from this file's path.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// A file under `Tests/UNGAKitTests/Fixtures`.
  static func fixture(_ name: String) -> String {
    root.appendingPathComponent("Tests/UNGAKitTests/Fixtures").appendingPathComponent(name).path
  }

  /// A file of the repository (`datasets/sources/member-states.csv`).
  static func repository(_ name: String) -> String { root.appendingPathComponent(name).path }

  /// The member-states table built from the curated list and the regional-groups fixture.
  static let memberStates: ImportResult? = try? MemberStatesBuilder.build(
    curated: repository("datasets/sources/member-states.csv"),
    regionalGroups: fixture("member-states/regional-groups.csv"))

  /// The context every importer test uses: the table, the committed aliases and annotations.
  static func context() throws -> ImportContext {
    let states = try #require(memberStates).rows.memberStates
    return try ImportContext.load(memberStates: states, sources: repository("datasets/sources"))
  }

  /// A CSV document from text.
  static func document(_ text: String, file: String = "test.csv") throws -> CSVDocument {
    try CSVDocument(bytes: Array(text.utf8), file: file)
  }

  /// The rows of a CSV file as arrays of fields, header first.
  static func table(_ path: String) throws -> [[String]] {
    let data = try #require(FileManager.default.contents(atPath: path))
    let document = try CSVDocument(bytes: [UInt8](data), file: path)
    return (0..<document.count).map { document.strings($0) }
  }

  /// A fresh empty folder under the system's temporary folder.
  static func temporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "ungakit-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }
}

extension CalendarDate {
  /// A date from a literal known to be valid, for tests.
  static func test(_ text: String) throws -> CalendarDate {
    try #require(CalendarDate(iso: text))
  }
}
