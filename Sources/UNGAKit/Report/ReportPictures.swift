import Charts

/// The report's charts, built from its figures with the general chart kit: who moves in
/// each scenario, the map, the margin that decides adoption, the paired differences and the
/// change by regional group. Every function is generic over the scenarios the report holds.
enum ReportPictures {
  /// A member's move between the draft as recorded and a scenario.
  struct Mover: Equatable {
    var state: ScenarioResult.StateMarginal
    var baseline: ScenarioResult.StateMarginal

    var yesChange: Double { state.pYes - baseline.pYes }
    var noChange: Double { state.pNo - baseline.pNo }
    /// The larger of the two changes, in size.
    var size: Double { max(abs(yesChange), abs(noChange)) }
  }

  /// Changes below this (in probability) are not a move worth naming: 0.5 percentage points.
  static let smallestMove = 0.005

  /// ``smallestMove`` in words: `0.5 pp`.
  static var smallestMoveText: String {
    NumberFormat.fixed(smallestMove * 100, decimals: 1) + " pp"
  }

  /// The members of `scenario` whose P(yes) or P(no) moves most against the draft as
  /// recorded, largest first (ties by code), at most `count`, none below ``smallestMove``.
  static func movers(_ scenario: ScenarioResult, report: Report, count: Int = 10) -> [Mover] {
    guard let baseline = report.baseline, !scenario.isBaseline else { return [] }
    let before = Dictionary(baseline.states.map { ($0.state, $0) }, uniquingKeysWith: { a, _ in a })
    let moves = scenario.states.compactMap { state -> Mover? in
      guard let base = before[state.state] else { return nil }
      let mover = Mover(state: state, baseline: base)
      return mover.size >= smallestMove ? mover : nil
    }
    return Array(
      moves.sorted { $0.size != $1.size ? $0.size > $1.size : $0.state.state < $1.state.state }
        .prefix(max(count, 0)))
  }

  /// `+12 pp yes`, `−30 pp no`: the larger of a mover's two changes.
  static func moveNote(_ mover: Mover) -> String {
    let yes = abs(mover.yesChange) >= abs(mover.noChange)
    let change = yes ? mover.yesChange : mover.noChange
    return NumberFormat.percentagePoints(change, decimals: 0) + (yes ? " yes" : " no")
  }

  /// The dot-and-arrow chart of who moves in `scenario`, or nil when nobody moves.
  static func whoMoves(_ scenario: ScenarioResult, report: Report) -> ArrowChart? {
    let movers = movers(scenario, report: report)
    guard !movers.isEmpty else { return nil }
    let changes = ReportWording.scenarioChanges(scenario, report: report)
    return ArrowChart(
      title: "Who moves: \(scenario.name) (\(changes))",
      summary: "The members whose probability of voting yes or no changes most from the draft"
        + " as recorded: "
        + movers.map { "\($0.state.name) \(moveNote($0))" }.joined(separator: ", ") + ".",
      seriesNames: ["P(yes)", "P(no)"],
      rows: movers.map { mover in
        ArrowChart.Row(
          label: mover.state.name,
          moves: [
            .init(from: mover.baseline.pYes, to: mover.state.pYes),
            .init(from: mover.baseline.pNo, to: mover.state.pNo),
          ], note: moveNote(mover))
      }, valueTitle: "Probability, as recorded (○) and in the scenario (▶)", domain: 0...1,
      ticks: .percent)
  }

  /// Colours of the votes on the map: yes blue, no vermillion, abstain grey, not voting
  /// white (Okabe–Ito hues).
  static let yesColor = ChartPalette.color(0)
  static let noColor = ChartPalette.color(4)
  static let abstainColor = "#b8b8b8"
  static let absentColor = "#ffffff"

  /// The map of the draft as recorded: each member's tile mixes the vote colours in
  /// proportion to its probabilities, so a sure yes is deep blue and a toss-up is pale.
  static func baselineMap(_ report: Report, grid: TileGrid) -> TileMap? {
    guard let baseline = report.baseline else { return nil }
    let tiles = baseline.states.compactMap { state -> TileMap.Tile? in
      guard let position = grid.positions[state.state] else { return nil }
      return TileMap.Tile(
        column: position.column, row: position.row, code: state.state.rawValue, name: state.name,
        color: ChartPalette.blend([
          (yesColor, state.pYes), (noColor, state.pNo), (abstainColor, state.pAbstain),
          (absentColor, state.pNonVoting),
        ]),
        detail: "yes \(ReportFigures.statePercent(state.pYes)) %, abstain"
          + " \(ReportFigures.statePercent(state.pAbstain)) %, no"
          + " \(ReportFigures.statePercent(state.pNo)) %")
    }
    return TileMap(
      title: "How each member is expected to vote: \(baseline.name)",
      summary: "A tile per member, placed roughly where it lies; blue for yes, grey for"
        + " abstain, vermillion for no, mixed in proportion to the probabilities.",
      tiles: fitted(tiles),
      legend: [
        .init(label: "yes (sure)", color: yesColor),
        .init(
          label: "yes 60 %, abstain 40 %", color: ChartPalette.mix(yesColor, abstainColor, 0.4)),
        .init(label: "abstain (sure)", color: abstainColor),
        .init(label: "no 60 %, abstain 40 %", color: ChartPalette.mix(noColor, abstainColor, 0.4)),
        .init(label: "no (sure)", color: noColor),
      ])
  }

