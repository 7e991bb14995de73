import Foundation
import UNGAKit

/// What a notebook produced: the files to write and the key findings to print.
public struct NotebookOutput {
  public var files: [(fileName: String, contents: String)]
  /// Plain-text lines for the terminal.
  public var summary: String

  /// `files` to write and `summary` to print.
  public init(files: [(fileName: String, contents: String)], summary: String) {
    self.files = files
    self.summary = summary
  }
}

/// Something the analysis needs that the data does not hold.
public struct MissingData: Error, CustomStringConvertible {
  public var description: String

  /// A missing record described by `description`.
  public init(description: String) { self.description = description }
}

/// A file or folder that could not be written.
struct OutputError: Error, CustomStringConvertible {
  var description: String
}

/// Runs a notebook: `make` computes and renders, the files go into the output folder, and
/// the key findings and the files written are printed. Exits with a `sysexits.h` status, as
/// `unga` does: 66 for missing input, 65 for data errors, missing records or an invalid
/// calibration file, 73 when the output cannot be written, 70 for anything else.
public func runNotebook(_ commandLine: NotebookCommandLine, _ make: () throws -> NotebookOutput)
  -> Never
{
  let name = commandLine.name
  func fail(_ message: String, _ status: Int32) -> Never {
    FileHandle.standardError.write(Data("\(name): \(message)\n".utf8))
    exit(status)
  }
  do {
    // Checked first, so that the computation is not thrown away.
    do {
      try AtomicFolder.checkWritable(commandLine.output)
    } catch {
      throw OutputError(description: error.description)
    }
    let output = try make()
    let written = try write(output.files, to: commandLine.output)
    print(output.summary)
    print("Wrote \(written.count) files to \(commandLine.output)/:")
    for file in written { print("  \(file)") }
    exit(0)
  } catch let error as DatasetLoadError {
    guard case .invalidData = error else { fail("\(error)", 66) }
    fail("\(error)", 65)
  } catch let error as MissingData {
    fail("\(error)", 65)
  } catch let error as CalibrationError {
    fail("\(error)", 65)
  } catch let error as OutputError {
    fail("\(error)", 73)
  } catch {
    fail("\(error)", 70)
  }
}

/// Writes `files` into the folder `path`, making it if needed, through `AtomicFolder`
/// (the notebook's files replaced together; other files in the folder kept);
/// returns the names in the order written.
/// - Throws: `OutputError` when the folder cannot be made or a file cannot be written.
private func write(_ files: [(fileName: String, contents: String)], to path: String)
  throws(OutputError) -> [String]
{
  do {
    try AtomicFolder.write(
      files.map { ($0.fileName, Array($0.contents.utf8)) }, to: path,
      owning: Set(files.map(\.fileName)))
  } catch {
    throw OutputError(description: error.description)
  }
  return files.map(\.fileName)
}

/// The vote model's parameters a notebook uses: those of the shipped calibration file
/// (`datasets/model-parameters.json`) when there is one, as `unga` does, else the design's
/// defaults.
public struct NotebookParameters {
  public var parameters: ModelParameters
  public var origin: ParameterOrigin
  /// The calibration file's content, when the parameters came from one.
  public var calibration: CalibratedParameters?
  /// The calibration file's SHA-256 digest.
  public var sha256: String?

  /// Reads the shipped calibration file, if any.
  /// - Throws: `CalibrationError` for a file that cannot be read or is invalid.
  public static func load() throws -> NotebookParameters {
    guard let path = CalibratedParameters.shippedPath() else {
      return NotebookParameters(parameters: .defaults, origin: .defaults)
    }
    let calibration = try CalibratedParameters.load(path: path)
    let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
    return NotebookParameters(
      parameters: calibration.parameters, origin: ParameterOrigin(calibrationFile: path),
      calibration: calibration, sha256: SHA256(bytes).hex)
  }

  /// Where the parameters come from, for a definition list.
  public var description: String {
    sha256.map { "\(origin) (SHA-256 \($0))" } ?? "\(origin)"
  }
}

/// Reads the shipped dataset folders named (inside `datasets/`, or the folder that
/// `UNGA_DATASETS` names), with the shipped member states.
/// - Throws: `DatasetLoadError`.
public func loadShipped(_ folders: [String]) throws -> LoadedData {
  let directory = try ShippedDatasets.directory()
  return try DatasetLoader.load(
    paths: folders.map { (directory as NSString).appendingPathComponent($0) })
}

/// A line on standard error, so that a long run shows it is alive.
public func progress(_ name: String, _ step: String) {
  FileHandle.standardError.write(Data("\(name): \(step)…\n".utf8))
}
