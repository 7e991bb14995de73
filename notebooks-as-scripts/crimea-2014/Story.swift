import Charts
import Foundation
import NotebookSupport
import UNGAKit

/// The retrospective as a document: headline findings, then the evidence, then methods and
/// caveats. Every number in the text is read from the `Analysis`.
enum Story {
  static func document(_ a: Analysis) -> ReportDocument {
    var document = ReportDocument(
      title: "The Crimea vote in hindsight: what the model would have said about A/RES/68/262",
      kicker: "UN General Assembly · retrospective · \(Analysis.target)",
      standfirst:
        "On \(ReportWording.date(a.rollCall.date)) the Assembly adopted"
        + " \u{201C}\(a.rollCall.title)\u{201D}"
        + " by \(a.recorded.yes) votes to \(a.recorded.no), with \(a.recorded.abstain)"
        + " abstentions; the United States was among its \(a.model.recordedSponsors.count)"
        + " sponsors in the data. Given only the votes before that day, how close would the"
        + " model have come, where did it go wrong, and what was Washington's co-sponsorship"
        + " worth?")
    document.append(.highlights(title: "Key findings", items: keyFindings(a)))
    document.append(contentsOf: settings(a))
    document.append(contentsOf: precedents(a))
    document.append(contentsOf: prediction(a))
    document.append(contentsOf: stateByState(a))
    document.append(contentsOf: rules(a))
    document.append(contentsOf: sensitivity(a))
    document.append(contentsOf: withoutWashington(a))
    document.append(contentsOf: methods(a))
    return document
  }

  // MARK: Key findings

  static func keyFindings(_ a: Analysis) -> [String] {
    let yes = a.asRecorded.yes
    let verdict: String
    if a.recorded.yes < yes.q05 {
      verdict = "The model over-predicted support."
    } else if a.recorded.yes > yes.q95 {
      verdict = "The model under-predicted support."
    } else if Double(a.recorded.yes) < yes.mean {
      verdict = "The model expected more support than came, within its range."
    } else {
      verdict = "The model expected less support than came, within its range."
    }
    let outside = countsInside(a).filter { !$0.inside }.map(\.name)
    let range =
      outside.isEmpty
      ? "all four recorded counts are inside the model's 90 % intervals"
      : "the recorded \(ReportWording.list(outside)) fell outside the model's 90 % intervals"
    let model = a.scores[0].score
    let rules = a.scores.dropFirst()
    let betterRules = rules.filter {
      ($0.score.logLoss ?? .infinity) < (model.logLoss ?? .infinity)
    }
    let calibration =
      betterRules.isEmpty
      ? "and its probabilities scored better than three simple rules'"
      : "but it was too sure of itself: \(betterRules.count) of \(rules.count) simple rules"
        + " (\(ReportWording.list(betterRules.map { $0.name.lowercased() }))) gave the votes cast"
        + " more probability (lower log loss)"
    let worst = a.calls.filter { !$0.isHit }.sorted { $0.pRecorded < $1.pRecorded }.prefix(5)
    let shifts = a.asRecorded.states.map(\.shift).sorted()
    let neutralCost = a.neutral.difference?.yes
    let opposingCost = a.opposing.difference?.yes
    let washington =
      abs(opposingCost?.value ?? 0) < Analysis.smallChange
      ? "Washington's co-sponsorship was worth little in the model."
      : "Washington's co-sponsorship mattered in the model."
    let strong = (shifts.last ?? 0) > 2
    let pull =
      strong
      ? (Double(a.recorded.yes) < yes.mean ? "Why it overshot: the pull" : "The pull")
        + " of the influential sponsors adds up."
      : "The sponsors' pull is weak in this model."
    let influential = a.model.recordedSponsors.map { a.model.states[$0] }.filter {
      a.parameters.influence(of: $0.code)?.isActive == true
    }.map(\.name)
    return [
      "**\(verdict)** From the votes before it, the model expected \(count(yes)) yes (90 %"
        + " interval \(ReportFigures.interval(yes))), \(count(a.asRecorded.no)) no,"
        + " \(count(a.asRecorded.abstain)) abstentions and \(count(a.asRecorded.nonVoting))"
        + " members not voting; the Assembly recorded \(DocumentParts.tally(a.recorded))"
        + " (yes – no – abstain – non-voting): \(range).",
      "**Of the \(nonSponsors(a).count) members that were not sponsors, it called"
        + " \(hits(nonSponsors(a))) right"
        + " (\(ReportFigures.percent(Double(hits(nonSponsors(a))) / Double(max(nonSponsors(a).count, 1)))))**,"
        + " \(calibration) (scored on the same members; the sponsors, whose yes the model is"
        + " told, are left out).",
      "**Its costliest misses** were \(misses(Array(worst))).",
      "**\(pull)** Only sponsors with a calibrated influence move others"
        + " (\(influential.isEmpty ? "none of the \(a.model.recordedSponsors.count)" : ReportWording.list(influential))),"
        + " and only by how far their yes departs from what their record expected: the"
        + " median member was moved \(NumberFormat.fixed(shifts[shifts.count / 2], decimals: 1))"
        + " standard deviations towards yes on the model's scale, the most-moved"
        + " \(NumberFormat.fixed(shifts.last ?? .nan, decimals: 1)). \(sensitivityFinding(a))",
      "**\(washington)** Without it the model's expected yes changes by"
        + " \(neutralCost.map { ReportFigures.difference($0, exact: false) } ?? "")"
        + "; with the United States opposing, by"
        + " \(opposingCost.map { ReportFigures.difference($0, exact: false) } ?? "")"
        + " (the other \(a.model.recordedSponsors.count - 1) sponsors keep their yes)."
        + (opposingCost.map { $0.value > 0 } == true
          ? " A US no raises the count: it lowers its followers' yes but raises that of the"
            + " states whose weights are negative."
          : ""),
      "**Read with care:** the model's parameters are"
        + " \(DocumentParts.parameterClause(a.parameterOrigin)); the references are a judgement"
        + (a.taggedEarlier == 0 ? " (no earlier vote carries the text's tag)" : "")
        + "; one vote is a single test, not a validation.",
    ]
  }

