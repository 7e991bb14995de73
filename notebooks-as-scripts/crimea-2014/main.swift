// crimea-2014: a retrospective on A/RES/68/262 of 27 March 2014, which the United States
// co-sponsored. Run `swift run crimea-2014 --help`.
//
// The notebook reads the shipped data, predicts the vote from the roll calls before it,
// scores the prediction state by state against the record and against simple rules, tests
// its two main choices, simulates the vote without US co-sponsorship, and writes a Markdown
// and an HTML analysis with SVG charts to --output.

import NotebookSupport
import UNGAKit

let commandLine = NotebookCommandLine.parse(
  name: "crimea-2014",
  about: """
    A retrospective on A/RES/68/262 (27 March 2014): the model's prediction from the votes
    before it against the recorded tally, state by state, and the vote without US
    co-sponsorship; writes a Markdown and an HTML analysis with charts.
    """,
  options: Analysis.options)

runNotebook(commandLine) {
  let analysis = try Analysis.run(commandLine)
  return NotebookOutput(
    files: Story.document(analysis).files(named: "crimea-2014"),
    summary: DocumentParts.terminalSummary(Analysis.target, Story.keyFindings(analysis)))
}
