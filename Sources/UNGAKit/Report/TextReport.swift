import Charts

/// The terminal format: the headline, the scenario tables, yes-vote
/// histograms, expected votes by regional group, swing states, methods and
/// caveats, and the run's details, in lines of at most `RenderOptions.width`
/// columns. Colour (bold headings, dim notes) only when the options allow it.
///
/// The per-state table is too wide for a terminal; the CSV and HTML formats carry it.
enum TextReport {
  static func render(_ report: Report, options: RenderOptions) -> String {
    var page = Page(
      report: report.escapingControlCharacters(), width: options.width,
      style: TerminalStyle(isEnabled: options.color),
      tableWidth: options.narrowsTables ? options.width : .max)
    page.header()
    page.retrospective()
    page.headline()
    page.glance()
    page.expectedVotes()
    page.adoption()
    page.histograms()
    page.groups()
    page.swingStates()
    page.memberNote()
    page.methods()
    page.runDetails()
    return page.lines.map { DisplayWidth.trimmingTrailingSpaces($0) + "\n" }.joined()
  }

  private struct Page {
    let report: Report
    let width: Int
    let style: TerminalStyle
    /// The widest a table line may be (`Int.max`: tables are not narrowed).
    let tableWidth: Int
    var lines: [String] = []

    var exact: Bool { report.run.engine == .exact }

    init(report: Report, width: Int, style: TerminalStyle, tableWidth: Int) {
      self.report = report
      self.width = width
      self.style = style
      self.tableWidth = tableWidth
    }

    mutating func section(_ title: String, note: String? = nil) {
      lines.append("")
      lines.append(style.bold(title.uppercased()))
      if let note {
        lines += TextWrap.lines(note, width: width).map(style.dim)
      }
    }

    mutating func paragraph(_ text: String, first: String = "", rest: String = "") {
      lines += TextWrap.lines(text, width: width, first: first, rest: rest)
    }

    mutating func table(_ table: TextTable) {
      lines += table.render(maxWidth: tableWidth, style: style).split(
        separator: "\n", omittingEmptySubsequences: false
      ).dropLast().map(String.init)
    }

    mutating func header() {
      let draft = report.draft
      paragraph(style.bold(draft.symbol + ":") + " " + draft.title, rest: "  ")
      var facts = [
        (draft.kind == .draft ? "Draft of " : "Roll call of ") + ReportWording.date(draft.date),
        "session \(draft.session)",
      ]
      var rule = ReportWording.ruleName(report.run.rule)
      if report.run.rule != draft.majority {
        rule += " (recorded: \(ReportWording.ruleName(draft.majority)))"
      }
      facts += [rule, "\(report.run.members) members"]
      paragraph(facts.joined(separator: " · "))
      paragraph("Sponsors in the data: " + ReportWording.sponsors(report), rest: "  ")
      paragraph(
        ReportWording.engine(report.run) + " · parameters: "
          + report.model.parameterOrigin.description, rest: "  ")
    }

    mutating func retrospective() {
      guard let retrospective = report.retrospective else { return }
      section(
        ReportRetrospective.title, note: ReportRetrospective.note(report, retrospective))
      let tally = ReportRetrospective.tally(report, retrospective)
      var table = TextTable(
        columns: tally.columns.map { .init($0.title, alignment: $0.isNumeric ? .right : .left) })
      for row in tally.rows { table.appendRow(row) }
      self.table(table)
      lines += TextWrap.lines(ReportRetrospective.tallyNote, width: width).map(style.dim)
      for sentence in ReportRetrospective.scores(retrospective) {
        paragraph(sentence, first: "• ", rest: "  ")
      }
      let misses = ReportRetrospective.misses(retrospective)
      if !misses.isEmpty { lines.append(style.bold("Missed:")) }
      for group in misses { paragraph(group, first: "  ", rest: "    ") }
    }

    mutating func headline() {
      section("In short")
      for sentence in ReportHeadline.parts(for: report) {
        let lead = sentence.lead.map { style.bold($0) + " " } ?? ""
        paragraph(lead + sentence.text, first: "• ", rest: "  ")
      }
    }

    mutating func glance() {
      let glance = ReportTables.glance(report, describe: false, compact: true)
      section("At a glance", note: ReportWording.uncertaintyNote(report))
      var table = TextTable(
        columns: glance.columns.map {
          .init($0.title, alignment: $0.isNumeric ? .right : .left)
        })
      for row in glance.rows { table.appendRow(row) }
      self.table(table)
    }

