import UNGAKit

/// `unga sweep`: every combination of some backers' stances, ranked.
struct Sweep: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "sweep",
      abstract: "Rank every combination of some backers' stances on a draft",
      discussion: """
        Evaluates every combination of the --backers' stances (each of --stances, by default \
        co-sponsor, neutral and oppose) on the same random numbers, and ranks them by the \
        objective (by default expected yes votes, as for recruit: most drafts pass almost \
        surely, and P(adopted) then moves by less than the simulation error; --objective \
        adoption ranks by it), with each combination's difference from the draft as \
        recorded. At most \(StanceSweep.combinationLimit) combinations (3 stances for 6 \
        backers).

        The --with, --without, --oppose and --scenario flags together give stances every \
        combination shares; the swept backers' own entries in them are replaced.
        """,
      examples: [
        "unga sweep --backers USA,GBR",
        "unga sweep --backers USA,FRA,DEU --stances co-sponsor,neutral --objective adoption",
        "unga sweep --backers USA,GBR --oppose RUS --format json --output sweep.json",
      ],
      conflicts: ModelOptions.conflicts)
  }

  var draft = DraftOptions()
  var scenarios = ScenarioOptions()
  var backers: [String] = []
  var stances = StanceList(StanceSweep.Backer.defaultStances)
  var objective = Recruiter.defaultObjective
  var sampling = SamplingOptions()
  var model = ModelOptions()
  var output = OutputOptions<PlanFormat>()

  static var arguments: [Argument<Self>] {
    [
      .group(\.draft),
      .option(
        \.backers, name: "backers", valueName: "codes", separator: ",", required: true,
        help: "The states whose stances are swept."),
      .option(\.stances, name: "stances", valueName: "list", help: "The stances tried for each."),
      .option(\.objective, name: "objective", help: "What the combinations are ranked by."),
      .group(\.scenarios),
      .group(\.sampling),
      .group(\.model),
      .group(\.output),
    ]
  }

  func validate() throws(UsageError) {
    _ = try scenarios.scenarios()
    try model.validate()
  }

  func run(_ console: Console) throws {
    try PlanRunner.run(
      draft: draft, model: model, objective: objective, sampling: sampling,
      output: output, console: console
    ) { model, dataset, options in
      try StanceSweep.run(
        model: model, dataset: dataset,
        backers: backers.map { StanceSweep.Backer(state: $0, stances: stances.stances) },
        base: scenarios.merged(fallback: Scenario(name: ScenarioModel.recordedName)),
        options: options)
    }
  }
}
