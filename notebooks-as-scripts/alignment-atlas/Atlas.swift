import Charts
import Foundation
import NotebookSupport
import UNGAKit

/// Who votes with whom, window by window: every pair's agreement over the contested roll
/// calls of a few sessions, computed with the library's `AlignmentMatrix`.
///
/// Agreement is the alignment `a` of the vote model put on a percentage scale,
/// `(1 + a) / 2`: the mean over shared votes of 1 for the same vote, ½ when one abstained
/// and the other did not, 0 for yes against no. It is deterministic: no random draws.
struct Atlas {
  /// The five permanent members of the Security Council.
  static let permanentFive: [MemberState.Code] = ["CHN", "FRA", "GBR", "RUS", "USA"]
  /// Regular sessions 45 (opened September 1990) to 74 (opened September 2019).
  static let sessions = 45...74
  /// A pair needs at least this many shared votes in a window to be compared.
  static let minimumShared = 20
  /// Over the whole period, a pair is compared only if both were members together for at
  /// least this many years of it (a third of its 30 years): a pair that overlapped for a
  /// year or two is measured on that one moment, not on the period. This keeps out, for
  /// example, Czechoslovakia and the Russian Federation (members together from December
  /// 1991 to December 1992).
  static let minimumYearsTogether = 10.0
  /// The dataset folder read, inside the shipped `datasets/`.
  static let folder = "history"

  /// One window of sessions and the agreement of every pair of states that voted in it.
  struct Window {
    var sessions: ClosedRange<Int>
    var rollCalls: Int
    var matrix: AlignmentMatrix
    /// Row of each dataset state in `matrix`, or nil when it cast no vote in the window.
    var row: [Int?]
    /// Each dataset state's membership within the window's years (from September of the
    /// year its first session opened to September after its last), or nil when none.
    var membership: [(start: CalendarDate, end: CalendarDate)?]
    /// The least years two states must have been members together in the window to be
    /// compared (0 for the short windows).
    var minimumYears: Double

    /// `1990–92`: the years in which the window's sessions opened.
    var label: String {
      let first = 1945 + sessions.lowerBound
      let last = 1945 + sessions.upperBound
      return first == last ? "\(first)" : "\(first)–\(String(last).suffix(2))"
    }

    /// The middle of the window, in years, for charts.
    var middleYear: Double {
      Double(1945 * 2 + sessions.lowerBound + sessions.upperBound) / 2
    }

    /// Years in the window during which states `i` and `j` were both members.
    func yearsTogether(_ i: Int, _ j: Int) -> Double {
      guard let a = membership[i], let b = membership[j] else { return 0 }
      let start = max(a.start, b.start)
      let end = min(a.end, b.end)
      return start < end ? start.years(until: end) : 0
    }

    /// Agreement of dataset states `i` and `j` (0 to 1), or nil when they share too few votes
    /// or were members together for too short a time.
    func agreement(_ i: Int, _ j: Int) -> Double? {
      guard let r = row[i], let s = row[j] else { return nil }
      let n = matrix.states.count
      guard matrix.sharedVotes[r * n + s] >= Atlas.minimumShared else { return nil }
      guard minimumYears == 0 || yearsTogether(i, j) >= minimumYears else { return nil }
      return (1 + matrix.values[r * n + s]) / 2
    }
  }

  let commandLine: NotebookCommandLine
  let loaded: LoadedData
  let dataset: Dataset
  let windows: [Window]
  /// The whole period as one window.
  let whole: Window
  /// Dataset indices of the permanent five, in `permanentFive` order.
  let permanent: [Int]

  var first: Window { windows[0] }
  var last: Window { windows[windows.count - 1] }

  var command: String { commandLine.reproduction([.window]) }

  static func run(_ commandLine: NotebookCommandLine) throws -> Atlas {
    progress("alignment-atlas", "reading the shipped roll calls")
    let loaded = try loadShipped([folder])
    let dataset = loaded.dataset
    var permanent: [Int] = []
    for code in permanentFive {
      guard let index = dataset.stateIndex(code) else {
        throw MissingData(description: "the data holds no member state \(code)")
      }
      permanent.append(index)
    }
    progress("alignment-atlas", "measuring agreement in windows of \(commandLine.window) sessions")
    var windows: [Window] = []
    var start = sessions.lowerBound
    while start <= sessions.upperBound {
      let end = min(start + commandLine.window - 1, sessions.upperBound)
      windows.append(window(start...end, in: dataset, minimumYears: 0))
      start = end + 1
    }
    let whole = window(sessions, in: dataset, minimumYears: minimumYearsTogether)
    guard windows.allSatisfy({ $0.rollCalls > 0 }) else {
      let empty = windows.filter { $0.rollCalls == 0 }.map(\.label)
      throw MissingData(
        description: "the data holds no contested roll call in \(empty.joined(separator: ", "));"
          + " expected the 1946–2020 history in datasets/history")
    }
    return Atlas(
      commandLine: commandLine, loaded: loaded, dataset: dataset, windows: windows, whole: whole,
      permanent: permanent)
  }

