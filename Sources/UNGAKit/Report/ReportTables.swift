import Charts

/// Rows and layouts that several formats share, so each format lays out the
/// same figures rather than computing its own.
enum ReportTables {
  /// One probability of a scenario: `P(adopted)` or `P(yes ≥ K)`, with its
  /// change from the draft as recorded (nil for the baseline).
  struct Measure: Equatable {
    var label: String
    var value: String
    var change: String?
  }

  /// P(adopted), then P(yes ≥ K) for each threshold, formatted.
  static func probabilityRows(_ scenario: ScenarioResult, exact: Bool) -> [Measure] {
    let difference = scenario.difference
    var rows = [
      Measure(
        label: "P(adopted)",
        value: ReportFigures.probability(
          scenario.adoptionProbability, standardError: scenario.adoptionProbabilityStandardError,
          exact: exact),
        change: difference.map {
          ReportFigures.pointsDifference(
            $0.adoptionProbability.value, standardError: $0.adoptionProbability.standardError,
            exact: exact)
        })
    ]
    for (index, threshold) in scenario.thresholds.enumerated() {
      let change = difference.flatMap { difference in
        difference.thresholds.indices.contains(index) ? difference.thresholds[index] : nil
      }
      rows.append(
        Measure(
          label: ReportWording.thresholdLabel(threshold.yes),
          value: ReportFigures.probability(
            threshold.probability, standardError: threshold.standardError, exact: exact),
          change: change.map {
            ReportFigures.pointsDifference(
              $0.probability, standardError: $0.standardError, exact: exact)
          }))
    }
    return rows
  }

  /// Expected votes by regional group, grouped by group (in `RegionalGroup.allCases`
  /// order) so the scenarios of a group sit together: the group and its members on its
  /// first row, then the scenario and the expected yes, no, abstain and non-voting votes.
  static func groupRows(_ report: Report) -> [[String]] {
    RegionalGroup.allCases.flatMap { group in
      report.groups.filter { $0.group == group }.enumerated().map { index, row in
        [
          index == 0 ? "\(group.rawValue) (\(row.members))" : "", row.scenario,
          NumberFormat.fixed(row.yes, decimals: 1), NumberFormat.fixed(row.no, decimals: 1),
          NumberFormat.fixed(row.abstain, decimals: 1),
          NumberFormat.fixed(row.nonVoting, decimals: 1),
        ]
      }
    }
  }

  /// The most reference roll calls the human-readable formats list; the JSON has them all.
  static let listedReferenceLimit = 20

  /// The references to list (the most recent `listedReferenceLimit`, by date) and a
  /// sentence on those left out, if any.
  static func listedReferences(_ report: Report) -> (shown: [Report.Reference], note: String?) {
    let references = report.model.references
    guard references.count > listedReferenceLimit else { return (references, nil) }
    let omitted = references.dropLast(listedReferenceLimit)
    let note =
      "The \(listedReferenceLimit) most recent are listed; the \(omitted.count) earlier ones,"
      + " from \(omitted.first?.date.description ?? "") to \(omitted.last?.date.description ?? ""),"
      + " are in the JSON format."
    return (Array(references.suffix(listedReferenceLimit)), note)
  }

  /// How the yes-vote histograms of a report are drawn so they compare: one
  /// range of outcomes and one vertical scale for all, and each scenario's
  /// adoption line.
  struct HistogramLayout: Equatable {
    /// The yes counts shown: all but 0.1 % of each scenario's mass, and every adoption line.
    var range: ClosedRange<Int>
    /// The largest probability of a single count in `range`, over all scenarios.
    var maximum: Double
    /// `Report.adoptionLine(for:)` of each scenario, in order.
    var lines: [Int]
  }

  /// How the adoption-margin histograms of a report are drawn so they compare: each
  /// scenario's margin distribution, one range (all but 0.2 % of each scenario's mass, and
  /// the adopting margin) and one vertical scale; nil when the engine did not measure the
  /// margins (exact runs).
  struct MarginLayout {
    var margins: [OutcomeDistribution]
    var range: ClosedRange<Int>
    var maximum: Double
    /// `MajorityRule.adoptingMargin`: the draft is adopted at this margin or more.
    var line: Int
  }