  private static func sensitivityFinding(_ a: Analysis) -> String {
    let strength = a.parameters.influence(of: "USA")?.strength ?? 0
    let at = { (set: String) in
      a.sensitivity.first { $0.references == set && $0.influence == strength }
    }
    guard let primary = at(Analysis.primary.name), let wider = at(Analysis.wider.name) else {
      return ""
    }
    let spread = a.sensitivity.filter { $0.references == Analysis.primary.name }.map(\.yes)
    let strengthMove = (spread.max() ?? 0) - (spread.min() ?? 0)
    return "The choice of precedents matters most: the \(Analysis.primary.name) votes alone give"
      + " \(NumberFormat.fixed(primary.yes, decimals: 0)) expected yes, adding the Syria votes"
      + " \(NumberFormat.fixed(wider.yes, decimals: 0)), against the recorded"
      + " \(a.recorded.yes); the United States' strength, from 0 to"
      + " \(ReportWording.number(a.sensitivity.map(\.influence).max() ?? 0)), moves it by"
      + " \(NumberFormat.fixed(strengthMove, decimals: 1))."
  }

  /// The mean recorded abstentions of the roll calls `keys`.
  private static func meanAbstain(_ a: Analysis, _ keys: [String]) -> Double {
    let tallies = keys.compactMap { a.tallyByKey[$0] }
    return tallies.isEmpty
      ? .nan : Double(tallies.map(\.abstain).reduce(0, +)) / Double(tallies.count)
  }

  /// The mean recorded yes votes of the roll calls `keys`.
  private static func meanYes(_ a: Analysis, _ keys: [String]) -> Double {
    let tallies = keys.compactMap { a.tallyByKey[$0] }
    return tallies.isEmpty
      ? .nan : Double(tallies.map(\.yes).reduce(0, +)) / Double(tallies.count)
  }

  // MARK: Data and settings

  private static func settings(_ a: Analysis) -> [ReportDocument.Block] {
    let target = ReportDocument.Definition(
      "Target",
      "\(Analysis.target), \u{201C}\(a.rollCall.title)\u{201D},"
        + " \(ReportWording.date(a.rollCall.date)), session \(a.rollCall.session),"
        + " \(ReportWording.ruleName(a.result.rule)); recorded \(DocumentParts.tally(a.recorded))"
        + " (yes – no – abstain – non-voting)")
    return DocumentParts.settings(
      basis: "these files, this seed and these parameters",
      note: "The model is given the target as a roll call whose outcome it does not know: its"
        + " reference votes, its measure of who votes with whom and its regional patterns all"
        + " stop before \(ReportWording.date(a.rollCall.date)).",
      definitions: [target]
        + DocumentParts.simulationSettings(
          seed: a.commandLine.seed,
          trials: "\(DocumentParts.count(a.commandLine.trials)) per simulation",
          parameters: a.parameterSource, report: a.report)
        + [
          .init(
            "Reference votes",
            "\(Analysis.primary.name): \(Analysis.primary.keys.joined(separator: ", "))")
        ],
      folders: Analysis.folders, sources: a.loaded.sources, command: a.command)
  }

