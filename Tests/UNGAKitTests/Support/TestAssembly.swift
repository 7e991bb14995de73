import UNGAKit

/// Small hand-built datasets for analysis and simulation tests.
enum TestAssembly {
  static func date(_ text: String) -> CalendarDate {
    guard let date = CalendarDate(iso: text) else { preconditionFailure("bad test date \(text)") }
    return date
  }

  static func state(_ code: String, _ group: RegionalGroup, admitted: String = "1945-10-24")
    -> MemberState
  {
    MemberState(
      code: MemberState.Code(code), alpha2: String(code.prefix(2)), name: "State \(code)",
      group: group, admitted: date(admitted))
  }

  /// A roll call and its votes, one letter per state in the order given to
  /// `dataset`: Y yes, A abstain, N no, X non-voting, `.` no row.
  struct Call {
    var rollCall: RollCall
    var votes: String
  }

  static func call(
    _ id: String, _ day: String, session: Int, tags: [IssueTag] = ["t"], votes: String,
    amendment: Bool = false
  ) -> Call {
    Call(
      rollCall: RollCall(
        id: DocumentID(id), resolution: "A/RES/\(id)", date: date(day), session: session,
        title: "Resolution \(id)", issues: tags, isAmendment: amendment),
      votes: votes)
  }

  static func dataset(
    states: [MemberState], calls: [Call], drafts: [Draft] = [], sponsorships: [Sponsorship] = []
  ) -> Dataset {
    var entries: [Dataset.Entry] = []
    for (r, call) in calls.enumerated() {
      for (s, letter) in call.votes.enumerated() {
        let vote: Vote? =
          switch letter {
          case "Y": .yes
          case "A": .abstain
          case "N": .no
          case "X": .nonVoting
          default: nil
          }
        if let vote {
          entries.append(Dataset.Entry(rollCall: Int32(r), state: Int32(s), vote: vote))
        }
      }
    }
    return Dataset(
      states: states, rollCalls: calls.map(\.rollCall), drafts: drafts,
      sponsorships: sponsorships, votes: entries)
  }

  static func draft(
    _ id: String, _ day: String, session: Int = 79, tags: [IssueTag] = ["t"],
    majority: MajorityRule = .simple
  ) -> Draft {
    Draft(
      id: DocumentID(id), draft: id, date: date(day), session: session, title: "Draft \(id)",
      issues: tags, majority: majority)
  }
}
