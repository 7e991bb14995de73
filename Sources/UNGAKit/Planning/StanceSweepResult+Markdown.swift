extension StanceSweepResult {
  /// A Markdown report: the same headline, figures and table as
  /// `renderText()`, as a section with a GitHub-flavoured table.
  public func renderMarkdown() -> String {
    var blocks = [
      "## " + headline,
      "Objective: \(run.objective.label); " + run.samplingDescription + ".\\\nAs recorded: "
        + recordedFigure + ".",
      table.markdown(),
    ]
    if !warnings.isEmpty {
      blocks.append(warnings.map { "- Warning: " + $0 }.joined(separator: "\n"))
    }
    return blocks.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }
      .joined(separator: "\n\n") + "\n"
  }
}
