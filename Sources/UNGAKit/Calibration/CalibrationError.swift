/// Why a calibration could not run, or a calibration file could not be read.
public enum CalibrationError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file could not be read.
  case cannotRead(path: String, reason: String)
  /// The file is not a calibration file, or its values are out of range.
  case invalidFile(path: String, reason: String)
  /// The held-out sessions do not all come after the fitted ones.
  case heldOutNotAfterFit(fit: ClosedRange<Int>, heldOut: ClosedRange<Int>)
  /// No whole-text roll call with members lies in a session range.
  case nothingToScore(what: String, sessions: ClosedRange<Int>)

  /// What went wrong and what was expected, in one line.
  public var description: String {
    switch self {
    case .cannotRead(let path, let reason):
      return "cannot read '\(path)': \(reason)"
    case .invalidFile(let path, let reason):
      return "\(path): \(reason); expected a calibration file written by 'unga calibrate'"
    case .heldOutNotAfterFit(let fit, let heldOut):
      return
        "held-out sessions \(heldOut.lowerBound)-\(heldOut.upperBound) overlap or precede the "
        + "fitted sessions \(fit.lowerBound)-\(fit.upperBound); expected held-out sessions "
        + "after \(fit.upperBound)"
    case .nothingToScore(let what, let sessions):
      return
        "no whole-text roll call with members in the \(what) sessions "
        + "\(sessions.lowerBound)-\(sessions.upperBound); expected at least one"
    }
  }

  /// A decoding error in words: the key path and what was wrong.
  static func describe(_ error: DecodingError) -> String {
    func path(_ context: DecodingError.Context) -> String {
      let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
      return keys.isEmpty ? "the top level" : "'" + keys.joined(separator: ".") + "'"
    }
    switch error {
    case .keyNotFound(let key, let context):
      return "missing key '\(key.stringValue)' at \(path(context))"
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      return "wrong or missing value at \(path(context)): \(context.debugDescription)"
    case .dataCorrupted(let context):
      return "invalid JSON at \(path(context)): \(context.debugDescription)"
    @unknown default:
      return "\(error)"
    }
  }
}
