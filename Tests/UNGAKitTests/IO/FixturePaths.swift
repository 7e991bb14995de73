import Foundation
import Testing
import UNGAKit

/// Paths to the committed fixtures and scratch folders for tests that write files.
enum FixturePaths {
  /// The copied `Fixtures` folder.
  static func root() throws -> String {
    try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).path
  }

  /// A path inside `Fixtures`.
  static func path(_ relative: String) throws -> String {
    try root() + "/" + relative
  }

  /// An environment whose `UNGA_DATASETS` is the fixture datasets folder
  /// (`native`, with its `member-states.csv`).
  static func environment() throws -> [String: String] {
    [ShippedDatasets.environmentVariable: try path("native")]
  }

  /// A new empty folder under the temporary directory; the caller removes it.
  static func temporaryFolder() throws -> String {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("UNGAKitTests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  /// Writes `text` to `folder/name`, creating folders on the way.
  static func write(_ text: String, to name: String, in folder: String) throws {
    try write(Array(text.utf8), to: name, in: folder)
  }

  /// Writes `bytes` to `folder/name`, creating folders on the way.
  static func write(_ bytes: [UInt8], to name: String, in folder: String) throws {
    let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
  }

  /// Copies a fixture file or folder to `folder/name`.
  static func copy(_ fixture: String, to name: String, in folder: String) throws {
    let destination = URL(fileURLWithPath: folder).appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: try path(fixture), toPath: destination.path)
  }
}

/// The error `body` throws, or `nil` (recorded as a test issue) when it does not throw.
func loadError(
  _ body: () throws(DatasetLoadError) -> Void, sourceLocation: SourceLocation = #_sourceLocation
) -> DatasetLoadError? {
  do {
    try body()
  } catch {
    return error
  }
  Issue.record("expected a DatasetLoadError", sourceLocation: sourceLocation)
  return nil
}
