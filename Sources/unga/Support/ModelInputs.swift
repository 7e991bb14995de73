import UNGAKit

/// What a modelling command reads before it runs: the data, the model's
/// parameters (with their origin) and the blocs.
struct ModelInputs {
  var loaded: LoadedData
  var parameters: ParameterChoice
  var blocs: BlocAssignment

  /// Reads them as the options say: parameters first (a bad flag fails before
  /// the data is read), then the data (its warnings counted on `console`'s
  /// error stream), then the blocs file.
  /// - Parameter independent: the exact engine's independent votes (correlations 0).
  /// - Throws: `CommandError` (66 missing input, 65 bad data or parameter
  ///   file), `CSVError` (a bad blocs file), `SimulationError` (flags that
  ///   make the parameters invalid).
  init(
    draft: DraftOptions, model options: ModelOptions, independent: Bool = false,
    console: Console
  ) throws {
    var parameters = try options.resolve()
    if independent { parameters.parameters = parameters.parameters.independent }
    loaded = try draft.data.load(console)
    blocs = try options.blocAssignment(dataset: loaded.dataset)
    self.parameters = parameters
  }

  var dataset: Dataset { loaded.dataset }

  /// The model of the draft the options name.
  /// - Throws: `UnknownDocumentError` (65) for a draft or reference the data
  ///   lacks; `AnalysisError` (no usable reference), `SimulationError`.
  func model(_ draft: DraftOptions) throws -> VoteModel {
    try naming {
      try VoteModel(
        dataset: dataset, target: draft.draft, parameters: parameters.parameters,
        references: draft.referenceSelection, blocs: blocs)
    }
  }

  /// Runs `body`, turning the library's unknown draft or roll call into an
  /// error that suggests the nearest ids and symbols the data holds.
  func naming<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch AnalysisError.unknownDocument(let key), AnalysisError.unknownRollCall(let key) {
      throw UnknownDocumentError(key: key, in: dataset)
    }
  }
}
