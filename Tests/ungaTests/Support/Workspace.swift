import Foundation

/// The repository the tests were built from, and scratch folders.
enum Workspace {
  /// The repository's root folder (this file is `Tests/ungaTests/Support/Workspace.swift`).
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `datasets/ukraine`: the February 2025 draft and its precedents, small
  /// enough for quick runs (the shipped member states come with it).
  static var ukraine: String { root.appendingPathComponent("datasets/ukraine").path }

  /// A new empty folder under the temporary directory; the caller removes it.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("unga-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The JSON object a command printed.
  static func jsonObject(_ text: String) throws -> [String: Any] {
    struct NotAnObject: Error {}
    guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    else { throw NotAnObject() }
    return object
  }
}
