/// The vote model prepared for one target: baseline, latent thresholds,
/// backers' influence, alignment and blocs (MODEL.md §1–4). Scenarios are evaluated against it
/// with `scenario(_:)`; engines sample or enumerate their outcomes.
///
/// Building a model does the data work once (reference selection, weighted
/// counts, alignment over the window); evaluating a scenario is O(b · n) for
/// b influential backers, so planners can try many scenarios cheaply.
public struct VoteModel: Sendable {
  /// What is being modelled.
  public let target: VoteTarget
  public let parameters: ModelParameters
  public let baseline: Baseline
  /// Whether the references are the target's own series (or named ones) rather than roll
  /// calls sharing an issue tag; the baseline's parameters follow
  /// (`ModelParameters.baseline(series:)`).
  public let referencesAreSeries: Bool
  /// Alignment among the members over the window.
  public let alignment: AlignmentMatrix
  /// The members on the target's date, in dataset order (by code).
  public let states: [MemberState]
  /// Each member's bloc, an index into `blocNames`.
  public let blocs: [Int]
  public let blocNames: [String]
  /// `q_i`, the probability of non-voting.
  public let absence: [Double]
  /// `t_i⁺ = Φ⁻¹(1 − P(yes | present))`.
  public let upperThresholds: [Double]
  /// `t_i⁻ = Φ⁻¹(P(no | present))`.
  public let lowerThresholds: [Double]
  /// Positions (in `states`) of the target's recorded sponsors that are members.
  public let recordedSponsors: [Int]
  /// The members whose influence is switched on (`ModelParameters.backers`),
  /// in the parameters' order.
  public let influences: [Influence]

  /// An influential backer among the members.
  public struct Influence: Sendable {
    /// Its position in `states`.
    public var member: Int
    /// The measured influence.
    public var influence: BackerInfluence
    /// `θ_b · w_ib` per member (0 for the backer itself).
    public var pulls: [Double]
  }
  /// Things a reader should know about the inputs (skipped references,
  /// sponsors that are not members, an empty alignment window).
  public let warnings: [String]

  private let positionByCode: [MemberState.Code: Int]

  /// The number of members modelled.
  public var memberCount: Int { states.count }

  /// Prepares the model for the draft or roll call `key` (id or symbol).
  /// - Throws: `AnalysisError` for an unknown target or references, or no
  ///   usable reference; `SimulationError` for invalid parameters.
  public init(
    dataset: Dataset, target key: String, parameters: ModelParameters = .defaults,
    references: ReferenceSelection = .series, blocs: BlocAssignment = .regionalGroups
  ) throws {
    try self.init(
      dataset: dataset, target: VoteTarget(dataset: dataset, key: key), parameters: parameters,
      references: references, blocs: blocs)
  }

  /// Prepares the model for `target`.
  /// - Throws: as `init(dataset:target:parameters:references:blocs:)` above.
  /// - Complexity: O(r · s) for the baseline over r references and s states,
  ///   plus O(n² · w / 64) for the alignment of n members over w window roll calls.
  public init(
    dataset: Dataset, target: VoteTarget, parameters: ModelParameters = .defaults,
    references: ReferenceSelection = .series, blocs: BlocAssignment = .regionalGroups
  ) throws {
    try parameters.validate()
    let chosen = try references.references(in: dataset, for: target)
    let baseline = try Baseline(
      dataset: dataset, date: target.date, referenceRollCalls: chosen.rollCalls,
      parameters: parameters.baseline(series: chosen.series), target: target.symbol)
    let window = AlignmentWindow.rollCalls(
      in: dataset, before: target.date, sessions: parameters.alignmentSessions)
    let states = baseline.members.map { dataset.states[$0] }
    var warnings: [String] = []
    if !baseline.skippedReferences.isEmpty {
      warnings.append(
        "skipped references without a vote by a member: "
          + baseline.skippedReferences.map(\.rawValue).joined(separator: ", "))
    }
    if window.isEmpty {
      warnings.append("no contested roll call in the alignment window")
    }

    var positionByCode: [MemberState.Code: Int] = [:]
    for (position, state) in states.enumerated() { positionByCode[state.code] = position }
    var sponsors: [Int] = []
    for code in target.sponsors {
      if let position = positionByCode[code] {
        sponsors.append(position)
      } else {
        warnings.append("recorded sponsor \(code) is not a member on \(target.date); ignored")
      }
    }

    let (absence, upper, lower) = VoteModel.cuts(of: baseline)
    let assignment = blocs.blocs(of: states)
    let codes = states.map(\.code)
    let influences = VoteModel.influences(
      parameters, codes: codes, positionByCode: positionByCode)

    self.target = target
    self.parameters = parameters
    self.baseline = baseline
    self.referencesAreSeries = chosen.series
    self.alignment = AlignmentMatrix(dataset: dataset, states: baseline.members, rollCalls: window)
    self.states = states
    self.blocs = assignment.bloc
    self.blocNames = assignment.names
    self.absence = absence
    self.upperThresholds = upper
    self.lowerThresholds = lower
    self.recordedSponsors = sponsors
    self.influences = influences
    self.warnings = warnings
    self.positionByCode = positionByCode
  }

