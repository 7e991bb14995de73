import UNGAKit

/// `unga show`: one roll call or draft, its tally, result, groups and sponsors.
struct Show: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "show", abstract: "Show a roll call's tally, result, groups and sponsors.",
      discussion: """
        ID is a roll call's id (unvotes-3845), its resolution symbol (A/RES/68/262) or its \
        draft symbol (A/68/L.39), or a draft's symbol or id (A/ES-11/L.10). A roll call \
        shows its tally counted over the members on the day (a member with no vote is \
        non-voting), the majority it needed and whether it was adopted, the tally within each \
        regional group, every member's vote, and its sponsors. A draft shows its record and \
        sponsors.

        The JSON form has the same content; its object "tally" has the integer fields yes, \
        no, abstain and nonVoting.

        Exit status: 0 on success, 65 when the data has errors or holds no roll call or \
        draft of that name (the error suggests the nearest ones), 66 when a path does not \
        exist, 73 when the output cannot be written.
        """,
      examples: [
        "unga show A/RES/ES-11/1",
        "unga show A/RES/68/262 --format json",
        "unga show A/ES-11/L.10 --data datasets/ukraine",
        "unga show unvotes-3845 --format json --output vote.json",
      ])
  }

  var id = ""
  var output = OutputOptions<TextOrJSON>()
  var data = DataOptions()

  static var arguments: [Argument<Self>] {
    [
      .positional(
        \.id, name: "id", help: "A roll call or draft: its id, resolution or draft symbol."),
      .group(\.output),
      .group(\.data),
    ]
  }

  func run(_ console: Console) throws {
    let dataset = try data.load(console).dataset
    guard let summary = RollCallSummary(dataset: dataset, key: id) else {
      throw UnknownDocumentError(key: id, in: dataset)
    }
    // A symbol of a text voted in parts names several roll calls: say which is shown.
    let matching = dataset.rollCallIndices(matching: id)
    if matching.count > 1, let shown = dataset.rollCallIndex(id) {
      func describe(_ index: Int) -> String {
        let call = dataset.rollCalls[index]
        let kind =
          call.isWholeText
          ? "whole text" : call.isAmendment ? "amendment vote" : "paragraph vote"
        return "\(call.id) (\(kind), \(call.date))"
      }
      let others = matching.filter { $0 != shown }.map(describe).joined(separator: ", ")
      console.writeError(
        ControlCharacters.escaped(
          "unga: note: '\(id)' names \(matching.count) roll calls; showing \(describe(shown));"
            + " the others: \(others); name one by its id to show it") + "\n")
    }
    switch output.format {
    case .text:
      try output.emit(summary.renderText(), to: console)
    case .json:
      try output.emit(json: summary, to: console)
    }
  }
}
