import Charts

/// The answer at the top of a report, in a few sentences written from the
/// report's own figures: the rule, then for the draft as recorded and each
/// scenario the expected yes and no votes and the probability of adoption,
/// then how far the scenarios move them.
///
///     A/ES-11/L.10 needs more yes than no votes to pass (simple majority) …
///     As recorded (sponsored by Ukraine): about 118 yes …
///     “with USA” (United States co-sponsors): about 125 yes (…; +7.2 on the draft as recorded) …
public enum ReportHeadline {
  /// One sentence: a lead naming the scenario (`As recorded (sponsored by Ukraine):`),
  /// which formats may set in bold, and the rest.
  struct Sentence: Equatable {
    var lead: String?
    var text: String

    /// The whole sentence.
    var plain: String { lead.map { $0 + " " + text } ?? text }
  }

  /// The sentences, in order; plain text (renderers escape them).
  /// - Complexity: O(scenarios).
  public static func sentences(for report: Report) -> [String] {
    parts(for: report).map(\.plain)
  }

  /// The sentences with their leads apart.
  static func parts(for report: Report) -> [Sentence] {
    var sentences = [
      Sentence(
        lead: nil,
        text: "\(report.draft.symbol) needs \(ReportWording.ruleClause(report.run.rule)) to pass"
          + " (\(ReportWording.ruleName(report.run.rule))); abstentions and members not voting do"
          + " not count. Figures are for the \(report.run.members) members on"
          + " \(ReportWording.date(report.draft.date)).")
    ]
    for scenario in report.scenarios {
      sentences.append(sentence(scenario, report: report))
    }
    let others = report.scenarios.filter { !$0.isBaseline }
    if others.count >= 2,
      let low = report.scenarios.min(by: { $0.yes.mean < $1.yes.mean }),
      let high = report.scenarios.max(by: { $0.yes.mean < $1.yes.mean }),
      let unlikely = report.scenarios.min(by: {
        $0.adoptionProbability < $1.adoptionProbability
      }),
      let likely = report.scenarios.max(by: { $0.adoptionProbability < $1.adoptionProbability })
    {
      sentences.append(
        Sentence(
          lead: nil,
          text: "Across the scenarios, expected yes votes run from"
            + " \(NumberFormat.fixed(low.yes.mean, decimals: 1)) (\(quoted(low))) to"
            + " \(NumberFormat.fixed(high.yes.mean, decimals: 1)) (\(quoted(high))), and the"
            + " probability of adoption from \(ReportFigures.percent(unlikely.adoptionProbability))"
            + " (\(quoted(unlikely))) to \(ReportFigures.percent(likely.adoptionProbability))"
            + " (\(quoted(likely)))."))
    }
    return sentences
  }

  private static func sentence(_ scenario: ScenarioResult, report: Report) -> Sentence {
    let name = scenario.isBaseline ? capitalized(scenario.name) : quoted(scenario)
    let lead = "\(name) (\(ReportWording.scenarioChanges(scenario, report: report))):"
    let interval = "90 % interval \(ReportFigures.interval(scenario.yes))"
    let yesRange = modelRange(ReportFigures.range(scenario.yes.modelInterval, decimals: 0))
    guard let difference = scenario.difference, let baseline = report.baseline else {
      return Sentence(
        lead: lead,
        text: "about \(NumberFormat.fixed(scenario.yes.mean, decimals: 0)) yes"
          + " (\(interval)\(yesRange)),"
          + " \(NumberFormat.fixed(scenario.no.mean, decimals: 0)) no and"
          + " \(NumberFormat.fixed(scenario.abstain.mean, decimals: 0)) abstentions;"
          + " \(adoption(scenario, report: report)).")
    }
    // The change first, then where it leaves the vote, then who makes it.
    var text = yesChange(difference.yes.value)
    let changeRange = ReportFigures.range(difference.yes.modelInterval, decimals: 1, signed: true)
    if !changeRange.isEmpty { text += " (model range \(changeRange))" }
    text +=
      ", to about \(NumberFormat.fixed(scenario.yes.mean, decimals: 0)) yes"
      + " (\(interval)\(yesRange)); P(adopted)"
      + " \(ReportFigures.percent(baseline.adoptionProbability)) →"
      + " \(ReportFigures.percent(scenario.adoptionProbability))"
      + " (\(NumberFormat.percentagePoints(difference.adoptionProbability.value))"
      + modelRange(ReportFigures.pointsRange(difference.adoptionProbability.modelInterval))
      + ")"
    let movers = ReportPictures.movers(scenario, report: report, count: 60).filter {
      $0.state.stance == nil
    }
    if movers.isEmpty {
      text +=
        "; no other member moves by "
        + ReportPictures.smallestMoveText + " or more."
    } else {
      let named = movers.prefix(3).map { "\($0.state.name) (\(ReportPictures.moveNote($0)))" }
      text +=
        "; moving most: "
        + (movers.count > 3
          ? named.joined(separator: ", ") + " and \(movers.count - 3) more"
          : ReportWording.list(named)) + "."
    }
    return Sentence(lead: lead, text: text)
  }

  /// `; model range 12 to 15`, or empty without a range.
  private static func modelRange(_ range: String) -> String {
    range.isEmpty ? "" : "; model range \(range)"
  }

  /// `12.3 more yes votes`, `1.1 fewer yes votes`, `no change in yes votes`.
  static func yesChange(_ value: Double) -> String {
    let size = NumberFormat.fixed(abs(value), decimals: 1)
    if size == "0.0" { return "no change in expected yes votes" }
    return "\(size) \(value > 0 ? "more" : "fewer") expected yes votes"
  }

  private static func adoption(_ scenario: ScenarioResult, report: Report) -> String {
    var adoption = "adopted with probability \(ReportFigures.percent(scenario.adoptionProbability))"
    if report.run.engine == .monteCarlo, let trials = report.run.trials {
      let count = NumberFormat.integer(trials, grouping: .comma)
      if scenario.adoptionProbability >= 1 { adoption = "adopted in all \(count) trials" }
      if scenario.adoptionProbability <= 0 { adoption = "adopted in none of the \(count) trials" }
    }
    return adoption
  }

  private static func quoted(_ scenario: ScenarioResult) -> String {
    scenario.isBaseline ? scenario.name : "\u{201C}\(scenario.name)\u{201D}"
  }

  private static func capitalized(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
