import UNGAKit

/// `unga import member-states`: the member-states table from the curated
/// list and the UN's regional groups.
struct ImportMemberStates: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "member-states",
      abstract: "Build member-states.csv from the curated list and the regional groups.",
      discussion: """
        The curated list (code, alpha2, name, admitted, departed, group, note: \
        datasets/sources/member-states.csv) gives codes, names and membership dates; the \
        regional-groups file (iso3, regional_group) says who the current members are and \
        their groups. Writes member-states.csv into the output folder.
        """,
      examples: [
        "unga import member-states datasets/sources/member-states.csv regional-groups.csv"
          + " --output datasets"
      ])
  }

  var curated = ""
  var regionalGroups = ""
  var output = ImportOutputOptions()

  static var arguments: [Argument<Self>] {
    [
      .positional(\.curated, name: "curated", help: "The curated list of states."),
      .positional(
        \.regionalGroups, name: "regional-groups",
        help: "The UN's regional groups of the current members."),
      .group(\.output),
    ]
  }

  func run(_ console: Console) throws {
    let result = try DatasetImport.memberStates(
      curated: curated, regionalGroups: regionalGroups, output: output.folder)
    console.write(output.report(result))
  }
}
