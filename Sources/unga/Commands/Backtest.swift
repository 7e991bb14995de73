import UNGAKit

/// `unga backtest`: scores the vote model and the baselines on recorded votes.
struct Backtest: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "backtest",
      abstract: "Score the vote model and plain baselines on recorded votes they did not see",
      discussion:
        "Every whole-text roll call of the sessions is forecast from earlier roll calls only:"
        + " the model from the same resolution's earlier votes (else a similar title, else"
        + " shared issue tags), with its parameters from the calibration file. Baselines: the"
        + " state's previous vote on the same resolution, its regional group's majority, overall"
        + " frequencies and the state's own frequencies. Scores: log loss, Brier score,"
        + " accuracy, F1 per outcome, tally errors and adoption accuracy.\n\n"
        + "With --given, the model is also told each given backer's recorded vote on every roll"
        + " call and scored on every other member's vote against the same model not told,"
        + " overall and on the backer's stance-change roll calls (where it voted otherwise than"
        + " its baseline's most likely vote).\n\n"
        + "The JSON output has an object 'model' and an array 'baselines', each with 'name',"
        + " 'logLoss', 'brier' and 'accuracy', and an array 'conditional' with one object per"
        + " given backer: 'given', 'rollCalls', 'stanceChangeRollCalls', 'told' and 'notTold'"
        + " ({'logLoss', 'brier'}), 'stanceChange' ({'told', 'notTold'}); and an array"
        + " 'stanceChanges' with each given backer's stance-change roll calls: 'given',"
        + " 'rollCall', 'date', 'session', 'title', 'vote', 'expected', 'references', 'votes' and"
        + " 'change' (told minus not told, log loss summed over the other members' votes, in"
        + " nats). Text and Markdown sum these by how the references were found, and list them"
        + " with --stance-changes.\n\n"
        + "Exit status: 0 on success, 64 for a wrong command line, 65 when the data has errors,"
        + " the sessions hold no roll call or the calibration file is invalid, 66 when a path"
        + " or the calibration file does not exist, 73 when the output cannot be written.",
      examples: [
        "unga backtest --sessions 70-74",
        "unga backtest --sessions 70-74 --format markdown --reliability",
        "unga backtest --sessions 70-74 --given USA,GBR,FRA,RUS,CHN --format json",
        "unga backtest --sessions 75-79 --given USA --stance-changes",
        "unga backtest --data datasets/history --sessions 65 --defaults --format json",
      ],
      conflicts: [ParameterOptions.conflicts])
  }

  enum Format: String, CaseIterable, OutputFormat {
    case text
    case markdown
    case json
    static var standard: Format { .text }
  }

  var sessions = SessionRange(70...74)
  var reliability = false
  var stanceChanges = false
  var given: [String] = []
  var threads: Int?
  var parameters = ParameterOptions()
  var data = DataOptions()
  var output = OutputOptions<Format>()

  static var arguments: [Argument<Self>] {
    [
      .option(
        \.sessions, name: "sessions", valueName: "from-to",
        help: "The regular sessions whose roll calls are scored."),
      .flag(
        \.reliability, name: "reliability",
        help: "Add each predictor's reliability tables (text and Markdown)."),
      .option(
        \.threads, name: "threads", valueName: "count", in: 1...,
        help: "Worker threads (default: all processors); the scores do not depend on it."),
      .option(
        \.given, name: "given", valueName: "codes",
        help: "Backers (alpha-3 codes, separated by commas) for the conditional backtest."),
      .flag(
        \.stanceChanges, name: "stance-changes",
        help:
          "List each given backer's stance-change roll calls and what telling the model its"
          + " vote did on each (text and Markdown; JSON always has them)."),
      .group(\.parameters),
      .group(\.data),
      .group(\.output),
    ]
  }

  func run(_ console: Console) throws {
    let dataset = try data.load(console).dataset
    let model = try parameters.resolve()
    var codes: [MemberState.Code] = []
    for list in given {
      do {
        codes += try Scenario.codes(from: list)
      } catch {
        throw UsageError.invalid("--given \(list): \(error)")
      }
    }
    for code in codes where dataset.stateIndex(code) == nil {
      throw UsageError.invalid("--given: unknown state code \(code); expected alpha-3 codes")
    }
    let result = try UNGAKit.Backtest.runModel(
      dataset: dataset, sessions: sessions.range, parameters: model.parameters,
      sponsorCompliance: model.sponsorCompliance, given: codes, threads: threads)
    let origin = "Model parameters: \(model.origin)."
    switch output.format {
    case .text:
      try output.emit(
        result.text(reliability: reliability, stanceChanges: stanceChanges) + "\n" + origin
          + "\n", to: console)
    case .markdown:
      try output.emit(
        result.markdown(reliability: reliability, stanceChanges: stanceChanges) + "\n" + origin
          + "\n", to: console)
    case .json:
      try output.emit(try result.json(), to: console)
    }
  }
}