  /// For a replayed roll call, the map of the votes cast, coloured as the baseline map's sure
  /// votes (white: did not vote), each tile's tooltip with the prediction beside it. Nil for
  /// a draft.
  static func recordedMap(_ report: Report, grid: TileGrid) -> TileMap? {
    guard let retrospective = report.retrospective else { return nil }
    let colors: [Vote: String] = [
      .yes: yesColor, .abstain: abstainColor, .no: noColor, .nonVoting: absentColor,
    ]
    let tiles = retrospective.members.compactMap { member -> TileMap.Tile? in
      guard let position = grid.positions[member.state] else { return nil }
      var detail = "voted \(ReportRetrospective.word(member.recorded))"
      if let probability = member.probability {
        detail +=
          " (the model gave it \(ReportFigures.statePercent(probability)) %); most likely"
          + " \(ReportRetrospective.word(member.mostLikely))"
          + (member.isHit == true ? "" : ", missed")
      }
      return TileMap.Tile(
        column: position.column, row: position.row, code: member.state.rawValue,
        name: member.name, color: colors[member.recorded] ?? absentColor, detail: detail)
    }
    return TileMap(
      title: "How each member voted: \(report.draft.symbol)",
      summary: "A tile per member, placed as on the map of the prediction; blue for yes, grey"
        + " for abstain, vermillion for no, white for members that did not vote.",
      tiles: fitted(tiles),
      legend: [
        .init(label: "yes", color: yesColor), .init(label: "abstain", color: abstainColor),
        .init(label: "no", color: noColor), .init(label: "did not vote", color: absentColor),
      ])
  }

  /// The map of a scenario's change in P(yes) from the draft as recorded: blue where it
  /// rises, vermillion where it falls, white where it does not move; full colour at ±40
  /// percentage points or more. Nil when fewer than ``mapMovers`` members move.
  static func changeMap(_ scenario: ScenarioResult, report: Report, grid: TileGrid) -> TileMap? {
    guard let baseline = report.baseline, !scenario.isBaseline,
      movers(scenario, report: report, count: mapMovers).count >= mapMovers
    else { return nil }
    let before = Dictionary(baseline.states.map { ($0.state, $0) }, uniquingKeysWith: { a, _ in a })
    let tiles = scenario.states.compactMap { state -> TileMap.Tile? in
      guard let position = grid.positions[state.state], let base = before[state.state] else {
        return nil
      }
      let change = state.pYes - base.pYes
      return TileMap.Tile(
        column: position.column, row: position.row, code: state.state.rawValue, name: state.name,
        color: changeColor(change),
        detail: "P(yes) \(ReportFigures.statePercent(base.pYes)) % → "
          + "\(ReportFigures.statePercent(state.pYes)) % ("
          + NumberFormat.percentagePoints(change, decimals: 0) + ")")
    }
    return TileMap(
      title: "Change in P(yes): \(scenario.name)"
        + " (\(ReportWording.scenarioChanges(scenario, report: report)))",
      summary: "A tile per member; blue where the probability of a yes vote rises against the"
        + " draft as recorded, vermillion where it falls, white where it does not move.",
      tiles: fitted(tiles),
      legend: [-0.4, -0.1, 0, 0.1, 0.4].map { change in
        .init(
          label: change == 0 ? "no change" : NumberFormat.percentagePoints(change, decimals: 0),
          color: changeColor(change))
      })
  }

  /// A scenario's change map is drawn when at least this many members move (by
  /// ``smallestMove`` or more); with fewer, the arrows say it all.
  static let mapMovers = 5

  /// Full colour at this change in P(yes) (40 percentage points).
  static let fullChange = 0.4

  /// The colour of a change in P(yes); its strength grows with the square root of the
  /// change, so that a move of 10 percentage points is half-strength and visible.
  static func changeColor(_ change: Double) -> String {
    let strength = min(abs(change) / fullChange, 1).squareRoot()
    guard change.isFinite, strength > 0 else { return "#f4f4f4" }
    return ChartPalette.mix("#f4f4f4", change > 0 ? yesColor : noColor, strength)
  }

