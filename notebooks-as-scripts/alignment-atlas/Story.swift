import Charts
import Foundation
import NotebookSupport
import UNGAKit

/// The atlas as a document: headline findings, then the evidence, then methods and caveats.
/// Every number in the text is read from the `Atlas`.
enum Story {
  static func document(_ atlas: Atlas) -> ReportDocument {
    var document = ReportDocument(
      title: "Who votes with whom: the General Assembly's alignments, 1990–2019",
      kicker: "UN General Assembly · alignment atlas",
      standfirst:
        "How often each member voted with China, France, the United Kingdom, Russia and the"
        + " United States on the Assembly's contested votes since the end of the Cold War,"
        + " who their closest partners and opponents were, and how tightly each regional"
        + " group held together, in \(atlas.windows.count) windows of"
        + " \(atlas.commandLine.window) session\(atlas.commandLine.window == 1 ? "" : "s").")
    document.append(.highlights(title: "Key findings", items: keyFindings(atlas)))
    document.append(contentsOf: settings(atlas))
    document.append(contentsOf: permanentFive(atlas))
    document.append(contentsOf: byRegion(atlas))
    document.append(contentsOf: amongThemselves(atlas))
    document.append(contentsOf: allies(atlas))
    document.append(contentsOf: cohesion(atlas))
    document.append(contentsOf: movers(atlas))
    document.append(contentsOf: everyMember(atlas))
    document.append(contentsOf: methods(atlas))
    return document
  }

  // MARK: Key findings

  static func keyFindings(_ atlas: Atlas) -> [String] {
    let (first, last) = (atlas.first, atlas.last)
    let means = zip(Atlas.permanentFive, atlas.permanent).map { code, index in
      (
        code: code, name: name(atlas, index), now: atlas.meanAgreement(with: index, in: last),
        then: atlas.meanAgreement(with: index, in: first)
      )
    }.sorted { $0.now > $1.now }
    let ranking = means.map { "\($0.name) \(percent($0.now))" }
    let biggest = means.max { abs($0.now - $0.then) < abs($1.now - $1.then) }
    let usa = index(atlas, "USA")
    let partners = atlas.partners(of: usa, in: last)
    let farthest = partners.suffix(3).reversed().map {
      "\(shortName(atlas, $0.state)) at \(percent($0.agreement))"
    }
    let pairs = p5Pairs(atlas).map { pair in
      (pair, last.agreement(pair.0, pair.1) ?? .nan, first.agreement(pair.0, pair.1) ?? .nan)
    }.sorted { $0.1 > $1.1 }
    let groups = RegionalGroup.allCases.map { group in
      (group, atlas.cohesion(of: group, in: last), atlas.cohesion(of: group, in: first))
    }.sorted { $0.1 > $1.1 }
    let groupChange = groups.max { abs($0.1 - $0.2) < abs($1.1 - $1.2) }
    let movers = atlas.movers(relativeTo: usa).prefix(3).map {
      "\(shortName(atlas, $0.state)) (\(percent($0.before)) → \(percent($0.after)))"
    }
    var findings = [
      "**In \(last.label) the average member agreed most with \(means[0].name) and least with"
        + " \(means[means.count - 1].name).** Mean agreement on contested votes:"
        + " \(ReportWording.list(ranking))."
        + (biggest.map {
          " The largest shift since \(first.label) is with \($0.name): \(percent($0.then)) →"
            + " \(percent($0.now))."
        } ?? ""),
      "**Washington's closest partners in \(last.label) were"
        + " \(ReportWording.list(partners.prefix(3).map { shortName(atlas, $0.state) })).**"
        + " They agreed with it on"
        + " \(ReportWording.list(partners.prefix(3).map { percent($0.agreement) }))"
        + " of contested votes; the farthest, \(ReportWording.list(farthest)).",
    ]
    if let closest = pairs.first, let farthest = pairs.last {
      findings.append(
        "**Among the permanent five, \(pairWords(atlas, closest.0)) voted together most"
          + " and \(pairWords(atlas, farthest.0)) least,** agreeing on \(percent(closest.1)) and"
          + " \(percent(farthest.1)) of contested votes in \(last.label) (\(percent(closest.2)) and"
          + " \(percent(farthest.2)) in \(first.label)).")
    }
    if let most = groups.first, let least = groups.last {
      findings.append(
        "**The \(most.0.rawValue) group was the most cohesive in \(last.label), the"
          + " \(least.0.rawValue) group the least:** their members agreed with each other on"
          + " \(percent(most.1)) and \(percent(least.1)) of contested votes on average."
          + (groupChange.map {
            " The largest change since \(first.label): the \($0.0.rawValue) group,"
              + " \(percent($0.2)) → \(percent($0.1))."
          } ?? ""))
    }
    findings.append(
      "**The members whose agreement with the United States changed most** between"
        + " \(first.label) and \(last.label) are \(ReportWording.list(movers)).")
    findings.append(
      "**Counted on** \(NumberFormat.integer(atlas.whole.rollCalls, grouping: .comma)) contested"
        + " whole-text roll calls of sessions \(Atlas.sessions.lowerBound) to"
        + " \(Atlas.sessions.upperBound); an abstention against a yes or a no counts as half an"
        + " agreement. Agreement measures shared votes, not shared motives.")
    return findings
  }