    mutating func expectedVotes() {
      section(
        "Expected votes",
        note: exact
          ? "Exact expected counts; 90 % interval on the line below."
          : "Mean ± standard error; 90 % interval on the line below; change from the draft as"
            + " recorded (same random draws) on the third.")
      var table = TextTable(
        columns: [
          .init("Scenario", minimumWidth: 12), .init("Yes", alignment: .right),
          .init("No", alignment: .right), .init("Abstain", alignment: .right),
          .init("Non-voting", alignment: .right),
        ])
      for (index, scenario) in report.scenarios.enumerated() {
        if index > 0 { table.appendRule() }
        let counts = [scenario.yes, scenario.no, scenario.abstain, scenario.nonVoting]
        table.appendRow([scenario.name] + counts.map { ReportFigures.count($0, exact: exact) })
        table.appendRow(["  90 % interval"] + counts.map(ReportFigures.interval))
        if let difference = scenario.difference {
          let changes = [difference.yes, difference.no, difference.abstain, difference.nonVoting]
          table.appendRow(
            ["  change"] + changes.map { ReportFigures.difference($0, exact: exact) })
        }
      }
      self.table(table)
    }

    mutating func adoption() {
      section(
        "Adoption",
        note:
          "Probability that the draft is adopted (\(ReportWording.ruleName(report.run.rule)))"
          + " and of at least K yes votes; change from the draft as recorded in percentage points.")
      var table = TextTable(
        columns: [
          .init("Scenario", minimumWidth: 12), .init("Measure", isTruncatable: false),
          .init("Probability", alignment: .right), .init("Change", alignment: .right),
        ])
      for (index, scenario) in report.scenarios.enumerated() {
        if index > 0 { table.appendRule() }
        for (row, measure) in ReportTables.probabilityRows(scenario, exact: exact).enumerated() {
          table.appendRow(
            [row == 0 ? scenario.name : "", measure.label, measure.value, measure.change ?? ""])
        }
      }
      self.table(table)
    }

    mutating func histograms() {
      if let layout = ReportTables.marginLayout(report) {
        margins(layout)
        return
      }
      section(
        "Yes votes",
        note: "How likely each number of yes votes is. ┴ marks the adoption line: the yes votes"
          + " needed against the median number of no votes.")
      let charts = ReportTables.histogramLayout(report)
      let histogramWidth = min(width - 4, 90)
      for (scenario, line) in zip(report.scenarios, charts.lines) {
        lines.append("")
        paragraph(
          style.bold(scenario.name) + " · P(adopted) "
            + ReportFigures.percent(scenario.adoptionProbability) + " · adoption line \(line) yes",
          rest: "  ")
        let histogram = TextHistogram(
          mass: scenario.yesHistogram, range: charts.range, width: histogramWidth, height: 4,
          maximum: charts.maximum, marker: line)
        lines += histogram.render().map { "  " + $0 }
      }
    }

    /// The margin that decides adoption, per scenario, with the adoption line.
    mutating func margins(_ layout: ReportTables.MarginLayout) {
      section("The margin that decides adoption", note: ReportWording.marginNote(report.run.rule))
      let histogramWidth = min(width - 4, 90)
      for (scenario, margin) in zip(report.scenarios, layout.margins) {
        lines.append("")
        paragraph(
          style.bold(scenario.name) + " · " + ReportWording.marginCaption(scenario), rest: "  ")
        let histogram = TextHistogram(
          mass: margin.mass, origin: margin.origin, range: layout.range, width: histogramWidth,
          height: 4, maximum: layout.maximum, marker: layout.line)
        lines += histogram.render().map { "  " + $0 }
      }
    }

    mutating func groups() {
      section(
        "Expected votes by regional group",
        note: "Sums of the members' probabilities; the bar is the share of the group's members"
          + " expected to vote yes.")
      let barWidth = max(width - 70, 10)
      var table = TextTable(
        columns: [
          .init("Group and scenario", minimumWidth: 12),
          .init("Yes share", isTruncatable: false), .init("Yes", alignment: .right),
          .init("No", alignment: .right), .init("Abstain", alignment: .right),
          .init("Non-voting", alignment: .right),
        ])
      for (index, group) in RegionalGroup.allCases.enumerated() {
        let rows = report.groups.filter { $0.group == group }
        guard let first = rows.first else { continue }
        if index > 0 { table.appendRule() }
        table.appendRow(["\(group.rawValue) (\(first.members))"])
        for row in rows {
          table.appendRow(
            [
              "  " + row.scenario,
              TextBars.horizontal(
                row.yes, maximum: Double(row.members), width: barWidth, padded: true),
              NumberFormat.fixed(row.yes, decimals: 1), NumberFormat.fixed(row.no, decimals: 1),
              NumberFormat.fixed(row.abstain, decimals: 1),
              NumberFormat.fixed(row.nonVoting, decimals: 1),
            ])
        }
      }
      self.table(table)
    }

