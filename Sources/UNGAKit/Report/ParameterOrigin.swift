/// Where a run's model parameters came from: the reference design's defaults,
/// a calibration file, and any set one by one on the command line.
///
/// Reports say this next to the parameters, because figures from uncalibrated
/// defaults deserve more caution than figures from fitted ones.
public struct ParameterOrigin: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The calibration file the parameters were read from; `nil` for the defaults.
  public var calibrationFile: String?
  /// The parameters set individually (such as `influence`), in the order given;
  /// they override the defaults or the calibration file.
  public var overridden: [String]

  /// The reference design's defaults, nothing overridden.
  public static let defaults = ParameterOrigin()

  /// Parameters from `calibrationFile` (or the defaults when `nil`), with `overridden` set
  /// individually.
  public init(calibrationFile: String? = nil, overridden: [String] = []) {
    self.calibrationFile = calibrationFile
    self.overridden = overridden
  }

  /// Whether the parameters came from a calibration file.
  public var isCalibrated: Bool { calibrationFile != nil }

  /// `defaults (not calibrated)`, `calibration file params.json`, with `; influence set on
  /// the command line` when parameters were overridden.
  public var description: String {
    var text =
      calibrationFile.map { "calibration file \($0)" } ?? "the design's defaults (not calibrated)"
    if !overridden.isEmpty {
      text += "; \(overridden.joined(separator: ", ")) set on the command line"
    }
    return text
  }
}
