import Testing
import UNGAKit

/// Small datasets built in code for the analysis tests.
enum AnalysisFixtures {
  /// A member state admitted on 1 January 1990 (or `admitted`).
  static func state(
    _ code: String, _ group: RegionalGroup, admitted: String = "1990-01-01",
    departed: String? = nil
  ) -> MemberState {
    MemberState(
      code: MemberState.Code(code), alpha2: nil, name: code, group: group,
      admitted: date(admitted), departed: departed.map(date))
  }

  static func date(_ text: String) -> CalendarDate {
    guard let date = CalendarDate(iso: text) else {
      Issue.record("bad fixture date \(text)")
      return CalendarDate(daysSinceEpoch: 0)
    }
    return date
  }

  /// A roll call with its votes, one letter per state in the order given to
  /// `dataset` (`Y`, `A`, `N`, `X` non-voting, `-` no row).
  struct Row {
    var rollCall: RollCall
    var votes: String
  }

  static func row(
    _ id: String, _ day: String, session: Int, title: String, issues: [IssueTag] = [],
    amendment: Bool = false, majority: MajorityRule = .simple, votes: String
  ) -> Row {
    Row(
      rollCall: RollCall(
        id: DocumentID(id), date: date(day), session: session, title: title, issues: issues,
        majority: majority, isAmendment: amendment),
      votes: votes)
  }

  static func dataset(states: [MemberState], rows: [Row]) -> Dataset {
    var entries: [Dataset.Entry] = []
    for (r, row) in rows.enumerated() {
      for (s, letter) in row.votes.enumerated() {
        guard let vote = Vote(text: String(letter)) else { continue }
        entries.append(Dataset.Entry(rollCall: Int32(r), state: Int32(s), vote: vote))
      }
    }
    return Dataset(states: states, rollCalls: rows.map(\.rollCall), votes: entries)
  }

  /// SplitMix64: a small seeded generator for reproducible test data.
  struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// A random probability vector over the four outcomes, every entry at least 0.01.
  static func randomForecast(using generator: inout SeededGenerator) -> SIMD4<Double> {
    var p = SIMD4<Double>(
      Double.random(in: 0.01...1, using: &generator),
      Double.random(in: 0.01...1, using: &generator),
      Double.random(in: 0.01...1, using: &generator), Double.random(in: 0.01...1, using: &generator)
    )
    p /= p.sum()
    return p
  }
}