  /// `tiles` moved so that the first used column and row are 0 (the grid's own corner may
  /// hold only places that are not members).
  private static func fitted(_ tiles: [TileMap.Tile]) -> [TileMap.Tile] {
    let left = tiles.map(\.column).min() ?? 0
    let top = tiles.map(\.row).min() ?? 0
    return tiles.map { tile in
      var tile = tile
      tile.column -= left
      tile.row -= top
      return tile
    }
  }

  /// The distribution of the adoption margin in every scenario, with the line where adoption
  /// starts; nil when the engine did not measure it (exact runs).
  static func margins(_ report: Report) -> HistogramChart? {
    guard let layout = ReportTables.marginLayout(report) else { return nil }
    let rule = report.run.rule
    let line = layout.line
    let measured = Array(zip(report.scenarios, layout.margins))
    return HistogramChart(
      title: "The margin that decides adoption",
      summary: "Distribution of \(marginName(rule)) in each scenario; the draft is adopted at a"
        + " margin of \(line) or more. "
        + measured.map { scenario, _ in
          "\(scenario.name): P(fails) \(ReportFigures.percent(1 - scenario.adoptionProbability))"
        }.joined(separator: "; ") + ".",
      series: measured.map { scenario, distribution in
        HistogramChart.Series(
          name: "\(scenario.name): \(ReportWording.scenarioChanges(scenario, report: report))",
          mass: distribution.mass, origin: distribution.origin,
          note: "P(fails) \(ReportFigures.percent(1 - scenario.adoptionProbability))")
      }, marker: .init(outcome: line, label: "adopted from here"),
      xTitle: marginTitle(rule), range: layout.range)
  }

  /// What the margin is, in words.
  static func marginName(_ rule: MajorityRule) -> String {
    switch rule {
    case .simple: "yes − no"
    case .twoThirds: "3 × yes − 2 × (yes + no), that is yes − 2 × no"
    }
  }

  static func marginTitle(_ rule: MajorityRule) -> String {
    switch rule {
    case .simple: "Yes votes minus no votes"
    case .twoThirds: "3 × yes − 2 × (yes + no)"
    }
  }

  /// The distribution of each scenario's yes votes minus the baseline's on the same draws;
  /// nil when no scenario has it.
  static func differences(_ report: Report) -> HistogramChart? {
    let measured = report.scenarios.compactMap { scenario in
      scenario.difference?.yesDistribution.map { (scenario, $0) }
    }
    guard !measured.isEmpty else { return nil }
    var lower = 0
    var upper = 0
    for (_, distribution) in measured {
      let visible = DistributionRange.visible(
        masses: [distribution.mass], origin: distribution.origin, tail: 0.002, including: [0])
      lower = min(lower, visible.lowerBound)
      upper = max(upper, visible.upperBound)
    }
    return HistogramChart(
      title: "Change in yes votes from the draft as recorded",
      summary: "For each scenario, how many more (or fewer) yes votes it gets than the draft as"
        + " recorded in the same simulated vote. "
        + measured.map { scenario, distribution in
          "\(scenario.name): mean \(NumberFormat.signed(scenario.difference?.yes.value ?? 0, decimals: 1)),"
            + " P(fewer) \(ReportFigures.percent(1 - distribution.probability(atLeast: 0)))"
        }.joined(separator: "; ") + ".",
      series: measured.map { scenario, distribution in
        HistogramChart.Series(
          name: "\(scenario.name): \(ReportWording.scenarioChanges(scenario, report: report))",
          mass: distribution.mass, origin: distribution.origin,
          note: "mean \(NumberFormat.signed(scenario.difference?.yes.value ?? 0, decimals: 1))")
      }, marker: .init(outcome: 0, label: "no change"),
      xTitle: "Yes votes, scenario minus draft as recorded", range: lower...upper)
  }

  /// The change in expected yes votes by regional group, one bar per scenario that differs
  /// from the draft as recorded; nil when there is none.
  static func groupChanges(_ report: Report) -> BarChart? {
    guard let baseline = report.baseline else { return nil }
    let others = report.scenarios.filter { !$0.isBaseline }
    guard !others.isEmpty else { return nil }
    let categories = RegionalGroup.allCases.compactMap { group -> BarChart.Category? in
      let rows = report.groups.filter { $0.group == group }
      guard let base = rows.first(where: { $0.scenario == baseline.name }) else { return nil }
      return BarChart.Category(
        name: "\(group.rawValue) (\(base.members))",
        bars: others.map { scenario in
          rows.first { $0.scenario == scenario.name }.map {
            BarChart.Bar(
              $0.yes - base.yes, label: NumberFormat.signed($0.yes - base.yes, decimals: 1))
          }
        })
    }
    return BarChart(
      title: "Change in expected yes votes by regional group",
      summary: "How many more (or fewer) yes votes each regional group is expected to cast in"
        + " each scenario than in the draft as recorded.",
      seriesNames: others.map(\.name), categories: categories,
      valueTitle: "Change in expected yes votes")
  }
}
