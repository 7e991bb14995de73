import UNGAKit

/// `unga import unxml`: the UN's machine-readable General Assembly resolutions.
struct ImportUNXML: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "unxml", abstract: "Import the UN's General Assembly resolutions (JSON Lines).",
      discussion: """
        Reads the UNxml/GAresolutions extracts, one adopted resolution per line. A recorded \
        vote becomes a roll call with one vote per member (non-voting for a member on no \
        list); a resolution adopted without a vote is kept with status adopted. Sponsors and \
        additional sponsors become main sponsors and co-sponsors; UNBIS subjects are kept \
        and mapped to issue codes by unbis-issue-codes.csv of --sources. A symbol given \
        twice, lists that disagree with their counts, empty lists and sponsors that are not \
        member states are reported. With --overlap, a recorded vote that the named data \
        already holds as a whole-text roll call of the same resolution is merged: that roll \
        call stands, and every state on which the two sources disagree is listed.
        """,
      examples: [
        "unga import unxml 74.json 75.json 76.json 77.json 78.json 79.json ES-10.json"
          + " ES-11.json S-32.json --overlap datasets/history --output datasets/recent"
      ])
  }

  var inputs: [String] = []
  var overlap: [String] = []
  var context = ImportContextOptions()
  var output = ImportOutputOptions()

  static var arguments: [Argument<Self>] {
    [
      .positional(\.inputs, name: "input", required: true, help: "The JSON Lines files."),
      .option(
        \.overlap, name: "overlap", valueName: "path", upToNextOption: true,
        help:
          "Dataset folders or files whose whole-text roll calls stand for the same"
          + " resolutions (the history); those votes are compared, not imported again."),
      .group(\.context),
      .group(\.output),
    ]
  }

  func run(_ console: Console) throws {
    let known = overlap.isEmpty ? nil : try DataOptions(paths: overlap).load(console).dataset
    let result = try DatasetImport.run(
      .unxml, inputs: inputs, context: try context.context(), overlap: known,
      output: output.folder)
    console.write(output.report(result))
  }
}
