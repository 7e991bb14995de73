/// The import jobs behind `unga import`: each takes input file paths and an
/// output folder, runs an importer, writes the native files, and returns the
/// account of every input row.
public enum DatasetImport {
  /// The source formats.
  public enum Kind: String, Sendable, CaseIterable, CustomStringConvertible {
    /// Voeten/`unvotes` CSVs: `un_roll_calls.csv`, `un_votes.csv`, `un_roll_call_issues.csv`.
    case unvotes
    /// The UN Digital Library's long format (short or full form).
    case undl
    /// The UN library catalogue's draft resolutions and sponsors.
    case sponsors
    /// The UN's machine-readable General Assembly resolutions (JSON Lines).
    case unxml

    public var description: String { rawValue }
  }

  /// Imports `inputs` of one kind and, when `output` is given, writes the
  /// result there (see `NativeDatasetWriter.write(_:to:)`).
  /// - Parameters:
  ///   - tag: when given, only the rows about documents with this tag are
  ///     kept (`NativeRows.selecting(tag:)`).
  ///   - overlap: for `.unxml`, loaded data whose whole-text roll calls stand
  ///     for the same resolutions (see `UNXMLImporter.overlap`).
  /// - Throws: `ImportError` for unreadable, malformed or unrecognised inputs
  ///   and for an output that cannot be written.
  public static func run(
    _ kind: Kind, inputs: [String], context: ImportContext, tag: IssueTag? = nil,
    overlap: Dataset? = nil, output: String? = nil
  ) throws(ImportError) -> ImportResult {
    let resolver = context.resolver
    var result: ImportResult
    switch kind {
    case .unvotes:
      result = try UnvotesImporter(resolver: resolver, annotations: context.annotations)
        .importFiles(inputs)
    case .undl:
      result = try UNDLImporter(resolver: resolver, annotations: context.annotations)
        .importFiles(inputs)
    case .sponsors:
      result = try SponsorCatalogueImporter(resolver: resolver, annotations: context.annotations)
        .importFiles(inputs)
    case .unxml:
      result = try UNXMLImporter(
        resolver: resolver, annotations: context.annotations,
        subjectIssues: context.subjectIssues, overlap: overlap
      ).importFiles(inputs)
    }
    if let tag { result.rows = result.rows.selecting(tag: tag) }
    if let output { try write(result.rows, to: output) }
    return result
  }

  /// Builds a curated dataset: the rows tagged `tag` from several imports,
  /// merged (identical rows once) and written to `output` when given.
  ///
  /// This is how `datasets/ukraine` is made: the roll calls of the history
  /// that the curated tags mark `ukraine`, the Digital Library's roll call,
  /// and the catalogue's drafts and sponsors of those documents.
  /// - Throws: `ImportError` as `run(_:inputs:context:tag:output:)`.
  public static func curated(
    tag: IssueTag, inputs: [(kind: Kind, paths: [String])], context: ImportContext,
    output: String? = nil
  ) throws(ImportError) -> ImportResult {
    var combined = ImportResult(rows: NativeRows(), files: [], rejected: [], notes: [])
    for input in inputs {
      let part = try run(input.kind, inputs: input.paths, context: context, tag: tag)
      combined.rows = combined.rows.merged(with: part.rows)
      combined.files += part.files
      combined.rejected += part.rejected
      combined.notes += part.notes
    }
    // Select again over the union: a draft of one source may be the text of
    // a roll call from another, and the roll call stands for it.
    combined.rows = combined.rows.selecting(tag: tag)
    if let output { try write(combined.rows, to: output) }
    return combined
  }

  /// Builds the member-states table from the curated list and the regional
  /// groups file (see `MemberStatesBuilder`) and writes `member-states.csv`
  /// into `output` when given.
  /// - Throws: `ImportError` for unreadable or malformed inputs and write failures.
  public static func memberStates(
    curated: String, regionalGroups: String, output: String? = nil
  ) throws(ImportError) -> ImportResult {
    let result = try MemberStatesBuilder.build(curated: curated, regionalGroups: regionalGroups)
    if let output { try write(result.rows, to: output) }
    return result
  }

  private static func write(_ rows: NativeRows, to folder: String) throws(ImportError) {
    do {
      try NativeDatasetWriter.write(rows, to: folder)
    } catch {
      throw ImportError.write(error)
    }
  }
}
