import Charts
import Foundation

/// The per-state table shared by the Markdown and HTML formats: every member,
/// ordered by regional group and then name (the order of a printed list;
/// accents are ignored, so Côte d’Ivoire sorts before Croatia, and numbers
/// go by value),
/// with its probabilities in each scenario as whole percentages.
enum ReportStateRows {
  /// One scenario's four probabilities for one state, formatted.
  struct Cell: Equatable {
    var yes: String
    var abstain: String
    var no: String
    var nonVoting: String
  }

  /// One member.
  struct Row: Equatable {
    var code: MemberState.Code
    var name: String
    var group: RegionalGroup
    /// One cell per scenario, in report order.
    var cells: [Cell]
    /// The vote it cast, for a replayed roll call (`ReportRetrospective.word`); nil otherwise.
    var recorded: String? = nil
  }

  /// Every member of the baseline, by group (in `RegionalGroup.allCases` order) then name.
  /// - Complexity: O(scenarios × members + members log members).
  static func rows(_ report: Report) -> [Row] {
    guard let baseline = report.baseline else { return [] }
    let groupOrder = Dictionary(
      uniqueKeysWithValues: RegionalGroup.allCases.enumerated().map { ($1, $0) })
    let lookups = report.scenarios.map { scenario in
      Dictionary(scenario.states.map { ($0.state, $0) }, uniquingKeysWith: { first, _ in first })
    }
    let ordered = baseline.states.sorted {
      let a = groupOrder[$0.group] ?? 0
      let b = groupOrder[$1.group] ?? 0
      if a != b { return a < b }
      let left = sortKey($0.name)
      let right = sortKey($1.name)
      return left != right ? NaturalOrder.less(left, right) : $0.state < $1.state
    }
    var recorded: [MemberState.Code: String] = [:]
    for member in report.retrospective?.members ?? [] {
      recorded[member.state] = ReportRetrospective.word(member.recorded)
    }
    return ordered.map { state in
      Row(
        code: state.state, name: state.name, group: state.group,
        cells: lookups.map { lookup in
          guard let marginal = lookup[state.state] else {
            let missing = NumberFormat.notAvailable
            return Cell(yes: missing, abstain: missing, no: missing, nonVoting: missing)
          }
          return Cell(
            yes: ReportFigures.statePercent(marginal.pYes),
            abstain: ReportFigures.statePercent(marginal.pAbstain),
            no: ReportFigures.statePercent(marginal.pNo),
            nonVoting: ReportFigures.statePercent(marginal.pNonVoting))
        }, recorded: recorded[state.state])
    }
  }

  /// The name without accents and case, for alphabetical order.
  static func sortKey(_ name: String) -> String {
    name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
