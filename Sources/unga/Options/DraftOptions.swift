import UNGAKit

extension MajorityRule: ArgumentValue {
  var argumentDescription: String { rawValue }
}

/// The data, the draft and how its baseline is built: shared by the commands
/// that model a vote (`simulate`, `recruit`, `sweep`).
struct DraftOptions: ParsableOptions, Equatable {
  /// The draft every modelling command uses by default: the February 2025
  /// draft on peace in Ukraine, shipped in `datasets/ukraine`.
  static let defaultDraft = "A/ES-11/L.10"

  var data = DataOptions()
  var draft = DraftOptions.defaultDraft
  var references: [String] = []
  var majority: MajorityRule?

  static var arguments: [Argument<Self>] {
    [
      .group(\.data),
      .option(
        \.draft, name: "draft", valueName: "id",
        help: "The draft (or recorded roll call) to model: an id, draft symbol or resolution"
          + " symbol."),
      .option(
        \.references, name: "reference", valueName: "id", separator: ",",
        help:
          "A reference roll call the baseline is built from (id or symbol). Default: the draft's"
          + " series: every earlier vote of a curated topic it belongs to (such as ukraine), else"
          + " the 3 latest earlier votes on the same recurring text within 10 years, else on a"
          + " similar title, else votes sharing an issue tag in the last 3 sessions."),
      .option(
        \.majority, name: "majority", valueName: "rule",
        help: "The majority the draft needs (default: as recorded for the draft)."),
    ]
  }

  /// The reference roll calls asked for.
  var referenceSelection: ReferenceSelection {
    references.isEmpty ? .series : .explicit(references)
  }
}
