import Charts
import UNGAKit

/// A planner's result as `recruit` and `sweep` print it.
protocol PlanReport: Encodable {
  func renderText(maxWidth: Int?) -> String
  func renderMarkdown() -> String
}

extension RecruitResult: PlanReport {}
extension StanceSweepResult: PlanReport {}
extension CandidateList: PlanReport {}

/// What `recruit` and `sweep` share: read the data and parameters, build the
/// draft's model, run the planner with Ctrl-C handling and a progress line,
/// and write the result.
enum PlanRunner {
  /// Runs `plan` on the model the options describe and writes its report as `output` says.
  /// - Throws: what reading the inputs, `plan` or writing throws;
  ///   `SimulationError.cancelled` on Ctrl-C (nothing is written then).
  static func run(
    draft: DraftOptions, model modelOptions: ModelOptions, objective: PlanningObjective,
    sampling: SamplingOptions, output: OutputOptions<PlanFormat>, console: Console,
    plan: (VoteModel, Dataset, PlanningOptions) throws -> any PlanReport
  ) throws {
    let (result, choice) = try InterruptHandler.run { token in
      let inputs = try ModelInputs(draft: draft, model: modelOptions, console: console)
      let model = try inputs.model(draft)
      let counter = ProgressCounter()
      let options = PlanningOptions(
        objective: objective, majority: draft.majority,
        sampling: sampling.monteCarlo(cancellation: token, progress: counter))
      let progress = ProgressLine(console: console) { elapsed in
        Self.status(trials: counter.trials, total: counter.total, elapsed: elapsed)
      }
      defer { progress.stop() }
      return (try plan(model, inputs.dataset, options), inputs.parameters)
    }
    let origin = "Parameters: \(choice)."
    switch output.format {
    case .text:
      // Names are narrowed to fit only on a terminal.
      let width = output.path == nil && console.isOutputTerminal ? 100 : nil
      try output.emit(result.renderText(maxWidth: width) + "\n" + origin + "\n", to: console)
    case .markdown: try output.emit(result.renderMarkdown() + "\n" + origin + "\n", to: console)
    case .json: try output.emit(json: result, to: console)
    }
  }

  /// `planning: 45 % (450,000 of 1,000,000 trials), 1.4 s` when the planner knows its total,
  /// else `planning: 450,000 trials drawn, 1.4 s`.
  static func status(trials: Int, total: Int?, elapsed: Duration) -> String {
    let time = ProgressLine.seconds(elapsed)
    let done = NumberFormat.integer(trials, grouping: .comma)
    guard let total, total > 0 else { return "planning: \(done) trials drawn, \(time)" }
    return "planning: \(min(trials, total) * 100 / total) % (\(done) of"
      + " \(NumberFormat.integer(total, grouping: .comma)) trials), \(time)"
  }
}