  // MARK: Precedents

  private static func precedents(_ a: Analysis) -> [ReportDocument.Block] {
    let tags = a.rollCall.issues.map(\.rawValue).joined(separator: ", ")
    let automatic =
      a.automaticSymbols.isEmpty
      ? "finds nothing either: no earlier vote has the same or a similar title, and none"
        + " shares the tag"
      : "picks \(ReportWording.list(a.automaticSymbols)) (by \(a.automatic.match))"
    return [
      .heading("Choosing the precedents"),
      .paragraph(
        "The model's starting point is how each state voted on earlier texts like this one."
          + " In the data, \(Analysis.target) carries the tag \(tags), and \(a.taggedEarlier)"
          + (a.taggedEarlier == 1 ? " earlier vote carries" : " earlier votes carry")
          + " it: the text opened the series. The backtest's automatic rule (same title, then a"
          + " similar title, then a shared tag) \(automatic)."),
      .paragraph(
        "So the precedents are chosen by judgement, and stated here: the closest earlier"
          + " related roll calls are the \(a.report.model.references.count) recorded votes on"
          + " \(Analysis.primary.name) from"
          + " \(a.report.model.references.first.map { String($0.date.year) } ?? "") to"
          + " \(a.report.model.references.last.map { String($0.date.year) } ?? ""),"
          + " \(Analysis.primary.reason). \(laterGeorgian(a)) A wider"
          + " set, which \(Analysis.wider.reason), serves as a check below."),
      .table(
        ReportDocument.Table(
          caption: "The reference votes, with their recorded votes and recency weights",
          columns: [
            .init("Roll call"), .init("Date"), .init("Title"),
            .init("Yes – no – abstain – non-voting", isNumeric: true),
            .init("Weight", isNumeric: true),
          ],
          rows: a.report.model.references.map { reference in
            [
              reference.symbol, ReportWording.date(reference.date), reference.title,
              DocumentParts.tally(a.referenceTallies[reference.id] ?? Tally()),
              NumberFormat.fixed(reference.weight, decimals: 3),
            ]
          })),
    ]
  }

  // MARK: Prediction

  private static func prediction(_ a: Analysis) -> [ReportDocument.Block] {
    let s = a.asRecorded
    var table = ReportDocument.Table(
      caption: "Expected and recorded votes",
      columns: [
        .init("Vote"), .init("Expected", isNumeric: true), .init("90 % interval", isNumeric: true),
        .init("Recorded", isNumeric: true), .init("Recorded inside?"),
      ])
    let rows: [(String, CountSummary, Int)] = [
      ("Yes", s.yes, a.recorded.yes), ("No", s.no, a.recorded.no),
      ("Abstain", s.abstain, a.recorded.abstain), ("Non-voting", s.nonVoting, a.recorded.nonVoting),
    ]
    for (name, summary, recorded) in rows {
      table.rows.append([
        name, ReportFigures.count(summary, exact: false), ReportFigures.interval(summary),
        "\(recorded)", (summary.q05...summary.q95).contains(recorded) ? "yes" : "no",
      ])
    }
    let threshold = s.thresholds.first
    let adoption = ReportFigures.probability(
      s.adoptionProbability, standardError: s.adoptionProbabilityStandardError, exact: false)
    let histogram = HistogramChart(
      title: "Yes votes the model expected for \(Analysis.target)",
      summary:
        "Distribution of yes votes from the votes before"
        + " \(ReportWording.date(a.rollCall.date)); the recorded"
        + " \(a.recorded.yes) is marked.",
      series: [
        HistogramChart.Series(
          name: "Model, as recorded (US co-sponsor)", mass: s.yesHistogram,
          note:
            "P(yes ≥ \(a.recorded.yes)) \(ReportFigures.percent(threshold?.probability ?? .nan))")
      ],
      marker: HistogramChart.Marker(
        outcome: a.recorded.yes, label: "recorded: \(a.recorded.yes) yes"),
      xTitle: "Yes votes", yTitle: "Share of simulated votes")
    let groups = a.report.groups(of: s.name)
    let chart = BarChart(
      title: "Yes votes by regional group: expected and recorded",
      seriesNames: ["Expected by the model", "Recorded"],
      categories: groups.map { group in
        BarChart.Category(
          name: group.group.rawValue,
          bars: [
            BarChart.Bar(group.yes),
            BarChart.Bar(
              Double(a.summary.groups.first { $0.group == group.group }?.tally.yes ?? 0)),
          ])
      },
      valueTitle: "Yes votes", decimals: 0)
    return [
      .heading("The prediction against the record"),
      .paragraph(
        "\(DocumentParts.count(a.commandLine.trials)) simulated votes, with the"
          + " \(a.model.recordedSponsors.count)"
          + " sponsors of the data backing the text. The chance of at least"
          + " \(a.recorded.yes) yes votes, the recorded count, was"
          + " \(ReportFigures.percent(threshold?.probability ?? .nan)); adoption"
          + " was never in doubt (\(adoption))."
      ),
      .table(table),
      .figure(
        .init(
          name: "yes-votes", svg: histogram.render(),
          caption:
            "Share of \(DocumentParts.count(a.commandLine.trials)) simulated votes with each"
            + " number of yes votes; the dashed line is the recorded \(a.recorded.yes).")),
      .figure(
        .init(
          name: "groups", svg: chart.render(),
          caption:
            "Expected yes votes (sum of the members' probabilities) and recorded yes votes, by"
            + " regional group.")),
    ]
  }

