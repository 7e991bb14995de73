/// The number of single-character insertions, deletions, substitutions and
/// swaps of neighbours that turn `a` into `b` (optimal string alignment).
///
/// - Complexity: O(a.count × b.count).
func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a)
  let b = Array(b)
  guard !a.isEmpty else { return b.count }
  guard !b.isEmpty else { return a.count }
  // Three rows suffice: the swap looks back two rows.
  var previous2 = [Int](repeating: 0, count: b.count + 1)
  var previous = Array(0...b.count)
  var current = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    current[0] = i
    for j in 1...b.count {
      let cost = a[i - 1] == b[j - 1] ? 0 : 1
      current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
        current[j] = min(current[j], previous2[j - 2] + 1)
      }
    }
    (previous2, previous, current) = (previous, current, previous2)
  }
  return previous[b.count]
}

/// The candidate nearest to a mistyped `word`, if it is close enough to be a
/// likely typo: at most one edit per three characters (and at least one).
func suggestion(for word: String, among candidates: [String]) -> String? {
  let limit = max(1, word.count / 3)
  let scored = candidates.map { (candidate: $0, distance: editDistance(word, $0)) }
  guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= limit
  else { return nil }
  return best.candidate
}
