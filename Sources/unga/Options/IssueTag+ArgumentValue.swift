import UNGAKit

extension IssueTag: ArgumentValue {
  /// A tag as written in `resolutions.csv`'s `issues` column: not empty,
  /// without spaces or the `;` that separates tags there.
  init?(argument: String) {
    guard !argument.isEmpty, !argument.contains(where: { $0 == ";" || $0.isWhitespace })
    else { return nil }
    self.init(rawValue: argument)
  }

  static var expectation: String { "an issue tag (me, nu, di, hr, co, ec, ukraine, ...)" }
}
