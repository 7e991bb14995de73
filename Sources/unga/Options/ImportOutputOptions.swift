import UNGAKit

/// `--output` and `--limit`, shared by the `import` subcommands: where the
/// dataset goes and how much of the account of the input rows is printed.
struct ImportOutputOptions: ParsableOptions, OutputDestination, Equatable {
  /// The dataset folder to write.
  var folder = ""
  /// Rejected rows and notes listed at most, each; 0 lists them all.
  var limit = IssueListing.defaultLimit

  static var arguments: [Argument<Self>] {
    [
      .option(
        \.folder, name: "output", short: "o", valueName: "dir", required: true,
        help:
          "The dataset folder to write, created when needed. Its tables are replaced"
          + " as a whole: a reader sees the old dataset or the new one, never a mix."),
      .option(
        \.limit, name: "limit", valueName: "count", in: 0...,
        help: "List at most this many rejected rows, and as many notes; 0 lists them all."),
    ]
  }

  /// Checks that the folder can be written (see `AtomicFolder.checkWritable`).
  /// - Throws: `AtomicFileError` (exit 73) when it cannot.
  func checkWritable() throws { try AtomicFolder.checkWritable(folder) }

  /// The account of every input row: the counts per file and in all, the
  /// rows written per table, then each rejected row and each note as
  /// `file:line: reason`, at most `limit` of each.
  func report(_ result: ImportResult) -> String {
    var lines = [result.summary]
    let hint = "--limit 0 lists them all"
    if !result.rejected.isEmpty {
      lines.append("Rejected rows (\(result.rejected.count)):")
      lines += IssueListing.lines(result.rejected, limit: limit, hint: hint).map { "  " + $0 }
    }
    if !result.notes.isEmpty {
      lines.append("Notes on imported rows (\(result.notes.count)):")
      lines += IssueListing.lines(result.notes, limit: limit, hint: hint).map { "  " + $0 }
    }
    lines.append("Wrote \(folder).")
    return lines.joined(separator: "\n")
  }
}
