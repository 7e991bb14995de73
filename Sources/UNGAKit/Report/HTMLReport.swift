import Charts
import Foundation

/// The HTML format: one self-contained page (``HTMLPage``: inline CSS and
/// SVG, no scripts, nothing fetched) that answers the question at the top and
/// holds up in print.
///
/// Order: the draft; the answer (headline sentences and an at-a-glance table
/// of every scenario); who moves in each scenario (arrows and a map of the
/// change); the map of the draft as recorded; the margin that decides adoption
/// and the paired change in yes votes (the yes-vote distributions when the
/// engine gives no margins); expected votes by regional group; the full
/// scenario figures; swing states; every member's probabilities; methods and
/// caveats; the run's details.
enum HTMLReport {
  static func render(_ report: Report, tileGrid: TileGrid? = nil) -> String {
    let exact = report.run.engine == .exact
    var body = header(report)
    body += retrospective(report, grid: tileGrid)
    body += answer(report, exact: exact)
    body += whoMoves(report, grid: tileGrid)
    body += map(report, grid: tileGrid)
    body += adoption(report)
    body += groups(report)
    body += figures(report, exact: exact)
    body += swingStates(report)
    body += stateTable(report)
    body += methods(report)
    body += runDetails(report)
    let headline = ReportHeadline.sentences(for: report)
    return HTMLPage(
      title: "\(report.draft.symbol): "
        + (report.retrospective == nil
          ? "simulated General Assembly vote" : "General Assembly vote replayed"),
      body: body,
      summary: headline.dropFirst().first ?? headline.first, extraStyle: style
    ).render()
  }

  static let style = """
    .kicker { text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.8rem; \
    color: var(--muted); margin: 0 0 0.3rem; }
    .facts { color: var(--muted); margin-top: 0; }
    .answer { border: 1px solid #c9d6e3; background: #f4f7fa; border-radius: 6px; \
    padding: 0.4rem 1.2rem 0.6rem; margin: 1.2rem 0 0.5rem; }
    .answer h2 { border-bottom: none; margin-top: 0.8rem; }
    .answer ul { padding-left: 1.2rem; }
    .answer li { margin: 0.3rem 0; }
    .answer table { background: #fff; }
    .glance td.num:nth-child(2) { font-weight: 600; }
    .glance table { font-size: 0.82rem; }
    .glance th, .glance td { padding: 0.25rem 0.45rem; }
    .glance thead th { white-space: normal; }
    .glance tbody th, .glance td:first-child { min-width: 9rem; }
    .states { font-size: 0.78rem; }
    .states th, .states td { padding: 0.12rem 0.35rem; }
    .states .first { border-left: 1px solid var(--rule); }
    .states thead th.scenario { text-align: center; }
    .states tbody tr.group th { background: #f1f1f1; font-weight: 600; padding-top: 0.35rem; }
    .sources td:last-child { font-family: ui-monospace, Menlo, Consolas, "Liberation Mono", \
    monospace; font-size: 0.8em; overflow-wrap: anywhere; }
    .references tbody th, .references td:nth-child(2) { white-space: nowrap; }
    pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f4f4f4; \
    padding: 0.6rem 0.8rem; border-radius: 4px; }
    .boundary li { margin: 0.2rem 0; }
    figure.map svg { max-width: none; }
    @media print {
      .answer { background: none; border-color: #999; }
      .states { font-size: 7pt; }
      figure svg { max-width: 36rem; }
      figure.map svg { max-width: 100%; }
      .boundary li { break-inside: avoid; page-break-inside: avoid; }
      .states tbody tr.group th { background: none; border-bottom: 1.5px solid var(--ink); }
      pre { background: none; border: 1px solid var(--rule); }
      table.states { break-inside: auto; page-break-inside: auto; }
    }
    """

  private static func header(_ report: Report) -> String {
    let draft = report.draft
    var rule = ReportWording.ruleName(report.run.rule)
    if report.run.rule != draft.majority {
      rule += " (recorded: \(ReportWording.ruleName(draft.majority)))"
    }
    let facts = [
      (draft.kind == .draft ? "Draft of " : "Roll call of ") + ReportWording.date(draft.date),
      "session \(draft.session)", rule, "\(report.run.members) members",
      "sponsors in the data: " + ReportWording.sponsors(report),
    ]
    let kicker =
      report.retrospective == nil
      ? "UN General Assembly · simulated vote"
      : "UN General Assembly · recorded vote replayed (retrospective)"
    return HTML.element("p", kicker, class: "kicker") + "\n"
      + HTML.element("h1", "\(draft.symbol): \(draft.title)") + "\n"
      + HTML.element("p", facts.joined(separator: " · "), class: "facts") + "\n"
  }