  /// This model under other backers and correlations: the baseline, alignment, blocs and
  /// cuts are kept and only the backers' pulls are recomputed, so `parameters` must share this
  /// model's baseline parameters and alignment window (as the calibration's replicates do).
  /// Much cheaper than building the model again.
  /// - Throws: what `ModelParameters.validate()` throws; `nil` when `parameters` differ in
  ///   the baseline or the alignment window.
  public func replacingBackers(with parameters: ModelParameters) throws -> VoteModel? {
    guard parameters.baseline == self.parameters.baseline,
      parameters.withoutSeries == self.parameters.withoutSeries,
      parameters.alignmentSessions == self.parameters.alignmentSessions
    else { return nil }
    try parameters.validate()
    return VoteModel(copying: self, parameters: parameters, influences: influences(parameters))
  }

  /// The active backers of `parameters` that are members here, with their pulls.
  private func influences(_ parameters: ModelParameters) -> [Influence] {
    VoteModel.influences(
      parameters, codes: states.map(\.code), positionByCode: positionByCode)
  }

  /// The active backers of `parameters` among the members `codes`, with their pulls.
  private static func influences(
    _ parameters: ModelParameters, codes: [MemberState.Code],
    positionByCode: [MemberState.Code: Int]
  ) -> [Influence] {
    parameters.activeBackers.compactMap { influence -> Influence? in
      guard let member = positionByCode[influence.backer] else { return nil }
      return Influence(member: member, influence: influence, pulls: influence.pulls(for: codes))
    }
  }

  /// This model under other parameters that share its alignment window (as the calibration's
  /// replicates do): the baseline is recomputed over the same references, the alignment and
  /// blocs are kept. Cheaper than building the model again, which finds the references and
  /// the alignment anew.
  /// - Parameter dataset: the dataset this model was built from.
  /// - Throws: what `ModelParameters.validate()` and `Baseline` throw; `nil` when the
  ///   alignment window differs.
  public func replacingParameters(with parameters: ModelParameters, dataset: Dataset) throws
    -> VoteModel?
  {
    if let same = try replacingBackers(with: parameters) { return same }
    guard parameters.alignmentSessions == self.parameters.alignmentSessions else { return nil }
    try parameters.validate()
    let baseline = try Baseline(
      dataset: dataset, date: target.date, referenceRollCalls: baseline.references.map(\.rollCall),
      parameters: parameters.baseline(series: referencesAreSeries), target: target.symbol)
    return VoteModel(
      copying: self, parameters: parameters, influences: influences(parameters),
      baseline: baseline)
  }

  /// Each member's absence and latent thresholds (upper, lower) from its baseline.
  private static func cuts(of baseline: Baseline) -> ([Double], [Double], [Double]) {
    var absence: [Double] = []
    var upper: [Double] = []
    var lower: [Double] = []
    for position in baseline.members.indices {
      let yes = baseline.probability(member: position, vote: .yes)
      let abstain = baseline.probability(member: position, vote: .abstain)
      let no = baseline.probability(member: position, vote: .no)
      let present = yes + abstain + no
      absence.append(baseline.probability(member: position, vote: .nonVoting))
      upper.append(StandardNormal.quantile((abstain + no) / present))
      lower.append(StandardNormal.quantile(no / present))
    }
    return (absence, upper, lower)
  }

  private init(
    copying model: VoteModel, parameters: ModelParameters, influences: [Influence],
    baseline: Baseline? = nil
  ) {
    target = model.target
    self.parameters = parameters
    self.baseline = baseline ?? model.baseline
    referencesAreSeries = model.referencesAreSeries
    alignment = model.alignment
    states = model.states
    blocs = model.blocs
    blocNames = model.blocNames
    if let baseline {
      (absence, upperThresholds, lowerThresholds) = VoteModel.cuts(of: baseline)
    } else {
      absence = model.absence
      upperThresholds = model.upperThresholds
      lowerThresholds = model.lowerThresholds
    }
    recordedSponsors = model.recordedSponsors
    self.influences = influences
    warnings = model.warnings
    positionByCode = model.positionByCode
  }

  /// Member `position`'s latent cuts and absence (its baseline).
  public func cuts(member position: Int) -> LatentCuts {
    LatentCuts(
      upper: upperThresholds[position], lower: lowerThresholds[position],
      absence: absence[position])
  }

  /// The position of a member in `states`, or `nil`.
  public func position(of code: MemberState.Code) -> Int? { positionByCode[code] }

  /// The draft as recorded: its sponsors co-sponsor (and vote yes); every
  /// other influential backer's vote is left open (drawn, see `ScenarioModel`).
  public func recorded(name: String = ScenarioModel.recordedName) -> ScenarioModel {
    ScenarioModel(model: self, name: name, changes: [], isBaseline: true)
  }

  /// A scenario evaluated against the model: the recorded sponsors co-sponsor,
  /// overridden by the scenario's changes.
  ///
  /// The scenario's codes may be alpha-3, alpha-2 or names; they are resolved
  /// against `dataset` (the one the model was built from).
  /// - Throws: `SimulationError.unknownState`, `.notAMember`, `.conflictingStance`.
  public func scenario(_ scenario: Scenario, in dataset: Dataset) throws(SimulationError)
    -> ScenarioModel
  {
    let resolved = try scenario.resolved(in: dataset, date: target.date)
    return try self.scenario(resolved)
  }

  /// A scenario whose codes are already alpha-3 codes of members.
  /// - Throws: `SimulationError.unknownState` for a code that is not a member.
  public func scenario(_ scenario: Scenario) throws(SimulationError) -> ScenarioModel {
    for change in scenario.changes where positionByCode[change.state] == nil {
      throw .unknownState(code: change.state.rawValue, context: "scenario '\(scenario.name)'")
    }
    return ScenarioModel(
      model: self, name: scenario.name, changes: scenario.changes, isBaseline: false)
  }
}
