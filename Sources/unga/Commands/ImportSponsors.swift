import UNGAKit

/// `unga import sponsors`: draft resolutions and their sponsors from the UN library catalogue.
struct ImportSponsors: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "sponsors", abstract: "Import drafts and sponsors from the UN library catalogue.",
      discussion: """
        Reads drafts files and sponsors files of the catalogue's form, recognised by their \
        headers (at least one drafts file). Only General Assembly drafts are imported; the \
        others are listed as skipped with their sponsor rows. Writes resolutions.csv (status \
        draft) and sponsors.csv: a state in the draft's title is a main sponsor, one added \
        later a co-sponsor.
        """,
      examples: [
        "unga import sponsors draft-resolutions-nl.csv draft-sponsors-nl.csv"
          + " --output datasets/sponsors"
      ])
  }

  var options = ImportOptions()

  static var arguments: [Argument<Self>] { [.group(\.options)] }

  func run(_ console: Console) throws { try options.run(.sponsors, console) }
}
