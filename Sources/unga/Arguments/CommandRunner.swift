import Foundation
import UNGAKit

/// Runs a command line from start to exit code: parses, prints help or the
/// version, or runs the command, and turns any error into a message on
/// standard error and the matching `ExitCode`.
enum CommandRunner {
  static func run(_ root: any Command.Type, arguments: [String], console: Console) -> ExitCode {
    let tool = root.configuration.name
    var status = ExitCode.success
    do {
      switch try CommandParser.parse(root, arguments) {
      case .help(let command, let path):
        console.write(Help.text(for: command, path: path))
      case .version(let version):
        console.write(version)
      case .run(let command, let path):
        do {
          try command.checkOutputs()
          try command.run(console)
        } catch let error as UsageError {
          throw error.inContext(type(of: command), path: path)
        } catch let error as any ExitCodeProviding where error.exitCode == .usage {
          // A value from the command line that the library rejected: show the usage too.
          throw UsageError.invalid("\(error)").inContext(type(of: command), path: path)
        }
      }
    } catch let error as UsageError {
      console.writeError(error.report(tool: tool))
      return .usage
    } catch {
      status = ExitCode(for: error)
      // Messages quote values from data and command lines: no terminal escapes.
      let text = ControlCharacters.escapedKeepingLines(message(for: error, status: status))
      console.writeError("\(tool): error: \(text)\n")
    }
    if let failure = console.writeFailure, status == .success {
      console.writeError("\(tool): error: cannot write to standard output: \(failure)\n")
      return .cannotWrite
    }
    return status
  }

  private static func message(for error: any Error, status: ExitCode) -> String {
    if error is CommandError { return "\(error)" }
    if let error = error as? CocoaError {
      let reason = reason(for: error)
      guard let path = error.filePath else { return reason }
      switch status {
      case .noInput: return "cannot read '\(path)': \(reason)"
      case .cannotWrite: return "cannot write '\(path)': \(reason)"
      default: return "'\(path)': \(reason)"
      }
    }
    switch status {
    case .interrupted: return "interrupted"
    case .internalError: return "internal error: \(error)"
    default: return "\(error)"
    }
  }

  /// Why a file operation failed, in the system's words ("No such file or directory").
  static func reason(for error: any Error) -> String {
    guard let error = error as? CocoaError else { return "\(error)" }
    // The system's reason sits in an underlying error of the POSIX domain.
    if let underlying = error.underlying.map({ $0 as NSError }),
      underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(truncatingIfNeeded: underlying.code)))
    }
    return error.localizedDescription
  }
}