  // MARK: Data and settings

  private static func settings(_ atlas: Atlas) -> [ReportDocument.Block] {
    var windows = ReportDocument.Table(
      caption: "Windows",
      columns: [
        .init("Window"), .init("Sessions", isNumeric: true),
        .init("Contested roll calls", isNumeric: true), .init("Members voting", isNumeric: true),
      ])
    for window in atlas.windows + [atlas.whole] {
      windows.rows.append([
        label(atlas, window),
        "\(window.sessions.lowerBound)–\(window.sessions.upperBound)",
        NumberFormat.integer(window.rollCalls, grouping: .comma), "\(window.matrix.states.count)",
      ])
    }
    var blocks = DocumentParts.settings(
      basis: "these files and settings (the atlas draws no random numbers)",
      note: "A window is named by the years in which its sessions opened (session 45 opened in"
        + " September 1990).",
      definitions: [
        .init(
          "Roll calls",
          "whole-text votes (not amendments or separate paragraphs) of regular sessions"
            + " \(Atlas.sessions.lowerBound) to \(Atlas.sessions.upperBound) on which at least"
            + " two different votes were cast (unanimous votes say nothing about who sides with"
            + " whom), from the Voeten \u{201C}unvotes\u{201D} data"),
        .init(
          "Agreement",
          "per pair, the mean over the roll calls both voted on (yes, abstain or no) of 1 for the"
            + " same vote, ½ when one abstained and the other did not, 0 for yes against no;"
            + " equal to (1 + a) / 2 for the vote model's alignment a"),
        .init(
          "Threshold",
          "a pair is compared in a window only if it shares at least \(Atlas.minimumShared)"
            + " votes; over the whole period, only if both were also members together for at"
            + " least \(NumberFormat.fixed(Atlas.minimumYearsTogether, decimals: 0)) years of it"
            + " (so a state that left or joined early in the period is not ranked on a brief"
            + " overlap)"),
        .init("Window", "\(atlas.commandLine.window) sessions"),
      ], folders: [Atlas.folder], sources: atlas.loaded.sources, command: atlas.command)
    blocks.insert(.table(windows), at: blocks.count - 2)
    return blocks
  }

  // MARK: The permanent five and the rest

  private static func permanentFive(_ atlas: Atlas) -> [ReportDocument.Block] {
    let series = zip(Atlas.permanentFive, atlas.permanent).map { code, index in
      LineChart.Series(
        name: shortName(atlas, index),
        points: atlas.windows.map {
          LineChart.Point(x: $0.middleYear, y: atlas.meanAgreement(with: index, in: $0) * 100)
        })
    }
    var table = ReportDocument.Table(
      caption: "Mean agreement of the other members with each permanent member, %",
      columns: [.init("Window")]
        + atlas.permanent.map { .init(shortName(atlas, $0), isNumeric: true) })
    for window in atlas.windows + [atlas.whole] {
      table.rows.append(
        [label(atlas, window)]
          + atlas.permanent.map { points(atlas.meanAgreement(with: $0, in: window)) })
    }
    let chart = LineChart(
      title: "Agreement with each permanent member",
      summary: "Mean agreement of the other members with each of the permanent five, by window.",
      series: series, xTitle: "Window (middle year)", yTitle: "Mean agreement, %")
    return [
      .heading("The permanent five and the rest"),
      .paragraph(
        "For each permanent member, the average over the other members of how often they voted"
          + " alike on contested votes. A high figure means the member votes with the"
          + " Assembly's majority; a low one, that it is often in a minority."),
      .figure(
        .init(
          name: "permanent-five", svg: chart.render(),
          caption: "Mean agreement of the other members with each permanent member, by window.")),
      .table(table),
    ]
  }