  // MARK: State by state

  private static func stateByState(_ a: Analysis) -> [ReportDocument.Block] {
    let order: [Vote] = [.yes, .abstain, .no, .nonVoting]
    let scored = nonSponsors(a)
    var confusion = ReportDocument.Table(
      caption: "The \(scored.count) members that were not sponsors: recorded vote (rows) against"
        + " the model's most likely vote (columns)",
      columns: [.init("Recorded")] + order.map { .init("Predicted \($0)", isNumeric: true) }
        + [.init("Right", isNumeric: true)])
    for recorded in order {
      let row = scored.filter { $0.recorded == recorded }
      confusion.rows.append(
        [recorded.description]
          + order.map { predicted in "\(row.filter { $0.predicted == predicted }.count)" }
          + ["\(row.filter(\.isHit).count) of \(row.count)"])
    }
    var groups = ReportDocument.Table(
      caption: "Hits and misses by regional group, members that were not sponsors",
      columns: [
        .init("Group"), .init("Members", isNumeric: true), .init("Right", isNumeric: true),
        .init("Share right", isNumeric: true), .init("Misses (recorded → predicted)"),
      ])
    for group in RegionalGroup.allCases {
      let calls = scored.filter { $0.state.group == group }
      guard !calls.isEmpty else { continue }
      let misses = calls.filter { !$0.isHit }.map {
        "\($0.state.name) (\($0.recorded) → \($0.predicted))"
      }
      groups.rows.append([
        group.rawValue, "\(calls.count)", "\(hits(calls))",
        ReportFigures.percent(Double(hits(calls)) / Double(calls.count)),
        misses.joined(separator: ", "),
      ])
    }
    let confident = a.calls.filter { !$0.isHit && $0.pRecorded < 0.1 }
      .sorted { $0.pRecorded < $1.pRecorded }
    var misses = ReportDocument.Table(
      caption: "Confident misses: the vote cast had less than 10 % probability in the model",
      columns: [
        .init("State"), .init("Group"), .init("Recorded"), .init("Predicted"),
        .init("P(recorded vote)", isNumeric: true), .init("P(yes)", isNumeric: true),
        .init("Pull of sponsors", isNumeric: true),
      ])
    for call in confident {
      misses.rows.append([
        call.state.name, call.state.group.abbreviation, call.recorded.description,
        call.predicted.description, NumberFormat.percent(call.pRecorded, decimals: 1),
        NumberFormat.percent(call.state.pYes, decimals: 1),
        NumberFormat.fixed(call.state.shift, decimals: 2),
      ])
    }
    let sponsors = a.calls.filter(\.isSponsor)
    let shares = RegionalGroup.allCases.compactMap { group -> (RegionalGroup, Double)? in
      let calls = scored.filter { $0.state.group == group }
      return calls.isEmpty ? nil : (group, Double(hits(calls)) / Double(calls.count))
    }
    let best = shares.max { $0.1 < $1.1 }.map { ($0.0.rawValue, ReportFigures.percent($0.1)) }
    let worst = shares.min { $0.1 < $1.1 }.map { ($0.0.rawValue, ReportFigures.percent($0.1)) }
    let pushed = confident.filter { $0.predicted == .yes && $0.state.pYes > 0.9 }.count
    return [
      .heading("State by state"),
      .paragraph(
        "A call is right when the vote the model thought most likely is the vote cast. The"
          + " \(sponsors.count) sponsors are left out of the scoring: the model has them vote yes"
          + " for certain, so they would be right for free"
          + " (\(sponsors.filter { $0.recorded == .yes }.count) of them did vote yes). Among the"
          + " other \(scored.count) members the model called \(hits(scored)) right"
          + " (\(ReportFigures.percent(Double(hits(scored)) / Double(max(scored.count, 1)))))."
          + (best.map { " It did best in the \($0.0) group (\($0.1) right)" } ?? "")
          + (worst.map { " and worst in the \($0.0) group (\($0.1))." } ?? "")),
      .table(confusion),
      .table(groups),
      .paragraph(
        "**\(confident.count) misses were confident ones**, where the model gave the vote"
          + " actually cast less than a 10 % chance; \(pushed) of them are states it gave more"
          + " than a 90 % chance of voting yes. The last column is the pull of the sponsors on"
          + " each, in standard deviations of the model's scale, where 1 already turns an even"
          + " chance into five in six."),
      .table(misses),
    ]
  }

