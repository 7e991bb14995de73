// ukraine-2025: support for the February 2025 draft on peace in Ukraine with the United
// States as co-sponsor, abstaining and opposing. Run `swift run ukraine-2025 --help`.
//
// The notebook reads the shipped data, simulates the three scenarios, searches for
// co-sponsors who could replace Washington's pull, compares with the 2014 and 2022 votes,
// and writes a Markdown and an HTML analysis (with SVG charts and the full simulation
// report) to --output.

import NotebookSupport
import UNGAKit

let commandLine = NotebookCommandLine.parse(
  name: "ukraine-2025",
  about: """
    Support for the draft A/ES-11/L.10 of 24 February 2025 with the United States as
    co-sponsor, abstaining and opposing; writes a Markdown and an HTML analysis with charts.
    The search for recruits draws at most \(Analysis.plannerTrialCap) trials per run.
    """,
  options: Analysis.options)

runNotebook(commandLine) {
  let analysis = try Analysis.run(commandLine)
  let document = Story.document(analysis)
  return NotebookOutput(
    files: document.files(named: "ukraine-2025") + analysis.appendixFiles,
    summary: DocumentParts.terminalSummary(Analysis.draftKey, Story.keyFindings(analysis)))
}