  private static func byRegion(_ atlas: Atlas) -> [ReportDocument.Block] {
    var blocks: [ReportDocument.Block] = [
      .subheading("Region by region"),
      .paragraph(
        "The same agreement, averaged within each regional group: where each permanent member"
          + " finds its partners."),
    ]
    for index in atlas.permanent {
      let series = RegionalGroup.allCases.map { group in
        LineChart.Series(
          name: group.rawValue,
          points: atlas.windows.map {
            LineChart.Point(
              x: $0.middleYear, y: atlas.meanAgreement(with: index, in: $0, group: group) * 100)
          })
      }
      let chart = LineChart(
        title: "Agreement with \(shortName(atlas, index)), by regional group",
        summary: "Mean agreement with \(name(atlas, index)) of the members of each regional"
          + " group, by window.",
        series: series, xTitle: "Window (middle year)", yTitle: "Mean agreement, %",
        plotHeight: 200)
      blocks.append(
        .figure(
          .init(
            name: "regions-\(atlas.dataset.states[index].code.rawValue.lowercased())",
            svg: chart.render(),
            caption: "Mean agreement with \(name(atlas, index)) by regional group.")))
    }
    return blocks
  }

  // MARK: Among the permanent five

  private static func p5Pairs(_ atlas: Atlas) -> [(Int, Int)] {
    var pairs: [(Int, Int)] = []
    for (k, i) in atlas.permanent.enumerated() {
      for j in atlas.permanent[(k + 1)...] { pairs.append((i, j)) }
    }
    return pairs
  }

  private static func amongThemselves(_ atlas: Atlas) -> [ReportDocument.Block] {
    let pairs = p5Pairs(atlas)
    var table = ReportDocument.Table(
      caption: "Agreement between the permanent members, %",
      columns: [.init("Pair")]
        + (atlas.windows.map(\.label) + ["Whole period"]).map { .init($0, isNumeric: true) })
    for pair in pairs {
      table.rows.append(
        [pairName(atlas, pair)]
          + (atlas.windows + [atlas.whole]).map { points($0.agreement(pair.0, pair.1)) })
    }
    let charted = [
      ("USA", "GBR"), ("USA", "FRA"), ("FRA", "GBR"), ("CHN", "RUS"), ("USA", "RUS"),
      ("USA", "CHN"),
    ].map { (index(atlas, $0.0), index(atlas, $0.1)) }
    let chart = LineChart(
      title: "Agreement between permanent members",
      summary: "Agreement of six pairs of permanent members, by window.",
      series: charted.map { pair in
        LineChart.Series(
          name: pairName(atlas, pair),
          points: atlas.windows.map {
            LineChart.Point(x: $0.middleYear, y: ($0.agreement(pair.0, pair.1) ?? .nan) * 100)
          })
      }, xTitle: "Window (middle year)", yTitle: "Agreement, %")
    return [
      .heading("The permanent five among themselves"),
      .figure(
        .init(
          name: "pairs", svg: chart.render(),
          caption: "Agreement between six pairs of permanent members, by window; all ten pairs"
            + " are in the table.")),
      .table(table),
    ]
  }

  // MARK: Allies and opponents

  private static func allies(_ atlas: Atlas) -> [ReportDocument.Block] {
    var blocks: [ReportDocument.Block] = [
      .heading("Closest allies and opponents"),
      .paragraph(
        "For each permanent member, the ten members that voted with it most and least often,"
          + " in the latest window (\(atlas.last.label)) and over the whole period; over the"
          + " whole period only members that sat together for at least"
          + " \(NumberFormat.fixed(Atlas.minimumYearsTogether, decimals: 0)) of its years are"
          + " ranked."),
    ]
    for index in atlas.permanent {
      let recent = atlas.partners(of: index, in: atlas.last)
      let whole = atlas.partners(of: index, in: atlas.whole)
      let cell = { (partner: (state: Int, agreement: Double)?) -> String in
        partner.map { "\(shortName(atlas, $0.state)) \(points($0.agreement))" } ?? ""
      }
      var table = ReportDocument.Table(
        caption: "\(shortName(atlas, index)): agreement, %",
        columns: [
          .init("Rank", isNumeric: true), .init("Closest, \(atlas.last.label)"),
          .init("Farthest, \(atlas.last.label)"), .init("Closest, whole period"),
          .init("Farthest, whole period"),
        ])
      for rank in 0..<10 {
        let at = { (list: [(state: Int, agreement: Double)], fromEnd: Bool) in
          list.indices.contains(rank) ? list[fromEnd ? list.count - 1 - rank : rank] : nil
        }
        table.rows.append([
          "\(rank + 1)", cell(at(recent, false)), cell(at(recent, true)), cell(at(whole, false)),
          cell(at(whole, true)),
        ])
      }
      blocks.append(.table(table))
    }
    return blocks
  }

