import Charts
import Foundation
import NotebookSupport
import UNGAKit

/// The analysis as a document: headline findings, then the evidence, then methods and
/// caveats. Every number in the text is read from the `Analysis`.
enum Story {
  /// The public record of the vote on the draft, which the data does not hold: the
  /// Assembly adopted it as A/RES/ES-11/7 on 24 February 2025, the United States voting no.
  static let actual = (symbol: "A/RES/ES-11/7", yes: 93, no: 18, abstain: 65, us: "no")

  static func document(_ a: Analysis) -> ReportDocument {
    var document = ReportDocument(
      title: "Without Washington: support for the February 2025 draft on peace in Ukraine",
      kicker: "UN General Assembly · scenario analysis · \(Analysis.draftKey)",
      standfirst:
        "The United States declined to co-sponsor \u{201C}\(a.result.target.title)\u{201D},"
        + " the draft tabled by Ukraine for \(ReportWording.date(a.result.target.date))."
        + " How much support does Washington's stance change?"
        + " \(DocumentParts.count(a.commandLine.trials)) simulated votes of the"
        + " \(a.result.members) members, from their record on"
        + " the Assembly's earlier Ukraine votes.")
    document.append(.highlights(title: "Key findings", items: keyFindings(a)))
    document.append(contentsOf: settings(a))
    document.append(contentsOf: scenarios(a))
    document.append(contentsOf: followers(a))
    document.append(contentsOf: trendOrWashington(a))
    document.append(contentsOf: recruits(a))
    document.append(contentsOf: precedents(a))
    document.append(contentsOf: actualVote(a))
    document.append(contentsOf: methods(a))
    return document
  }

  // MARK: Key findings

  static func keyFindings(_ a: Analysis) -> [String] {
    let (co, abstaining, opposing) = (a.coSponsor, a.abstaining, a.opposing)
    let adoption = [co, abstaining, opposing].map(\.adoptionProbability)
    let cost = a.paired[2].difference?.yes
    let verdict: String
    if abs(cost?.value ?? 0) < Analysis.smallChange, adoption.allSatisfy({ $0 >= 0.95 }) {
      verdict = "Washington's stance barely moves the count, and not the outcome."
    } else if adoption.allSatisfy({ $0 >= 0.95 }) {
      verdict = "Washington's stance moves the count, not the outcome."
    } else if opposing.adoptionProbability < 0.5, co.adoptionProbability >= 0.5 {
      verdict = "Washington's stance decides whether the draft passes."
    } else {
      verdict = "Washington's stance puts adoption at risk."
    }
    var findings = [
      "**\(verdict)** With the United States as co-sponsor the model expects"
        + " \(yes(co)) yes votes (90 % interval \(ReportFigures.interval(co.yes))); with"
        + " Washington abstaining \(yes(abstaining)), opposing \(yes(opposing)). Opposing instead of"
        + " co-sponsoring changes expected yes by"
        + " \(NumberFormat.signed(cost?.value ?? .nan, decimals: 1)) (paired on the same draws\(costRange(a))). The draft passes in"
        + " \(percentList(adoption)) of simulated votes (co-sponsor, abstaining, opposing).",
      broadSupport(a),
      followersFinding(a),
      trendFinding(a),
      recruitFinding(a),
      precedentFinding(a),
      actualFinding(a),
    ]
    findings.append(
      "**Read with care:** the model's parameters are"
        + " \(DocumentParts.parameterClause(a.parameterOrigin)), and the latest vote the model"
        + " sees is of \(a.historyEnd.map(ReportWording.date) ?? "an unknown date"); see"
        + " \u{201C}Methods and caveats\u{201D}.")
    return findings
  }

  private static func broadSupport(_ a: Analysis) -> String {
    let (crimea, aggression) = (a.precedents.crimea.tally.yes, a.precedents.aggression.tally.yes)
    let high = probabilities(a, atLeast: aggression)
    let low = probabilities(a, atLeast: crimea)
    return
      "**Even with US co-sponsorship, the \(a.precedents.aggression.year)"
      + " level is \(likelihood(high[0])) and the"
      + " \(a.precedents.crimea.year) level"
      + " \(likelihood(low[0])).** The chance of at least \(aggression) yes votes, as for"
      + " \(a.precedents.aggression.key), is \(percentList(high)); of at least \(crimea), as"
      + " for \(a.precedents.crimea.key), \(percentList(low)) (co-sponsor, abstaining, opposing)."
  }

  private static func followersFinding(_ a: Analysis) -> String {
    let top = topFollowers(a).prefix(5)
    let swings = top.map { NumberFormat.fixed($0.swing * 100, decimals: 1) }
    let others = a.movers.filter { $0.state.state != "USA" }
    let still = others.filter { abs($0.swing) < Analysis.unmoved }.count
    let unmoved =
      " \(still) of the \(others.count) other members move by less than"
      + " \(NumberFormat.fixed(Analysis.unmoved * 100, decimals: 0)) point."
    guard let first = top.first, first.swing >= Analysis.strongSwing else {
      return "**Washington pulls no one far in the model.** The largest swing between the US"
        + " co-sponsoring and opposing is \(top.first.map { $0.state.name } ?? "none")'s,"
        + " \(swings.first ?? "0") points of chance of voting yes." + unmoved
    }
    return "**The states that follow Washington most closely are"
      + " \(ReportWording.list(top.map(\.state.name))).** Their chance of voting yes rises by"
      + " \(ReportWording.list(swings)) points when the United States co-sponsors rather than"
      + " opposes." + unmoved
  }

  private static func recruitFinding(_ a: Analysis) -> String {
    let parts = [
      ("with the US vote left open", a.recruitWithOpenVote),
      ("with the US voting no", a.recruitWithOpposing),
    ].map { stance, plan in
      "\(stance), \(goalSentence(plan)) (from \(plan.candidates.count) receptive states)"
    }
    let reached = [a.recruitWithOpenVote, a.recruitWithOpposing].allSatisfy {
      $0.goal?.status == .reached
    }
    return "**\(reached ? "Other co-sponsors can" : "Other co-sponsors cannot always") make up"
      + " the loss, in the model.** With the defaults of \u{201C}unga recruit\u{201D}"
      + " (candidates: the states"
      + " whose P(yes) is at least \(percent(CandidateSelection.receptiveMinimumYes)) where"
      + " recruits join; objective: expected yes), to bring expected yes back to the"
      + " co-sponsor level (\(NumberFormat.fixed(a.recruitGoal, decimals: 1)) on the search's"
      + " draws): " + parts.joined(separator: "; ") + "."
  }