  // MARK: Simple rules

  private static func rules(_ a: Analysis) -> [ReportDocument.Block] {
    var table = ReportDocument.Table(
      caption: "Scores on the \(nonSponsors(a).count) members that were not sponsors, and on"
        + " all \(a.calls.count) with every forecaster told the sponsor list (lower log loss and"
        + " Brier score are better)",
      columns: [
        .init("Forecaster"), .init("How it forecasts"), .init("Share right", isNumeric: true),
        .init("Log loss", isNumeric: true), .init("Brier score", isNumeric: true),
        .init("Log loss, all members", isNumeric: true),
      ])
    for score in a.scores {
      table.rows.append([
        score.name, score.description, ReportFigures.percent(score.score.accuracy ?? .nan),
        NumberFormat.fixed(score.score.logLoss ?? .nan, decimals: 3),
        NumberFormat.fixed(score.score.brier ?? .nan, decimals: 3),
        NumberFormat.fixed(score.all.logLoss ?? .nan, decimals: 3),
      ])
    }
    let model = a.scores[0].score
    let bestRule = a.scores.dropFirst().min {
      ($0.score.logLoss ?? .infinity) < ($1.score.logLoss ?? .infinity)
    }
    return [
      .heading("Against simple rules"),
      .paragraph(
        "Three rules that need no model, scored on the same members with the same reference"
          + " votes, as the backtest scores them. All forecasters are on an equal footing: the"
          + " main scores leave out the \(a.calls.count - nonSponsors(a).count) sponsors, whose"
          + " yes the model is told; the last column scores every member with each rule told"
          + " the sponsor list too (a sponsor forecast as the model forecasts it). The share"
          + " right counts only the most likely"
          + " vote; the log loss and the Brier score also ask how much probability the"
          + " forecaster gave the vote actually cast, so they punish confident misses."),
      .table(table),
      .paragraph(
        "The model's share right is \(ReportFigures.percent(model.accuracy ?? .nan))"
          + (bestRule.map {
            "; the best rule by log loss, \($0.name.lowercased()), scores"
              + " \(NumberFormat.fixed($0.score.logLoss ?? .nan, decimals: 3)) against the"
              + " model's \(NumberFormat.fixed(model.logLoss ?? .nan, decimals: 3))."
          } ?? ".")
          + ((bestRule?.score.logLoss ?? .infinity) < (model.logLoss ?? .infinity)
            ? " A forecaster that is right more often but sure of its misses loses on log loss."
            : " The model beats them on both counts.")),
    ]
  }

  // MARK: Sensitivity