  // MARK: Cohesion

  private static func cohesion(_ atlas: Atlas) -> [ReportDocument.Block] {
    var table = ReportDocument.Table(
      caption: "Cohesion: mean agreement between the members of each regional group, %",
      columns: [.init("Group")]
        + (atlas.windows.map(\.label) + ["Whole period"]).map { .init($0, isNumeric: true) })
    for group in RegionalGroup.allCases {
      table.rows.append(
        [group.rawValue]
          + (atlas.windows + [atlas.whole]).map { points(atlas.cohesion(of: group, in: $0)) })
    }
    let chart = LineChart(
      title: "Cohesion of the regional groups",
      summary: "Mean agreement between the members of each regional group, by window.",
      series: RegionalGroup.allCases.map { group in
        LineChart.Series(
          name: group.rawValue,
          points: atlas.windows.map {
            LineChart.Point(x: $0.middleYear, y: atlas.cohesion(of: group, in: $0) * 100)
          })
      }, xTitle: "Window (middle year)", yTitle: "Mean agreement within the group, %")
    return [
      .heading("How tightly the regional groups hold together"),
      .paragraph(
        "A group's cohesion is the mean agreement over every pair of its members that voted in"
          + " the window. The groups are electoral groupings, not alliances; their cohesion shows"
          + " how far geography still predicts a vote."),
      .figure(
        .init(
          name: "cohesion", svg: chart.render(),
          caption: "Mean agreement between the members of each regional group, by window.")),
      .table(table),
    ]
  }

  // MARK: Movers

  private static func movers(_ atlas: Atlas) -> [ReportDocument.Block] {
    var table = ReportDocument.Table(
      caption: "The five members whose agreement with each permanent member changed most,"
        + " \(atlas.first.label) to \(atlas.last.label), %",
      columns: [
        .init("Permanent member"), .init("State"), .init("Group"),
        .init(atlas.first.label, isNumeric: true), .init(atlas.last.label, isNumeric: true),
        .init("Change, points", isNumeric: true),
      ])
    for index in atlas.permanent {
      for (rank, mover) in atlas.movers(relativeTo: index).prefix(5).enumerated() {
        table.rows.append([
          rank == 0 ? shortName(atlas, index) : "", name(atlas, mover.state),
          atlas.dataset.states[mover.state].group.abbreviation, points(mover.before),
          points(mover.after), NumberFormat.signed((mover.after - mover.before) * 100, decimals: 0),
        ])
      }
    }
    return [
      .heading("Who moved"),
      .paragraph(
        "Among the members that voted in both the first and the latest window, those whose"
          + " agreement with a permanent member changed most."),
      .table(table),
    ]
  }

  // MARK: Every member

  private static func everyMember(_ atlas: Atlas) -> [ReportDocument.Block] {
    let codes = atlas.permanent.map { atlas.dataset.states[$0].code.rawValue }
    var table = ReportDocument.Table(
      caption: "Agreement with each permanent member in \(atlas.last.label), %, and the change"
        + " since \(atlas.first.label) in points",
      columns: [.init("State"), .init("Group")] + codes.map { .init($0, isNumeric: true) }
        + codes.map { .init("Δ \($0)", isNumeric: true) })
    let members = atlas.dataset.states.indices.filter {
      atlas.last.row[$0] != nil && !atlas.permanent.contains($0)
    }.sorted {
      let (a, b) = (atlas.dataset.states[$0], atlas.dataset.states[$1])
      return a.group != b.group ? a.group.rawValue < b.group.rawValue : a.name < b.name
    }
    for member in members {
      let now = atlas.permanent.map { atlas.last.agreement(member, $0) }
      let then = atlas.permanent.map { atlas.first.agreement(member, $0) }
      table.rows.append(
        [name(atlas, member), atlas.dataset.states[member].group.abbreviation]
          + now.map(points)
          + zip(now, then).map { now, then in
            guard let now, let then else { return "" }
            return NumberFormat.signed((now - then) * 100, decimals: 0)
          })
    }
    return [
      .heading("Every member"),
      .paragraph(
        "Each member's agreement with the permanent five in the latest window, and the change"
          + " since the first; an empty change means the member did not vote in both. Every"
          + " window is in alignment-atlas.csv next to this file."),
      .table(table),
    ]
  }