  /// `; model range −17.1 to −1.1`: the US effect's range over the replicates.
  private static func costRange(_ a: Analysis) -> String {
    let range = a.decomposition.usEffect.range
    guard range.count == 2 else { return "" }
    return "; model range " + ReportFigures.range(range, decimals: 1, signed: true)
  }

  /// `−7.70 ± 0.03`: a paired difference with its sign.
  private static func signed(_ estimate: Estimate?) -> String {
    estimate.map { ReportFigures.difference($0, exact: false) } ?? NumberFormat.notAvailable
  }

  private static func trendFinding(_ a: Analysis) -> String {
    let d = a.decomposition
    return "**\(trendLead(d))** With the US co-sponsoring, the model expects"
      + " \(ranged(d.earlyCoSponsor)) yes votes from the \(d.early.count) series votes of"
      + " 2022–2023 alone and \(ranged(d.allCoSponsor)) from every series vote before the draft:"
      + " the references' trend is \(ranged(d.trend, signed: true)). The US voting no instead"
      + " of co-sponsoring adds \(ranged(d.usEffect, signed: true)), its own vote included."
      + " (Exact expected counts; model ranges over \(d.replicates) parameter replicates.)"
  }

  /// Which of the two effects is larger, when their model ranges say so.
  private static func trendLead(_ d: Analysis.Decomposition) -> String {
    let trend = abs(d.trend.value)
    let us = abs(d.usEffect.value)
    let usRange = d.usEffect.range.map(abs)
    let trendRange = d.trend.range.map(abs)
    let separated =
      usRange.count == 2 && trendRange.count == 2
      && (trendRange.min()! > usRange.max()! || usRange.min()! > trendRange.max()!)
    if !separated {
      return "The trend in the earlier votes and Washington's no weigh about the same, within"
        + " the model's uncertainty."
    }
    return trend > us
      ? "More of the change since 2022–2023 comes from the trend in the earlier votes than from"
        + " Washington."
      : "More of the change comes from Washington's no than from the trend in the earlier votes."
  }

  private static func precedentFinding(_ a: Analysis) -> String {
    let crimea = a.precedents.crimea.tally.yes
    let aggression = a.precedents.aggression.tally.yes
    let expected = a.coSponsor.yes.mean
    let position: String
    if expected < Double(min(crimea, aggression)) {
      position = "below both"
    } else if expected > Double(max(crimea, aggression)) {
      position = "above both"
    } else {
      position = "between them"
    }
    let gap = groupGaps(a).first
    let gapText =
      gap.map {
        " The largest shortfall against \(a.precedents.aggression.key) is in the"
          + " \($0.group.rawValue) group: \($0.recorded) yes in"
          + " \(a.precedents.aggression.year),"
          + " \(NumberFormat.fixed($0.expected, decimals: 1)) expected with the US opposing."
      } ?? ""
    return "**Compared with the record,** \(crimea) states voted yes in"
      + " \(a.precedents.crimea.year) and \(aggression) in"
      + " \(a.precedents.aggression.year); the model's"
      + " expectation even with US co-sponsorship (\(yes(a.coSponsor))) is \(position)." + gapText
  }

  private static func actualFinding(_ a: Analysis) -> String {
    let inside = [a.coSponsor, a.abstaining, a.opposing].filter {
      (($0.yes.q05)...($0.yes.q95)).contains(actual.yes)
    }.map(\.name)
    let insideText =
      inside.count == 3
      ? "inside the 90 % interval of all three scenarios"
      : inside.isEmpty
        ? "outside the 90 % interval of every scenario"
        : "inside the 90 % interval only of \(ReportWording.list(inside))"
    return "**Public record, outside the data:** the Assembly adopted the text as"
      + " \(actual.symbol) on 24 February 2025 by \(actual.yes) votes to \(actual.no) with"
      + " \(actual.abstain) abstentions, and the United States voted \(actual.us): of the"
      + " scenarios, \u{201C}US opposing\u{201D} is the one that happened. \(actual.yes) yes is"
      + " \(insideText); with the US opposing, the model gives"
      + " \(ReportFigures.percent(atMost(actual.yes, a.opposing))) to \(actual.yes) or fewer."
      + " The model's parameters were not tuned to this vote."
  }

  // MARK: Data and settings

  private static func settings(_ a: Analysis) -> [ReportDocument.Block] {
    let references = a.report.model.references
    let first = references.first.map { ReportWording.date($0.date) } ?? "none"
    let last = references.last.map { ReportWording.date($0.date) } ?? "none"
    let draft = ReportDocument.Definition(
      "Draft",
      "\(a.result.target.symbol), \u{201C}\(a.result.target.title)\u{201D},"
        + " \(ReportWording.date(a.result.target.date)), session \(a.result.target.session),"
        + " \(ReportWording.ruleName(a.result.rule)); sponsor in the data:"
        + " \(ReportWording.list(a.report.draft.sponsors.map(\.name)))")
    let tags = a.result.target.issues.map(\.rawValue).joined(separator: ", ")
    let trials =
      "\(DocumentParts.count(a.commandLine.trials)) per simulation;"
      + " \(DocumentParts.count(a.plannerTrials)) per run of the recruitment search"
    return DocumentParts.settings(
      basis: "these files, this seed and these parameters",
      note: "The United States stances are simulated on the same random draws, so their"
        + " differences are measured more precisely than each figure alone.",
      definitions: [draft]
        + DocumentParts.simulationSettings(
          seed: a.commandLine.seed, trials: trials, parameters: a.parameterSource, report: a.report)
        + [
          .init(
            "Reference votes",
            "\(references.count) roll calls tagged \(tags) from \(first) to \(last) (listed"
              + " under \u{201C}Methods and caveats\u{201D})")
        ],
      folders: Analysis.folders, sources: a.loaded.sources, command: a.command)
  }

