import Foundation

/// Paths in the checkout the tests run from: the shipped datasets and the
/// library's test fixtures, which the end-to-end tests hand to the binary.
enum Repository {
  /// The package root, found from this file's path.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// A path under the package root (`datasets/ukraine`).
  static func path(_ relative: String) -> String {
    root.appendingPathComponent(relative).path
  }

  /// A path under `Tests/UNGAKitTests/Fixtures`.
  static func fixture(_ relative: String) -> String {
    path("Tests/UNGAKitTests/Fixtures/" + relative)
  }

  /// A new empty folder under the temporary directory; the caller removes it.
  static func temporaryFolder() throws -> String {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("ungaTests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }
}
