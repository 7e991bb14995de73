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

  /// Reads and checks the data named (or every shipped dataset).
  /// - Throws: `DatasetLoadError` (exit 66 for a missing path, 65 for bad data).
  func load() throws(DatasetLoadError) -> LoadedData {
    try DatasetLoader.load(paths: paths)
  }
}