  // MARK: Methods

  private static func methods(_ atlas: Atlas) -> [ReportDocument.Block] {
    let russia = index(atlas, "RUS")
    let usa = atlas.dataset.states[index(atlas, "USA")]
    let years = NumberFormat.fixed(Atlas.minimumYearsTogether, decimals: 0)
    let russiaVotes =
      atlas.first.row[russia].map {
        atlas.first.matrix.sharedVotes[$0 * atlas.first.matrix.states.count + $0]
      } ?? 0
    return [
      .heading("Methods and caveats"),
      .bullets([
        "**Agreement is not alliance.** Two states that vote alike may do so for different"
          + " reasons; the measure counts votes, not motives, and weighs every contested vote"
          + " equally, from a procedural motion to a resolution on Crimea.",
        "**Only recorded votes count.** Most Assembly resolutions are adopted without a vote;"
          + " they never enter the measure, which therefore over-represents divisive subjects"
          + " (the Middle East, disarmament, human rights).",
        "**Russia's seat.** The data keeps the Soviet Union (SUN) and the Russian Federation"
          + " (RUS) apart; in \(atlas.first.label) Russia's figures rest on its"
          + " \(russiaVotes) contested votes from"
          + " \(ReportWording.date(atlas.dataset.states[russia].admitted)); the Soviet Union's"
          + " earlier votes are not counted for it.",
        "**Membership changes.** States that joined or left during the period appear only in"
          + " the windows in which they voted; a pair is compared only on at least"
          + " \(Atlas.minimumShared) shared votes, and over the whole period only if both were"
          + " members together for at least \(years) of its years. Non-voting is not a vote:"
          + " absences neither"
          + " agree nor disagree.",
        "**Regional groups** are today's, applied to the whole period; the United States is"
          + " counted in the \(usa.group.rawValue) group, as the data places it.",
        "**Dates** before 1997 are reliable to the month only in the source; sessions, not"
          + " dates, define the windows, so this does not move a vote between windows.",
      ]),
    ]
  }

  // MARK: Wording helpers

  private static func index(_ atlas: Atlas, _ code: MemberState.Code) -> Int {
    zip(Atlas.permanentFive, atlas.permanent).first { $0.0 == code }?.1
      ?? atlas.dataset.stateIndex(code) ?? 0
  }

  private static func name(_ atlas: Atlas, _ index: Int) -> String {
    let state = atlas.dataset.states[index]
    switch state.code {
    case "GBR": return "the United Kingdom"
    case "USA": return "the United States"
    case "RUS": return "Russia"
    default: return state.name
    }
  }

  /// The name for headers and legends: `United Kingdom`, `Russia`.
  private static func shortName(_ atlas: Atlas, _ index: Int) -> String {
    let name = name(atlas, index)
    return name.hasPrefix("the ") ? String(name.dropFirst(4)) : name
  }

  /// `1990–92`, or `Whole period` for the whole period.
  private static func label(_ atlas: Atlas, _ window: Atlas.Window) -> String {
    window.sessions == atlas.whole.sessions ? "Whole period" : window.label
  }

  /// `France and the United Kingdom`.
  private static func pairWords(_ atlas: Atlas, _ pair: (Int, Int)) -> String {
    "\(name(atlas, pair.0)) and \(name(atlas, pair.1))"
  }

  private static func pairName(_ atlas: Atlas, _ pair: (Int, Int)) -> String {
    "\(atlas.dataset.states[pair.0].code.rawValue)–\(atlas.dataset.states[pair.1].code.rawValue)"
  }

  /// `87 %`.
  private static func percent(_ agreement: Double) -> String {
    NumberFormat.fixed(agreement * 100, decimals: 0) + " %"
  }

  /// `87`, or empty when there is no figure.
  private static func points(_ agreement: Double?) -> String {
    guard let agreement, agreement.isFinite else { return "" }
    return NumberFormat.fixed(agreement * 100, decimals: 0)
  }
}
