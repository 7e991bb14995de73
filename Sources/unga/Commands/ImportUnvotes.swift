import UNGAKit

/// `unga import unvotes`: Voeten's roll calls as packaged by the R package `unvotes`.
struct ImportUnvotes: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "unvotes", abstract: "Import the unvotes roll calls, votes and issues.",
      discussion: """
        Reads un_roll_calls.csv and un_votes.csv (and un_roll_call_issues.csv, optional), \
        recognised by their headers in any order, and writes resolutions.csv (ids \
        unvotes-<rcid>) and votes.csv. A roll call dated before a voter's admission is moved \
        to the first day every voter was a member, with a note (only the month is reliable \
        before 1997).
        """,
      examples: [
        "unga import unvotes un_roll_calls.csv un_votes.csv un_roll_call_issues.csv"
          + " --output datasets/history",
        "unga import unvotes un_roll_calls.csv un_votes.csv --tag me --output middle-east",
      ])
  }

  var options = ImportOptions()

  static var arguments: [Argument<Self>] { [.group(\.options)] }

  func run(_ console: Console) throws { try options.run(.unvotes, console) }
}
