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

  /// The scenario `unga recruit` starts from by default: the United States not a sponsor,
  /// its vote left open (drawn from its record, its followers moving with the draw).
  static let openVote = Scenario(stance: .neutral, states: ["USA"], name: "US vote left open")

  /// The three stances of the United States, in the order the story tells them (those of
  /// `unga simulate`'s default run).
  static let usScenarios = [
    Scenario(stance: .coSponsor, states: ["USA"], name: "US co-sponsor"),
    Scenario(stance: .abstain, states: ["USA"], name: "US abstaining"),
    Scenario(stance: .oppose, states: ["USA"], name: "US opposing"),
  ]

  /// One member's P(yes) under the three US stances.
  struct Mover {
    var state: ScenarioResult.StateMarginal
    var coSponsor: Double
    var abstaining: Double
    var opposing: Double
    /// P(yes | US co-sponsor) − P(yes | US opposing).
    var swing: Double { coSponsor - opposing }
  }

  /// A figure with its model range: the 2.5th to 97.5th percentile of its values under the
  /// calibration's parameter replicates (empty without replicates).
  struct Ranged {
    var value: Double
    var range: [Double]
  }

  /// How much of the change since 2022–2023 is the references' trend and how much the
  /// United States, decided before looking at the answer. Expected yes for the draft (exact:
  /// the sum of the members' P(yes)) with the US vote fixed, from (a) the series' votes of
  /// 2022 and 2023 alone as references and (b) every series vote before the draft, the
  /// model's own choice. The references' trend is b − a with the US co-sponsoring; the US
  /// stance's effect is b(US opposing) − b(US co-sponsoring). Model ranges rerun both under
  /// each parameter replicate (as `ModelUncertainty` does for `unga simulate`).
  struct Decomposition {
    /// The 2022–2023 references and their recorded yes votes.
    var early: [(reference: Baseline.Reference, symbol: String, yes: Int)]
    var earlyCoSponsor: Ranged
    var earlyOpposing: Ranged
    var allCoSponsor: Ranged
    var allOpposing: Ranged
    /// allCoSponsor − earlyCoSponsor.
    var trend: Ranged
    /// allOpposing − earlyOpposing.
    var trendOpposing: Ranged
    /// allOpposing − allCoSponsor.
    var usEffect: Ranged
    /// earlyOpposing − earlyCoSponsor: the US effect on the 2022–2023 footing.
    var earlyUSEffect: Ranged
    /// Replicates behind the ranges.
    var replicates: Int
    /// The United States' recorded votes on the series references before the draft.
    var usVotes: [Vote]
  }

  /// A state whose vote depends on Washington's in the model: its calibrated following
  /// weight (with its range over the replicates) and its P(yes) under the US stances.
  struct Follower {
    var mover: Mover
    var weight: Ranged
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
  var recruitGoal: Double { recruitWithOpenVote.goal?.target ?? coSponsor.yes.mean }
  let model: VoteModel
  /// The draft as recorded, then the three US scenarios (differences against the draft as
  /// recorded).
  let result: SimulationResult
  /// The three US scenarios on the same draws, US co-sponsor first: differences against it.
  let paired: [ScenarioStatistics]
  let precedents: (crimea: Precedent, aggression: Precedent)
  let movers: [Mover]
  let recruitWithOpenVote: RecruitResult
  let recruitWithOpposing: RecruitResult
  /// The first greedy picks when every member may be recruited (a caveat, not a finding).
  let unrestricted: RecruitResult
  let report: Report
  /// The day of the latest roll call before the draft: the last vote the model can see.
  let historyEnd: CalendarDate?
  /// Sponsorships in the data of each reference roll call, by id.
  let referenceSponsors: [DocumentID: Int]
  let decomposition: Decomposition
  /// The members with the largest positive and negative US following weights.
  let followers: (with: [Follower], against: [Follower])
  /// The United States' strength θ with its 95 % interval from the calibration.
  var usStrength: BackerInfluence? { parameters.influence(of: "USA") }

  /// The scenario figures by name.
  func scenario(_ name: String) -> ScenarioResult {
    result.scenario(named: name) ?? result.scenarios[0]
  }
  var coSponsor: ScenarioResult { scenario("US co-sponsor") }
  var abstaining: ScenarioResult { scenario("US abstaining") }
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
        description:
          "the data holds no draft \(draftKey); expected it in datasets/recent or datasets/ukraine")
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

    // The recruitment search: the same planner and defaults as `unga recruit` (receptive
    // candidates, expected yes), from the US vote left open and from the US voting no.
    let plannerTrials = min(commandLine.trials, plannerTrialCap)
    let planning = PlanningOptions(
      objective: Recruiter.defaultObjective,
      sampling: MonteCarloOptions(trials: plannerTrials, seed: commandLine.seed))
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
        request: RecruitRequest(goal: goal, goalLimit: 25), options: planning)
    }
    let withOpenVote = try recruit(openVote)
    let withOpposing = try recruit(usScenarios[2])
    progress("ukraine-2025", "searching recruits among all members, for comparison")
    let unrestricted = try Recruiter.run(
      model: model, dataset: dataset, base: openVote,
      request: RecruitRequest(count: 3, candidates: .nonBackers), options: planning)

    progress("ukraine-2025", "separating the references' trend from the US stance")
    let replicates = source.calibration?.replicates ?? []
    let decomposition = try Self.decomposition(
      model: model, dataset: dataset, parameters: parameters, replicates: replicates)
    let followers = Self.followers(movers, parameters: parameters, replicates: replicates)

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
      precedents: (crimea, aggression), movers: movers,
      recruitWithOpenVote: withOpenVote, recruitWithOpposing: withOpposing,
      unrestricted: unrestricted, report: report, historyEnd: historyEnd,
      referenceSponsors: referenceSponsors, decomposition: decomposition, followers: followers)
  }

  /// The decomposition described at `Decomposition`, on `model` (every series reference).
  private static func decomposition(
    model: VoteModel, dataset: Dataset, parameters: ModelParameters,
    replicates: [ModelParameters]
  ) throws -> Decomposition {
    let early = model.baseline.references.filter { (2022...2023).contains($0.date.year) }
    guard !early.isEmpty else {
      throw MissingData(
        description: "the data holds no series vote of 2022–2023 before \(draftKey)")
    }
    let earlyModel = try VoteModel(
      dataset: dataset, target: draftKey, parameters: parameters,
      references: .explicit(early.map { dataset.rollCalls[$0.rollCall].id.rawValue }))
    // [early co-sponsor, early opposing, all co-sponsor, all opposing]
    func expectedYes(_ early: VoteModel, _ all: VoteModel) throws -> [Double] {
      try [early, all].flatMap { model in
        try [usScenarios[0], usScenarios[2]].map {
          try model.scenario($0, in: dataset).expectedCount(.yes)
        }
      }
    }
    let fitted = try expectedYes(earlyModel, model)
    var samples: [[Double]] = []
    for replicate in replicates {
      guard let early = try earlyModel.replacingParameters(with: replicate, dataset: dataset),
        let all = try model.replacingParameters(with: replicate, dataset: dataset)
      else { continue }
      samples.append(try expectedYes(early, all))
    }
    func ranged(_ figure: ([Double]) -> Double) -> Ranged {
      Ranged(
        value: figure(fitted),
        range: samples.count >= 2 ? Percentiles.interval(samples.map(figure), fallback: .nan) : [])
    }
    return Decomposition(
      early: early.map { reference in
        let rollCall = dataset.rollCalls[reference.rollCall]
        return (
          reference, rollCall.resolution ?? rollCall.id.rawValue,
          (rollCall.recordedTally ?? dataset.tally(rollCall: reference.rollCall)).yes
        )
      },
      earlyCoSponsor: ranged { $0[0] }, earlyOpposing: ranged { $0[1] },
      allCoSponsor: ranged { $0[2] }, allOpposing: ranged { $0[3] },
      trend: ranged { $0[2] - $0[0] }, trendOpposing: ranged { $0[3] - $0[1] },
      usEffect: ranged { $0[3] - $0[2] },
      earlyUSEffect: ranged { $0[1] - $0[0] }, replicates: samples.count,
      usVotes: dataset.stateIndex("USA").map { us in
        model.baseline.references.compactMap { dataset.vote(rollCall: $0.rollCall, state: us) }
      } ?? [])
  }

  /// The members with the largest positive (up to 8) and negative (up to 5) US following
  /// weights, with each weight's range over the replicates.
  private static func followers(
    _ movers: [Mover], parameters: ModelParameters, replicates: [ModelParameters]
  ) -> (with: [Follower], against: [Follower]) {
    guard let us = parameters.influence(of: "USA") else { return ([], []) }
    let ranked = movers.compactMap { mover -> Follower? in
      guard let weight = us.weights[mover.state.state.rawValue], weight != 0 else { return nil }
      let samples = replicates.compactMap {
        $0.influence(of: "USA")?.weights[mover.state.state.rawValue]
      }
      return Follower(
        mover: mover,
        weight: Ranged(
          value: weight,
          range: samples.count >= 2 ? Percentiles.interval(samples, fallback: .nan) : []))
    }.sorted { $0.weight.value > $1.weight.value }
    return (
      Array(ranked.filter { $0.weight.value > 0 }.prefix(8)),
      Array(ranked.filter { $0.weight.value < 0 }.reversed().prefix(5))
    )
  }

  /// Every member's P(yes) under the three US stances, largest swing first.
  private static func movers(_ result: SimulationResult) -> [Mover] {
    let states = usScenarios.map { result.scenario(named: $0.name)?.states ?? [] }
    var movers: [Mover] = []
    for (index, state) in states[0].enumerated() where index < states[2].count {
      movers.append(
        Mover(
          state: state, coSponsor: state.pYes, abstaining: states[1][index].pYes,
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
        description:
          "the data holds no roll call \(key); expected it in datasets/recent or datasets/ukraine")
    }
    let summary = RollCallSummary(dataset: dataset, rollCall: index)
    let tally = dataset.rollCalls[index].recordedTally ?? dataset.tally(rollCall: index)
    return Precedent(
      key: key, summary: summary, tally: tally, date: dataset.rollCalls[index].date)
  }
}
