import UNGAKit

/// The arguments of `unga import unvotes|undl|sponsors`: the input files,
/// an optional tag to keep, the import context and the output.
struct ImportOptions: ParsableOptions, Equatable {
  var inputs: [String] = []
  var tag: IssueTag?
  var context = ImportContextOptions()
  var output = ImportOutputOptions()

  static var arguments: [Argument<Self>] {
    [
      .positional(
        \.inputs, name: "input", required: true,
        help: "The source files; each is recognised by its header."),
      .option(
        \.tag, name: "tag",
        help: "Keep only the roll calls, drafts and sponsorships of documents with this tag."),
      .group(\.context),
      .group(\.output),
    ]
  }

  /// Imports the inputs as `kind`, writes the dataset and prints the account of every row.
  /// - Throws: `ImportError` (66 unreadable input, 65 malformed, 64 an input
  ///   the format needs not named, 73 cannot write), or the errors of
  ///   `ImportContextOptions.context()`.
  func run(_ kind: DatasetImport.Kind, _ console: Console) throws {
    let result = try DatasetImport.run(
      kind, inputs: inputs, context: try context.context(), tag: tag, output: output.folder)
    console.write(output.report(result))
  }
}
