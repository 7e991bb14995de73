/// `unga import`: the group of importers that turn public sources into
/// datasets of the native format.
struct Import: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "import", abstract: "Build a dataset from a public source.",
      discussion: """
        Each importer reads its source files, maps state names and codes to the \
        member-states table, and writes a dataset folder of the native format \
        (datasets/README.md). Every input row is accounted for: imported, or listed with \
        file:line and the reason it was rejected.

        Exit status: 0 on success (rejected rows included), 64 when a file the format \
        needs is not named, 65 when an input is malformed, 66 when an input does not exist \
        or cannot be read, 73 when the output cannot be written.
        """,
      subcommands: [
        ImportUnvotes.self, ImportUNDL.self, ImportUNXML.self, ImportSponsors.self,
        ImportMemberStates.self,
        ImportCurated.self,
      ],
      examples: [
        "unga import unvotes un_roll_calls.csv un_votes.csv un_roll_call_issues.csv"
          + " --output datasets/history",
        "unga help import curated",
      ])
  }
}
