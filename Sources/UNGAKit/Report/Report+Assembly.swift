extension Report {
  /// Assembles the report of a simulation run.
  ///
  /// Takes from `dataset` (the one the run used) what the result does not
  /// carry: sponsor names, the references' symbols and titles, and how many
  /// roll calls the data holds in the years before the draft. Computes the
  /// expected votes by regional group from the per-state probabilities.
  ///
  /// - Parameters:
  ///   - result: the simulation's result.
  ///   - dataset: the dataset the run used.
  ///   - sources: the files the dataset was read from (the loader records them).
  ///   - parameterOrigin: where the model parameters came from.
  ///   - command: the exact command line that reproduces the run.
  ///   - toolVersion: the version of the tool.
  /// - Complexity: O(scenarios × members + roll calls).
  public init(
    result: SimulationResult, dataset: Dataset, sources: [SourceFile],
    parameterOrigin: ParameterOrigin, command: String, toolVersion: String
  ) {
    let target = result.target
    let sponsors = target.sponsors.map { code -> StateName in
      guard let index = dataset.stateIndex(code) else {
        return StateName(code: code, name: code.rawValue, group: nil)
      }
      let state = dataset.states[index]
      return StateName(code: code, name: state.name, group: state.group)
    }
    let references = result.references.map { reference -> Reference in
      guard let index = dataset.rollCallIndex(reference.id.rawValue) else {
        return Reference(
          id: reference.id, symbol: reference.id.rawValue, title: "", date: reference.date,
          weight: reference.weight)
      }
      let rollCall = dataset.rollCalls[index]
      return Reference(
        id: reference.id, symbol: rollCall.resolution ?? rollCall.draft ?? rollCall.id.rawValue,
        resolution: rollCall.resolution, title: rollCall.title, date: reference.date,
        weight: reference.weight)
    }
    self.init(
      draft: DraftSummary(
        id: target.id, symbol: target.symbol, kind: target.kind, title: target.title,
        date: target.date, session: target.session, issues: target.issues,
        majority: target.majority, sponsors: sponsors),
      sources: sources,
      run: Run(
        engine: result.engine, rule: result.rule, thresholds: result.thresholds,
        members: result.members, seed: result.seed, trials: result.trials,
        blockSize: result.blockSize, command: command, toolVersion: toolVersion,
        threads: result.threads, modelReplicates: result.modelReplicates),
      model: Model(
        parameters: result.parameters, parameterOrigin: parameterOrigin, references: references,
        alignmentRollCalls: result.alignmentRollCalls, blocs: result.blocs,
        tagReferences: result.tagReferences),
      coverage: Self.coverage(of: dataset, before: target),
      scenarios: result.scenarios,
      groups: result.scenarios.flatMap(Self.groupExpectations),
      warnings: result.warnings, retrospective: result.retrospective)
  }

  /// Sums the members' probabilities by regional group.
  static func groupExpectations(_ scenario: ScenarioResult) -> [GroupExpectation] {
    RegionalGroup.allCases.compactMap { group in
      let members = scenario.states.filter { $0.group == group }
      guard !members.isEmpty else { return nil }
      return GroupExpectation(
        scenario: scenario.name, group: group, members: members.count,
        yes: members.reduce(0) { $0 + $1.pYes },
        abstain: members.reduce(0) { $0 + $1.pAbstain }, no: members.reduce(0) { $0 + $1.pNo },
        nonVoting: members.reduce(0) { $0 + $1.pNonVoting })
    }
  }

  /// The latest roll call before `target` and the roll calls per year in the
  /// six years before its year and in its year.
  static func coverage(of dataset: Dataset, before target: VoteTarget) -> Coverage {
    let firstYear = target.date.year - 6
    var counts = [Int](repeating: 0, count: 7)
    var latest: RollCall?
    // Roll calls are sorted by date, so the last one seen before the target is the latest.
    for rollCall in dataset.rollCalls where rollCall.date < target.date && rollCall.id != target.id
    {
      latest = rollCall
      let offset = rollCall.date.year - firstYear
      if counts.indices.contains(offset) { counts[offset] += 1 }
    }
    return Coverage(
      latestRollCall: latest?.date,
      latestRollCallSymbol: latest.map { $0.resolution ?? $0.draft ?? $0.id.rawValue },
      rollCallsByYear: counts.enumerated().map {
        YearCount(year: firstYear + $0.offset, rollCalls: $0.element)
      })
  }
}
