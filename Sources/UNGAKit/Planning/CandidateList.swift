/// The states a recruitment plan would consider, each with its vote
/// probabilities in the scenario recruits join: what `unga recruit
/// --list-candidates` prints, without running the search.
///
/// The probabilities are exact (the model's marginals, no simulation), so a
/// listing costs one model evaluation. The candidates are those of
/// `Recruiter.run` with the same base and request, in the same order.
///
/// JSON: `target`, `base`, `selection` (the `--candidates` value), `rule`
/// (in words), `candidates` (objects with `state`, `name`, `group`, `pYes`,
/// `pAbstain`, `pNo`, `pNonVoting`, probabilities in [0, 1]), `excluded`,
/// `warnings`.
public struct CandidateList: Sendable, Hashable, Codable {
  /// One candidate and its vote probabilities where recruits join.
  public struct Entry: Sendable, Hashable, Codable {
    public var state: MemberState.Code
    public var name: String
    public var group: RegionalGroup
    /// Probabilities of each vote in the base scenario, each in [0, 1], summing to 1.
    public var pYes: Double
    public var pAbstain: Double
    public var pNo: Double
    public var pNonVoting: Double
  }

  /// The draft's id (`A/ES-11/L.10`).
  public var target: String
  /// The scenario recruits join (codes resolved to alpha-3).
  public var base: Scenario
  /// The selection as given (`receptive`, `all`, `group:WEOG`, codes).
  public var selection: String
  /// How the candidates were chosen, in words (`CandidateSelection.rule`).
  public var rule: String
  /// The candidates after exclusions, in evaluation order.
  public var candidates: [Entry]
  public var excluded: [MemberState.Code]
  public var warnings: [String]

  /// `Candidates for ID joining 'BASE': N states (RULE)`.
  var headline: String {
    "Candidates for \(target) joining '\(base)': \(candidates.count) state"
      + (candidates.count == 1 ? "" : "s") + " (\(rule))"
  }

  /// One row per candidate: code, name, group and the four probabilities in per cent.
  var table: PlainTable {
    var table = PlainTable(
      header: ["State", "Name", "Group", "P(yes) %", "P(abstain) %", "P(no) %", "Not voting %"],
      rightAligned: [3, 4, 5, 6])
    for entry in candidates {
      table.rows.append(
        [entry.state.rawValue, entry.name, entry.group.abbreviation]
          + [entry.pYes, entry.pAbstain, entry.pNo, entry.pNonVoting].map(
            ReportFigures.statePercent))
    }
    return table
  }

  /// A plain-text listing for a terminal: the headline, the exclusions, the
  /// table and the warnings.
  /// - Parameter maxWidth: the widest a table line may be (names are narrowed to fit); nil
  ///   (for output that is not a terminal) narrows nothing.
  public func renderText(maxWidth: Int? = 100) -> String {
    var lines = [headline]
    if !excluded.isEmpty {
      lines.append("Excluded: " + excluded.map(\.rawValue).joined(separator: ", "))
    }
    lines.append("")
    lines += table.plainLines(maxWidth: maxWidth)
    if !warnings.isEmpty { lines.append("") }
    for warning in warnings { lines.append("warning: " + warning) }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The same listing as a Markdown section.
  public func renderMarkdown() -> String {
    var blocks = ["## " + headline]
    if !excluded.isEmpty {
      blocks.append("Excluded: " + excluded.map(\.rawValue).joined(separator: ", ") + ".")
    }
    blocks.append(table.markdown())
    return PlanningMarkdown.document(blocks, warnings: warnings)
  }
}