  private static func retrospective(_ report: Report, grid: TileGrid?) -> String {
    guard let retrospective = report.retrospective else { return "" }
    var html = "<section class=\"answer retrospective\">\n"
    html += HTML.element("h2", ReportRetrospective.title) + "\n"
    html += HTML.element("p", prose(ReportRetrospective.note(report, retrospective))) + "\n"
    let tally = ReportRetrospective.tally(report, retrospective)
    let table = HTMLTable(
      caption: "The votes cast and the prediction",
      columns: tally.columns.map { .init($0.title, isNumeric: $0.isNumeric) }, rows: tally.rows)
    html += wrapTable(table.render(), class: "glance")
    html += HTML.element("p", prose(ReportRetrospective.tallyNote), class: "muted") + "\n"
    html += "<ul>\n"
    for sentence in ReportRetrospective.scores(retrospective) {
      html += "<li>" + HTML.escape(prose(sentence)) + "</li>\n"
    }
    html += "</ul>\n"
    let misses = ReportRetrospective.misses(retrospective)
    if !misses.isEmpty {
      html += "<p>" + HTML.element("strong", "Missed:") + "</p>\n<ul>\n"
      for group in misses { html += "<li>" + HTML.escape(prose(group)) + "</li>\n" }
      html += "</ul>\n"
    }
    html += "</section>\n"
    if let grid, let map = ReportPictures.recordedMap(report, grid: grid) {
      html += HTML.figure(svg: map.render(), class: "map")
    }
    return html
  }

  private static func answer(_ report: Report, exact: Bool) -> String {
    var html = "<section class=\"answer\">\n" + HTML.element("h2", "In short") + "\n<ul>\n"
    for sentence in ReportHeadline.parts(for: report) {
      let lead = sentence.lead.map { HTML.element("strong", prose($0)) + " " } ?? ""
      html += "<li>" + lead + HTML.escape(prose(sentence.text)) + "</li>\n"
    }
    html += "</ul>\n"
    let glance = ReportTables.glance(report, describe: true)
    let table = HTMLTable(
      caption: "At a glance",
      columns: glance.columns.map { .init($0.title, isNumeric: $0.isNumeric) }, rows: glance.rows)
    html += wrapTable(table.render(), class: "glance")
    html +=
      HTML.element(
        "p",
        ReportWording.engine(report.run) + " · parameters: "
          + report.model.parameterOrigin.description + ". Details under \u{201C}Run\u{201D}.",
        class: "muted") + "\n"
    return html + "</section>\n"
  }

  private static func whoMoves(_ report: Report, grid: TileGrid?) -> String {
    let others = report.scenarios.filter { !$0.isBaseline }
    guard !others.isEmpty else { return "" }
    var html = HTML.element("h2", "Who moves") + "\n"
    html +=
      HTML.element(
        "p",
        "For each scenario, the members whose probability of voting yes or no changes most"
          + " from the draft as recorded: the hollow dot is the draft as recorded, the arrowhead"
          + " the scenario. Changes under "
          + ReportPictures.smallestMoveText
          + " are left out.") + "\n"
    for scenario in others {
      if let chart = ReportPictures.whoMoves(scenario, report: report) {
        html += HTML.figure(svg: chart.render())
      } else {
        html +=
          HTML.element(
            "p",
            "\(scenario.name): no member's probability of voting yes or no moves by"
              + " \(ReportPictures.smallestMoveText) or"
              + " more.") + "\n"
      }
      if let grid, let map = ReportPictures.changeMap(scenario, report: report, grid: grid) {
        html += HTML.figure(svg: map.render(), class: "map")
      }
    }
    return html
  }

  private static func map(_ report: Report, grid: TileGrid?) -> String {
    guard let grid, let map = ReportPictures.baselineMap(report, grid: grid) else { return "" }
    return HTML.element("h2", "The Assembly on a map") + "\n"
      + HTML.figure(
        svg: map.render(), class: "map",
        caption: "One tile per member, placed roughly where it lies (World Tile Grid by Jon"
          + " Schwabish, Maarten Lambrechts and Bob Rudis, MIT licence; Andorra, Liechtenstein,"
          + " Monaco and San Marino placed by the project). Hover over a tile for its"
          + " probabilities.")
  }