  static func marginLayout(_ report: Report) -> MarginLayout? {
    let margins = report.scenarios.compactMap(\.margin)
    guard !margins.isEmpty, margins.count == report.scenarios.count else { return nil }
    let line = report.run.rule.adoptingMargin
    var lower = line
    var upper = line
    for distribution in margins {
      let visible = DistributionRange.visible(
        masses: [distribution.mass], origin: distribution.origin, tail: 0.002, including: [line])
      lower = min(lower, visible.lowerBound)
      upper = max(upper, visible.upperBound)
    }
    var maximum = 0.0
    for distribution in margins {
      for outcome in lower...upper
      where distribution.mass.indices.contains(outcome - distribution.origin) {
        maximum = max(maximum, distribution.mass[outcome - distribution.origin])
      }
    }
    return MarginLayout(margins: margins, range: lower...upper, maximum: maximum, line: line)
  }

  static func histogramLayout(_ report: Report) -> HistogramLayout {
    let lines = report.scenarios.map(report.adoptionLine(for:))
    let range = DistributionRange.visible(
      masses: report.scenarios.map(\.yesHistogram), including: lines)
    var maximum = 0.0
    for scenario in report.scenarios {
      for k in range where scenario.yesHistogram.indices.contains(k) {
        maximum = max(maximum, scenario.yesHistogram[k])
      }
    }
    return HistogramLayout(range: range, maximum: maximum, lines: lines)
  }

  /// The at-a-glance table every format shows under the headline: per scenario the expected
  /// yes votes with their 90 % interval, the expected no votes, P(adopted) and the change in
  /// yes votes, with the model ranges beside them when the run has parameter replicates.
  struct Glance: Equatable {
    var columns: [(title: String, isNumeric: Bool)]
    var rows: [[String]]

    static func == (left: Glance, right: Glance) -> Bool {
      left.rows == right.rows && left.columns.map(\.title) == right.columns.map(\.title)
    }
  }

  /// The at-a-glance table; `describe` adds each scenario's changes to its name. `compact`
  /// (for terminals) leaves out the 90 % interval and the expected no votes when model ranges
  /// take the room; the expected-votes table has them.
  static func glance(_ report: Report, describe: Bool, compact: Bool = false) -> Glance {
    let ranged = report.run.modelReplicates != nil
    let spread = !(compact && ranged)
    var columns: [(title: String, isNumeric: Bool)] = [("Scenario", false), ("Expected yes", true)]
    if spread { columns.append(("90 % interval", true)) }
    if ranged { columns.append(("Model range", true)) }
    if spread { columns.append(("Expected no", true)) }
    columns.append(("P(adopted)", true))
    if ranged { columns.append(("Model range", true)) }
    columns.append(("Change in yes", true))
    if ranged { columns.append(("Model range", true)) }
    let rows = report.scenarios.map { scenario -> [String] in
      var row = [
        describe
          ? "\(scenario.name) (\(ReportWording.scenarioChanges(scenario, report: report)))"
          : scenario.name,
        NumberFormat.fixed(scenario.yes.mean, decimals: 1),
      ]
      if spread { row.append(ReportFigures.interval(scenario.yes)) }
      if ranged { row.append(ReportFigures.range(scenario.yes.modelInterval, decimals: 1)) }
      if spread { row.append(NumberFormat.fixed(scenario.no.mean, decimals: 1)) }
      row.append(ReportFigures.percent(scenario.adoptionProbability))
      if ranged {
        row.append(ReportFigures.percentRange(scenario.adoptionProbabilityModelInterval))
      }
      row.append(scenario.difference.map { NumberFormat.signed($0.yes.value, decimals: 1) } ?? "")
      if ranged {
        row.append(
          ReportFigures.range(scenario.difference?.yes.modelInterval, decimals: 1, signed: true))
      }
      return row
    }
    return Glance(columns: columns, rows: rows)
  }
}