  private static func sensitivity(_ a: Analysis) -> [ReportDocument.Block] {
    let syria = Analysis.wider.keys.filter { !Analysis.primary.keys.contains($0) }
    let strength = a.parameters.influence(of: "USA")?.strength ?? 0
    let yesAt = { (set: String) in
      a.sensitivity.first { $0.references == set && $0.influence == strength }?.yes ?? .nan
    }
    let lossAt = { (set: String) in
      a.sensitivity.first { $0.references == set && $0.influence == strength }?.score.logLoss
        ?? .nan
    }
    let primaryLoss = lossAt(Analysis.primary.name)
    let widerLoss = lossAt(Analysis.wider.name)
    let primaryYes = yesAt(Analysis.primary.name)
    let widerYes = yesAt(Analysis.wider.name)
    let spread = a.sensitivity.filter { $0.references == Analysis.primary.name }.map(\.yes)
    let strengthMove = (spread.max() ?? 0) - (spread.min() ?? 0)
    var table = ReportDocument.Table(
      caption: "Expected votes and scores by reference set and the United States' strength θ"
        + " (exact, from the members' probabilities; scores on the members that were not"
        + " sponsors)",
      columns: [
        .init("References"), .init("US θ", isNumeric: true), .init("Yes", isNumeric: true),
        .init("No", isNumeric: true), .init("Abstain", isNumeric: true),
        .init("Non-voting", isNumeric: true), .init("Share right", isNumeric: true),
        .init("Log loss", isNumeric: true),
      ])
    for row in a.sensitivity {
      table.rows.append([
        row.references, ReportWording.number(row.influence),
        NumberFormat.fixed(row.yes, decimals: 1), NumberFormat.fixed(row.no, decimals: 1),
        NumberFormat.fixed(row.abstain, decimals: 1),
        NumberFormat.fixed(row.nonVoting, decimals: 1),
        ReportFigures.percent(row.score.accuracy ?? .nan),
        NumberFormat.fixed(row.score.logLoss ?? .nan, decimals: 3),
      ])
    }
    var series: [LineChart.Series] = []
    var names: [String] = []
    for row in a.sensitivity where !names.contains(row.references) { names.append(row.references) }
    for name in names {
      series.append(
        LineChart.Series(
          name: "References: \(name)",
          points: a.sensitivity.filter { $0.references == name }.map {
            LineChart.Point(x: $0.influence, y: $0.yes)
          }))
    }
    let influences = a.sensitivity.map(\.influence)
    series.append(
      LineChart.Series(
        name: "Recorded",
        points: [influences.min() ?? 0, influences.max() ?? 1].map {
          LineChart.Point(x: $0, y: Double(a.recorded.yes))
        }))
    let chart = LineChart(
      title: "Expected yes votes by the United States' strength θ",
      summary: "Expected yes votes for each reference set as the United States' strength grows,"
        + " against the recorded count.",
      series: series, xTitle: "US strength θ (latent standard deviations)",
      yTitle: "Expected yes votes", integerX: false)
    return [
      .heading(
        (Double(a.recorded.yes) < a.asRecorded.yes.mean
          ? "Why the model overshot" : "Why the model fell short") + ": two choices under test"),
      .paragraph(
        "Two choices drive the prediction: which earlier votes serve as precedents, and how"
          + " strongly a backer's vote moves the states that vote with it (the United States'"
          + " strength θ, which calibration measured; the other sponsors keep theirs). The"
          + " table varies both. It is a disclosure, not a fit: picking the choice that best"
          + " matches this one vote would tune the model to the result it is judged on."),
      .paragraph(
        "**The precedents decide the starting point.** The model begins from each state's own"
          + " votes on the references. The \(Analysis.primary.keys.count) votes on"
          + " \(Analysis.primary.name) drew"
          + " \(NumberFormat.fixed(meanYes(a, Analysis.primary.keys), decimals: 0)) yes votes and"
          + " \(NumberFormat.fixed(meanAbstain(a, Analysis.primary.keys), decimals: 0))"
          + " abstentions on average: many members stayed out of these conflicts, and a model"
          + " that starts from them has them abstain here too. The \(syria.count) Syria"
          + " votes of 2011–2013 drew \(NumberFormat.fixed(meanYes(a, syria), decimals: 0)) yes"
          + " and \(NumberFormat.fixed(meanAbstain(a, syria), decimals: 0)) abstentions on"
          + " average: adding them moves"
          + " expected yes from \(NumberFormat.fixed(primaryYes, decimals: 0)) to"
          + " \(NumberFormat.fixed(widerYes, decimals: 0)), against the recorded"
          + " \(a.recorded.yes). The target lay between the two kinds of text: a vote on a"
          + " member's territorial integrity won more support than the frozen conflicts, less"
          + " than the Syria texts. The United States' strength moves expected yes by"
          + " \(NumberFormat.fixed(strengthMove, decimals: 1)) at most here: as a recorded"
          + " sponsor it votes yes, as its record already expects, so its vote surprises no"
          + " one and moves no one. The wider set also scores better on this vote (log loss"
          + " \(NumberFormat.fixed(widerLoss, decimals: 3)) against"
          + " \(NumberFormat.fixed(primaryLoss, decimals: 3)) on the members that were not"
          + " sponsors), but choosing it for that reason would tune the model to the vote it is"
          + " judged on; the Georgian and Azerbaijani texts stay the main choice because they,"
          + " like the target, are about a member's territory."),
      .table(table),
      .figure(
        .init(
          name: "sensitivity", svg: chart.render(),
          caption:
            "Expected yes votes as the United States' strength θ grows, for each set of reference"
            + " votes; the flat line is the recorded \(a.recorded.yes).")),
    ]
  }

