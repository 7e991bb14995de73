import UNGAKit

/// A roll call or draft named on the command line that the data does not
/// hold (exit 65: the name is well formed, the data lacks it), with the
/// nearest ids and symbols it does hold.
struct UnknownDocumentError: Error, Equatable, CustomStringConvertible, ExitCodeProviding {
  /// The name as the user typed it.
  var key: String
  /// Ids and symbols of the data that are close to `key`, best first.
  var suggestions: [String]

  var exitCode: ExitCode { .dataError }

  var description: String {
    var text =
      "no roll call or draft '\(key)' in the data; expected an id, a resolution symbol"
      + " or a draft symbol"
    if !suggestions.isEmpty {
      text += "; did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
    }
    return text
  }

}

extension UnknownDocumentError {
  /// The error for `key`, with up to `count` suggestions from `dataset`.
  init(key: String, in dataset: Dataset, count: Int = 5) {
    self.init(key: key, suggestions: Self.suggestions(for: key, in: dataset, count: count))
  }

  /// The ids, resolution symbols and draft symbols of `dataset` nearest to
  /// `key`: those equal to it but for case first, then those starting with it,
  /// then those containing it, then those within a few edits, each group in
  /// order of edit distance and then of text.
  ///
  /// - Complexity: O(k · m²) for k ids and symbols of length about m; the
  ///   edit distance is computed only for those of a length close to `key`'s.
  static func suggestions(for key: String, in dataset: Dataset, count: Int) -> [String] {
    var keys = Set<String>()
    for rollCall in dataset.rollCalls {
      keys.insert(rollCall.id.rawValue)
      if let resolution = rollCall.resolution { keys.insert(resolution) }
      if let draft = rollCall.draft { keys.insert(draft) }
    }
    for draft in dataset.drafts {
      keys.insert(draft.id.rawValue)
      if let symbol = draft.draft { keys.insert(symbol) }
      if let resolution = draft.resolution { keys.insert(resolution) }
    }
    let folded = key.uppercased()
    let limit = max(2, key.count / 4)
    var ranked: [(rank: Int, distance: Int, key: String)] = []
    for candidate in keys where candidate != key {
      let upper = candidate.uppercased()
      let rank: Int
      if upper == folded {
        rank = 0
      } else if upper.hasPrefix(folded) {
        rank = 1
      } else if folded.count >= 3, upper.contains(folded) {
        rank = 2
      } else {
        rank = 3
      }
      if rank == 3, abs(upper.count - folded.count) > limit { continue }
      let distance = editDistance(folded, upper)
      if rank == 3, distance > limit { continue }
      ranked.append((rank, distance, candidate))
    }
    ranked.sort { ($0.rank, $0.distance, $0.key) < ($1.rank, $1.distance, $1.key) }
    return ranked.prefix(count).map(\.key)
  }
}
