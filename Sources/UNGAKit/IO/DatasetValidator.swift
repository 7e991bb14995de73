/// Checks that span rows of a loaded dataset: votes by states that were not
/// members on the roll call's date, recorded totals that disagree with the
/// votes, and roll calls with no votes at all.
///
/// Row-level problems (bad values, unknown references, conflicting
/// duplicates) are found while reading, by `DatasetLoader`; this runs on what
/// was read and points at the rows through `DataProvenance`.
public enum DatasetValidator {
  /// Every cross-row problem in `dataset`, in roll-call order.
  ///
  /// Errors: a vote by a non-member; recorded totals (the `yes`, `no`,
  /// `abstain`, `non_voting` columns) that differ from the count of the votes,
  /// members without a row counted non-voting. Warning: a roll call without
  /// any vote row, whose members would all count as non-voting.
  ///
  /// Neither is checked for a roll call that lost a vote row to an error, nor
  /// at all when a member-states row, a ragged row or a whole file was lost:
  /// those errors are reported already, and counts without the rows would
  /// add false ones.
  /// - Complexity: O(roll calls × states).
  public static func issues(in dataset: Dataset, provenance: DataProvenance) -> [DataIssue] {
    var issues: [DataIssue] = []
    let stateCount = dataset.states.count
    let admitted = dataset.states.map(\.admitted.daysSinceEpoch)
    let departed = dataset.states.map { $0.departed?.daysSinceEpoch ?? Int.max }
    for (r, rollCall) in dataset.rollCalls.enumerated() {
      let day = rollCall.date.daysSinceEpoch
      var rows = 0
      // Members only: a non-member's vote is reported on its own, not again in the totals.
      var counted = Tally()
      for s in 0..<stateCount {
        let isMember = day >= admitted[s] && day < departed[s]
        let hasRow = provenance.voteCells[r * stateCount + s] >= 0
        if hasRow { rows += 1 }
        if isMember {
          counted[dataset.vote(rollCall: r, state: s) ?? .nonVoting] += 1
        } else if hasRow {
          let state = dataset.states[s]
          let membership =
            state.departed.map { "from \(state.admitted) to \($0)" } ?? "from \(state.admitted)"
          let place = provenance.vote(rollCall: r, state: s)
          issues.append(
            DataIssue(
              .error, file: place?.file ?? "", line: place?.line,
              message: "vote by \(state.code) on \(rollCall.id) of \(rollCall.date), when it "
                + "was not a member (member \(membership)); expected votes only from members on "
                + "the roll call's date"))
        }
      }
      // Missing rows were reported already; counts without them would mislead.
      guard !provenance.incomplete[r], !provenance.countsUnreliable else { continue }
      let place = provenance.rollCall(r)
      if rows == 0 {
        issues.append(
          DataIssue(
            .warning, file: place.file, line: place.line,
            message: "roll call \(rollCall.id) has no votes in the data; every member counts "
              + "as non-voting"))
      }
      if let recorded = rollCall.recordedTally, counted != recorded {
        let at = provenance.recordedTotals(r) ?? place
        issues.append(
          DataIssue(
            .error, file: at.file, line: at.line, column: at.column,
            message: "recorded totals of \(rollCall.id) (\(describe(recorded))) disagree with "
              + "its votes (\(describe(counted)), members without a vote row counted "
              + "non-voting); expected the same counts"))
      }
    }
    return issues
  }

  private static func describe(_ tally: Tally) -> String {
    "\(tally.yes) yes, \(tally.no) no, \(tally.abstain) abstain, \(tally.nonVoting) non-voting"
  }
}
