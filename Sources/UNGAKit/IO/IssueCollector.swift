/// Gathers issues, keeping at most `limitPerFile` for each file so that a
/// hostile file (a million bad rows) costs bounded memory; the rest are
/// counted and summed up in one closing issue per file.
struct IssueCollector: Sendable {
  /// Issues kept per file before the rest are only counted.
  static let defaultLimitPerFile = 1000

  let limitPerFile: Int
  private(set) var issues: [DataIssue] = []
  private var kept: [String: Int] = [:]
  private var dropped: [String: (errors: Int, warnings: Int)] = [:]
  private(set) var errorCount = 0

  init(limitPerFile: Int = IssueCollector.defaultLimitPerFile) {
    self.limitPerFile = limitPerFile
  }

  var hasErrors: Bool { errorCount > 0 }

  mutating func add(_ issue: DataIssue) {
    if issue.isError { errorCount += 1 }
    let count = kept[issue.file, default: 0]
    if count < limitPerFile {
      kept[issue.file] = count + 1
      issues.append(issue)
    } else {
      var counts = dropped[issue.file, default: (0, 0)]
      if issue.isError { counts.errors += 1 } else { counts.warnings += 1 }
      dropped[issue.file] = counts
    }
  }

  /// Whether `file` has its fill of issues, so that a new one would only be counted.
  func isFull(_ file: String) -> Bool {
    kept[file, default: 0] >= limitPerFile
  }

  /// Counts an issue of `file` that would not be kept, without making it.
  mutating func count(_ severity: DataIssue.Severity, file: String) {
    add(DataIssue(severity, file: file, line: nil, message: ""))
  }

  mutating func add(contentsOf other: [DataIssue]) {
    for issue in other { add(issue) }
  }

  /// The issues kept, then one issue per file saying how many more there were.
  func finished() -> [DataIssue] {
    var result = issues
    for (file, counts) in dropped.sorted(by: { $0.key < $1.key }) {
      let total = counts.errors + counts.warnings
      var closing = DataIssue(
        counts.errors > 0 ? .error : .warning, file: file, line: nil,
        message: "\(total) more problems in this file (\(counts.errors) errors, "
          + "\(counts.warnings) warnings) not listed; fix the ones above and validate again")
      closing.unlistedErrors = counts.errors
      closing.unlistedWarnings = counts.warnings
      result.append(closing)
    }
    return result
  }
}
