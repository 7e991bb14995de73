extension ModelParameters {
  /// The parameters of a calibration file (`CalibratedParameters`).
  /// - Throws: `CalibrationError` as `CalibratedParameters.load(path:)`.
  public static func load(path: String) throws(CalibrationError) -> ModelParameters {
    try CalibratedParameters.load(path: path).parameters
  }
}
