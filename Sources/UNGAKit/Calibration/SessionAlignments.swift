/// Influence weights among the members, measured once per session for the
/// backer shifts of every sponsored roll call of that session (MODEL.md §3).
///
/// `VoteModel` measures alignment over the window before each target's date;
/// a backtest of hundreds of roll calls would repeat nearly the same work for
/// every roll call of a session. Here the window is the `alignmentSessions`
/// sessions with recorded votes before the session's first roll call, so
/// every roll call of the session shares it (and none of the session's own
/// votes, which a forecast made at the start of the session could not see).
/// Weights are kept per distinct member list: a state admitted in the middle
/// of a session gives that session a second entry.
struct SessionAlignments: Sendable {
  /// One session's members and every state's weight on every other, per rule.
  struct Entry: Sendable {
    var session: Int
    /// Dataset state indices, ascending.
    var members: [Int]
    /// Roll calls in the window.
    var windowRollCalls: Int
    /// Per rule (in `rules` order): `members.count²` weights, row by backer
    /// position: `weights[r][b * n + i] = w_ib`.
    var weights: [[Double]]
  }

  /// The rules weights are kept for.
  let rules: [InfluenceWeightRule]
  private let entries: [Entry]

  /// Measures the sessions of every whole-text roll call in `sessions` (all
  /// when `nil`) that has a recorded sponsor among its members.
  /// - Complexity: per distinct (session, members), O(r · s) for the window
  ///   plus O(n² · w / 64 + n² log n) for the alignment and weights.
  init(
    dataset: Dataset, sessions: ClosedRange<Int>?, alignmentSessions: Int,
    rules: [InfluenceWeightRule]
  ) {
    var firstDate: [Int: CalendarDate] = [:]
    for rollCall in dataset.rollCalls where firstDate[rollCall.session] == nil {
      firstDate[rollCall.session] = rollCall.date
    }
    var keys: [(session: Int, members: [Int])] = []
    var seen = Set<[Int]>()
    for (index, rollCall) in dataset.rollCalls.enumerated() where rollCall.isWholeText {
      if let sessions, !sessions.contains(rollCall.session) { continue }
      guard !dataset.sponsorships(rollCall: index).isEmpty else { continue }
      let members = dataset.members(on: rollCall.date)
      if seen.insert([rollCall.session] + members).inserted {
        keys.append((rollCall.session, members))
      }
    }
    var windows: [Int: [Int]] = [:]
    entries = keys.map { key in
      let window =
        windows[key.session]
        ?? AlignmentWindow.rollCalls(
          in: dataset, before: firstDate[key.session] ?? CalendarDate(daysSinceEpoch: 0),
          sessions: alignmentSessions)
      windows[key.session] = window
      let alignment = AlignmentMatrix(dataset: dataset, states: key.members, rollCalls: window)
      let n = key.members.count
      let weights = rules.map { rule in
        var matrix = [Double](repeating: 0, count: n * n)
        for backer in 0..<n {
          let column = rule.weights(alignment: alignment, backer: backer)
          matrix.replaceSubrange((backer * n)..<(backer * n + n), with: column)
        }
        return matrix
      }
      return Entry(
        session: key.session, members: key.members, windowRollCalls: window.count,
        weights: weights)
    }
    self.rules = rules
  }

  /// The entry of `session` for exactly these members, if measured.
  func entry(session: Int, members: [Int]) -> Entry? {
    entries.first { $0.session == session && $0.members == members }
  }

  /// The number of (session, members) entries measured.
  var count: Int { entries.count }
}