  // MARK: Scenarios

  private static func scenarios(_ a: Analysis) -> [ReportDocument.Block] {
    let thresholds = a.result.thresholds
    let lowestAdoption =
      [a.coSponsor, a.abstaining, a.opposing].map(\.adoptionProbability).min()
      ?? .nan
    let all = [a.recorded, a.coSponsor, a.abstaining, a.opposing]
    let largestError =
      all.flatMap { [$0.adoptionProbabilityStandardError] + $0.thresholds.map(\.standardError) }
      .max() ?? .nan
    var table = ReportDocument.Table(
      caption: "Expected votes and chances, by US stance (standard errors of the chances at"
        + " most \(NumberFormat.fixed(largestError * 100, decimals: 2)) points)",
      columns: [
        .init("Scenario"), .init("Yes", isNumeric: true), .init("90 % interval", isNumeric: true),
        .init("No", isNumeric: true), .init("Abstain", isNumeric: true),
        .init("Not voting", isNumeric: true), .init("P(adopted)", isNumeric: true),
      ] + thresholds.map { .init(ReportWording.thresholdLabel($0), isNumeric: true) })
    for scenario in all {
      table.rows.append(
        [
          label(scenario), ReportFigures.count(scenario.yes, exact: false),
          ReportFigures.interval(scenario.yes), NumberFormat.fixed(scenario.no.mean, decimals: 1),
          NumberFormat.fixed(scenario.abstain.mean, decimals: 1),
          NumberFormat.fixed(scenario.nonVoting.mean, decimals: 1),
          NumberFormat.percent(scenario.adoptionProbability, decimals: 1),
        ] + scenario.thresholds.map { NumberFormat.percent($0.probability, decimals: 1) })
    }
    var changes = ReportDocument.Table(
      caption: "Change against US co-sponsorship (paired on the same draws)",
      columns: [
        .init("Scenario"), .init("Yes", isNumeric: true), .init("No", isNumeric: true),
        .init("Abstain", isNumeric: true), .init("P(adopted)", isNumeric: true),
      ] + thresholds.map { .init(ReportWording.thresholdLabel($0), isNumeric: true) })
    for (scenario, statistics) in zip(Analysis.usScenarios.dropFirst(), a.paired.dropFirst()) {
      guard let difference = statistics.difference else { continue }
      changes.rows.append(
        [
          scenario.name, ReportFigures.difference(difference.yes, exact: false),
          ReportFigures.difference(difference.no, exact: false),
          ReportFigures.difference(difference.abstain, exact: false),
          ReportFigures.pointsDifference(
            difference.adoptionProbability.value,
            standardError: difference.adoptionProbability.standardError, exact: false),
        ]
          + difference.thresholds.map {
            ReportFigures.pointsDifference(
              $0.probability, standardError: $0.standardError, exact: false)
          })
    }
    let histogram = HistogramChart(
      title: "Yes votes under each US stance",
      summary: "Distribution of yes votes with the United States co-sponsoring, abstaining and"
        + " opposing; expected \(yes(a.coSponsor)), \(yes(a.abstaining)) and \(yes(a.opposing)).",
      series: [a.coSponsor, a.abstaining, a.opposing].map {
        HistogramChart.Series(
          name: $0.name, mass: $0.yesHistogram,
          note: "P(adopted) \(ReportFigures.percent($0.adoptionProbability))")
      },
      marker: HistogramChart.Marker(
        outcome: a.precedents.crimea.tally.yes,
        label: "\(a.precedents.crimea.key): \(a.precedents.crimea.tally.yes) yes"),
      xTitle: "Yes votes", yTitle: "Share of simulated votes")
    return [
      .heading("What Washington's stance is worth"),
      .paragraph(
        "Four versions of the same vote. **As recorded** is the draft as the data holds it:"
          + " \(ReportWording.list(a.report.draft.sponsors.map(\.name))) its only sponsor, every"
          + " other state keeping the stance it showed on the earlier Ukraine votes. In the three"
          + " US scenarios Washington co-sponsors (votes yes, and the states whose votes move"
          + " with its own move with it), abstains (not a sponsor; its followers move as far"
          + " from yes as an abstention departs from its yes on the series) or opposes (votes no,"
          + " and its followers move towards no). These are the three US scenarios of \u{201C}unga"
          + " simulate\u{201D}."),
      .table(table),
      .paragraph(
        "Opposing rather than co-sponsoring changes expected yes votes by"
          + " \(signed(a.paired[2].difference?.yes)), measured on the same draws; abstaining by"
          + " \(signed(a.paired[1].difference?.yes))."
          + " Adoption needs only \(ReportWording.ruleClause(a.result.rule)), so with"
          + " \(NumberFormat.fixed(a.opposing.no.mean, decimals: 0)) expected no votes even the"
          + " lowest scenario clears the bar in"
          + " \(ReportFigures.percent(lowestAdoption))"
          + " of simulated votes."),
      .table(changes),
      .figure(
        .init(
          name: "yes-votes", svg: histogram.render(),
          caption:
            "Share of \(DocumentParts.count(a.commandLine.trials)) simulated votes with each"
            + " number of yes votes. The dashed line marks the \(a.precedents.crimea.tally.yes)"
            + " yes of \(a.precedents.crimea.key) in \(a.precedents.crimea.year)."
        )),
    ]
  }

  // MARK: Followers

  private static func topFollowers(_ a: Analysis) -> [Analysis.Mover] {
    a.movers.filter { $0.state.state != "USA" }
  }