  // MARK: Without Washington

  private static func withoutWashington(_ a: Analysis) -> [ReportDocument.Block] {
    let threshold = a.recorded.yes
    var table = ReportDocument.Table(
      caption: "The vote with the United States as recorded (co-sponsor), neutral and opposing;"
        + " changes against the record's co-sponsorship",
      columns: [
        .init("Scenario"), .init("Yes", isNumeric: true), .init("No", isNumeric: true),
        .init("Abstain", isNumeric: true), .init("P(yes ≥ \(threshold))", isNumeric: true),
        .init("Change in yes", isNumeric: true), .init("Change in P", isNumeric: true),
      ])
    for scenario in a.result.scenarios {
      let difference = scenario.difference
      table.rows.append([
        scenario.isBaseline ? "US co-sponsor" : scenario.name,
        ReportFigures.count(scenario.yes, exact: false),
        NumberFormat.fixed(scenario.no.mean, decimals: 1),
        NumberFormat.fixed(scenario.abstain.mean, decimals: 1),
        NumberFormat.percent(scenario.thresholds.first?.probability ?? .nan, decimals: 1),
        difference.map { ReportFigures.difference($0.yes, exact: false) } ?? "",
        difference?.thresholds.first.map {
          ReportFigures.pointsDifference(
            $0.probability, standardError: $0.standardError, exact: false)
        } ?? "",
      ])
    }
    var swings = ReportDocument.Table(
      caption: "The members that move most when the United States opposes: P(yes), %",
      columns: [
        .init("State"), .init("Group"), .init("US co-sponsor", isNumeric: true),
        .init("US opposing", isNumeric: true), .init("Change, points", isNumeric: true),
        .init("Recorded vote"),
      ])
    let votes = Dictionary(uniqueKeysWithValues: a.calls.map { ($0.state.state, $0.recorded) })
    for swing in a.opposing.swingStates where swing.state != "USA" {
      swings.rows.append([
        swing.name, swing.group.abbreviation, ReportFigures.statePercent(swing.baselinePYes),
        ReportFigures.statePercent(swing.pYes),
        NumberFormat.signed(swing.change * 100, decimals: 1),
        votes[swing.state]?.description ?? "",
      ])
    }
    return [
      .heading("Without Washington"),
      .paragraph(
        "The same simulation with the United States withdrawn as co-sponsor (neutral: it"
          + " sponsors nothing and its vote is drawn from its own record, its followers moving"
          + " with the draw) and opposing (it votes no and its followers move towards no); all other \(a.model.recordedSponsors.count - 1) sponsors"
          + " stay. Changes are measured on the same random draws (± standard error)."),
      .table(table),
      .paragraph(
        "In the model \(a.usFollowers.all) members follow the United States (they vote with it"
          + " more often than the typical member); \(a.usFollowers.sharedWithOthers) of them"
          + " also follow at least one of the other sponsors, whose pull stays when Washington"
          + " steps back. The members that move most when it opposes are listed below, with"
          + " the vote they cast. The weights are signed: \(againstText(a))"),
      .table(swings),
    ]
  }

  // MARK: Methods

  private static func methods(_ a: Analysis) -> [ReportDocument.Block] {
    var blocks: [ReportDocument.Block] = [.heading("Methods and caveats")]
    blocks += DocumentParts.methods(
      a.report, referenceList: "under \u{201C}Choosing the precedents\u{201D}")
    blocks.append(.subheading("What this retrospective lacks"))
    blocks.append(
      .bullets(
        [
          "**Sponsors.** The \(a.model.recordedSponsors.count) sponsors come from the UN library"
            + " catalogue's addendum to the draft (its main sponsors and additional sponsors);"
            + " states that joined in the hall may be missing. The reference votes have"
            + " \(a.referenceSponsorships) sponsorships in the data"
            + (a.referenceSponsorships == 0
              ? ", so every sponsor's earlier stance is read from its votes alone." : "."),
          "**Precedents.** \(laterGeorgian(a)) The chosen precedents drew"
            + " \(NumberFormat.fixed(referenceMeanYes(a), decimals: 0)) yes votes on average,"
            + " against \(a.recorded.yes) for the target: the model's starting point is"
            + (referenceMeanYes(a) < Double(a.recorded.yes)
              ? " far less support than the target won, which the sponsors' pull must make up."
              : " as much support as the target won."),
          "**Non-voting.** The history lists only yes, no and abstain; a member without a row"
            + " counts as not voting, so absence rates include every reason for not voting.",
          "**One vote.** A single roll call cannot validate or refute the model; the backtest"
            + " scores it on thousands.",
        ]
          + (a.parameterSource.calibration.map {
            [
              "**Sponsors' own votes.** The simulator has every recorded sponsor that is a member"
                + " vote yes for certain; the calibration's backtest forecasts give a present"
                + " sponsor a \(NumberFormat.percent($0.sponsorCompliance, decimals: 1)) chance"
                + " (its fitted sponsor compliance)."
            ]
          } ?? [])))
    blocks += DocumentParts.calibrationNotes(a.parameterSource)
    return blocks
  }

