extension RecruitResult {
  /// A Markdown report: the same headline, figures, tables and goal as
  /// `renderText()`, as a section with GitHub-flavoured tables.
  public func renderMarkdown() -> String {
    var blocks = [
      "## " + headline,
      "Objective: \(run.objective.label); " + run.samplingDescription + ".\\\nCandidates: "
        + candidateRule + ".\\\nBase: " + baseFigures + ".",
    ]
    if !picks.isEmpty { blocks.append(pickTable(picks, objective: run.objective).markdown()) }
    if let goal {
      blocks.append("**Goal:** " + goal.summary)
      if goal.objective != run.objective, !goal.route.isEmpty {
        blocks.append(pickTable(goal.route, objective: goal.objective).markdown())
      }
    }
    return PlanningMarkdown.document(blocks, warnings: warnings)
  }
}
