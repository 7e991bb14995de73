import Foundation
import UNGAKit

/// The vote model's parameters and blocs, shared by the commands that model a vote.
///
/// Parameters come from `--parameters FILE`, else from the calibration file
/// `model-parameters.json` in the shipped datasets folder when it exists,
/// else from the design's defaults; the flags below override single values.
struct ModelOptions: ParsableOptions, Equatable {
  /// The calibration file looked for in the shipped datasets folder.
  static let calibrationFileName = "model-parameters.json"

  var blocs: String?
  var globalCorrelation: Double?
  var blocCorrelation: Double?
  var influence: Double?
  var file: String?

  static var arguments: [Argument<Self>] {
    [
      .option(
        \.blocs, name: "blocs", valueName: "file",
        help: "A CSV with columns state,bloc: blocs whose members vote alike (default: the"
          + " regional groups; states it does not list stay in theirs)."),
      .option(
        \.globalCorrelation, name: "global-correlation", valueName: "share", in: 0.0..<1.0,
        help: "The share of each state's latent variance from a mood shared by every state."),
      .option(
        \.blocCorrelation, name: "bloc-correlation", valueName: "share", in: 0.0..<1.0,
        help: "The share from a mood shared by its bloc; with the global share, below 1."),
      .option(
        \.influence, name: "influence", valueName: "kappa", in: 0.0...100.0,
        help: "How far a backer's change of stance moves its followers, in latent standard"
          + " deviations."),
      .option(
        \.file, name: "parameters", valueName: "file",
        help: "A JSON file of model parameters (default: \(calibrationFileName) in the"
          + " shipped datasets folder when it exists, else the design's defaults)."),
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
  /// - Throws: `CommandError.noInput` for a parameter file that cannot be
  ///   read, `.dataError` for one that does not hold valid parameters;
  ///   `SimulationError` when the flags make the parameters invalid (exit 64).
  func resolve() throws -> ParameterChoice {
    var choice = ParameterChoice(parameters: .defaults, origin: .defaults)
    if let path = file ?? Self.shippedCalibrationFile() {
      choice.parameters = try Self.read(path)
      choice.origin.calibrationFile = path
    }
    if let value = influence {
      choice.parameters.influence = value
      choice.origin.overridden.append("influence")
    }
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

  /// The calibration file in the shipped datasets folder, if there is one.
  static func shippedCalibrationFile() -> String? {
    guard let folder = try? ShippedDatasets.directory() else { return nil }
    let path = (folder as NSString).appendingPathComponent(calibrationFileName)
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }

  /// Reads parameters from a JSON object, or from its `parameters` member.
  /// - Throws: `CommandError.noInput` or `.dataError` naming the file.
  static func read(_ path: String) throws -> ModelParameters {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw CommandError.noInput(path: path, reason: CommandRunner.reason(for: error))
    }
    func invalid(_ reason: String) -> CommandError {
      .dataError("\(path): \(reason); expected a JSON object of model parameters")
    }
    // Every key is optional when decoding, so a file without any of them
    // would silently give the defaults: require at least one.
    let known = [
      "influence", "globalCorrelation", "blocCorrelation", "halfLife", "priorStrength",
      "weightRule", "alignmentSessions",
    ]
    guard var object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw invalid("not a JSON object")
    }
    if let nested = object["parameters"] as? [String: Any] { object = nested }
    guard known.contains(where: { object[$0] != nil }) else {
      throw invalid("none of the keys " + known.joined(separator: ", "))
    }
    let parameters: ModelParameters
    do {
      parameters = try JSONDecoder().decode(
        ModelParameters.self, from: JSONSerialization.data(withJSONObject: object))
    } catch {
      throw invalid("\(error)")
    }
    do {
      try parameters.validate()
    } catch {
      throw CommandError.dataError("\(path): \(error)")
    }
    return parameters
  }
}
