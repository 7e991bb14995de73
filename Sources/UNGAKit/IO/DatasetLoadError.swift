/// Why a dataset could not be loaded.
///
/// The command-line tool maps `missingInput` to exit status 66 and
/// `invalidData` to 65.
public enum DatasetLoadError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A path does not exist or cannot be read, a folder holds no dataset
  /// file, or the shipped datasets (needed with no path, or for a folder
  /// without `member-states.csv`) were not found. `reason` says which and
  /// what was expected.
  case missingInput(path: String, reason: String)
  /// The files were read but hold errors: every issue found (errors and
  /// warnings, in file order), at most `1000` per file plus one that counts the rest.
  case invalidData(issues: [DataIssue])

  /// The issues of `invalidData`, or none.
  public var issues: [DataIssue] {
    if case .invalidData(let issues) = self { return issues }
    return []
  }

  /// One line for `missingInput`; for `invalidData`, a count, then one issue per line.
  public var description: String {
    switch self {
    case .missingInput(let path, let reason):
      return "\(path): \(reason)"
    case .invalidData(let issues):
      let errors = DataIssue.counts(issues).errors
      return (["\(errors) error\(errors == 1 ? "" : "s") in the data:"] + issues.map(\.description))
        .joined(separator: "\n")
    }
  }
}
