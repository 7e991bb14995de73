extension StanceSweepResult {
  /// A plain-text report for a terminal: the draft as recorded, then one row
  /// per combination, best first (objective and its difference from the
  /// draft as recorded ± standard errors, P(adopted), expected yes, no and abstain).
  ///
  /// The table is as wide as its cells: a combination's stances are never cut.
  /// - Parameter maxWidth: ignored (the table is never narrowed); for symmetry with
  ///   `RecruitResult.renderText(maxWidth:)`.
  public func renderText(maxWidth: Int? = nil) -> String {
    var lines = [headline, "Objective: \(run.objective.label); " + run.samplingDescription]
    lines.append("As recorded: " + recordedFigure)
    lines.append("")
    lines += table.plainLines(maxWidth: nil)
    for warning in warnings { lines.append("warning: " + warning) }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `Stance sweep for ID (rule): N combinations of A, B`.
  var headline: String {
    let names = backers.map(\.state).joined(separator: ", ")
    return "Stance sweep for \(run.target.id) (\(run.rule)): \(combinations.count) combination"
      + (combinations.count == 1 ? "" : "s") + " of \(names)"
      + (base.changes.isEmpty ? "" : " with '\(base)'")
  }

  /// The objective of the draft as recorded, ± its standard error.
  var recordedFigure: String {
    run.objective.label + " "
      + run.objective.format(
        Estimate(value: recorded.objective, standardError: recorded.objectiveStandardError))
  }

  /// One row per combination, best first.
  var table: PlainTable {
    let objective = run.objective
    var table = PlainTable(
      header: ["Rank", "Stances", objective.heading, "Difference"] + companions(recorded).map(\.0),
      rightAligned: Set([0] + Array(2..<(4 + companions(recorded).count))))
    for combination in combinations {
      let figures = combination.figures
      table.rows.append(
        [
          "\(combination.rank)", combination.name,
          objective.format(
            Estimate(value: figures.objective, standardError: figures.objectiveStandardError)),
          objective.formatDifference(
            Estimate(
              value: combination.objectiveDifference,
              standardError: combination.objectiveDifferenceStandardError)),
        ] + companions(figures).map(\.1))
    }
    return table
  }

  /// P(adopted) and the expected yes, no and abstain counts, headed and
  /// formatted, leaving out the objective itself.
  private func companions(_ figures: Figures) -> [(String, String)] {
    func count(_ summary: CountSummary) -> String {
      PlanningObjective.yes.format(
        Estimate(value: summary.mean, standardError: summary.meanStandardError))
    }
    var columns: [(String, String)] = []
    if run.objective != .adoption {
      let adoption = Estimate(
        value: figures.adoptionProbability,
        standardError: figures.adoptionProbabilityStandardError)
      columns.append(("P(adopted)", PlanningObjective.adoption.format(adoption)))
    }
    if run.objective != .yes { columns.append(("Expected yes", count(figures.yes))) }
    columns.append(("Expected no", count(figures.no)))
    columns.append(("Expected abstain", count(figures.abstain)))
    return columns
  }
}
