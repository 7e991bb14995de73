import Foundation
import UNGAKit

/// The exit codes of `unga`, after BSD `sysexits.h`; scripts may rely on them.
enum ExitCode: Int32, CaseIterable, Sendable {
  case success = 0
  /// The command line is wrong: unknown subcommand or option, missing or invalid value.
  case usage = 64
  /// An input file is malformed or inconsistent.
  case dataError = 65
  /// An input file or folder does not exist or cannot be read.
  case noInput = 66
  /// A fault in `unga` itself.
  case internalError = 70
  /// An output file cannot be written.
  case cannotWrite = 73
  /// Stopped by Ctrl-C (128 + SIGINT).
  case interrupted = 130

  /// The exit code for an error that ended a command.
  init(for error: any Error) {
    switch error {
    case let error as any ExitCodeProviding: self = error.exitCode
    case is CancellationError: self = .interrupted
    case is DecodingError: self = .dataError
    case let error as CocoaError: self = ExitCode(for: error.code)
    default: self = .internalError
    }
  }

  private init(for code: CocoaError.Code) {
    switch code {
    case .fileNoSuchFile, .fileReadNoSuchFile, .fileReadNoPermission, .fileReadInvalidFileName:
      self = .noInput
    case .fileReadCorruptFile, .fileReadInapplicableStringEncoding, .fileReadTooLarge:
      self = .dataError
    case .fileWriteNoPermission, .fileWriteOutOfSpace, .fileWriteVolumeReadOnly,
      .fileWriteInvalidFileName, .fileWriteFileExists, .fileWriteUnknown,
      .fileWriteInapplicableStringEncoding:
      self = .cannotWrite
    default: self = .internalError
    }
  }
}

/// An error that knows its exit code. Library errors are mapped here, in
/// the tool, so the library stays free of process concerns.
protocol ExitCodeProviding: Error {
  var exitCode: ExitCode { get }
}

extension UsageError: ExitCodeProviding {
  var exitCode: ExitCode { .usage }
}

extension CSVError: ExitCodeProviding {
  var exitCode: ExitCode { .dataError }
}

extension DatasetLoadError: ExitCodeProviding {
  var exitCode: ExitCode {
    switch self {
    case .missingInput: .noInput
    case .invalidData: .dataError
    }
  }
}

extension CalibrationError: ExitCodeProviding {
  var exitCode: ExitCode {
    switch self {
    case .cannotRead: .noInput
    case .invalidFile, .heldOutNotAfterFit, .nothingToScore: .dataError
    }
  }
}

extension ImportError: ExitCodeProviding {
  var exitCode: ExitCode {
    switch self {
    case .unreadable: .noInput
    // Every file named exists, but one the format needs was not named.
    case .missingInput: .usage
    case .malformed, .missingColumns, .unrecognized, .invalidSource: .dataError
    case .write: .cannotWrite
    }
  }
}

extension BacktestError: ExitCodeProviding {
  var exitCode: ExitCode {
    switch self {
    case .nothingToScore: .dataError
    case .noPredictors, .duplicatePredictorName, .wrongForecastCount, .invalidForecast:
      .internalError
    }
  }
}

extension AtomicFileError: ExitCodeProviding {
  var exitCode: ExitCode { .cannotWrite }
}

/// A failure a command reports directly, with its exit code.
enum CommandError: Error, Equatable, CustomStringConvertible, ExitCodeProviding {
  /// Input that is malformed or inconsistent (65).
  case dataError(String)
  /// An input path that does not exist or cannot be read (66).
  case noInput(path: String, reason: String)
  /// An output path that cannot be written (73).
  case cannotWrite(path: String, reason: String)
  /// Stopped by the user (130).
  case interrupted
  /// A fault in the tool (70).
  case internalError(String)

  var exitCode: ExitCode {
    switch self {
    case .dataError: .dataError
    case .noInput: .noInput
    case .cannotWrite: .cannotWrite
    case .interrupted: .interrupted
    case .internalError: .internalError
    }
  }

  var description: String {
    switch self {
    case .dataError(let message): message
    case .noInput(let path, let reason): "cannot read '\(path)': \(reason)"
    case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
    case .interrupted: "interrupted"
    case .internalError(let message): "internal error: \(message)"
    }
  }
}
