import Foundation
import UNGAKit

/// A command's choice of output formats, for `OutputOptions`.
protocol OutputFormat: ArgumentValue, CaseIterable, Equatable {
  /// The format used when `--format` is not given.
  static var standard: Self { get }
}

/// `--format` and `--output`, shared by every command that writes a result.
struct OutputOptions<Format: OutputFormat>: ParsableOptions, OutputDestination, Equatable {
  var format = Format.standard
  /// The file to write, or `nil` for standard output.
  var path: String?

  init() {}

  static var arguments: [Argument<Self>] {
    [
      .option(\.format, name: "format", short: "f", help: "The output format."),
      .option(
        \.path, name: "output", short: "o", valueName: "file",
        help: "Write to this file instead of standard output."),
    ]
  }

  /// Checks that the output file can be written (see `AtomicFile.checkWritable`).
  /// - Throws: `CommandError.cannotWrite` when it cannot.
  func checkWritable() throws {
    guard let path else { return }
    do {
      try AtomicFile.checkWritable(path)
    } catch {
      throw CommandError.cannotWrite(path: path, reason: error.reason)
    }
  }

  /// Writes `text` to the output file as it is, or to standard output
  /// (ending it with a newline if it has none).
  ///
  /// A file is written through `AtomicFile`: a regular file is replaced
  /// atomically (a failed run never leaves a partial file nor replaces a good
  /// one), a symbolic link's target likewise, a device or FIFO written in place.
  /// - Throws: `CommandError.cannotWrite` when the file cannot be written.
  func emit(_ text: String, to console: Console) throws {
    guard let path else {
      console.write(text)
      return
    }
    do {
      try AtomicFile.write(text, to: path)
    } catch {
      throw CommandError.cannotWrite(path: path, reason: error.reason)
    }
  }

  /// Writes `value` as JSON (pretty-printed, keys sorted, one trailing
  /// newline), like `emit(_:to:)`.
  /// - Throws: `CommandError.cannotWrite` when the file cannot be written;
  ///   an `EncodingError` (an internal error) when the value cannot be encoded.
  func emit(json value: some Encodable, to console: Console) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let json = try encoder.encode(value)
    try emit(String(decoding: json, as: UTF8.self) + "\n", to: console)
  }
}