  // MARK: Wording helpers

  private static func count(_ summary: CountSummary) -> String {
    NumberFormat.fixed(summary.mean, decimals: 0)
  }

  /// The members among the swing states whose P(yes) rises when the United States opposes.
  private static func againstText(_ a: Analysis) -> String {
    let rising = a.opposing.swingStates.filter { $0.state != "USA" && $0.change > 0 }
    guard !rising.isEmpty else {
      return "here no state that usually votes against the United States moves towards yes."
    }
    return "\(ReportWording.list(rising.map(\.name))) move against the United States in the model"
      + " (negative following weights), and a US no makes their yes more likely."
  }

  /// The members that were not sponsors: the ones the model is scored on.
  private static func nonSponsors(_ a: Analysis) -> [Analysis.StateCall] {
    a.calls.filter { !$0.isSponsor }
  }

  private static func hits(_ calls: [Analysis.StateCall]) -> Int {
    calls.filter(\.isHit).count
  }

  /// `states it was all but sure would vote yes: Argentina (abstained) and …; it had given the
  /// votes they cast at most 0.1 %`.
  private static func misses(_ calls: [Analysis.StateCall]) -> String {
    guard let first = calls.first else { return "none" }
    let predicted = Set(calls.map(\.predicted))
    let lead =
      predicted.count == 1 && first.state.pYes > 0.5 && first.predicted == .yes
      ? "states it was all but sure would vote yes" : "votes it all but ruled out"
    let most = calls.map(\.pRecorded).max() ?? 0
    return "\(lead): "
      + ReportWording.list(calls.map { "\($0.state.name) (\(cast($0.recorded)))" })
      + "; it had given each of these votes \(atMost(most))"
  }

  /// Whether the later Georgian votes are in the data, as a sentence.
  private static func laterGeorgian(_ a: Analysis) -> String {
    let missing = Analysis.laterGeorgian.filter { !a.laterGeorgianInData.contains($0) }
    guard !missing.isEmpty else { return "" }
    return "The later Georgian votes \(ReportWording.list(missing)) (public record) are not in"
      + " the data."
  }

  /// The mean recorded yes votes of the primary reference roll calls.
  private static func referenceMeanYes(_ a: Analysis) -> Double {
    let tallies = Analysis.primary.keys.compactMap { key in
      a.report.model.references.first { $0.symbol == key }.flatMap { a.referenceTallies[$0.id] }
    }
    return tallies.isEmpty
      ? .nan : Double(tallies.map(\.yes).reduce(0, +)) / Double(tallies.count)
  }

  /// `at most 2.5 %`, or `less than 0.1 %`.
  private static func atMost(_ probability: Double) -> String {
    let text = NumberFormat.percent(probability, decimals: 1)
    return text.hasPrefix("< ") ? "less than " + text.dropFirst(2) : "at most " + text
  }

  /// `voted yes`, `abstained`, `voted no`, `did not vote`.
  private static func cast(_ vote: Vote) -> String {
    switch vote {
    case .yes: "voted yes"
    case .abstain: "abstained"
    case .no: "voted no"
    case .nonVoting: "did not vote"
    }
  }

  /// Each recorded count and whether it lies inside the model's 90 % interval.
  private static func countsInside(_ a: Analysis) -> [(name: String, inside: Bool)] {
    let s = a.asRecorded
    let counts: [(String, CountSummary, Int)] = [
      ("yes votes", s.yes, a.recorded.yes), ("no votes", s.no, a.recorded.no),
      ("abstentions", s.abstain, a.recorded.abstain),
      ("non-voting", s.nonVoting, a.recorded.nonVoting),
    ]
    return counts.map { name, summary, count in (name, (summary.q05...summary.q95).contains(count))
    }
  }

}
