import UNGAKit

/// `--parameters` and `--defaults`: where the vote model's parameters come from.
///
/// By default the shipped calibration file (`datasets/model-parameters.json`)
/// when there is one, else the reference design's defaults; the origin says which.
struct ParameterOptions: ParsableOptions, Equatable {
  /// A calibration file named on the command line.
  var file: String?
  /// Use the design's defaults even when a calibration file is shipped.
  var defaults = false

  /// The long names that cannot go together, for a command's `conflicts`.
  static let conflicts = ["--parameters", "--defaults"]

  static var arguments: [Argument<Self>] {
    [
      .option(
        \.file, name: "parameters", valueName: "file",
        help:
          "A calibration file written by 'unga calibrate'. Default: the shipped"
          + " datasets/model-parameters.json, if present."),
      .flag(
        \.defaults, name: "defaults",
        help: "Use the model design's default parameters instead of a calibration file."),
    ]
  }

  /// The parameters in force, the sponsor compliance that goes with them, and their origin.
  /// - Throws: `CalibrationError` for a calibration file that cannot be read or is invalid.
  func resolve() throws -> (
    parameters: ModelParameters, sponsorCompliance: Double, origin: ParameterOrigin
  ) {
    if !defaults, let path = file ?? CalibratedParameters.shippedPath() {
      let calibration = try CalibratedParameters.load(path: path)
      return (
        calibration.parameters, calibration.sponsorCompliance,
        ParameterOrigin(calibrationFile: path)
      )
    }
    return (.defaults, ModelPredictor.defaultSponsorCompliance, .defaults)
  }
}
