/// Everything a summary report shows about one simulation run, assembled once
/// so that every renderer (`ReportRenderer`) is a pure function of it.
///
/// Built from a `SimulationResult`, the dataset it ran on and the run's context
/// (see `init(result:dataset:sources:parameterOrigin:command:toolVersion:)`).
///
/// Encodes to JSON with the simulator's stable core at the top level:
/// `scenarios`, an array of objects with `name`, `adoptionProbability`,
/// `adoptionProbabilityStandardError`, and `yes`, `no`, `abstain`, `nonVoting`
/// each an object with `mean`, `sd`, `q05`, `q50`, `q95` (see `ScenarioResult`).
/// Around it: `draft`, `run`, `model`, `coverage`, `groups`, `sources` and
/// `warnings`, and for a replayed roll call `retrospective`. The number of threads is kept but not encoded, so the JSON of a
/// run is the same whatever the thread count.
public struct Report: Sendable, Hashable, Codable {
  /// A member state named in the report.
  public struct StateName: Sendable, Hashable, Codable {
    public var code: MemberState.Code
    public var name: String
    /// `nil` for a code the dataset does not know.
    public var group: RegionalGroup?

    /// The state `code`, called `name`, in `group`.
    public init(code: MemberState.Code, name: String, group: RegionalGroup?) {
      self.code = code
      self.name = name
      self.group = group
    }
  }

  /// The text whose vote is simulated.
  public struct DraftSummary: Sendable, Hashable, Codable {
    /// The dataset id (`A/ES-11/L.10`).
    public var id: DocumentID
    /// The symbol readers know it by (draft, else resolution symbol, else id).
    public var symbol: String
    /// A draft, or a recorded roll call treated as unknown (backtests).
    public var kind: VoteTarget.Kind
    public var title: String
    /// The day it was tabled or voted on.
    public var date: CalendarDate
    /// The regular session.
    public var session: Int
    public var issues: [IssueTag]
    /// The majority the text needs as recorded (the rule applied is `Run.rule`).
    public var majority: MajorityRule
    /// The sponsors recorded in the data, in dataset order.
    public var sponsors: [StateName]

    /// A summary of the text; `sponsors` as recorded.
    public init(
      id: DocumentID, symbol: String, kind: VoteTarget.Kind, title: String, date: CalendarDate,
      session: Int, issues: [IssueTag], majority: MajorityRule, sponsors: [StateName]
    ) {
      self.id = id
      self.symbol = symbol
      self.kind = kind
      self.title = title
      self.date = date
      self.session = session
      self.issues = issues
      self.majority = majority
      self.sponsors = sponsors
    }
  }

  /// How the figures were computed and how to compute them again.
  public struct Run: Sendable, Hashable, Codable {
    public var engine: SimulationResult.Engine
    /// The decision rule applied (the draft's, unless overridden).
    public var rule: MajorityRule
    /// The thresholds K of `P(yes ≥ K)`, in the order requested.
    public var thresholds: [Int]
    /// Members on the draft's date: the largest possible count.
    public var members: Int
    /// The seed (Monte Carlo only).
    public var seed: UInt64?
    /// Trials drawn (Monte Carlo only), ≥ 1.
    public var trials: Int?
    /// Trials per block (Monte Carlo only); with the seed it fixes every figure.
    public var blockSize: Int?
    /// The exact command line that reproduces the run.
    public var command: String
    /// The version of the tool that made the report.
    public var toolVersion: String
    /// Threads used; not encoded and not rendered, as no figure depends on it; 0 after decoding.
    public var threads: Int = 0
    /// The parameter replicates behind the figures' model ranges (`modelInterval`); nil when
    /// the figures carry none.
    public var modelReplicates: Int?

    private enum CodingKeys: String, CodingKey {
      case engine, rule, thresholds, members, seed, trials, blockSize, command, toolVersion
      case modelReplicates
    }

    /// The run's settings.
    public init(
      engine: SimulationResult.Engine, rule: MajorityRule, thresholds: [Int], members: Int,
      seed: UInt64?, trials: Int?, blockSize: Int?, command: String, toolVersion: String,
      threads: Int, modelReplicates: Int? = nil
    ) {
      self.modelReplicates = modelReplicates
      self.engine = engine
      self.rule = rule
      self.thresholds = thresholds
      self.members = members
      self.seed = seed
      self.trials = trials
      self.blockSize = blockSize
      self.command = command
      self.toolVersion = toolVersion
      self.threads = threads
    }
  }

  /// One reference roll call of the baseline.
  public struct Reference: Sendable, Hashable, Codable {
    public var id: DocumentID
    /// Resolution symbol, else draft symbol, else id.
    public var symbol: String
    /// The resolution symbol, when the roll call adopted or rejected one.
    public var resolution: String?
    public var title: String
    public var date: CalendarDate
    /// The recency weight `2^(−age / h)`, in (0, 1].
    public var weight: Double

    /// A reference roll call with its weight.
    public init(
      id: DocumentID, symbol: String, resolution: String? = nil, title: String,
      date: CalendarDate, weight: Double
    ) {
      self.id = id
      self.symbol = symbol
      self.resolution = resolution
      self.title = title
      self.date = date
      self.weight = weight
    }
  }

