import UNGAKit

/// A planner's result as `recruit` and `sweep` print it.
protocol PlanReport: Encodable {
  func renderText() -> String
  func renderMarkdown() -> String
}

extension RecruitResult: PlanReport {}
extension StanceSweepResult: PlanReport {}

/// What `recruit` and `sweep` share: read the data and parameters, build the
/// draft's model, run the planner with Ctrl-C handling and a progress line,
/// and render the result.
enum PlanRunner {
  /// Runs `plan` on the model the options describe and returns its report in `format`.
  /// - Throws: what reading the inputs or `plan` throws; `SimulationError.cancelled` on Ctrl-C.
  static func run(
    draft: DraftOptions, parameters: ParameterOptions, objective: PlanningObjective,
    sampling: SamplingOptions, format: PlanFormat, console: Console,
    plan: (VoteModel, Dataset, PlanningOptions) throws -> any PlanReport
  ) throws -> String {
    try InterruptHandler.run { token in
      let inputs = try ModelInputs(draft: draft, parameters: parameters)
      let model = try inputs.model(draft)
      let counter = ProgressCounter()
      let options = PlanningOptions(
        objective: objective, majority: draft.majority,
        sampling: sampling.monteCarlo(cancellation: token, progress: counter))
      let progress = ProgressLine(console: console) { elapsed in
        "planning: \(NumberFormat.integer(counter.trials, grouping: .comma)) trials drawn,"
          + " \(ProgressLine.seconds(elapsed))"
      }
      defer { progress.stop() }
      let result = try plan(model, inputs.dataset, options)
      progress.stop()
      let origin = "Parameters: \(inputs.parameters)."
      switch format {
      case .text: return result.renderText() + "\n" + origin + "\n"
      case .markdown: return result.renderMarkdown() + "\n" + origin + "\n"
      case .json: return try JSONText.encode(result)
      }
    }
  }
}