  /// The margin that decides adoption and the paired change in yes votes; the yes-vote
  /// distributions when the engine measured no margins (exact runs).
  private static func adoption(_ report: Report) -> String {
    guard let margins = ReportPictures.margins(report) else { return histograms(report) }
    var html = HTML.element("h2", "Will it pass?") + "\n"
    html +=
      HTML.element(
        "p",
        "How likely each margin of \(ReportPictures.marginName(report.run.rule)) is in each"
          + " scenario. The text is adopted at the dashed line and right of it; the paler bars"
          + " left of it are the simulated votes in which it fails.") + "\n"
    html += HTML.figure(svg: margins.render())
    if let differences = ReportPictures.differences(report) {
      html +=
        HTML.element(
          "p",
          "Each scenario was simulated on the same random draws as the draft as recorded, so"
            + " the change it makes can be measured vote by vote: how many more (or fewer) yes"
            + " votes it gets in the same simulated vote.") + "\n"
      html += HTML.figure(svg: differences.render())
    }
    return html
  }

  private static func histograms(_ report: Report) -> String {
    var html = HTML.element("h2", "Yes votes") + "\n"
    html +=
      HTML.element(
        "p",
        "How likely each number of yes votes is in each scenario, on one scale. The dashed line"
          + " is the adoption line: the yes votes needed against the scenario's median number of"
          + " no votes; bars left of it are paler.") + "\n"
    let layout = ReportTables.histogramLayout(report)
    let summaries = zip(report.scenarios, layout.lines).map { scenario, line in
      "\(scenario.name): mean \(NumberFormat.fixed(scenario.yes.mean, decimals: 1)), 90 % interval"
        + " \(ReportFigures.interval(scenario.yes)), adoption line \(line)"
    }
    let chart = HistogramChart(
      title: "Yes votes by scenario",
      summary: "Distribution of yes votes. " + summaries.joined(separator: "; ") + ".",
      series: zip(report.scenarios, layout.lines).map { scenario, line in
        HistogramChart.Series(
          name: "\(scenario.name): \(ReportWording.scenarioChanges(scenario, report: report))",
          mass: scenario.yesHistogram,
          note: "P(adopted) \(ReportFigures.percent(scenario.adoptionProbability)) · adoption line"
            + " \(line)", marker: line)
      }, xTitle: "Yes votes", range: layout.range)
    html += HTML.figure(svg: chart.render())
    return html
  }

  private static func groups(_ report: Report) -> String {
    var html = HTML.element("h2", "Expected votes by regional group") + "\n"
    if let changes = ReportPictures.groupChanges(report) {
      html += HTML.figure(
        svg: changes.render(),
        caption: "Sums of the members' probabilities of voting yes, scenario minus the draft as"
          + " recorded; the number of members is in brackets.")
    } else {
      let names = report.scenarios.map(\.name)
      let categories = RegionalGroup.allCases.compactMap { group -> BarChart.Category? in
        let rows = report.groups.filter { $0.group == group }
        guard let first = rows.first else { return nil }
        return BarChart.Category(
          name: "\(group.rawValue) (\(first.members))",
          bars: names.map { name in
            rows.first { $0.scenario == name }.map { BarChart.Bar($0.yes) }
          })
      }
      let chart = BarChart(
        title: "Expected yes votes by regional group",
        summary: "Expected yes votes in each regional group.",
        seriesNames: names, categories: categories, valueTitle: "Expected yes votes")
      html += HTML.figure(
        svg: chart.render(),
        caption: "Sums of the members' probabilities of voting yes; the number of members is in"
          + " brackets.")
    }
    let table = HTMLTable(
      caption: "Expected votes by regional group",
      columns: [
        .init("Group (members)"), .init("Scenario"), .init("Yes", isNumeric: true),
        .init("No", isNumeric: true), .init("Abstain", isNumeric: true),
        .init("Non-voting", isNumeric: true),
      ], rows: ReportTables.groupRows(report))
    return html + wrapTable(table.render())
  }

