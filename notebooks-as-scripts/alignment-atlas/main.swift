// alignment-atlas: who votes with whom in the General Assembly, 1990 to 2019. Run
// `swift run alignment-atlas --help`.
//
// The notebook reads the shipped roll-call history, measures every pair's agreement in
// windows of sessions, and writes a Markdown and an HTML atlas with SVG charts, and the
// full data as CSV, to --output.

import NotebookSupport
import UNGAKit

let commandLine = NotebookCommandLine.parse(
  name: "alignment-atlas",
  about: """
    Who votes with whom in the General Assembly, 1990 to 2019: every member's agreement
    with the five permanent members, their closest allies and opponents, and the cohesion
    of each regional group; writes a Markdown and an HTML atlas with SVG charts and a CSV.
    The atlas draws no random numbers.
    """,
  options: [.window])

runNotebook(commandLine) {
  let atlas = try Atlas.run(commandLine)
  return NotebookOutput(
    files: Story.document(atlas).files(named: "alignment-atlas")
      + [("alignment-atlas.csv", atlas.csv())],
    summary: DocumentParts.terminalSummary(
      "alignment atlas, \(atlas.first.label) to \(atlas.last.label)", Story.keyFindings(atlas)))
}
