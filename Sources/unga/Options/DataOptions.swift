import UNGAKit

/// `--data`, shared by every command that reads a dataset.
///
/// A command loads with `load(_:)` (or `validate()` to see every issue), so
/// that missing input exits 66 and bad data exits 65 with every problem
/// listed the same way everywhere.
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

  /// Reads, combines and checks the data, for a command that works on it.
  ///
  /// Warnings do not stop the command: their count goes to standard error
  /// with a pointer to `unga validate`.
  /// - Throws: `CommandError.noInput` (66) for a path that does not exist or
  ///   cannot be read; `CommandError.dataError` (65) listing the problems
  ///   (see `problems(_:)`) when the data has errors.
  func load(_ console: Console) throws(CommandError) -> LoadedData {
    let loaded: LoadedData
    do {
      loaded = try DatasetLoader.load(paths: paths)
    } catch {
      throw commandError(for: error)
    }
    if !loaded.warnings.isEmpty {
      console.writeError(
        "unga: warning: \(IssueListing.count(loaded.warnings.count, "warning")) in the data;"
          + " '\(validateCommand)' lists them\n")
    }
    return loaded
  }

  /// Reads, combines and checks the data, and reports every issue instead
  /// of failing on errors (for `unga validate`).
  /// - Throws: `CommandError.noInput` (66) for a path that does not exist or cannot be read.
  func validate() throws(CommandError) -> ValidationReport {
    do {
      return try DatasetLoader.validate(paths: paths)
    } catch {
      throw commandError(for: error)
    }
  }

  /// The command's error for a failed load: 66 with the path and reason, or
  /// 65 with the problems listed.
  func commandError(for error: DatasetLoadError) -> CommandError {
    switch error {
    case .missingInput(let path, let reason):
      return .noInput(path: path, reason: reason)
    case .invalidData(let issues):
      return .dataError(problems(issues))
    }
  }

  /// `N errors in the data:` and then each issue as `file:line:column: message`,
  /// at most `limit` of them (all when 0), with a count of the rest.
  func problems(_ issues: [DataIssue], limit: Int = IssueListing.defaultLimit) -> String {
    let (errors, warnings) = DataIssue.counts(issues)
    var head = IssueListing.count(errors, "error")
    if warnings > 0 { head += " and " + IssueListing.count(warnings, "warning") }
    // Every problem is counted; the first `limit` are listed, then how many more.
    let listed = issues.filter { !$0.isUnlistedCount }
    let shown = limit > 0 ? Array(listed.prefix(limit)) : listed
    var lines = shown.map(\.description)
    if limit > 0, shown.count < listed.count {
      let all =
        listed.count < issues.count
        ? "the first \(ValidationReport.issuesKeptPerFile) of each file" : "them all"
      lines.append(
        "... and \(errors + warnings - shown.count) more ('\(validateCommand) --limit 0' lists \(all))"
      )
    } else {
      lines += issues.filter(\.isUnlistedCount).map(\.description)
    }
    return ([head + " in the data:"] + lines).joined(separator: "\n")
  }

  /// `unga validate` with the same data.
  private var validateCommand: String {
    let quoted = paths.map { $0.contains(where: \.isWhitespace) ? "'\($0)'" : $0 }
    return (["unga validate"] + quoted.map { "--data \($0)" }).joined(separator: " ")
  }
}
