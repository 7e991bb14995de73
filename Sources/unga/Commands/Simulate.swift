import Charts
import UNGAKit

/// `unga simulate`: a draft's vote as recorded and in each scenario, on common random numbers.
struct Simulate: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "simulate",
      abstract: "Simulate a draft's vote with and without particular backers",
      discussion: """
        Estimates the distribution of yes, no, abstain and non-voting counts and the \
        probability that the draft is adopted: first as recorded (its recorded sponsors \
        co-sponsor and vote yes), then in each scenario. Every --with, --without, --abstain, \
        --oppose and --scenario is one scenario, reported in that order. A stance is a vote: \
        co-sponsors vote yes, abstainers abstain, opponents vote no. A backer left open \
        (--without) votes as its record says, drawn in every trial, and its followers move \
        with the draw; a backer not named votes as its record says and moves no one. Only \
        backers whose influence calibration measured move other states, and leaving one open \
        changes no state's probabilities, only how votes move together. All scenarios share \
        the same random numbers, so their differences are far more precise than each figure \
        alone.

        With no options it simulates the February 2025 draft A/ES-11/L.10 against the \
        earlier votes of its curated topic series (ukraine, 2014 to 2024), with the United \
        States co-sponsoring, abstaining and voting no: 100,000 trials, seed 1, every core.

        A recorded vote (--draft with its resolution or draft symbol, such as A/RES/ES-11/1) \
        is replayed: its references and the rest of the model come from votes dated before \
        it, as for a draft, and the report opens with a retrospective, the votes cast beside \
        the prediction for the draft as recorded, with hits, misses and log loss.

        Unknown state codes and invalid parameters exit 64; an unknown draft or reference, \
        or a draft with no usable reference, exits 65. Ctrl-C stops the run (exit 130) and \
        writes nothing.
        """,
      examples: [
        "unga simulate",
        "unga simulate --with USA --without USA --oppose USA --trials 200000",
        "unga simulate --scenario \"US and UK step back: ~USA ~GBR\" --threshold 100",
        "unga simulate --without USA --exact",
        "unga simulate --without USA --precision 0.001 --format json --output run.json",
        "unga simulate --format html --output report.html",
        "unga simulate --draft A/RES/ES-11/1 --without USA",
        "unga simulate --data datasets/ukraine --reference A/RES/ES-11/1 --format csv",
      ],
      conflicts: [
        ["--exact", "--precision"], ["--exact", "--max-trials"], ["--exact", "--trials"],
        ["--exact", "--seed"], ["--exact", "--global-correlation"],
        ["--exact", "--bloc-correlation"], ["--precision", "--trials"],
      ] + ModelOptions.conflicts)
  }

  /// The scenarios run when none is given: the United States co-sponsoring, abstaining and
  /// voting no.
  static let defaultScenarios = [Stance.coSponsor, .abstain, .oppose].map {
    Scenario(stance: $0, states: ["USA"])
  }

  var draft = DraftOptions()
  var scenarios = ScenarioOptions()
  var thresholds: [Int] = []
  var sampling = SamplingOptions()
  var precision: Double?
  var maxTrials: Int?
  var exact = false
  var noModelRange = false
  var model = ModelOptions()
  var output = OutputOptions<ReportFormat>()

  static var arguments: [Argument<Self>] {
    [
      .group(\.draft),
      .group(\.scenarios),
      .option(
        \.thresholds, name: "threshold", valueName: "yes", in: 0...1000,
        help: "Also estimate P(yes ≥ K) for this number of yes votes K."),
      .group(\.sampling),
      .option(
        \.precision, name: "precision", valueName: "error", in: 0.000_001...0.5,
        help: "Sample until the standard error of every P(adopted) is below this (instead of"
          + " a fixed number of trials)."),
      .option(
        \.maxTrials, name: "max-trials", valueName: "count", in: 1...MonteCarloOptions.trialLimit,
        help: "The most trials --precision may draw (default 10,000,000)."),
      .flag(
        \.exact, name: "exact",
        help: "Compute exactly, with independent votes (no global or bloc correlation)."),
      .flag(
        \.noModelRange, name: "no-model-range",
        help: "Leave out the model range: by default the scenarios are rerun under each"
          + " parameter replicate of the calibration file (2,000 trials each)."),
      .group(\.model),
      .group(\.output),
    ]
  }

  func validate() throws(UsageError) {
    _ = try scenarios.scenarios()
    try model.validate()
    if maxTrials != nil, precision == nil {
      throw .invalid("--max-trials only applies with --precision")
    }
  }

  func run(_ console: Console) throws {
    let text = try InterruptHandler.run { token in
      let inputs = try ModelInputs(
        draft: draft, model: model, independent: exact, console: console)
      var sampling = self.sampling.monteCarlo(cancellation: token, progress: ProgressCounter())
      sampling.precision = precision
      if let maxTrials { sampling.maxTrials = maxTrials }
      let given = try scenarios.scenarios()
      let options = SimulationOptions(
        parameters: inputs.parameters.parameters, references: draft.referenceSelection,
        blocs: inputs.blocs, majority: draft.majority, thresholds: thresholds,
        scenarios: given.isEmpty ? Self.defaultScenarios : given,
        engine: exact ? .exact : .monteCarlo, sampling: sampling)
      let plan = sampling
      let ranges = ProgressCounter()
      let progress = ProgressLine(console: console) { [exact] elapsed in
        exact
          ? "computing exactly, \(ProgressLine.seconds(elapsed))"
          : Self.status(sampling: plan, modelRange: ranges, elapsed: elapsed)
      }
      defer { progress.stop() }
      var result = try inputs.naming {
        try Simulator.run(dataset: inputs.dataset, draft: draft.draft, options: options)
      }
      // The model's own uncertainty: the scenarios again under each parameter replicate of the
      // calibration file in force (none when a flag overrides one of its parameters, nor for
      // the exact engine, whose figures are those of independent votes).
      let calibration = try inputs.parameters.origin.calibrationFile.map {
        try CalibratedParameters.load(path: $0)
      }
      if let calibration, let note = calibration.sessionNote(session: result.target.session) {
        result.retrospective?.notes.append(note)
      }
      if !noModelRange, !exact, let calibration, inputs.parameters.origin.overridden.isEmpty {
        let replicates = calibration.replicates
        result = try ModelUncertainty.apply(
          to: result, dataset: inputs.dataset, draft: draft.draft, options: options,
          replicates: replicates, progress: ranges)
      }
      progress.stop()
      let report = Report(
        result: result, dataset: inputs.dataset,
        sources: inputs.loaded.sources,
        parameterOrigin: inputs.parameters.origin, command: CommandLineText.current(),
        toolVersion: Unga.version)
      let style = console.outputStyle(writingToFile: output.path != nil)
      // The map's layout ships with the datasets; the HTML report leaves the map out without it.
      let grid = output.format == .html ? try TileGrid.shipped() : nil
      return ReportRenderer.render(
        report, format: output.format,
        options: RenderOptions(
          color: style.isEnabled, tileGrid: grid,
          narrowsTables: output.path == nil && console.isOutputTerminal))
    }
    try output.emit(text, to: console)
  }

  /// `simulating: 45 % (45,056 of 100,000 trials), 1.4 s`; once the model range's reruns
  /// have started (`modelRange` has a total), `model range: 45 % (27,900 of 62,000 trials),
  /// 1.4 s`.
  static func status(
    sampling: MonteCarloOptions, modelRange: ProgressCounter? = nil, elapsed: Duration
  ) -> String {
    let time = ProgressLine.seconds(elapsed)
    if let modelRange, let total = modelRange.total, total > 0 {
      let done = modelRange.trials
      return "model range: \(min(done, total) * 100 / total) %"
        + " (\(NumberFormat.integer(done, grouping: .comma)) of"
        + " \(NumberFormat.integer(total, grouping: .comma)) trials), \(time)"
    }
    let done = sampling.progress?.trials ?? 0
    guard sampling.precision == nil else {
      return "simulating: \(NumberFormat.integer(done, grouping: .comma)) trials (at most"
        + " \(NumberFormat.integer(sampling.maxTrials, grouping: .comma))), \(time)"
    }
    let total = max(sampling.trials, 1)
    return "simulating: \(done * 100 / total) % (\(NumberFormat.integer(done, grouping: .comma))"
      + " of \(NumberFormat.integer(total, grouping: .comma)) trials), \(time)"
  }
}