  private static func followers(_ a: Analysis) -> [ReportDocument.Block] {
    let top = Array(topFollowers(a).prefix(15))
    var table = ReportDocument.Table(
      caption: "The 15 members that move most with Washington: P(yes), %",
      columns: [
        .init("State"), .init("Group"), .init("US co-sponsor", isNumeric: true),
        .init("US abstaining", isNumeric: true), .init("US opposing", isNumeric: true),
        .init("Swing, points", isNumeric: true),
      ])
    for mover in top {
      table.rows.append([
        mover.state.name, mover.state.group.abbreviation, points(mover.coSponsor),
        points(mover.abstaining), points(mover.opposing),
        NumberFormat.fixed(mover.swing * 100, decimals: 1),
      ])
    }
    let chart = IntervalChart(
      title: "Who follows Washington: chance of voting yes",
      summary: "For the members that move most, P(yes) with the US opposing, abstaining (dot)"
        + " and co-sponsoring.",
      rows: top.prefix(12).map {
        IntervalChart.Row(
          label: $0.state.name, estimate: $0.abstaining * 100,
          interval: ($0.opposing * 100)...($0.coSponsor * 100),
          valueLabel: "\(points($0.opposing)) → \(points($0.coSponsor)) %")
      },
      valueTitle: "P(yes), %",
      intervalName: "the range from US opposing to US co-sponsor (estimate: US abstaining)",
      decimals: 0)

    let others = topFollowers(a)
    let still = others.filter { abs($0.swing) < Analysis.unmoved }
    let firmYes = still.filter { min($0.coSponsor, $0.opposing) >= 0.9 }
    let firmNo = still.filter { max($0.coSponsor, $0.opposing) <= 0.1 }
    let undecided = still.count - firmYes.count - firmNo.count
    var groups = ReportDocument.Table(
      caption: "Expected yes votes of the other members, by regional group (the United States'"
        + " own vote left out)",
      columns: [.init("Group"), .init("Members", isNumeric: true)]
        + [a.coSponsor, a.abstaining, a.opposing].map { .init($0.name, isNumeric: true) }
        + [.init("Movement", isNumeric: true)])
    let expectations = [a.coSponsor, a.abstaining, a.opposing].map { groupsWithoutBacker(a, $0) }
    for (index, group) in expectations[0].enumerated() {
      let values = expectations.map { $0[index].yes }
      groups.rows.append(
        [group.group.rawValue, "\(group.members)"]
          + values.map { NumberFormat.fixed($0, decimals: 1) }
          + [NumberFormat.signed(values[0] - values[2], decimals: 1)])
    }
    let biggestGroup = expectations[0].indices.max {
      expectations[0][$0].yes - expectations[2][$0].yes
        < expectations[0][$1].yes - expectations[2][$1].yes
    }
    let groupText =
      biggestGroup.map {
        "By region, the \(expectations[0][$0].group.rawValue) group moves most:"
          + " \(NumberFormat.fixed(expectations[0][$0].yes - expectations[2][$0].yes, decimals: 1))"
          + " expected yes votes of its members other than the United States between the US"
          + " co-sponsoring and opposing."
      } ?? ""
    return [
      .heading("Who follows Washington, and who does not move"),
      .paragraph(
        "A state follows the United States in the model when, on the roll calls calibration"
          + " fitted, its votes moved with Washington's surprises: its following weight (negative"
          + " for states that move against it) times the United States' strength "
          + ReportWording.number(a.parameters.influence(of: "USA")?.strength ?? 0)
          + " says how far a US vote that departs from its record moves it. The swing is the"
          + " change in a state's chance of voting yes between the US co-sponsoring and voting"
          + " no; the United States itself goes from a certain yes to a certain no. Telling the"
          + " model the US vote improved held-out forecasts only slightly (see the README's"
          + " conditional backtest), so these moves are uncertain."),
      .figure(
        .init(
          name: "followers", svg: chart.render(),
          caption:
            "Chance of voting yes for the 12 members that move most: from the US opposing (left"
            + " end) to co-sponsoring (right end); the dot is the US abstaining.")),
      .table(table),
      .paragraph(
        "**\(still.count) of the \(others.count) other members move by less than"
          + " \(NumberFormat.fixed(Analysis.unmoved * 100, decimals: 0)) point.** Of these,"
          + " \(firmYes.count) vote yes with at least 90 % chance whatever Washington does"
          + " (\(names(firmYes, limit: 12))), \(firmNo.count) are at most 10 % likely to vote"
          + " yes in any case (\(names(firmNo, limit: 12))), and \(undecided) sit in between"
          + " without taking their cue from Washington. " + groupText),
      .table(groups),
    ]
  }

  // MARK: Trend or Washington

