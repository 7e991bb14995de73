import UNGAKit

/// `unga import undl`: recorded votes in the UN Digital Library's long format.
struct ImportUNDL: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "undl", abstract: "Import recorded votes from the UN Digital Library.",
      discussion: """
        Reads the Library's long format, one row per member state per resolution: the short \
        form (resolution, date, ms_code, ms_vote) or the full export. Each resolution \
        becomes a roll call whose id is its symbol; Y, N, A are yes, no, abstain, and X or an \
        empty vote is non-voting.
        """,
      examples: [
        "unga import undl ga-es-11-1-votes.csv --output my-votes",
        "unga import undl undl-export.csv --member-states datasets/member-states.csv"
          + " --output recent",
      ])
  }

  var options = ImportOptions()

  static var arguments: [Argument<Self>] { [.group(\.options)] }

  func run(_ console: Console) throws { try options.run(.undl, console) }
}
