/// The Markdown document of a planner's report: blocks (heading, paragraphs,
/// tables) separated by blank lines, then the warnings as a list.
enum PlanningMarkdown {
  static func document(_ blocks: [String], warnings: [String]) -> String {
    var blocks = blocks
    if !warnings.isEmpty {
      blocks.append(warnings.map { "- Warning: " + $0 }.joined(separator: "\n"))
    }
    return blocks.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }
      .joined(separator: "\n\n") + "\n"
  }
}
