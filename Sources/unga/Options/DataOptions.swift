import UNGAKit

/// `--data`, shared by every command that reads a dataset.
struct DataOptions: ParsableOptions, Equatable {
  /// Dataset folders and CSV files, in the order given; empty means every shipped dataset.
  var paths: [String] = []

  static var arguments: [Argument<Self>] {
    [
      .option(
        \.paths, name: "data", valueName: "path",
        help:
          "A dataset folder, or a CSV file recognised by its header; several are combined."
          + " Without it, every shipped dataset is used.")
    ]
  }
}

extension DataOptions {
  /// Reads the data named with `--data` (every shipped dataset without it) and
  /// writes its warnings to standard error.
  /// - Throws: `DatasetLoadError` (exit 66 for a missing path, 65 for invalid data).
  func load(_ console: Console) throws -> LoadedData {
    let loaded = try DatasetLoader.load(paths: paths)
    for warning in loaded.warnings { console.writeError("\(warning)\n") }
    return loaded
  }
}
