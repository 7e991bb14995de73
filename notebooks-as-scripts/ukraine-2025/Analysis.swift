import Charts
import Foundation
import NotebookSupport
import UNGAKit

/// Every figure the story tells, computed from the shipped data with the library's public API.
struct Analysis {
  /// The draft and the two earlier votes it is compared with.
  static let draftKey = "A/ES-11/L.10"
  static let crimea2014 = "A/RES/68/262"
  static let aggression2022 = "A/RES/ES-11/1"
  /// The dataset folders read, inside the shipped `datasets/`.
  static let folders = ["history", "recent", "ukraine", "sponsors"]
  /// The recruitment search draws at most this many trials per run (it runs one scenario
  /// per candidate at every step, so it costs about a hundred simulations).
  static let plannerTrialCap = 20_000
  /// States whose P(yes) moves less than this between the US co-sponsoring and opposing
  /// count as unmoved.
  static let unmoved = 0.01
  /// A swing in P(yes) of at least this much counts as following Washington strongly.
  static let strongSwing = 0.05
  /// A change of expected yes votes below this many reads as small.
  static let smallChange = 3.0

  /// The three stances of the United States, in the order the story tells them.
  static let usScenarios = [
    Scenario(stance: .coSponsor, states: ["USA"], name: "US co-sponsor"),
    Scenario(stance: .neutral, states: ["USA"], name: "US neutral"),
    Scenario(stance: .oppose, states: ["USA"], name: "US opposing"),
  ]

  /// One member's P(yes) under the three US stances.
  struct Mover {
    var state: ScenarioResult.StateMarginal
    var coSponsor: Double
    var neutral: Double
    var opposing: Double
    /// P(yes | US co-sponsor) − P(yes | US opposing).
    var swing: Double { coSponsor - opposing }
  }

  /// A recorded roll call the draft is compared with.
  struct Precedent {
    var key: String
    var summary: RollCallSummary
    var tally: Tally
    var date: CalendarDate
    var year: Int { date.year }
  }

  let commandLine: NotebookCommandLine
  let loaded: LoadedData
  let parameters: ModelParameters
  let parameterOrigin: ParameterOrigin
  /// Where the parameters came from (the calibration file and its digest).
  let parameterSource: NotebookParameters
  let plannerTrials: Int
  /// Expected yes with US co-sponsorship on the recruitment search's draws: its goal.
  var recruitGoal: Double { recruitWithNeutral.goal?.target ?? coSponsor.yes.mean }
  let model: VoteModel
  /// The draft as recorded, then the three US scenarios (differences against the draft as
  /// recorded).
  let result: SimulationResult
  /// The three US scenarios on the same draws, US co-sponsor first: differences against it.
  let paired: [ScenarioStatistics]
  let precedents: (crimea: Precedent, aggression: Precedent)
  let movers: [Mover]
  /// Candidates for recruitment: the members that voted yes on A/RES/ES-11/1 and are not backers.
  let candidates: [MemberState.Code]
  let recruitWithNeutral: RecruitResult
  let recruitWithOpposing: RecruitResult
  /// The first greedy picks when every member may be recruited (a caveat, not a finding).
  let unrestricted: RecruitResult
  let report: Report
  /// The day of the latest roll call before the draft: the last vote the model can see.
  let historyEnd: CalendarDate?
  /// Sponsorships in the data of each reference roll call, by id.
  let referenceSponsors: [DocumentID: Int]

  /// The scenario figures by name.
  func scenario(_ name: String) -> ScenarioResult {
    result.scenario(named: name) ?? result.scenarios[0]
  }
  var coSponsor: ScenarioResult { scenario("US co-sponsor") }
  var neutral: ScenarioResult { scenario("US neutral") }
  var opposing: ScenarioResult { scenario("US opposing") }
  var recorded: ScenarioResult { result.scenarios[0] }

  /// The simulation report as Markdown, HTML and per-state CSV, for the appendix.
  var appendixFiles: [(fileName: String, contents: String)] {
    [
      ("simulation-report.md", ReportRenderer.render(report, format: .markdown)),
      ("simulation-report.html", ReportRenderer.render(report, format: .html)),
      ("simulation-states.csv", ReportRenderer.render(report, format: .csv)),
    ]
  }

  /// The command that reproduces every figure.
  /// The options the notebook takes.
  static let options: [NotebookCommandLine.Option] = [.trials, .seed]

  var command: String { commandLine.reproduction(Self.options) }