  private static func figures(_ report: Report, exact: Bool) -> String {
    var html = HTML.element("h2", "Scenario figures") + "\n"
    html +=
      HTML.element(
        "p",
        exact
          ? "Exact figures (independent votes), with 90 % intervals."
          : "Means and probabilities ± their Monte Carlo standard errors, with 90 % intervals."
            + " Every scenario uses the same random draws, so its change from the draft as"
            + " recorded is measured more precisely than the figures themselves.") + "\n"
    var counts = HTMLTable(
      caption: "Expected votes",
      columns: [.init("Scenario")]
        + ["Yes", "No", "Abstain", "Non-voting"].flatMap {
          [HTMLTable.Column($0, isNumeric: true), .init("90 %", isNumeric: true)]
        })
    for scenario in report.scenarios {
      counts.appendRow(
        [scenario.name]
          + [scenario.yes, scenario.no, scenario.abstain, scenario.nonVoting].flatMap {
            [ReportFigures.count($0, exact: exact), ReportFigures.interval($0)]
          })
    }
    html += wrapTable(counts.render())
    let changed = report.scenarios.compactMap { scenario in
      scenario.difference.map { (scenario.name, $0) }
    }
    if !changed.isEmpty {
      var changes = HTMLTable(
        caption: "Change in expected votes from the draft as recorded",
        columns: [.init("Scenario")]
          + ["Yes", "No", "Abstain", "Non-voting"].map { .init($0, isNumeric: true) })
      for (name, difference) in changed {
        changes.appendRow(
          [name]
            + [difference.yes, difference.no, difference.abstain, difference.nonVoting].map {
              ReportFigures.difference($0, exact: exact)
            })
      }
      html += wrapTable(changes.render())
    }
    var adoption = HTMLTable(
      caption: "Adoption (\(ReportWording.ruleName(report.run.rule))) and thresholds",
      columns: [
        .init("Scenario"), .init("Measure"), .init("Probability", isNumeric: true),
        .init("Change from recorded", isNumeric: true),
      ])
    for scenario in report.scenarios {
      for (row, measure) in ReportTables.probabilityRows(scenario, exact: exact).enumerated() {
        adoption.appendRow(
          [row == 0 ? scenario.name : "", measure.label, measure.value, measure.change ?? ""])
      }
    }
    return html + wrapTable(adoption.render())
  }

  private static func swingStates(_ report: Report) -> String {
    var html = HTML.element("h2", "Swing states") + "\n"
    let moved = report.scenarios.filter { !$0.swingStates.isEmpty }
    if moved.isEmpty {
      html += HTML.element("p", "No scenario moves any state's probability of voting yes.") + "\n"
    }
    for scenario in moved {
      var table = HTMLTable(
        caption:
          "\(scenario.name): \(ReportWording.scenarioChanges(scenario, report: report))",
        columns: [
          .init("State"), .init("Group"), .init("P(yes) as recorded", isNumeric: true),
          .init("P(yes) here", isNumeric: true), .init("Change", isNumeric: true),
        ])
      for swing in scenario.swingStates {
        table.appendRow(
          [
            swing.name, swing.group.rawValue, ReportFigures.percent(swing.baselinePYes),
            ReportFigures.percent(swing.pYes), NumberFormat.percentagePoints(swing.change),
          ])
      }
      html += wrapTable(table.render())
    }
    html += HTML.element("h3", "Nearest the yes/abstain boundary") + "\n"
    html +=
      HTML.element(
        "p",
        "States (other than backers) a small push would tip between yes and abstaining, with"
          + " their probability of voting yes.") + "\n<ul class=\"boundary\">\n"
    for scenario in report.scenarios where !scenario.boundaryStates.isEmpty {
      let list = scenario.boundaryStates.map {
        "\($0.name) (\(ReportFigures.percent($0.pYes)))"
      }
      html +=
        "<li>" + HTML.element("strong", scenario.name) + ": "
        + HTML.escape(prose(list.joined(separator: ", "))) + "</li>\n"
    }
    return html + "</ul>\n"
  }

