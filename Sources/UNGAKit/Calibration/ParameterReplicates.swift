import Foundation

/// The parameter replicates of a calibration file: the key `replicates`, an array of full
/// parameter sets in the schema of its `parameters` (the calibrator's bootstrap draws, in a
/// fixed order; see `datasets/README.md`, "Calibrated parameters"). A file without the key
/// has none. Reports rerun their scenarios under each (`ModelUncertainty`).
public enum ParameterReplicates {
  private struct File: Decodable {
    var replicates: [ModelParameters]?
  }

  /// The replicates in the calibration file at `path`, in file order; empty when it lists
  /// none.
  /// - Throws: `CalibrationError.cannotRead` when the file cannot be read, `.invalidFile`
  ///   when the key holds something other than valid parameter sets (the message names the
  ///   replicate).
  public static func load(path: String) throws(CalibrationError) -> [ModelParameters] {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .cannotRead(path: path, reason: "\(error.localizedDescription)")
    }
    return try decode(data, path: path)
  }

  /// The replicates in the text of a calibration file; `path` names it in errors.
  /// - Throws: `CalibrationError.invalidFile`.
  public static func decode(_ data: Data, path: String) throws(CalibrationError)
    -> [ModelParameters]
  {
    let replicates: [ModelParameters]
    do {
      replicates = try JSONDecoder().decode(File.self, from: data).replicates ?? []
    } catch let error as DecodingError {
      throw .invalidFile(path: path, reason: CalibrationError.describe(error))
    } catch {
      throw .invalidFile(path: path, reason: "\(error)")
    }
    for (index, parameters) in replicates.enumerated() {
      do {
        try parameters.validate()
      } catch {
        throw .invalidFile(path: path, reason: "replicates[\(index)]: \(error.description)")
      }
    }
    return replicates
  }
}
