import Foundation

/// Finds the `datasets/` folder that ships with the project, so that a fresh
/// clone runs with no set-up.
///
/// The search, first match wins:
/// 1. the folder named by the environment variable `UNGA_DATASETS`, if set;
/// 2. `./datasets` in the current directory, if it holds `member-states.csv`;
/// 3. a `datasets/member-states.csv` in the running executable's folder or
///    any folder above it (`swift run` puts the executable under `.build/`);
/// 4. the same, walking up from this source file in the checkout it was built from.
public enum ShippedDatasets {
  /// The environment variable that names the datasets folder.
  public static let environmentVariable = "UNGA_DATASETS"

  /// The shipped datasets folder.
  ///
  /// - Parameters:
  ///   - environment: the process environment (a parameter so tests can set it).
  ///   - currentDirectory: the folder `./datasets` is looked for in.
  /// - Throws: `DatasetLoadError.missingInput` when `UNGA_DATASETS` names a
  ///   folder that does not exist, or when no folder is found (the message
  ///   lists where it looked).
  public static func directory(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    currentDirectory: String = FileManager.default.currentDirectoryPath
  ) throws(DatasetLoadError) -> String {
    let files = FileManager.default
    if let named = environment[environmentVariable], !named.isEmpty {
      var isFolder: ObjCBool = false
      guard files.fileExists(atPath: named, isDirectory: &isFolder), isFolder.boolValue else {
        throw .missingInput(
          path: named,
          reason: "\(environmentVariable) names this folder, which does not exist; "
            + "expected the datasets folder (with member-states.csv)")
      }
      return named
    }
    let local = URL(fileURLWithPath: currentDirectory).appendingPathComponent("datasets")
    if files.fileExists(atPath: local.appendingPathComponent(marker).path) {
      return "datasets"
    }
    var searched = [local.path]
    for start in executableFolders() + [sourceCheckout()] {
      var folder = start.standardizedFileURL
      while true {
        let candidate = folder.appendingPathComponent("datasets")
        if files.fileExists(atPath: candidate.appendingPathComponent(marker).path) {
          return candidate.path
        }
        let parent = folder.deletingLastPathComponent()
        if parent.path == folder.path { break }
        folder = parent
      }
      searched.append("\(start.path) and the folders above it")
    }
    throw .missingInput(
      path: "datasets",
      reason: "the shipped datasets folder was not found (looked in "
        + searched.joined(separator: "; ")
        + "); set \(environmentVariable) to the folder, or name the data to use")
  }

  /// The dataset folders inside `directory`: every folder that holds at
  /// least one of `resolutions.csv`, `votes.csv` and `sponsors.csv`, sorted
  /// by name.
  ///
  /// A folder with only a `member-states.csv` is not a dataset: the shipped
  /// `sources/` folder holds the importers' curated member-states list, in
  /// another format, under that name.
  public static func folders(in directory: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    let dataTables = NativeTable.allCases.filter { $0 != .memberStates }
    return names.sorted().compactMap { name in
      let folder = (directory as NSString).appendingPathComponent(name)
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder),
        isFolder.boolValue,
        dataTables.contains(where: {
          FileManager.default.fileExists(
            atPath: (folder as NSString).appendingPathComponent($0.fileName))
        })
      else { return nil }
      return folder
    }
  }

  /// The file whose presence marks a datasets folder.
  static let marker = NativeSchema.MemberStates.fileName

  private static func executableFolders() -> [URL] {
    var result: [URL] = []
    if let url = Bundle.main.executableURL { result.append(url.deletingLastPathComponent()) }
    if let first = CommandLine.arguments.first, first.contains("/") {
      result.append(URL(fileURLWithPath: first).deletingLastPathComponent())
    }
    #if os(Linux)
      if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
        result.append(URL(fileURLWithPath: path).deletingLastPathComponent())
      }
    #endif
    var seen = Set<String>()
    return result.filter { seen.insert($0.standardizedFileURL.path).inserted }
  }

  private static func sourceCheckout(file: String = #filePath) -> URL {
    URL(fileURLWithPath: file).deletingLastPathComponent()
  }
}
