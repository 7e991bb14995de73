import Foundation
import Testing

/// What a run of the built `unga` binary printed, and how it exited.
struct ProcessResult: Sendable, CustomStringConvertible {
  var stdout: String
  var stderr: String
  var status: Int32

  var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
}

/// Runs the built `unga` with `arguments`, the test process's environment
/// plus `environment`, in `directory` (default: the current one), and waits.
///
/// Output goes through temporary files rather than pipes, so a large output
/// cannot block the child.
/// - Throws: when the binary cannot be found or started.
func unga(
  _ arguments: String..., environment: [String: String] = [:], directory: URL? = nil
) throws -> ProcessResult {
  try unga(arguments: arguments, environment: environment, directory: directory)
}

/// `unga(_:environment:directory:)` with the arguments in an array.
func unga(
  arguments: [String], environment: [String: String] = [:], directory: URL? = nil
) throws -> ProcessResult {
  let scratch = FileManager.default.temporaryDirectory
    .appendingPathComponent("unga-run-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: scratch) }
  let outURL = scratch.appendingPathComponent("stdout")
  let errURL = scratch.appendingPathComponent("stderr")
  try Data().write(to: outURL)
  try Data().write(to: errURL)
  let out = try FileHandle(forWritingTo: outURL)
  let err = try FileHandle(forWritingTo: errURL)

  let process = Process()
  process.executableURL = try ungaExecutable()
  process.arguments = arguments
  process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
  if let directory { process.currentDirectoryURL = directory }
  process.standardInput = FileHandle.nullDevice
  process.standardOutput = out
  process.standardError = err
  try process.run()
  process.waitUntilExit()
  try out.close()
  try err.close()
  return ProcessResult(
    stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
    stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
    status: process.terminationStatus)
}

/// The `unga` executable SwiftPM built next to the test bundle, or the one
/// `UNGA_EXECUTABLE` names.
func ungaExecutable() throws -> URL {
  if let path = ProcessInfo.processInfo.environment["UNGA_EXECUTABLE"] {
    return URL(fileURLWithPath: path)
  }
  // Linux: the test binary sits in the products folder; macOS: inside an .xctest bundle there.
  var folders = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
  for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
    folders.append(bundle.bundleURL.deletingLastPathComponent())
  }
  for folder in folders {
    let candidate = folder.appendingPathComponent("unga")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
  }
  struct NotBuilt: Error, CustomStringConvertible {
    var folders: [URL]
    var description: String {
      "no 'unga' executable in " + folders.map(\.path).joined(separator: ", ")
        + "; build it first (swift build) or set UNGA_EXECUTABLE"
    }
  }
  throw NotBuilt(folders: folders)
}