  static func run(_ commandLine: NotebookCommandLine) throws -> Analysis {
    progress("ukraine-2025", "reading the shipped data")
    let loaded = try loadShipped(folders)
    let dataset = loaded.dataset
    let crimea = try precedent(crimea2014, in: dataset)
    let aggression = try precedent(aggression2022, in: dataset)
    guard dataset.draftIndex(draftKey) != nil || dataset.rollCallIndex(draftKey) != nil else {
      throw MissingData(
        description: "the data holds no draft \(draftKey); expected it in datasets/ukraine")
    }

    // The shipped calibration, as `unga` uses it; the design's defaults without one.
    let source = try NotebookParameters.load()
    let parameters = source.parameters
    let origin = source.origin
    let sampling = MonteCarloOptions(trials: commandLine.trials, seed: commandLine.seed)
    let thresholds = Array(Set([crimea.tally.yes, aggression.tally.yes])).sorted()

    progress(
      "ukraine-2025",
      "simulating \(NumberFormat.integer(commandLine.trials, grouping: .comma)) votes")
    let model = try VoteModel(dataset: dataset, target: draftKey, parameters: parameters)
    let options = SimulationOptions(
      parameters: parameters, thresholds: thresholds, scenarios: usScenarios, sampling: sampling,
      swingStateCount: 15)
    let result = try Simulator.run(model: model, dataset: dataset, options: options)
    let paired = try MonteCarloEngine.run(
      model: model, scenarios: usScenarios.map { try model.scenario($0, in: dataset) },
      rule: result.rule, thresholds: thresholds, options: sampling
    ).statistics

    let movers = Self.movers(result)

    // Plausible recruits: the members that voted for the 2022 text, less the backers.
    let backers = Set(model.target.sponsors + ["USA"])
    let candidates = aggression.summary.votes.filter {
      $0.vote == .yes && !backers.contains($0.state) && model.position(of: $0.state) != nil
    }.map(\.state)
    let plannerTrials = min(commandLine.trials, plannerTrialCap)
    let planning = PlanningOptions(
      objective: .yes, sampling: MonteCarloOptions(trials: plannerTrials, seed: commandLine.seed))
    // The goal is the co-sponsor level on the search's own draws, so that a base scenario
    // and the goal differ by the scenarios alone, not by sampling noise.
    let target = try MonteCarloEngine.run(
      model: model, scenarios: [try model.scenario(usScenarios[0], in: dataset)],
      rule: result.rule, options: planning.sampling
    ).statistics[0].yes.mean
    let goal = RecruitGoal(objective: .yes, target: target)
    func recruit(_ base: Scenario) throws -> RecruitResult {
      progress("ukraine-2025", "searching recruits with the \(base.name)")
      return try Recruiter.run(
        model: model, dataset: dataset, base: base,
        request: RecruitRequest(
          count: 5, candidates: .states(candidates.map(\.rawValue)), goal: goal, goalLimit: 25),
        options: planning)
    }
    let withNeutral = try recruit(usScenarios[1])
    let withOpposing = try recruit(usScenarios[2])
    progress("ukraine-2025", "searching recruits among all members, for comparison")
    let unrestricted = try Recruiter.run(
      model: model, dataset: dataset, base: usScenarios[1], request: RecruitRequest(count: 3),
      options: planning)

    let report = Report(
      result: result, dataset: dataset, sources: loaded.sources,
      parameterOrigin: origin,
      command: commandLine.reproduction(Self.options),
      toolVersion: "UNGAKit notebook ukraine-2025")
    let historyEnd = dataset.rollCalls.last { $0.date < result.target.date }?.date
    var referenceSponsors: [DocumentID: Int] = [:]
    for reference in result.references {
      referenceSponsors[reference.id] = dataset.sponsorships(rollCall: reference.rollCall).count
    }
    return Analysis(
      commandLine: commandLine, loaded: loaded, parameters: parameters, parameterOrigin: origin,
      parameterSource: source,
      plannerTrials: plannerTrials, model: model, result: result, paired: paired,
      precedents: (crimea, aggression), movers: movers, candidates: candidates,
      recruitWithNeutral: withNeutral, recruitWithOpposing: withOpposing,
      unrestricted: unrestricted, report: report, historyEnd: historyEnd,
      referenceSponsors: referenceSponsors)
  }

  /// Every member's P(yes) under the three US stances, largest swing first.
  private static func movers(_ result: SimulationResult) -> [Mover] {
    let states = usScenarios.map { result.scenario(named: $0.name)?.states ?? [] }
    var movers: [Mover] = []
    for (index, state) in states[0].enumerated() where index < states[2].count {
      movers.append(
        Mover(
          state: state, coSponsor: state.pYes, neutral: states[1][index].pYes,
          opposing: states[2][index].pYes))
    }
    return movers.sorted { x, y in
      x.swing != y.swing ? x.swing > y.swing : x.state.state < y.state.state
    }
  }

  /// The recorded roll call `key`, with its official totals where the data has them.
  private static func precedent(_ key: String, in dataset: Dataset) throws -> Precedent {
    guard let index = dataset.rollCallIndex(key) else {
      throw MissingData(
        description: "the data holds no roll call \(key); expected it in datasets/ukraine")
    }
    let summary = RollCallSummary(dataset: dataset, rollCall: index)
    let tally = dataset.rollCalls[index].recordedTally ?? dataset.tally(rollCall: index)
    return Precedent(
      key: key, summary: summary, tally: tally, date: dataset.rollCalls[index].date)
  }
}
