/// Everything `unga validate` needs: the files read, every issue found, and
/// the dataset built from the rows that were read without error.
public struct ValidationReport: Sendable {
  /// The files read, in the order they were read (a file that could not be
  /// parsed at all is listed with 0 rows).
  public let sources: [SourceFile]
  /// Errors and warnings, in the order of the files, then by line; at most
  /// 1000 per file, plus one that counts the rest.
  public let issues: [DataIssue]
  /// The data built from the rows without errors (all of it when there are none).
  public let loaded: LoadedData

  /// Creates a report.
  public init(sources: [SourceFile], issues: [DataIssue], loaded: LoadedData) {
    self.sources = sources
    self.issues = issues
    self.loaded = loaded
  }

  /// The dataset built from the rows without errors.
  public var dataset: Dataset { loaded.dataset }
  /// The errors only.
  public var errors: [DataIssue] { issues.filter(\.isError) }
  /// The warnings only.
  public var warnings: [DataIssue] { issues.filter { !$0.isError } }
  /// Issues kept (listed) per file; past that they are only counted.
  public static let issuesKeptPerFile = IssueCollector.defaultLimitPerFile
  /// Every error found, also those past the ones kept per file.
  public var errorCount: Int { DataIssue.counts(issues).errors }
  /// Every warning found, also those past the ones kept per file.
  public var warningCount: Int { DataIssue.counts(issues).warnings }
  /// Whether any issue is an error.
  public var hasErrors: Bool { issues.contains(where: \.isError) }
  /// Counts and date range of the dataset.
  public var summary: DatasetSummary { loaded.summary }
}