  private static func stateTable(_ report: Report) -> String {
    let rows = ReportStateRows.rows(report)
    guard !rows.isEmpty else { return "" }
    var html = "<h2 class=\"page\">Every member</h2>\n"
    html +=
      HTML.element(
        "p",
        "Each member's probability, in per cent, of voting yes, abstaining, voting no and not"
          + " voting (absent), in each scenario; by regional group, then name."
          + (report.retrospective != nil ? " Voted: the vote it cast." : "")) + "\n"
    let replay = report.retrospective != nil
    let columnCount = (replay ? 3 : 2) + 4 * report.scenarios.count
    html += "<div class=\"table-wrap\">\n<table class=\"states\">\n<thead>\n<tr>"
    html += "<th scope=\"col\" rowspan=\"2\">State</th><th scope=\"col\" rowspan=\"2\">Code</th>"
    if replay { html += "<th scope=\"col\" rowspan=\"2\">Voted</th>" }
    for scenario in report.scenarios {
      html +=
        "<th scope=\"colgroup\" colspan=\"4\" class=\"first scenario\">\(HTML.escape(scenario.name))</th>"
    }
    html += "</tr>\n<tr>"
    for _ in report.scenarios {
      html +=
        "<th scope=\"col\" class=\"num first\">Yes</th><th scope=\"col\" class=\"num\">Abst.</th>"
        + "<th scope=\"col\" class=\"num\">No</th><th scope=\"col\" class=\"num\">Absent</th>"
    }
    html += "</tr>\n</thead>\n<tbody>\n"
    var group: RegionalGroup?
    for row in rows {
      if row.group != group {
        group = row.group
        let members = rows.filter { $0.group == row.group }.count
        html +=
          "<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"\(columnCount)\">"
          + HTML.escape("\(row.group.rawValue) (\(members))") + "</th></tr>\n"
      }
      html +=
        "<tr><th scope=\"row\">\(HTML.escape(row.name))</th><td>\(HTML.escape(row.code.rawValue))</td>"
      if replay { html += "<td>\(HTML.escape(row.recorded ?? ""))</td>" }
      for cell in row.cells {
        html +=
          "<td class=\"num first\">\(HTML.escape(cell.yes))</td>"
          + "<td class=\"num\">\(HTML.escape(cell.abstain))</td>"
          + "<td class=\"num\">\(HTML.escape(cell.no))</td>"
          + "<td class=\"num\">\(HTML.escape(cell.nonVoting))</td>"
      }
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table>\n</div>\n"
  }

  private static func methods(_ report: Report) -> String {
    var html = HTML.element("h2", "Methods and caveats") + "\n"
    for part in ReportMethods.sections(report) {
      html += HTML.element("h3", part.title) + "\n"
      html += part.paragraphs.map { paragraph in
        let parts = ReportMethods.split(paragraph)
        let lead = parts.lead.map { HTML.element("strong", $0) + " " } ?? ""
        return "<p>" + lead + HTML.escape(prose(parts.text)) + "</p>\n"
      }.joined()
    }
    return html
  }

  private static func runDetails(_ report: Report) -> String {
    let run = report.run
    var html = HTML.element("h2", "Run") + "\n"
    var items: [(term: String, description: String)] = [
      ("Draft id", report.draft.id.rawValue)
    ]
    if !report.draft.issues.isEmpty {
      items.append(("Issues", report.draft.issues.map(\.rawValue).joined(separator: ", ")))
    }
    items.append(("Rule applied", ReportWording.ruleName(run.rule)))
    if !run.thresholds.isEmpty {
      items.append(("Thresholds", run.thresholds.map(String.init).joined(separator: ", ")))
    }
    var engine = ReportWording.engine(run)
    if let block = run.blockSize {
      engine += ", blocks of \(NumberFormat.integer(block, grouping: .comma)) trials"
    }
    items += [
      ("Engine", engine), ("Parameters", ReportWording.parameters(report.model)),
      ("Parameter origin", report.model.parameterOrigin.description),
      ("Blocs", report.model.blocs.joined(separator: ", ")), ("Tool", run.toolVersion),
    ]
    html += HTML.definitionList(items)
    var references = HTMLTable(
      caption: "Reference roll calls (\(report.model.references.count))",
      columns: [
        .init("Date"), .init("Symbol"), .init("Weight", isNumeric: true), .init("Title"),
      ])
    let listed = ReportTables.listedReferences(report)
    for reference in listed.shown {
      references.appendRow(
        [
          reference.date.description, reference.symbol,
          NumberFormat.fixed(reference.weight, decimals: 3), reference.title,
        ])
    }
    html += wrapTable(references.render(), class: "references")
    if let note = listed.note { html += HTML.element("p", note, class: "muted") + "\n" }
    var sources = HTMLTable(
      caption: "Data files (\(report.sources.count))",
      columns: [
        .init("File"), .init("Table"), .init("Rows", isNumeric: true), .init("SHA-256"),
      ])
    for source in report.sources {
      sources.appendRow(
        [
          source.path, source.table.rawValue,
          NumberFormat.integer(source.rowCount, grouping: .comma),
          source.sha256,
        ])
    }
    html += wrapTable(sources.render(), class: "sources")
    html += HTML.element("h3", "Reproduce") + "\n"
    html += "<pre><code>\(HTML.escape(run.command))</code></pre>\n"
    return html
  }

  /// `text` with a no-break space before `%` and `pp`, so a figure never parts from its unit
  /// at the end of a line.
  static func prose(_ text: String) -> String {
    text.replacingOccurrences(of: " %", with: "\u{00A0}%").replacingOccurrences(
      of: " pp", with: "\u{00A0}pp")
  }

  private static func wrapTable(_ table: String, class extra: String? = nil) -> String {
    let classes = ["table-wrap"] + (extra.map { [$0] } ?? [])
    return "<div class=\"\(classes.joined(separator: " "))\">\n\(table)</div>\n"
  }
}
