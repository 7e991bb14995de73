import Foundation

/// Imports recorded votes in the UN Digital Library's long format: one row per
/// member state per resolution.
///
/// Two forms are accepted, told apart by their headers:
/// - the short form `resolution,date,ms_code,ms_vote`;
/// - the Library's full export, which adds `undl_id, ms_name, session, draft,
///   committee_report, meeting, title, agenda_title, subjects, vote_note,
///   total_yes, total_no, total_abstentions, total_non_voting, total_ms,
///   undl_link` (only the ones listed in `fullColumns` are read).
///
/// Rows are grouped by `resolution` into one roll call, whose id is the
/// resolution symbol. `ms_code` is ISO alpha-3 (an unknown code is tried as a
/// name through `ms_name`). `ms_vote` is `Y`, `N`, `A` or `X` (non-voting);
/// an empty vote is non-voting too, which is how the Library marks a member
/// that did not take part ("Blank = Non-participating" in its notation). A
/// resolution whose rows have no yes, no or abstain at all is rejected: the
/// Library lists such adoptions without a recorded vote. Recorded totals are
/// taken from the `total_*` columns when given, else from the curated facts;
/// the session from `session` when it is a number, else from the date.
public struct UNDLImporter: Sendable {
  /// Maps codes and names to member-state codes and knows membership dates.
  public var resolver: StateNameResolver
  /// Curated tags and facts applied to every roll call.
  public var annotations: CuratedAnnotations

  public init(resolver: StateNameResolver, annotations: CuratedAnnotations = CuratedAnnotations()) {
    self.resolver = resolver
    self.annotations = annotations
  }

  /// Columns of the short form (also required in the full form).
  public static let requiredColumns = ["resolution", "date", "ms_code", "ms_vote"]
  /// Further columns of the full export that the importer reads when present.
  public static let fullColumns = [
    "undl_id", "ms_name", "session", "draft", "title", "total_yes", "total_no",
    "total_abstentions", "total_non_voting", "total_ms",
  ]

  /// Imports the files at `paths` (each in either form).
  /// - Throws: `ImportError` when a file is unreadable, malformed, or lacks
  ///   the required columns, or no file is given.
  public func importFiles(_ paths: [String]) throws(ImportError) -> ImportResult {
    guard !paths.isEmpty else {
      throw ImportError.missingInput(
        importer: "undl", expected: "one or more files with columns resolution,date,ms_code,ms_vote"
      )
    }
    var documents: [CSVDocument] = []
    for path in paths { documents.append(try SourceTable(path: path).document) }
    return try run(documents)
  }

  private struct Group {
    var rollCall: RollCall
    var line: Int
    var file: String
    /// Each vote with the input it came from (its index in `counts`) and its line.
    var votes: [(state: MemberState.Code, vote: Vote, input: Int, file: String, line: Int)] = []
    var seen: [MemberState.Code: Int] = [:]
  }