  private static func trendOrWashington(_ a: Analysis) -> [ReportDocument.Block] {
    let d = a.decomposition
    var weights = ReportDocument.Table(
      caption: "Whose votes depend on Washington's: the calibrated following weights (model"
        + " range over \(d.replicates) replicates) and P(yes), %, with the US co-sponsoring and"
        + " opposing",
      columns: [
        .init("State"), .init("Group"), .init("Weight", isNumeric: true),
        .init("Model range", isNumeric: true), .init("US co-sponsor", isNumeric: true),
        .init("US opposing", isNumeric: true),
      ])
    for follower in a.followers.with + a.followers.against {
      let mover = follower.mover
      weights.rows.append([
        mover.state.name, mover.state.group.abbreviation,
        NumberFormat.signed(follower.weight.value, decimals: 2),
        ReportFigures.range(follower.weight.range, decimals: 2, signed: true),
        points(mover.coSponsor), points(mover.opposing),
      ])
    }
    var table = ReportDocument.Table(
      caption: "Expected yes votes for \(Analysis.draftKey) by references and US vote (exact;"
        + " model range over \(d.replicates) parameter replicates)",
      columns: [
        .init("References"), .init("US co-sponsor", isNumeric: true),
        .init("US opposing", isNumeric: true), .init("US effect", isNumeric: true),
      ])
    table.rows.append([
      "\(d.early.count) series votes of 2022–2023", ranged(d.earlyCoSponsor),
      ranged(d.earlyOpposing), ranged(d.earlyUSEffect, signed: true),
    ])
    table.rows.append([
      "every series vote before the draft (\(a.report.model.references.count))",
      ranged(d.allCoSponsor), ranged(d.allOpposing), ranged(d.usEffect, signed: true),
    ])
    table.rows.append([
      "trend in the references", ranged(d.trend, signed: true),
      ranged(d.trendOpposing, signed: true), "",
    ])
    let recorded = d.early.map { "\($0.symbol) \($0.yes)" }
    let meanRecorded = Double(d.early.map(\.yes).reduce(0, +)) / Double(max(d.early.count, 1))
    let strength = a.usStrength
    let strengthText =
      strength.map {
        "θ \(ReportWording.number($0.strength))"
          + ($0.interval.count == 2
            ? " (95 % interval \(ReportWording.number($0.interval[0]))–"
              + "\(ReportWording.number($0.interval[1])))" : "")
      } ?? "no measured strength"
    let against = a.followers.against.map(\.mover.state.name)
    return [
      .heading("Trend or Washington? What moved since 2022–2023"),
      .paragraph(
        "**Whose votes depend on Washington's.** Calibration measured, on the roll calls it"
          + " fitted, how each member's vote moved when the United States voted otherwise than"
          + " its record predicted: the following weight (positive: moves with Washington;"
          + " negative: moves against it). The United States' strength is \(strengthText). The"
          + " table lists the largest weights either way, each with its range over the"
          + " calibration's bootstrap replicates, and what they do to P(yes) here."
          + (against.isEmpty
            ? ""
            : " \(ReportWording.list(against)) move against Washington: a US no makes their yes"
              + " more likely, though from a low start.")),
      .table(weights),
      .paragraph(
        "**The decomposition, chosen before looking at its answer.** The recorded"
          + " \(d.early.count) series votes of 2022 and 2023 drew"
          + " \(NumberFormat.fixed(meanRecorded, decimals: 0)) yes votes on average"
          + " (\(ReportWording.list(recorded))). To separate what changed since then, the model"
          + " predicts the draft's expected yes (the sum of the members' P(yes), exact) twice"
          + " with the US vote fixed: once from the 2022–2023 series votes alone as references"
          + " (as if nothing later had been recorded), once from every series vote before the"
          + " draft (the model's own choice, the most recent weighing most). The difference with"
          + " the US co-sponsoring in both is the trend in the references; the difference"
          + " between the US voting no and co-sponsoring on all references is Washington's"
          + " effect. Both are rerun under each of the calibration's \(d.replicates) parameter"
          + " replicates (as the model range of \u{201C}unga simulate\u{201D}): each refits the"
          + " baseline (half-life, group and own weights, absences), the backers' weights and"
          + " strengths and the correlations on roll calls resampled from the calibration's, so"
          + " the range is that of the parameters given the data. It does not cover the"
          + " choice of references itself, which is the decomposition's point."),
      .table(table),
      .paragraph(
        "From the 2022–2023 footing to the draft, the references' trend moves expected yes by"
          + " \(ranged(d.trend, signed: true)) with the US co-sponsoring; the US voting no"
          + " instead moves it by \(ranged(d.usEffect, signed: true)) on all references"
          + " (\(ranged(d.earlyUSEffect, signed: true)) on the 2022–2023 footing), one vote of"
          + " which is its own. The two effects do not add up exactly, since how far a state"
          + " moves depends on where it starts, but their sizes answer the question."
          + " \(usRecord(d)) Of the other members' movement between the US co-sponsoring and"
          + " opposing, \(percent(listedShare(a))) falls on the"
          + " \(a.followers.with.count + a.followers.against.count) states in the table above."),
    ]
  }

  /// What the United States voted on the references, as a sentence.
  private static func usRecord(_ d: Analysis.Decomposition) -> String {
    let yes = d.usVotes.filter { $0 == .yes }.count
    if yes == d.usVotes.count {
      return "The United States voted yes on all \(yes) series votes the model sees, so the"
        + " fall in the references is not of Washington's making."
    }
    return "The United States voted yes on \(yes) of the \(d.usVotes.count) series votes the"
      + " model sees."
  }

  /// The share of the other members' summed |swing| that falls on the listed followers.
  private static func listedShare(_ a: Analysis) -> Double {
    let others = a.movers.filter { $0.state.state != "USA" }
    let total = others.map { abs($0.swing) }.reduce(0, +)
    let listed = (a.followers.with + a.followers.against).map { abs($0.mover.swing) }.reduce(
      0, +)
    return total > 0 ? listed / total : .nan
  }

  // MARK: Recruits

