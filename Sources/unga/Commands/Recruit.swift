import UNGAKit

/// `unga recruit`: the states whose co-sponsorship most raises a draft's chances.
struct Recruit: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "recruit",
      abstract: "Find the states whose co-sponsorship would most raise a draft's chances",
      discussion: """
        Picks --k states one at a time: each step adds, to the recruits so far, the candidate \
        whose co-sponsorship most raises the objective, with every remaining candidate \
        evaluated on the same random numbers. Each pick is reported with its marginal gain \
        and standard error, and the cumulative effect. --goal also finds the fewest recruits \
        that reach a target, or says that the candidates cannot reach it.

        Recruits join a base scenario: the --with, --without, --oppose and --scenario flags \
        together, by default the United States neutral ('without USA').

        Candidates are by default the receptive states: those that are not backers in the \
        base scenario, whose P(yes) there is at least their P(no), and that did not on \
        balance vote against the reference roll calls. A state set against the draft may \
        move many followers in the model if it co-sponsored, but asking it to is not advice \
        anyone can act on; --candidates all restores every non-backer.
        """,
      examples: [
        "unga recruit",
        "unga recruit --k 3 --objective yes --candidates group:WEOG",
        "unga recruit --goal \"adoption>=0.995\" --exclude BLR,CHN",
        "unga recruit --without USA,GBR --candidates all --format json --output picks.json",
      ],
      conflicts: ModelOptions.conflicts)
  }

  /// The scenario recruits join when no scenario flag is given.
  static let defaultBase = Scenario(stance: .neutral, states: ["USA"])

  var draft = DraftOptions()
  var scenarios = ScenarioOptions()
  var count = 5
  var objective = PlanningObjective.adoption
  var candidates = CandidateSelection.receptive
  var exclusions: [String] = []
  var goal: RecruitGoal?
  var sampling = SamplingOptions()
  var model = ModelOptions()
  var output = OutputOptions<PlanFormat>()

  static var arguments: [Argument<Self>] {
    [
      .group(\.draft),
      .group(\.scenarios),
      .option(\.count, name: "k", valueName: "count", in: 0...1000, help: "Recruits to pick."),
      .option(\.objective, name: "objective", help: "What the recruits should raise."),
      .option(
        \.candidates, name: "candidates", valueName: "states",
        help: "The states that may be recruited."),
      .option(
        \.exclusions, name: "exclude", valueName: "codes", separator: ",",
        help: "States not to recruit."),
      .option(
        \.goal, name: "goal", valueName: "target",
        help: "Also find the fewest recruits that reach this, e.g. adoption>=0.95 or yes>=120."),
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
      try Recruiter.run(
        model: model, dataset: dataset, base: scenarios.merged(fallback: Self.defaultBase),
        request: RecruitRequest(
          count: count, candidates: candidates, exclusions: exclusions, goal: goal),
        options: options)
    }
  }
}
