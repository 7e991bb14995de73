/// Why an import could not run at all (as opposed to a rejected row, which is an `ImportIssue`).
public enum ImportError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A file could not be read.
  case unreadable(file: String, reason: String)
  /// A file is not well-formed CSV (see `CSVError`).
  case malformed(CSVError)
  /// A file's header lacks columns the format needs.
  case missingColumns(file: String, missing: [String], expected: [String])
  /// An input file's header matches none of the files the importer reads.
  case unrecognized(file: String, header: [String], expected: String)
  /// An input the importer needs was not given.
  case missingInput(importer: String, expected: String)
  /// A row of a curated source file (member states, aliases, tags) is wrong.
  /// Curated files are the project's own, so they must be exact.
  case invalidSource(file: String, line: Int, message: String)
  /// An output file could not be written.
  case write(AtomicFileError)

  public var description: String {
    switch self {
    case .unreadable(let file, let reason):
      return "\(file): cannot read: \(reason)"
    case .malformed(let error):
      return error.description
    case .missingColumns(let file, let missing, let expected):
      return
        "\(file):1: missing column(s) \(missing.joined(separator: ", ")); expected a header with \(expected.joined(separator: ", "))"
    case .unrecognized(let file, let header, let expected):
      return
        "\(file):1: unrecognized header '\(header.joined(separator: ","))'; expected \(expected)"
    case .missingInput(let importer, let expected):
      return "\(importer): missing input; expected \(expected)"
    case .invalidSource(let file, let line, let message):
      return "\(file):\(line): \(message)"
    case .write(let error):
      return error.description
    }
  }
}
