import UNGAKit

/// What a modelling command reads before it runs: the data, the model's
/// parameters (with their origin) and the blocs.
struct ModelInputs {
  var loaded: LoadedData
  var parameters: ParameterChoice
  var blocs: BlocAssignment

  /// Reads them as the options say: parameters first (a bad flag fails before
  /// the data is read), then the data, then the blocs file.
  /// - Parameter independent: the exact engine's independent votes (correlations 0).
  /// - Throws: `DatasetLoadError`, `CommandError`, `CSVError`, `SimulationError`.
  init(draft: DraftOptions, parameters options: ParameterOptions, independent: Bool = false)
    throws
  {
    var parameters = try options.resolve()
    if independent { parameters.parameters = parameters.parameters.independent }
    loaded = try draft.data.load()
    blocs = try options.blocAssignment(dataset: loaded.dataset)
    self.parameters = parameters
  }

  var dataset: Dataset { loaded.dataset }

  /// The model of the draft the options name.
  /// - Throws: `AnalysisError` (unknown draft or references, no usable
  ///   reference), `SimulationError` (invalid parameters).
  func model(_ draft: DraftOptions) throws -> VoteModel {
    try VoteModel(
      dataset: dataset, target: draft.draft, parameters: parameters.parameters,
      references: draft.referenceSelection, blocs: blocs)
  }
}