  /// The model's inputs: parameters, their origin, references, alignment, blocs.
  public struct Model: Sendable, Hashable, Codable {
    public var parameters: ModelParameters
    public var parameterOrigin: ParameterOrigin
    /// The reference roll calls, by date.
    public var references: [Reference]
    /// `true` when the references only share an issue tag with the draft (the baseline then
    /// used `ModelParameters.withoutSeries`); `nil` when they are its own series.
    public var tagReferences: Bool?
    /// Roll calls in the alignment window.
    public var alignmentRollCalls: Int
    /// The blocs of the correlated-vote model, by name.
    public var blocs: [String]

    /// The model's inputs.
    public init(
      parameters: ModelParameters, parameterOrigin: ParameterOrigin, references: [Reference],
      alignmentRollCalls: Int, blocs: [String], tagReferences: Bool? = nil
    ) {
      self.parameters = parameters
      self.parameterOrigin = parameterOrigin
      self.references = references
      self.tagReferences = tagReferences
      self.alignmentRollCalls = alignmentRollCalls
      self.blocs = blocs
    }

    /// The baseline's parameters in force for this draft.
    public var baseline: BaselineParameters {
      parameters.baseline(series: tagReferences != true)
    }
  }

  /// The recorded votes in one calendar year before the draft.
  public struct YearCount: Sendable, Hashable, Codable {
    public var year: Int
    /// Roll calls of that year dated before the draft, 0 or more.
    public var rollCalls: Int

    /// `rollCalls` recorded votes in `year`.
    public init(year: Int, rollCalls: Int) {
      self.year = year
      self.rollCalls = rollCalls
    }
  }

  /// How recent the data behind the run is: what a reader needs to judge how
  /// much of the recent past the model has seen.
  public struct Coverage: Sendable, Hashable, Codable {
    /// The date of the latest roll call before the draft, if any.
    public var latestRollCall: CalendarDate?
    /// Its symbol (resolution symbol, else draft symbol, else id).
    public var latestRollCallSymbol: String?
    /// Roll calls per calendar year, from six years before the draft's year to
    /// the draft's year (counting only those dated before the draft).
    public var rollCallsByYear: [YearCount]

    /// The data's coverage.
    public init(
      latestRollCall: CalendarDate?, latestRollCallSymbol: String?, rollCallsByYear: [YearCount]
    ) {
      self.latestRollCall = latestRollCall
      self.latestRollCallSymbol = latestRollCallSymbol
      self.rollCallsByYear = rollCallsByYear
    }
  }

  /// The expected votes of one regional group in one scenario: the sums of its
  /// members' exact vote probabilities.
  public struct GroupExpectation: Sendable, Hashable, Codable {
    /// The scenario's name (as in `scenarios`).
    public var scenario: String
    public var group: RegionalGroup
    /// Members of the group on the draft's date.
    public var members: Int
    /// Expected yes votes, 0 to `members`.
    public var yes: Double
    public var abstain: Double
    public var no: Double
    public var nonVoting: Double

    /// A group's expected votes in a scenario.
    public init(
      scenario: String, group: RegionalGroup, members: Int, yes: Double, abstain: Double,
      no: Double, nonVoting: Double
    ) {
      self.scenario = scenario
      self.group = group
      self.members = members
      self.yes = yes
      self.abstain = abstain
      self.no = no
      self.nonVoting = nonVoting
    }
  }

  public var draft: DraftSummary
  /// The input files, in the order read.
  public var sources: [SourceFile]
  public var run: Run
  public var model: Model
  public var coverage: Coverage
  /// The draft as recorded first, then each scenario in the order given.
  public var scenarios: [ScenarioResult]
  /// Expected votes by regional group: for each scenario in order, the groups
  /// in `RegionalGroup.allCases` order (groups without members left out).
  public var groups: [GroupExpectation]
  /// The model's warnings (such as references dropped).
  public var warnings: [String]
  /// For a replayed roll call: its recorded votes beside the draft as recorded, scored
  /// (`Retrospective`); nil for a draft.
  public var retrospective: Retrospective?

  /// A report of the given parts; most callers use
  /// `init(result:dataset:sources:parameterOrigin:command:toolVersion:)`.
  public init(
    draft: DraftSummary, sources: [SourceFile], run: Run, model: Model, coverage: Coverage,
    scenarios: [ScenarioResult], groups: [GroupExpectation], warnings: [String],
    retrospective: Retrospective? = nil
  ) {
    self.retrospective = retrospective
    self.draft = draft
    self.sources = sources
    self.run = run
    self.model = model
    self.coverage = coverage
    self.scenarios = scenarios
    self.groups = groups
    self.warnings = warnings
  }

  /// The draft as recorded (the first scenario), if the report has any scenario.
  public var baseline: ScenarioResult? { scenarios.first }

  /// The expected votes of each regional group in the scenario named `scenario`.
  public func groups(of scenario: String) -> [GroupExpectation] {
    groups.filter { $0.scenario == scenario }
  }

  /// The number of yes votes that adopts the text when `scenario`'s median
  /// number of states vote no: where reports draw the adoption line.
  ///
  /// Adoption depends on the no votes too, so this is a guide for the eye;
  /// `adoptionProbability` counts each trial's own yes and no votes.
  public func adoptionLine(for scenario: ScenarioResult) -> Int {
    run.rule.yesNeeded(no: scenario.no.q50)
  }
}