    mutating func swingStates() {
      let moved = report.scenarios.filter { !$0.swingStates.isEmpty }
      if !moved.isEmpty {
        section(
          "Swing states",
          note: "The states whose probability of voting yes changes most from the draft as"
            + " recorded.")
        for scenario in moved {
          lines.append("")
          paragraph(
            style.bold(scenario.name) + " ("
              + ReportWording.scenarioChanges(scenario, report: report)
              + ")", rest: "  ")
          var table = TextTable(
            columns: [
              .init("State", minimumWidth: 12), .init("Group", isTruncatable: false),
              .init("P(yes) as recorded", alignment: .right),
              .init("P(yes) here", alignment: .right), .init("Change", alignment: .right),
            ])
          for swing in scenario.swingStates {
            table.appendRow(
              [
                swing.name, swing.group.abbreviation, ReportFigures.percent(swing.baselinePYes),
                ReportFigures.percent(swing.pYes), NumberFormat.percentagePoints(swing.change),
              ])
          }
          self.table(table)
        }
      }
      section(
        "Nearest the yes/abstain boundary",
        note: "States (other than backers) a small push would tip between yes and abstaining,"
          + " with their probability of voting yes.")
      for scenario in report.scenarios where !scenario.boundaryStates.isEmpty {
        let list = scenario.boundaryStates.map {
          "\($0.name) (\(ReportFigures.percent($0.pYes)))"
        }
        lines += TextWrap.list(
          list, first: style.bold(scenario.name) + ": ", rest: "  ", width: width)
      }
    }

    mutating func memberNote() {
      section("Every member")
      paragraph(
        "Each member's probabilities in every scenario are in the CSV, Markdown and HTML"
          + " formats; a terminal is too narrow for them.")
    }

    mutating func methods() {
      section("Methods and caveats")
      for part in ReportMethods.sections(report) {
        lines.append("")
        lines.append(style.bold(part.title))
        for (index, text) in part.paragraphs.enumerated() {
          if index > 0 { lines.append("") }
          let parts = ReportMethods.split(text)
          paragraph((parts.lead.map { style.bold($0) + " " } ?? "") + parts.text)
        }
      }
    }

    mutating func runDetails() {
      section("Run")
      let run = report.run
      var facts = ["Draft id \(report.draft.id)"]
      if !report.draft.issues.isEmpty {
        facts.append("issues " + report.draft.issues.map(\.rawValue).joined(separator: ", "))
      }
      facts.append("rule applied: " + ReportWording.ruleName(run.rule))
      if !run.thresholds.isEmpty {
        facts.append("thresholds: " + run.thresholds.map(String.init).joined(separator: ", "))
      }
      paragraph(facts.joined(separator: " · "), rest: "  ")
      var engine = "Engine: " + ReportWording.engine(run)
      if let block = run.blockSize {
        engine += ", blocks of \(NumberFormat.integer(block, grouping: .comma)) trials"
      }
      paragraph(engine, rest: "  ")
      paragraph("Parameters: " + ReportWording.parameters(report.model), rest: "  ")
      paragraph("Parameter origin: \(report.model.parameterOrigin)", rest: "  ")
      paragraph("Blocs: " + report.model.blocs.joined(separator: ", "), rest: "  ")
      lines.append("")
      lines.append("Reference roll calls (\(report.model.references.count)):")
      let listed = ReportTables.listedReferences(report)
      if let note = listed.note { paragraph(note) }
      var references = TextTable(
        columns: [
          .init("Date", isTruncatable: false), .init("Symbol", isTruncatable: false),
          .init("Weight", alignment: .right), .init("Title", minimumWidth: 12),
        ])
      for reference in listed.shown {
        references.appendRow(
          [
            reference.date.description, reference.symbol,
            NumberFormat.fixed(reference.weight, decimals: 3), reference.title,
          ])
      }
      table(references)
      lines.append("")
      lines.append("Data files (\(report.sources.count)):")
      for source in report.sources {
        paragraph(
          "\(source.path) (\(source.table), "
            + "\(NumberFormat.integer(source.rowCount, grouping: .comma)) rows)", first: "  ",
          rest: "    ")
        lines.append("    sha256 " + source.sha256)
      }
      lines.append("")
      lines.append("Reproduce:")
      lines += TextWrap.command(run.command, width: width, indent: "  ")
      lines.append("")
      lines.append("Made with \(run.toolVersion).")
    }
  }
}
