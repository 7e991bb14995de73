/// Which states a recruitment plan may recruit as co-sponsors.
public enum CandidateSelection: Sendable, Hashable, CustomStringConvertible {
  /// Every member that is not a backer (recorded sponsor or a state named)
  /// in the base scenario.
  case nonBackers
  /// The non-backers that might plausibly say yes: those whose `P(yes)` in the
  /// base scenario (where recruits join) is at least `receptiveMinimumYes`
  /// (one half), that is, states more likely than not to vote yes without
  /// being asked.
  ///
  /// The rule is on `P(yes)` alone, not `P(yes) ≥ P(no)`: a state at 2 % yes,
  /// 90 % abstain and 8 % no is not receptive, however unlikely its no. A
  /// co-sponsor puts its name to the text, a larger step than a yes vote, so
  /// only states that would probably vote yes anyway are asked. The default of
  /// `unga recruit` and of `RecruitRequest`: a state set against the draft may
  /// move many followers in the model if it co-sponsored, but asking it to is
  /// not advice anyone can act on.
  case receptive
  /// The members of a regional group that are not backers in the base scenario.
  case group(RegionalGroup)
  /// The states named (alpha-3 or alpha-2 codes, or names), in the order
  /// given; a state that already co-sponsors in the base scenario is dropped
  /// with a warning, a state the base scenario names otherwise (e.g. neutral)
  /// stays a candidate.
  case states([String])

  /// The least `P(yes)` in the base scenario of a `receptive` candidate: 0.5.
  public static let receptiveMinimumYes = 0.5

  /// The rule in words for reports: `receptive (P(yes) ≥ 50 % where recruits
  /// join)`, `all non-backers`, `group WEOG`, `named states`.
  public var rule: String {
    switch self {
    case .nonBackers: "every non-backer"
    case .receptive:
      "receptive: P(yes) ≥ \(Int((Self.receptiveMinimumYes * 100).rounded())) % where recruits join"
    case .group(let group): "the non-backers of the \(group.abbreviation) group"
    case .states: "the states named"
    }
  }

  /// Parses `all`, `receptive`, `group:NAME` (a group's name or
  /// abbreviation, e.g. `group:WEOG`) or a list of codes (`FRA,DEU` or `FRA DEU`).
  /// - Throws: `PlanningError.invalidCandidates` for an unknown group, an
  ///   empty list or a code that is not alphanumeric.
  public init(parsing text: String) throws(PlanningError) {
    let trimmed = Substring(text).drop { $0.isWhitespace }
    if trimmed.lowercased() == "all" {
      self = .nonBackers
      return
    }
    if trimmed.lowercased() == "receptive" {
      self = .receptive
      return
    }
    if trimmed.lowercased().hasPrefix("group:") {
      let name = trimmed.dropFirst("group:".count)
      guard let group = RegionalGroup(name: name) else {
        let known = RegionalGroup.allCases.map(\.abbreviation).joined(separator: ", ")
        throw .invalidCandidates(
          text: text, message: "unknown regional group '\(name)'; expected one of \(known)")
      }
      self = .group(group)
      return
    }
    do {
      self = .states(try Scenario.codes(from: text).map(\.rawValue))
    } catch {
      throw .invalidCandidates(
        text: text, message: "expected all, group:NAME or a list of state codes")
    }
  }

  /// `all`, `receptive`, `group:WEOG` or the codes separated by commas.
  public var description: String {
    switch self {
    case .nonBackers: "all"
    case .receptive: "receptive"
    case .group(let group): "group:\(group.abbreviation)"
    case .states(let codes): codes.joined(separator: ",")
    }
  }

  /// The candidates for recruits joining `base`, as alpha-3 codes, in order
  /// (before any exclusion).
  /// - Throws: `SimulationError` for unknown or non-member codes in `base` or the selection.
  public func states(model: VoteModel, dataset: Dataset, base: Scenario) throws(SimulationError)
    -> [MemberState.Code]
  {
    var warnings: [String] = []
    let scenario = try model.scenario(base, in: dataset)
    return try positions(model: model, dataset: dataset, base: scenario, warnings: &warnings)
      .map { model.states[$0].code }
  }

  /// Positions (in `model.states`) of the candidates, in order.
  ///
  /// `base` is the scenario recruits join.
  /// - Throws: `SimulationError.unknownState` or `.notAMember` for a named state.
  func positions(
    model: VoteModel, dataset: Dataset, base: ScenarioModel, warnings: inout [String]
  ) throws(SimulationError) -> [Int] {
    let stances = base.stances
    switch self {
    case .nonBackers:
      return model.states.indices.filter { stances[$0] == nil }
    case .receptive:
      return model.states.indices.filter {
        stances[$0] == nil && base.probability(member: $0, vote: .yes) >= Self.receptiveMinimumYes
      }
    case .group(let group):
      return model.states.indices.filter { model.states[$0].group == group && stances[$0] == nil }
    case .states(let codes):
      var kept: [Int] = []
      for position in try Self.resolve(codes, model: model, dataset: dataset, context: "candidates")
      {
        if stances[position] == .coSponsor {
          warnings.append(
            "\(model.states[position].code) already co-sponsors in the base scenario;"
              + " not a candidate")
        } else {
          kept.append(position)
        }
      }
      return kept
    }
  }

  /// Positions in `model.states` of the states named, duplicates dropped.
  /// - Throws: `SimulationError.unknownState` naming the first unknown code,
  ///   `.notAMember` for a state that is not a member on the target's date.
  static func resolve(_ codes: [String], model: VoteModel, dataset: Dataset, context: String)
    throws(SimulationError) -> [Int]
  {
    var positions: [Int] = []
    var seen = Set<Int>()
    for code in codes {
      guard let index = dataset.stateIndex(matching: code) else {
        throw .unknownState(code: code, context: context)
      }
      let state = dataset.states[index]
      guard let position = model.position(of: state.code) else {
        throw .notAMember(code: state.code.rawValue, date: model.target.date, context: context)
      }
      if seen.insert(position).inserted { positions.append(position) }
    }
    return positions
  }
}
