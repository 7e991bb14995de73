extension StanceSweepResult {
  /// A Markdown report: the same headline, figures and table as
  /// `renderText()`, as a section with a GitHub-flavoured table.
  public func renderMarkdown() -> String {
    PlanningMarkdown.document(
      [
        "## " + headline,
        "Objective: \(run.objective.label); " + run.samplingDescription + ".\\\nAs recorded: "
          + recordedFigure + ".",
        table.markdown(),
      ], warnings: warnings)
  }
}
