import Charts
import Foundation
import UNGAKit

/// What the `bench` commands share: thread counts, and the real draft in
/// place of the synthetic assembly.
struct BenchmarkOptions: ParsableOptions, Equatable {
  /// `nil`: 1, 2, 4, … and every core.
  var threads: [Int] = []
  var data = DataOptions()
  var draft: String?

  static var arguments: [Argument<Self>] {
    [
      .option(
        \.threads, name: "threads", short: "j", valueName: "counts", separator: ",",
        in: 1...4096,
        help: "The thread counts to time (default: 1, 2, 4, … and every core)."),
      .group(\.data),
      .option(
        \.draft, name: "draft", valueName: "id",
        help: "Time a real draft (default with --data: \(DraftOptions.defaultDraft)) instead of"
          + " the synthetic assembly."),
    ]
  }

  /// The thread counts to time, in order.
  var threadCounts: [Int] {
    guard threads.isEmpty else { return threads }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    var counts: [Int] = []
    var count = 1
    while count < cores {
      counts.append(count)
      count *= 2
    }
    return counts + [cores]
  }

  /// Whether to time a real draft rather than the synthetic assembly.
  var usesRealDraft: Bool { draft != nil || !data.paths.isEmpty }

  /// The real draft's model with the parameters `unga simulate` would use.
  func realModel(console: Console) throws -> (
    model: VoteModel, dataset: Dataset, parameters: ParameterChoice
  ) {
    let options = DraftOptions(data: data, draft: draft ?? DraftOptions.defaultDraft)
    let inputs = try ModelInputs(draft: options, model: ModelOptions(), console: console)
    return (try inputs.model(options), inputs.dataset, inputs.parameters)
  }

  /// `12.3 M` or `1.23 G`: a rate per second, to three significant digits.
  static func rate(_ value: Double) -> String {
    let (scaled, unit) = value >= 1e9 ? (value / 1e9, "G") : (value / 1e6, "M")
    let decimals = scaled >= 100 ? 1 : scaled >= 10 ? 2 : 3
    return NumberFormat.fixed(scaled, decimals: decimals) + " " + unit
  }

  /// `42.1 MB`.
  static func megabytes(_ bytes: Int) -> String {
    NumberFormat.fixed(Double(bytes) / 1_048_576, decimals: 1) + " MB"
  }

  /// `text` (one line, or a table's lines) with each line wrapped at 100
  /// columns, continuation lines indented by two spaces.
  static func wrapped(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      guard line.count > 100 else { return String(line) }
      return Help.wrap(line.split(separator: " ").map(String.init), indent: 2, width: 100)
    }.joined(separator: "\n")
  }

  /// A note for a debug build, whose figures mean little.
  static var buildNote: String? {
    #if DEBUG
      return "note: a debug build; build with 'swift build -c release' for figures worth quoting"
    #else
      return nil
    #endif
  }
}
