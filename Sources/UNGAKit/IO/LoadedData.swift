/// A dataset read from files, with what it was read from.
public struct LoadedData: Sendable {
  /// The indexed data.
  public let dataset: Dataset
  /// The files read, in the order they were read.
  public let sources: [SourceFile]
  /// Warnings found while reading (unknown columns, sponsorships of unknown
  /// documents, roll calls without votes); errors make loading fail instead.
  public let warnings: [DataIssue]
  /// Where each state, roll call, draft, sponsorship and vote came from.
  public let provenance: DataProvenance

  /// Bundles a dataset with its sources.
  public init(
    dataset: Dataset, sources: [SourceFile], warnings: [DataIssue], provenance: DataProvenance
  ) {
    self.dataset = dataset
    self.sources = sources
    self.warnings = warnings
    self.provenance = provenance
  }

  /// Counts and date range of the dataset.
  public var summary: DatasetSummary { DatasetSummary(dataset) }
}