  /// Imports parsed documents.
  /// - Throws: `ImportError.missingColumns` when a header lacks a required column.
  /// - Complexity: O(n) in the number of rows.
  public func run(_ documents: [CSVDocument]) throws(ImportError) -> ImportResult {
    var rejected: [ImportIssue] = []
    var notes: [ImportIssue] = []
    var counts: [ImportResult.FileCount] = []
    var groups: [String: Group] = [:]
    var order: [String] = []

    for document in documents {
      let table = SourceTable(document: document)
      let r = try table.require(Self.requiredColumns)
      let column = Dictionary(uniqueKeysWithValues: Self.fullColumns.map { ($0, table.column($0)) })
      var count = ImportResult.FileCount(file: table.file)
      for record in table.rows {
        count.rows += 1
        func reject(_ message: String, at column: Int? = nil) {
          rejected.append(table.issue(record, at: column, message))
        }
        if let problem = table.shapeProblem(record) {
          reject(problem)
          continue
        }
        func field(_ name: String) -> String { table.trimmed(record, column[name] ?? nil) }
        let resolution = table.trimmed(record, r[0])
        let dateText = table.trimmed(record, r[1])
        guard !resolution.isEmpty else {
          reject("empty resolution: expected a symbol such as A/RES/ES-11/1")
          continue
        }
        guard let date = CalendarDate(iso: dateText.prefix(10)),
          dateText.count == 10 || [" ", "T"].contains(dateText.dropFirst(10).first)
        else {
          reject("bad date: '\(dateText)'; expected YYYY-MM-DD")
          continue
        }
        if let group = groups[resolution], group.rollCall.date != date {
          reject(
            "conflicting date: \(resolution) is dated \(group.rollCall.date) on line \(group.line), \(date) here"
          )
          continue
        }
        if groups[resolution] == nil {
          let sessionText = field("session")
          let session =
            Int(sessionText).flatMap { $0 > 0 ? $0 : nil } ?? RegularSession.containing(date)
          let totals = ["total_yes", "total_no", "total_abstentions"].map { Int(field($0)) }
          var tally: Tally?
          if let yes = totals[0], let no = totals[1], let abstain = totals[2] {
            let nonVoting =
              Int(field("total_non_voting"))
              ?? Int(field("total_ms")).map { $0 - yes - no - abstain }
            if let nonVoting, nonVoting >= 0 {
              tally = Tally(yes: yes, no: no, abstain: abstain, nonVoting: nonVoting)
            }
          }
          let draft = field("draft")
          groups[resolution] = Group(
            rollCall: RollCall(
              id: RollCall.ID(resolution), resolution: resolution,
              draft: draft.isEmpty ? nil : draft, date: date, session: session,
              title: field("title"), recordedTally: tally),
            line: table.line(record), file: table.file)
          order.append(resolution)
        }
        let codeText = table.trimmed(record, r[2]).uppercased()
        let name = field("ms_name")
        var state: MemberState.Code? =
          resolver.contains(MemberState.Code(codeText)) ? MemberState.Code(codeText) : nil
        if state == nil, !name.isEmpty { state = resolver.code(forName: name, on: date) }
        guard let state else {
          reject(
            "unknown state: ms_code '\(codeText)'\(name.isEmpty ? "" : " (\(name))"); expected an alpha-3 code of the member-states table",
            at: r[2])
          continue
        }
        let voteText = table.trimmed(record, r[3])
        let vote: Vote
        if voteText.isEmpty {
          vote = .nonVoting
        } else if let parsed = Vote(text: voteText) {
          vote = parsed
        } else {
          reject("bad vote: '\(voteText)'; expected Y, N, A, X or empty", at: r[3])
          continue
        }
        let isMember = resolver.states[state]?.isMember(on: date) ?? false
        guard isMember else {
          reject(
            vote == .nonVoting
              ? "not a member: \(state) was not a member on \(date); its non-voting row is not a vote"
              : "vote by a non-member: \(state) was not a member on \(date)")
          continue
        }
        guard var group = groups[resolution] else { continue }
        if let first = group.seen[state] {
          reject("duplicate vote: \(state) already voted on \(resolution) on line \(first)")
          continue
        }
        group.seen[state] = table.line(record)
        group.votes.append((state, vote, counts.count, table.file, table.line(record)))
        groups[resolution] = group
        count.imported += 1
      }
      counts.append(count)
    }

    var rollCalls: [RollCall] = []
    var votes: [VoteRecord] = []
    for resolution in order {
      guard var group = groups[resolution] else { continue }
      let recorded = group.votes.contains { $0.vote != .nonVoting }
      guard recorded else {
        for vote in group.votes {
          rejected.append(
            ImportIssue(
              file: vote.file, line: vote.line,
              message: "no recorded vote: every row of \(resolution) is non-voting or empty"))
          counts[vote.input].imported -= 1
        }
        continue
      }
      annotations.apply(to: &group.rollCall)
      if group.rollCall.title.isEmpty {
        group.rollCall.title = resolution
        notes.append(
          ImportIssue(
            file: group.file, line: group.line,
            message:
              "no title: \(resolution) has no title in the source or the curated facts; its symbol is used"
          ))
      }
      rollCalls.append(group.rollCall)
      for vote in group.votes {
        votes.append(VoteRecord(rollCall: group.rollCall.id, state: vote.state, vote: vote.vote))
      }
    }
    for index in counts.indices {
      counts[index].rejected = counts[index].rows - counts[index].imported
    }
    return ImportResult(
      rows: NativeRows(rollCalls: rollCalls, votes: votes), files: counts,
      rejected: rejected.sorted { ($0.file, $0.line) < ($1.file, $1.line) }, notes: notes)
  }
}
