import Foundation

/// `--format` and `--output`, shared by every command that writes a result.
///
/// `Format` is the command's own list of formats; its first case is the default.
struct OutputOptions<Format: ArgumentValue & CaseIterable & Equatable>: ParsableOptions, Equatable {
  var format: Format
  /// The file to write, or `nil` for standard output.
  var path: String?

  init() {
    // `CaseIterable` enumerations used here have at least one case.
    format = Format.allCases.first!
  }

  static var arguments: [Argument<Self>] {
    [
      .option(\.format, name: "format", short: "f", help: "The output format."),
      .option(
        \.path, name: "output", short: "o", valueName: "file",
        help: "Write to this file instead of standard output."),
    ]
  }

  /// Writes `text` to the output file, or to standard output.
  ///
  /// A file is replaced atomically (written next to it, then renamed), so a
  /// failed run never leaves a partial file.
  /// - Throws: `CommandError.cannotWrite` when the file cannot be written.
  func emit(_ text: String, to console: Console) throws {
    guard let path else {
      console.write(text)
      return
    }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw CommandError.cannotWrite(path: path, reason: CommandRunner.reason(for: error))
    }
  }
}