  private static func recruits(_ a: Analysis) -> [ReportDocument.Block] {
    let target = a.recruitGoal
    var blocks: [ReportDocument.Block] = [
      .heading("Can other co-sponsors make up the loss?"),
      .paragraph(
        "A recruit co-sponsors the draft: it votes yes, and the states whose votes move with"
          + " its own (if calibration measured any) move with it. The search is that of"
          + " \u{201C}unga recruit\u{201D}, with its defaults: the candidates are the receptive"
          + " states, those not"
          + " already backing the draft whose P(yes) is at least"
          + " \(percent(CandidateSelection.receptiveMinimumYes)) where recruits join (states more"
          + " likely than not to vote yes without being asked: a co-sponsor puts its name to the"
          + " text, so only they are asked), and the objective is expected yes votes, which moves"
          + " by each recruit's vote while P(adopted), near 1, moves by fractions of a point. It adds, one at a time, the recruit that"
          + " raises expected yes most, until expected yes is back at the level with US"
          + " co-sponsorship (\(NumberFormat.fixed(target, decimals: 1)) on the search's"
          + " \(DocumentParts.count(a.plannerTrials)) draws). Gains are paired on the same draws"
          + " (± standard error). A recruit without measured followers adds only its own"
          + " missing yes, so the search picks the receptive states least sure to vote yes."),
    ]
    var series: [LineChart.Series] = []
    for (stance, short, plan) in [
      ("the US vote left open", "US vote open", a.recruitWithOpenVote),
      ("the US voting no", "US voting no", a.recruitWithOpposing),
    ] {
      let pool = "\(plan.candidates.count) receptive candidates"
      // The first picks, or the whole route to the goal when it is longer.
      let goalRoute = plan.goal?.route ?? []
      let route = goalRoute.count > plan.picks.count ? goalRoute : plan.picks
      var table = ReportDocument.Table(
        caption: "With \(stance): recruits in the order the search adds them",
        columns: [
          .init("Step", isNumeric: true), .init("Recruit"), .init("Group"),
          .init("Gain in yes", isNumeric: true), .init("Expected yes", isNumeric: true),
          .init("P(adopted)", isNumeric: true),
        ])
      table.rows.append([
        "0", "none (\(short))", "", "",
        NumberFormat.estimate(
          plan.start.expectedYes, standardError: plan.start.expectedYesStandardError),
        ReportFigures.percent(plan.start.adoptionProbability),
      ])
      for pick in route {
        table.rows.append([
          "\(pick.step)", pick.name, pick.group.abbreviation,
          NumberFormat.estimate(pick.gain, standardError: pick.gainStandardError),
          NumberFormat.estimate(pick.expectedYes, standardError: pick.expectedYesStandardError),
          ReportFigures.percent(pick.adoptionProbability),
        ])
      }
      blocks.append(.subheading("With \(stance)"))
      blocks.append(
        .paragraph(
          "From \(pool): " + goalSentence(plan) + "."))
      blocks.append(.table(table))
      series.append(
        LineChart.Series(
          name: "\(short) + recruits",
          points: [LineChart.Point(x: 0, y: plan.start.expectedYes)]
            + route.map { LineChart.Point(x: Double($0.step), y: $0.expectedYes) }))
    }
    let steps = series.map { $0.points.count - 1 }.max() ?? 0
    series.append(
      LineChart.Series(
        name: "US co-sponsor level",
        points: [
          LineChart.Point(x: 0, y: target), LineChart.Point(x: Double(max(steps, 1)), y: target),
        ]))
    let chart = LineChart(
      title: "Expected yes votes as recruits join",
      summary: "Expected yes votes after each recruit, against the level with US co-sponsorship.",
      series: series, xTitle: "Recruits", yTitle: "Expected yes votes")
    blocks.append(
      .figure(
        .init(
          name: "recruits", svg: chart.render(),
          caption:
            "Expected yes votes after each recruit the search adds, from the United States"
            + " vote left open or voting no; the flat line is the level with US co-sponsorship.")))
    let firstPicks = a.unrestricted.picks.map(\.name)
    let together =
      a.unrestricted.picks.last.map {
        NumberFormat.estimate($0.cumulativeGain, standardError: $0.cumulativeGainStandardError)
      } ?? NumberFormat.notAvailable
    blocks.append(
      .paragraph(
        "**Why the pool is limited.** Left to choose among every member, the search's first"
          + " picks with the US vote left open would be \(ReportWording.list(firstPicks))"
          + " (together \(together) yes votes). The model measures how strongly a state pulls"
          + " others, not whether"
          + " it would ever sponsor the text: a state that voted against earlier Ukraine"
          + " resolutions and then co-sponsored would move its followers twice as far. Such"
          + " recruits are arithmetic, not diplomacy."))
    return blocks
  }

  /// What the goal search found, as a clause.
  private static func goalSentence(_ plan: RecruitResult) -> String {
    guard let goal = plan.goal else { return "no goal was searched" }
    let value = NumberFormat.estimate(goal.value, standardError: goal.valueStandardError)
    switch goal.status {
    case .reached where goal.recruitCount == 0:
      return "no recruit is needed (\(value) expected yes)"
    case .reached:
      let names = goal.route.map(\.name)
      return "\(goal.recruitCount) recruit\(goal.recruitCount == 1 ? "" : "s")"
        + " (\(ReportWording.list(names))) bring\(goal.recruitCount == 1 ? "s" : "")"
        + " expected yes to \(value)"
    case .unreachable:
      return "even all \(plan.candidates.count) candidates together reach only \(value)"
        + " expected yes"
    case .limitReached:
      return "\(goal.limit) recruits reach \(value) expected yes, short of the goal"
    }
  }

  // MARK: Precedents

  /// Groups by how far expected yes with the US opposing falls short of the 2022 vote.
  private static func groupGaps(_ a: Analysis) -> [(
    group: RegionalGroup, recorded: Int, expected: Double
  )] {
    let expected = a.report.groups(of: a.opposing.name)
    return a.precedents.aggression.summary.groups.compactMap { recorded in
      guard let model = expected.first(where: { $0.group == recorded.group }) else { return nil }
      return (recorded.group, recorded.tally.yes, model.yes)
    }.sorted { Double($0.recorded) - $0.expected > Double($1.recorded) - $1.expected }
  }

