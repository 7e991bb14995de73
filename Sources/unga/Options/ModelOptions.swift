import Foundation
import UNGAKit

/// The vote model's parameters and blocs, shared by the commands that model a vote.
///
/// Parameters come from a calibration file (`ParameterOptions`: `--parameters`,
/// by default the shipped one) or the design's defaults (`--defaults`); the
/// flags below override single values, and the origin says which were set.
struct ModelOptions: ParsableOptions, Equatable {
  var source = ParameterOptions()
  var blocs: String?
  var globalCorrelation: Double?
  var blocCorrelation: Double?

  /// Options that cannot go together, for a command's `conflicts`.
  static let conflicts = [ParameterOptions.conflicts]

  static var arguments: [Argument<Self>] {
    [
      .group(\.source),
      .option(
        \.globalCorrelation, name: "global-correlation", valueName: "share", in: 0.0..<1.0,
        help: "The share of each state's latent variance from a mood shared by every state."),
      .option(
        \.blocCorrelation, name: "bloc-correlation", valueName: "share", in: 0.0..<1.0,
        help: "The share from a mood shared by its bloc; with the global share, below 1."),
      .option(
        \.blocs, name: "blocs", valueName: "file",
        help: "A CSV with columns state,bloc: blocs whose members vote alike (default: the"
          + " regional groups; states it does not list stay in theirs)."),
    ]
  }

  /// Whether a flag sets a correlation (which the exact engine cannot honour).
  var setsCorrelation: Bool { globalCorrelation != nil || blocCorrelation != nil }

  func validate() throws(UsageError) {
    if let global = globalCorrelation, let bloc = blocCorrelation, global + bloc >= 1 {
      throw .invalid(
        "--global-correlation \(global) and --bloc-correlation \(bloc) sum to \(global + bloc);"
          + " expected a sum below 1")
    }
  }

  /// The parameters to use and their origin.
  /// - Throws: `CalibrationError` for a calibration file that cannot be read
  ///   (66) or is invalid (65); `SimulationError` when the flags make the
  ///   parameters invalid (64).
  func resolve() throws -> ParameterChoice {
    let resolved = try source.resolve()
    var choice = ParameterChoice(parameters: resolved.parameters, origin: resolved.origin)
    if let value = globalCorrelation {
      choice.parameters.globalCorrelation = value
      choice.origin.overridden.append("global correlation")
    }
    if let value = blocCorrelation {
      choice.parameters.blocCorrelation = value
      choice.origin.overridden.append("bloc correlation")
    }
    try choice.parameters.validate()
    return choice
  }

  /// The blocs: the regional groups, or those of `--blocs` checked against `dataset`.
  /// - Throws: `CommandError.noInput` for a file that cannot be read,
  ///   `CSVError` (exit 65) for one that does not parse or names unknown states.
  func blocAssignment(dataset: Dataset) throws -> BlocAssignment {
    guard let blocs else { return .regionalGroups }
    let bytes: [UInt8]
    do {
      bytes = Array(try Data(contentsOf: URL(fileURLWithPath: blocs)))
    } catch {
      throw CommandError.noInput(path: blocs, reason: CommandRunner.reason(for: error))
    }
    return try BlocAssignment(csv: CSVDocument(bytes: bytes, file: blocs), dataset: dataset)
  }
}
