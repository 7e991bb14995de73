/// Problems listed for a terminal, one per line, cut after a limit with a
/// count of the rest, so that a file with a million bad rows prints a page,
/// not a million lines.
enum IssueListing {
  /// How many problems are listed when the user does not say.
  static let defaultLimit = 50

  /// One line per item (its `description`), at most `limit` of them (all
  /// when `limit` is 0), then `... and N more` when some were left out;
  /// `hint` says how to see them.
  static func lines(
    _ items: [some CustomStringConvertible], limit: Int = defaultLimit, hint: String? = nil
  ) -> [String] {
    let shown = limit > 0 ? items.prefix(limit) : items[...]
    var lines = shown.map(\.description)
    let rest = items.count - shown.count
    if rest > 0 {
      lines.append("... and \(rest) more" + (hint.map { " (\($0))" } ?? ""))
    }
    return lines
  }

  /// `1 error`, `2 warnings`: a count with its noun, plural when needed.
  static func count(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }
}