  private static func precedents(_ a: Analysis) -> [ReportDocument.Block] {
    let (crimea, aggression) = a.precedents
    let year = { (p: Analysis.Precedent) in p.year }
    var recorded = ReportDocument.Table(
      caption: "Recorded votes by regional group (yes – no – abstain – non-voting)",
      columns: [
        .init("Group"), .init("\(crimea.key), \(year(crimea))", isNumeric: true),
        .init("\(aggression.key), \(year(aggression))", isNumeric: true),
      ])
    var modelled = ReportDocument.Table(
      caption: "Yes votes by regional group: recorded, and expected for \(Analysis.draftKey)",
      columns: [
        .init("Group"), .init("\(year(crimea))", isNumeric: true),
        .init("\(year(aggression))", isNumeric: true),
      ]
        + [a.coSponsor, a.abstaining, a.opposing].map { .init("2025, \($0.name)", isNumeric: true) }
    )
    let expected = [a.coSponsor, a.abstaining, a.opposing].map { a.report.groups(of: $0.name) }
    var categories: [BarChart.Category] = []
    for group in RegionalGroup.allCases {
      let old = crimea.summary.groups.first { $0.group == group }?.tally
      let new = aggression.summary.groups.first { $0.group == group }?.tally
      let model = expected.map { $0.first { $0.group == group }?.yes }
      recorded.rows.append([group.rawValue, DocumentParts.tally(old), DocumentParts.tally(new)])
      modelled.rows.append(
        [group.rawValue, old.map { "\($0.yes)" } ?? "", new.map { "\($0.yes)" } ?? ""]
          + model.map { $0.map { NumberFormat.fixed($0, decimals: 1) } ?? "" })
      categories.append(
        BarChart.Category(
          name: group.rawValue,
          bars: [
            old.map { BarChart.Bar(Double($0.yes)) }, new.map { BarChart.Bar(Double($0.yes)) },
          ]
            + [model[0], model[2]].map { $0.map { BarChart.Bar($0) } }))
    }
    recorded.rows.append([
      "All members", DocumentParts.tally(crimea.tally), DocumentParts.tally(aggression.tally),
    ])
    modelled.rows.append(
      ["All members", "\(crimea.tally.yes)", "\(aggression.tally.yes)"]
        + [a.coSponsor, a.abstaining, a.opposing].map {
          NumberFormat.fixed($0.yes.mean, decimals: 1)
        })
    let chart = BarChart(
      title: "Yes votes by regional group",
      summary: "Recorded yes votes in \(year(crimea)) and \(year(aggression)), and expected yes"
        + " votes in 2025 with the US co-sponsoring and opposing, by regional group.",
      seriesNames: [
        "\(crimea.key) (\(year(crimea)))", "\(aggression.key) (\(year(aggression)))",
        "2025 model, US co-sponsor", "2025 model, US opposing",
      ],
      categories: categories, valueTitle: "Yes votes", decimals: 0, barHeight: 11)
    let gaps = groupGaps(a)
    let gapText = gaps.prefix(2).map {
      "\($0.group.rawValue) (\($0.recorded) yes in \(year(aggression)),"
        + " \(NumberFormat.fixed($0.expected, decimals: 1)) expected with the US opposing)"
    }
    return [
      .heading("Against the record: the \(year(crimea)) and \(year(aggression)) votes"),
      .paragraph(
        "Two earlier roll calls on Ukraine's territorial integrity frame the draft:"
          + " \(crimea.key) of \(ReportWording.date(crimea.date)),"
          + " adopted \(DocumentParts.tally(crimea.tally)), and \(aggression.key) of"
          + " \(ReportWording.date(aggression.date)),"
          + " adopted \(DocumentParts.tally(aggression.tally)) (yes – no – abstain –"
          + " non-voting). The model weighs them with the other earlier votes of the series,"
          + " the most recent counting most. The shortfall against"
          + " \(year(aggression)) is largest in \(ReportWording.list(gapText))."),
      .table(recorded),
      .table(modelled),
      .figure(
        .init(
          name: "groups", svg: chart.render(),
          caption:
            "Yes votes by regional group: recorded in \(year(crimea)) and \(year(aggression)),"
            + " expected in 2025 with the US co-sponsoring and opposing.")),
    ]
  }

  // MARK: The vote that happened

  private static func actualVote(_ a: Analysis) -> [ReportDocument.Block] {
    var table = ReportDocument.Table(
      caption:
        "The model's scenarios against the recorded \(actual.symbol)"
        + " (\(actual.yes)–\(actual.no)–\(actual.abstain))",
      columns: [
        .init("Scenario"), .init("Expected yes (90 %)", isNumeric: true),
        .init("P(yes ≤ \(actual.yes))", isNumeric: true),
        .init("Expected no (90 %)", isNumeric: true),
        .init("Expected abstain (90 %)", isNumeric: true),
      ])
    for scenario in [a.coSponsor, a.abstaining, a.opposing] {
      table.rows.append([
        scenario.name, bracketed(scenario.yes), ReportFigures.percent(atMost(actual.yes, scenario)),
        bracketed(scenario.no), bracketed(scenario.abstain),
      ])
    }
    let opposing = a.opposing
    let noInside = (opposing.no.q05...opposing.no.q95).contains(actual.no)
    let abstainInside = (opposing.abstain.q05...opposing.abstain.q95).contains(actual.abstain)
    let direction = Double(actual.yes) < opposing.yes.mean ? "fewer" : "more"
    return [
      .heading("The vote that happened (public record, outside the data)"),
      .paragraph(
        "The shipped data stop before the vote. As public record, not part of the data: the"
          + " Assembly adopted the text as \(actual.symbol) on 24 February 2025 by \(actual.yes)"
          + " votes to \(actual.no), with \(actual.abstain) abstentions; the United States voted"
          + " \(actual.us), so \u{201C}US opposing\u{201D} is the"
          + " scenario to compare. Neither the vote nor the US stance is in the data, and the"
          + " model's parameters were not tuned to this result, so the comparison is a fair, if"
          + " single, test."),
      .table(table),
      .paragraph(
        "With the United States opposing, the recorded \(actual.yes) yes votes are \(direction)"
          + " than the model's expectation of \(yes(opposing, decimals: 1)); the model gives"
          + " \(ReportFigures.percent(atMost(actual.yes, opposing))) to \(actual.yes) yes or"
          + " fewer. The \(actual.no) no votes are \(noInside ? "inside" : "outside") its 90 %"
          + " interval (\(ReportFigures.interval(opposing.no))) and the \(actual.abstain)"
          + " abstentions \(abstainInside ? "inside" : "outside") theirs"
          + " (\(ReportFigures.interval(opposing.abstain))). One vote cannot validate or refute"
          + " a model; it shows where its assumptions sit against one real outcome."),
    ]
  }

  // MARK: Methods

  private static func methods(_ a: Analysis) -> [ReportDocument.Block] {
    var blocks: [ReportDocument.Block] = [.heading("Methods and caveats")]
    blocks += DocumentParts.methods(a.report, referenceList: "below")
    let withSponsors = a.referenceSponsors.values.filter { $0 > 0 }.count
    blocks.append(.subheading("What the data lacks"))
    blocks.append(
      .bullets([
        "**Gaps in the votes.** The latest vote before the draft in the data is of"
          + " \(a.historyEnd.map(ReportWording.date) ?? "an unknown date"); nothing from the"
          + " draft's day on is used. The votes of January to September 2020 and the"
          + " emergency special session texts of 2025 are not in the data (see the Known gaps"
          + " of datasets/README.md).",
        "**Co-sponsors of the draft.** The data lists only"
          + " \(ReportWording.list(a.report.draft.sponsors.map(\.name))) as sponsor of"
          + " \(Analysis.draftKey); the states that joined it are not recorded, so their pull"
          + " is missing from every scenario and support is likely understated.",
        "**Co-sponsors of earlier texts.** Of the \(a.referenceSponsors.count) reference votes,"
          + " \(withSponsors) \(withSponsors == 1 ? "has" : "have") sponsors in the data"
          + " (\(a.precedents.crimea.key): \(a.precedents.crimea.summary.sponsors.count) states,"
          + " from the UN library catalogue); on the others every state's earlier stance is"
          + " read from its votes alone.",
        "**One model, one set of parameters.** The parameters are"
          + " \(DocumentParts.parameterClause(a.parameterOrigin)); a state's pull on others is"
          + " measured over all contested votes, not over"
          + " Ukraine alone.",
      ]))
    blocks.append(contentsOf: DocumentParts.calibrationNotes(a.parameterSource))
    blocks.append(contentsOf: noVoterCheck(a))
    blocks.append(.subheading("Reference votes"))
    blocks.append(
      .table(
        ReportDocument.Table(
          caption: "The earlier votes the baseline rests on, with their recency weights",
          columns: [
            .init("Roll call"), .init("Date"), .init("Title"), .init("Weight", isNumeric: true),
          ],
          rows: a.report.model.references.map {
            [
              $0.symbol, ReportWording.date($0.date), $0.title,
              NumberFormat.fixed($0.weight, decimals: 3),
            ]
          })))
    blocks.append(.subheading("Appendix"))
    blocks.append(
      .paragraph(
        "The full simulation report, with every member's probabilities in every scenario, is"
          + " written next to this file as simulation-report.html and simulation-report.md;"
          + " the per-state probabilities as simulation-states.csv."))
    return blocks
  }

