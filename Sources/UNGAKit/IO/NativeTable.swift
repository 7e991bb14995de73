/// The four tables of the native dataset format, and how a file's table is
/// recognised by its header.
public enum NativeTable: String, Sendable, Hashable, Codable, CaseIterable,
  CustomStringConvertible
{
  /// `member-states.csv`.
  case memberStates = "member-states"
  /// `resolutions.csv`: roll calls and drafts.
  case resolutions
  /// `votes.csv`.
  case votes
  /// `sponsors.csv`.
  case sponsors

  /// The table's name, as in its file name (`member-states`).
  public var description: String { rawValue }

  /// The file name a dataset folder uses for this table.
  public var fileName: String {
    switch self {
    case .memberStates: NativeSchema.MemberStates.fileName
    case .resolutions: NativeSchema.Resolutions.fileName
    case .votes: NativeSchema.Votes.fileName
    case .sponsors: NativeSchema.Sponsors.fileName
    }
  }

  /// The columns a file of this table must have.
  public var requiredColumns: [String] {
    switch self {
    case .memberStates: NativeSchema.MemberStates.required
    case .resolutions: NativeSchema.Resolutions.required
    case .votes: NativeSchema.Votes.required
    case .sponsors: NativeSchema.Sponsors.required
    }
  }

  /// The columns a file of this table may have.
  public var optionalColumns: [String] {
    switch self {
    case .memberStates: NativeSchema.MemberStates.optional
    case .resolutions: NativeSchema.Resolutions.optional
    case .votes: NativeSchema.Votes.optional
    case .sponsors: NativeSchema.Sponsors.optional
    }
  }

  /// The table a file with these column names holds: the one table whose
  /// required columns are all present. Names are compared exactly, after
  /// trimming spaces and tabs.
  ///
  /// - Throws: `DataIssue` (on line 1 of `file`) when no table or more than
  ///   one table matches; the message lists what each table needs.
  /// - Complexity: O(fields of the header); only names some table requires are kept, so a
  ///   header of a million columns costs one pass and no large set.
  public static func recognize(header: [String], file: String) throws(DataIssue) -> NativeTable {
    var names = Set<String>()
    for name in header {
      let trimmed = CSVTable.trimmed(name)
      if requiredNames.contains(trimmed) { names.insert(trimmed) }
    }
    let matches = allCases.filter { $0.requiredColumns.allSatisfy(names.contains) }
    if matches.count == 1 { return matches[0] }
    let needs = allCases.map { "\($0) needs \($0.requiredColumns.joined(separator: ", "))" }
      .joined(separator: "; ")
    let message: String
    if matches.isEmpty {
      message =
        "cannot tell which table this file holds from its header; expected the columns "
        + "of one table: \(needs)"
    } else {
      let candidates = matches.map(\.rawValue).joined(separator: " and ")
      message =
        "the header fits more than one table (\(candidates)); expected the columns "
        + "of exactly one table: \(needs)"
    }
    throw DataIssue(.error, file: file, line: 1, message: message)
  }

  /// Every column name some table requires.
  private static let requiredNames = Set(allCases.flatMap(\.requiredColumns))
}
