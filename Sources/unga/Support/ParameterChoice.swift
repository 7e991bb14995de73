import UNGAKit

/// A run's model parameters and where they came from: the design's defaults,
/// a calibration file, and any set one by one on the command line.
///
/// Output says this next to the figures, because figures from uncalibrated
/// defaults deserve more caution than figures from fitted ones.
struct ParameterChoice: Equatable, CustomStringConvertible {
  var parameters: ModelParameters
  /// The calibration file they were read from; `nil` for the defaults.
  var file: String?
  /// The parameters set by flags (`influence`), which override the file or defaults.
  var overridden: [String]

  /// `the design's defaults (not calibrated)` or `calibration file F`, with
  /// `; influence set on the command line` when flags set parameters.
  var description: String {
    var text = file.map { "calibration file \($0)" } ?? "the design's defaults (not calibrated)"
    if !overridden.isEmpty {
      text += "; \(overridden.joined(separator: ", ")) set on the command line"
    }
    return text
  }
}