  private static func window(
    _ sessions: ClosedRange<Int>, in dataset: Dataset, minimumYears: Double
  ) -> Window {
    let rollCalls = AlignmentWindow.rollCalls(in: dataset, sessions: sessions)
    var voted = [Bool](repeating: false, count: dataset.states.count)
    for rollCall in rollCalls {
      for (state, byte) in dataset.votes(rollCall: rollCall).enumerated()
      where byte <= Vote.no.rawValue {
        voted[state] = true
      }
    }
    let states = voted.indices.filter { voted[$0] }
    var row = [Int?](repeating: nil, count: dataset.states.count)
    for (position, state) in states.enumerated() { row[state] = position }
    // Session n opens in September of 1945 + n.
    let opening = CalendarDate(year: 1945 + sessions.lowerBound, month: 9, day: 1)
    let closing = CalendarDate(year: 1946 + sessions.upperBound, month: 9, day: 1)
    let membership = dataset.states.map { state -> (start: CalendarDate, end: CalendarDate)? in
      guard let opening, let closing else { return nil }
      let start = max(state.admitted, opening)
      let end = min(state.departed ?? closing, closing)
      return start < end ? (start, end) : nil
    }
    return Window(
      sessions: sessions, rollCalls: rollCalls.count,
      matrix: AlignmentMatrix(dataset: dataset, states: states, rollCalls: rollCalls), row: row,
      membership: membership, minimumYears: minimumYears)
  }

  // MARK: Questions

  /// The members compared with `state` in `window`, with their agreement, closest first.
  func partners(of state: Int, in window: Window) -> [(state: Int, agreement: Double)] {
    dataset.states.indices.compactMap { other in
      guard other != state, let agreement = window.agreement(state, other) else { return nil }
      return (other, agreement)
    }.sorted { $0.agreement != $1.agreement ? $0.agreement > $1.agreement : $0.state < $1.state }
  }

  /// The mean agreement with `state` of the other members in `window` (optionally of one
  /// regional group).
  func meanAgreement(with state: Int, in window: Window, group: RegionalGroup? = nil) -> Double {
    let values = partners(of: state, in: window).filter {
      group == nil || dataset.states[$0.state].group == group
    }.map(\.agreement)
    return values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
  }

  /// The mean agreement over the pairs of members of `group` in `window`: its cohesion.
  func cohesion(of group: RegionalGroup, in window: Window) -> Double {
    let members = dataset.states.indices.filter {
      dataset.states[$0].group == group && window.row[$0] != nil
    }
    var sum = 0.0
    var count = 0
    for (k, i) in members.enumerated() {
      for j in members[(k + 1)...] {
        guard let agreement = window.agreement(i, j) else { continue }
        sum += agreement
        count += 1
      }
    }
    return count > 0 ? sum / Double(count) : .nan
  }

  /// The states that voted in both the first and the last window, with their agreement with
  /// `state` in each, by the size of the change.
  func movers(relativeTo state: Int) -> [(state: Int, before: Double, after: Double)] {
    dataset.states.indices.compactMap { other in
      guard other != state, let before = first.agreement(state, other),
        let after = last.agreement(state, other)
      else { return nil }
      return (other, before, after)
    }.sorted {
      abs($0.after - $0.before) != abs($1.after - $1.before)
        ? abs($0.after - $0.before) > abs($1.after - $1.before) : $0.state < $1.state
    }
  }

  /// One CSV row per window, state and permanent member: the atlas's full data.
  func csv() -> String {
    var writer = CSVWriter(header: [
      "window", "sessions", "state", "name", "group", "permanent_member", "agreement",
      "alignment", "shared_votes",
    ])
    for window in windows + [whole] {
      let n = window.matrix.states.count
      for (p, code) in zip(permanent, Atlas.permanentFive) {
        guard let r = window.row[p] else { continue }
        for state in dataset.states.indices where state != p {
          guard let s = window.row[state] else { continue }
          let member = dataset.states[state]
          let alignment = window.matrix.values[r * n + s]
          writer.appendRow([
            window.label, "\(window.sessions.lowerBound)-\(window.sessions.upperBound)",
            member.code.rawValue, member.name, member.group.rawValue, code.rawValue,
            NumberFormat.fixed((1 + alignment) / 2, decimals: 4, style: .ascii),
            NumberFormat.fixed(alignment, decimals: 4, style: .ascii),
            "\(window.matrix.sharedVotes[r * n + s])",
          ])
        }
      }
    }
    return writer.text
  }
}