  /// The members that voted no on both recorded precedents, and what the model makes of them.
  private static func noVoterCheck(_ a: Analysis) -> [ReportDocument.Block] {
    let (crimea, aggression) = a.precedents
    let noIn = { (p: Analysis.Precedent) in
      Set(p.summary.votes.filter { $0.vote == .no }.map(\.state))
    }
    let consistent = noIn(crimea).intersection(noIn(aggression))
    let states = a.recorded.states.filter { consistent.contains($0.state) }
      .sorted { $0.pYes > $1.pYes }
    guard let first = states.first else { return [] }
    let latest = a.report.model.references.last
    let age = latest.map { $0.date.years(until: a.result.target.date) } ?? .nan
    let figures = states.map { "\($0.name) \(points($0.pYes)) %" }
    let baseline = a.parameters.baseline
    return [
      .subheading("A check: the states that voted no in both years"),
      .paragraph(
        "\(ReportWording.list(states.map(\.name))) voted no on both \(crimea.key) and"
          + " \(aggression.key). As recorded, the model gives them a chance of voting yes"
          + " of \(ReportWording.list(figures)). Their own votes on the series dominate: the"
          + " most recent reference vote is \(NumberFormat.fixed(age, decimals: 1)) years old and"
          + " weighs \(NumberFormat.fixed(latest?.weight ?? .nan, decimals: 2)) (half-life"
          + " \(ReportWording.number(baseline.halfLife)) years), against the regional group's"
          + " share worth \(ReportWording.number(baseline.groupWeight)) votes and the state's own"
          + " recent record worth \(ReportWording.number(baseline.ownWeight))"
          + (a.parameterOrigin.isCalibrated
            ? "; all three weights are the calibrated ones, fitted on many earlier votes." : ".")
          + (first.pYes > 0.5
            ? " \(first.name) is the exception the reader should check by hand." : "")),
    ]
  }

  /// Expected yes by regional group in `scenario`, the United States' own vote left out: a
  /// group's movement is what its members do, not the backer's vote.
  private static func groupsWithoutBacker(_ a: Analysis, _ scenario: ScenarioResult) -> [(
    group: RegionalGroup, members: Int, yes: Double
  )] {
    let us = scenario.states.first { $0.state == "USA" }
    return a.report.groups(of: scenario.name).map { group in
      guard let us, us.group == group.group else { return (group.group, group.members, group.yes) }
      return (group.group, group.members - 1, group.yes - us.pYes)
    }
  }

  // MARK: Wording helpers

  /// `97.9 (model range 96.1 to 98.8)`, or the value alone without a range.
  private static func ranged(_ figure: Analysis.Ranged, signed: Bool = false) -> String {
    let value =
      signed
      ? NumberFormat.signed(figure.value, decimals: 1)
      : NumberFormat.fixed(figure.value, decimals: 1)
    guard figure.range.count == 2 else { return value }
    return value + " (model range "
      + ReportFigures.range(figure.range, decimals: 1, signed: signed) + ")"
  }

  private static func percent(_ value: Double) -> String {
    NumberFormat.percent(value, decimals: 0)
  }

  private static func label(_ scenario: ScenarioResult) -> String {
    scenario.isBaseline ? "As recorded" : scenario.name
  }

  private static func yes(_ scenario: ScenarioResult, decimals: Int = 0) -> String {
    NumberFormat.fixed(scenario.yes.mean, decimals: decimals)
  }

  private static func points(_ probability: Double) -> String {
    ReportFigures.statePercent(probability)
  }

  private static func bracketed(_ summary: CountSummary) -> String {
    NumberFormat.fixed(summary.mean, decimals: 1) + " (\(ReportFigures.interval(summary)))"
  }

  private static func percentList(_ values: [Double]) -> String {
    ReportWording.list(values.map(ReportFigures.percent))
  }

  private static func probabilities(_ a: Analysis, atLeast yes: Int) -> [Double] {
    [a.coSponsor, a.abstaining, a.opposing].map { scenario in
      scenario.thresholds.first { $0.yes == yes }?.probability ?? .nan
    }
  }

  /// The share of simulated votes with at most `yes` yes votes.
  private static func atMost(_ yes: Int, _ scenario: ScenarioResult) -> Double {
    scenario.yesHistogram.prefix(yes + 1).reduce(0, +)
  }

  private static func likelihood(_ probability: Double) -> String {
    switch probability {
    case ..<0.05: "out of reach"
    case ..<0.5: "unlikely"
    case ..<0.95: "likely"
    default: "near certain"
    }
  }

  private static func names(_ movers: [Analysis.Mover], limit: Int) -> String {
    guard !movers.isEmpty else { return "none" }
    let sorted = movers.map(\.state.name).sorted()
    let shown = sorted.prefix(limit).joined(separator: ", ")
    return sorted.count > limit ? shown + " and \(sorted.count - limit) more" : shown
  }
}
