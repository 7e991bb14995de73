/// The CSV format: every member's vote probabilities in every scenario, one
/// row per scenario and state, scenarios in report order and states in code
/// order, probabilities with six decimals. A replayed roll call adds a last column,
/// `recorded_vote`: the vote the state cast (`yes`, `abstain`, `no`, `non-voting`).
///
///     scenario,state,name,group,p_yes,p_abstain,p_no,p_non_voting
///     as recorded,AFG,Afghanistan,Asia-Pacific,0.402130,0.391200,0.012345,0.194325
enum CSVReport {
  /// The header, exactly as the simulator's CSV defines it.
  static let header = [
    "scenario", "state", "name", "group", "p_yes", "p_abstain", "p_no", "p_non_voting",
  ]

  static func render(_ report: Report) -> String {
    var recorded: [MemberState.Code: String] = [:]
    for member in report.retrospective?.members ?? [] {
      recorded[member.state] = member.recorded.csvName
    }
    let replay = report.retrospective != nil
    var writer = CSVWriter(header: header + (replay ? ["recorded_vote"] : []))
    for scenario in report.scenarios {
      for state in scenario.states {
        writer.appendRow(
          [
            scenario.name, state.state.rawValue, state.name, state.group.rawValue,
            ReportFigures.machineProbability(state.pYes),
            ReportFigures.machineProbability(state.pAbstain),
            ReportFigures.machineProbability(state.pNo),
            ReportFigures.machineProbability(state.pNonVoting),
          ] + (replay ? [recorded[state.state] ?? ""] : []))
      }
    }
    return writer.text
  }
}
