import Foundation
import UNGAKit

/// `--member-states` and `--sources`: what the importers know besides their
/// inputs (see `ImportContext`). Both default to the shipped datasets folder,
/// so the shipped data is rebuilt with the tables it ships.
struct ImportContextOptions: ParsableOptions, Equatable {
  /// A native `member-states.csv`; `nil` for the shipped one.
  var memberStates: String?
  /// A folder of curated sources; `nil` for the shipped `datasets/sources`.
  var sources: String?

  static var arguments: [Argument<Self>] {
    [
      .option(
        \.memberStates, name: "member-states", valueName: "file",
        help:
          "The member-states table (native format) that state names and codes are mapped to"
          + " (default: the shipped datasets/member-states.csv)."),
      .option(
        \.sources, name: "sources", valueName: "dir",
        help:
          "A folder of curated sources: state-name-aliases.csv, curated-tags.csv,"
          + " curated-roll-calls.csv, each optional (default: the shipped datasets/sources)."),
    ]
  }

  /// The member states and curated sources to import with.
  /// - Throws: `CommandError.noInput` (66) when a file or folder is missing
  ///   or the shipped datasets are not found; `.dataError` (65) when the
  ///   member-states table has errors; `ImportError` when a curated source is malformed.
  func context() throws -> ImportContext {
    func shippedPath(_ name: String) throws(CommandError) -> String {
      do {
        return (try ShippedDatasets.directory() as NSString).appendingPathComponent(name)
      } catch {
        throw DataOptions().commandError(for: error)
      }
    }
    let statesPath = try memberStates ?? shippedPath(NativeSchema.MemberStates.fileName)
    let sourcesPath = try sources ?? shippedPath("sources")

    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: sourcesPath, isDirectory: &isFolder),
      isFolder.boolValue
    else {
      throw CommandError.noInput(path: sourcesPath, reason: "no such folder")
    }
    guard let bytes = FileManager.default.contents(atPath: statesPath) else {
      let exists = FileManager.default.fileExists(atPath: statesPath)
      throw CommandError.noInput(
        path: statesPath, reason: exists ? "the file cannot be read" : "no such file")
    }
    let states: [MemberState]
    do {
      states = try DatasetLoader.load(sources: [
        DatasetSource(path: statesPath, table: .memberStates, bytes: [UInt8](bytes))
      ]).dataset.states
    } catch {
      throw DataOptions(paths: [statesPath]).commandError(for: error)
    }
    return try ImportContext.load(memberStates: states, sources: sourcesPath)
  }
}
