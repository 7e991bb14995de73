import UNGAKit

/// `unga recruit`: the states whose co-sponsorship most raises a draft's chances.
struct Recruit: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "recruit",
      abstract: "Find the states whose co-sponsorship would most raise a draft's chances",
      discussion: """
        Picks --k states (1 or more) one at a time: each step adds, to the recruits so far, \
        the candidate whose co-sponsorship most raises the objective, with every remaining \
        candidate evaluated on the same random numbers. Each pick is reported with its \
        marginal gain and standard error, and the cumulative effect. --goal also finds the \
        fewest recruits that reach a target, or says that the candidates cannot reach it.

        Recruits join a base scenario: the --with, --without, --oppose and --scenario flags \
        together, by default the United States' vote left open ('without USA').

        Candidates are by default the receptive states: those that are not backers in the \
        base scenario and whose P(yes) there is at least 50 %, states more likely than not to \
        vote yes without being asked. The rule is on P(yes) alone: a state at 2 % yes is not \
        receptive however unlikely its no. --candidates all takes every non-backer, \
        group:NAME a regional group's; --list-candidates prints the candidates with their \
        vote probabilities and runs no search.

        The objective is by default expected yes votes: most drafts pass with near \
        certainty, where a recruit moves P(adopted) by less than the simulation error, while \
        expected yes moves by the recruit's own vote and its followers' and is the unit in \
        which a backer's loss is reported. --objective adoption ranks by P(adopted) when the \
        outcome is in doubt.
        """,
      examples: [
        "unga recruit",
        "unga recruit --list-candidates",
        "unga recruit --k 3 --objective adoption --candidates group:WEOG",
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
  var objective = Recruiter.defaultObjective
  var candidates = RecruitRequest().candidates
  var listCandidates = false
  var exclusions: [String] = []
  var goal: RecruitGoal?
  var sampling = SamplingOptions()
  var model = ModelOptions()
  var output = OutputOptions<PlanFormat>()

  static var arguments: [Argument<Self>] {
    [
      .group(\.draft),
      .group(\.scenarios),
      .option(
        \.count, name: "k", valueName: "count", in: 1...1000, help: "Recruits to pick (default 5)."),
      .option(
        \.objective, name: "objective",
        help: "What the recruits should raise (default yes: expected yes votes)."),
      .option(
        \.candidates, name: "candidates", valueName: "states",
        help: "The states that may be recruited (default receptive: P(yes) at least 50 %)."),
      .flag(
        \.listCandidates, name: "list-candidates",
        help: "Print the candidates with their vote probabilities; no search."),
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
      if listCandidates {
        return try Recruiter.candidates(
          model: model, dataset: dataset, base: scenarios.merged(fallback: Self.defaultBase),
          request: RecruitRequest(candidates: candidates, exclusions: exclusions))
      }
      return try Recruiter.run(
        model: model, dataset: dataset, base: scenarios.merged(fallback: Self.defaultBase),
        request: RecruitRequest(
          count: count, candidates: candidates, exclusions: exclusions, goal: goal),
        options: options)
    }
  }
}
