import UNGAKit

/// `unga import curated`: a topical dataset cut from several imports by an issue tag.
struct ImportCurated: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "curated",
      abstract: "Build a curated dataset: the rows with a tag, from several imports.",
      discussion: """
        Imports each group of inputs as its format (--unvotes, --undl, --sponsors: each \
        takes every file up to the next option), keeps the roll calls, drafts and \
        sponsorships of the documents tagged --tag (issue tags of the source plus the \
        curated tags of --sources), merges them (identical rows once) and writes the \
        dataset. This is how datasets/ukraine is made.
        """,
      examples: [
        "unga import curated --tag ukraine"
          + " --unvotes un_roll_calls.csv un_votes.csv un_roll_call_issues.csv"
          + " --undl ga-es-11-1-votes.csv"
          + " --sponsors draft-resolutions-nl.csv draft-sponsors-nl.csv"
          + " --output datasets/ukraine"
      ])
  }

  var tag = IssueTag(rawValue: "")
  var unvotes: [String] = []
  var undl: [String] = []
  var sponsors: [String] = []
  var context = ImportContextOptions()
  var output = ImportOutputOptions()

  static var arguments: [Argument<Self>] {
    [
      .option(\.tag, name: "tag", required: true, help: "The issue tag of the documents to keep."),
      .option(
        \.unvotes, name: "unvotes", valueName: "file", upToNextOption: true,
        help: "unvotes files (see 'unga import unvotes')."),
      .option(
        \.undl, name: "undl", valueName: "file", upToNextOption: true,
        help: "UN Digital Library files (see 'unga import undl')."),
      .option(
        \.sponsors, name: "sponsors", valueName: "file", upToNextOption: true,
        help: "Catalogue drafts and sponsors files (see 'unga import sponsors')."),
      .group(\.context),
      .group(\.output),
    ]
  }

  func validate() throws(UsageError) {
    if unvotes.isEmpty, undl.isEmpty, sponsors.isEmpty {
      throw .invalid("no input; expected files after --unvotes, --undl or --sponsors")
    }
  }

  func run(_ console: Console) throws {
    let inputs: [(kind: DatasetImport.Kind, paths: [String])] = [
      (.unvotes, unvotes), (.undl, undl), (.sponsors, sponsors),
    ].filter { !$0.paths.isEmpty }
    let result = try DatasetImport.curated(
      tag: tag, inputs: inputs, context: try context.context(), output: output.folder)
    console.write(output.report(result))
  }
}
