import Charts

/// The Markdown format: the same sections as the terminal page, with tables
/// as GitHub-flavoured Markdown tables, the yes-vote histograms in a code
/// block, and the per-state table (every member, every scenario).
enum MarkdownReport {
  static func render(_ report: Report) -> String {
    let exact = report.run.engine == .exact
    var blocks: [String] = []
    let draft = report.draft
    blocks.append("# \(escape(draft.symbol)): \(escape(draft.title))")
    var rule = ReportWording.ruleName(report.run.rule)
    if report.run.rule != draft.majority {
      rule += " (recorded: \(ReportWording.ruleName(draft.majority)))"
    }
    blocks.append(
      [
        (draft.kind == .draft ? "Draft of " : "Roll call of ") + ReportWording.date(draft.date)
          + " · session \(draft.session) · \(rule) · \(report.run.members) members  ",
        "Sponsors in the data: \(escape(ReportWording.sponsors(report)))  ",
        escape(ReportWording.engine(report.run)) + " · parameters: "
          + escape(report.model.parameterOrigin.description),
      ].joined(separator: "\n"))

    if let retrospective = report.retrospective {
      blocks += retrospectiveBlocks(report, retrospective)
    }

    blocks.append("## In short")
    blocks.append(
      ReportHeadline.parts(for: report).map { sentence in
        "- " + (sentence.lead.map { "**\(escape($0))** " } ?? "") + escape(sentence.text)
      }.joined(separator: "\n"))

    let glance = ReportTables.glance(report, describe: false)
    var glanceTable = MarkdownTable(
      columns: glance.columns.map { .init($0.title, alignment: $0.isNumeric ? .right : .left) })
    for row in glance.rows { glanceTable.appendRow(row) }
    blocks.append("**At a glance.** " + escape(ReportWording.uncertaintyNote(report)))
    blocks.append(rendered(glanceTable))

    blocks.append("## Expected votes")
    blocks.append(
      exact
        ? "Exact expected counts, with the 90 % interval in parentheses."
        : "Mean ± standard error, with the 90 % interval in parentheses.")
    var counts = MarkdownTable(
      columns: [.init("Scenario")]
        + ["Yes", "No", "Abstain", "Non-voting"].map {
          .init($0, alignment: .right)
        })
    for scenario in report.scenarios {
      counts.appendRow(
        [scenario.name]
          + [scenario.yes, scenario.no, scenario.abstain, scenario.nonVoting].map {
            ReportFigures.count($0, exact: exact) + " (\(ReportFigures.interval($0)))"
          })
    }
    blocks.append(rendered(counts))
    let changed = report.scenarios.compactMap { scenario in
      scenario.difference.map { (scenario.name, $0) }
    }
    if !changed.isEmpty {
      blocks.append("Change from the draft as recorded (the same random draws for every scenario):")
      var changes = MarkdownTable(
        columns: [.init("Scenario")]
          + ["Yes", "No", "Abstain", "Non-voting"].map {
            .init($0, alignment: .right)
          })
      for (name, difference) in changed {
        changes.appendRow(
          [name]
            + [difference.yes, difference.no, difference.abstain, difference.nonVoting].map {
              ReportFigures.difference($0, exact: exact)
            })
      }
      blocks.append(rendered(changes))
    }

    blocks.append("## Adoption")
    blocks.append(
      "Probability that the draft is adopted (\(ReportWording.ruleName(report.run.rule))) and of"
        + " at least K yes votes, with the change from the draft as recorded in percentage points.")
    var adoption = MarkdownTable(
      columns: [
        .init("Scenario"), .init("Measure"), .init("Probability", alignment: .right),
        .init("Change", alignment: .right),
      ])
    for scenario in report.scenarios {
      for (row, measure) in ReportTables.probabilityRows(scenario, exact: exact).enumerated() {
        adoption.appendRow(
          [row == 0 ? scenario.name : "", measure.label, measure.value, measure.change ?? ""])
      }
    }
    blocks.append(rendered(adoption))

    var chart: [String] = []
    if let layout = ReportTables.marginLayout(report) {
      blocks.append("## The margin that decides adoption")
      blocks.append(ReportWording.marginNote(report.run.rule))
      for (scenario, margin) in zip(report.scenarios, layout.margins) {
        if !chart.isEmpty { chart.append("") }
        chart.append("\(scenario.name) · " + ReportWording.marginCaption(scenario))
        chart += TextHistogram(
          mass: margin.mass, origin: margin.origin, range: layout.range, width: 80, height: 4,
          maximum: layout.maximum, marker: layout.line
        ).render()
      }
    } else {
      blocks.append("## Yes votes")
      blocks.append(
        "How likely each number of yes votes is; ┴ marks the adoption line, the yes votes needed"
          + " against the median number of no votes.")
      let layout = ReportTables.histogramLayout(report)
      for (scenario, line) in zip(report.scenarios, layout.lines) {
        if !chart.isEmpty { chart.append("") }
        chart.append(
          "\(scenario.name) · P(adopted) \(ReportFigures.percent(scenario.adoptionProbability))"
            + " · adoption line \(line) yes")
        chart += TextHistogram(
          mass: scenario.yesHistogram, range: layout.range, width: 80, height: 4,
          maximum: layout.maximum, marker: line
        ).render()
      }
    }
    blocks.append("```text\n" + chart.joined(separator: "\n") + "\n```")

    blocks.append("## Expected votes by regional group")
    blocks.append("Sums of the members' probabilities of each vote.")
    let groups = MarkdownTable(
      columns: [.init("Group (members)"), .init("Scenario")]
        + ["Yes", "No", "Abstain", "Non-voting"].map { .init($0, alignment: .right) },
      rows: ReportTables.groupRows(report))
    blocks.append(rendered(groups))

    blocks += swingStates(report)
    blocks += stateTable(report)

    blocks.append("## Methods and caveats")
    for part in ReportMethods.sections(report) {
      blocks.append("### \(part.title)")
      blocks += part.paragraphs.map { paragraph in
        let parts = ReportMethods.split(paragraph)
        return (parts.lead.map { "**\(escape($0))** " } ?? "") + escape(parts.text)
      }
    }

    blocks += runDetails(report)
    return blocks.joined(separator: "\n\n") + "\n"
  }

  private static func swingStates(_ report: Report) -> [String] {
    var blocks: [String] = []
    let moved = report.scenarios.filter { !$0.swingStates.isEmpty }
    if !moved.isEmpty {
      blocks.append("## Swing states")
      blocks.append(
        "The states whose probability of voting yes changes most from the draft as recorded.")
      for scenario in moved {
        blocks.append(
          "### \(escape(scenario.name))\n\n"
            + escape(ReportWording.scenarioChanges(scenario, report: report)) + ".")
        var table = MarkdownTable(
          columns: [
            .init("State"), .init("Group"), .init("P(yes) as recorded", alignment: .right),
            .init("P(yes) here", alignment: .right), .init("Change", alignment: .right),
          ])
        for swing in scenario.swingStates {
          table.appendRow(
            [
              swing.name, swing.group.abbreviation, ReportFigures.percent(swing.baselinePYes),
              ReportFigures.percent(swing.pYes), NumberFormat.percentagePoints(swing.change),
            ])
        }
        blocks.append(rendered(table))
      }
    }
    blocks.append("## Nearest the yes/abstain boundary")
    blocks.append(
      "States (other than backers) a small push would tip between yes and abstaining, with"
        + " their probability of voting yes.")
    let lines = report.scenarios.filter { !$0.boundaryStates.isEmpty }.map { scenario in
      "- **\(escape(scenario.name))**: "
        + scenario.boundaryStates.map {
          "\(escape($0.name)) (\(ReportFigures.percent($0.pYes)))"
        }.joined(separator: ", ")
    }
    blocks.append(lines.joined(separator: "\n"))
    return blocks
  }

  private static func retrospectiveBlocks(_ report: Report, _ retrospective: Retrospective)
    -> [String]
  {
    let tally = ReportRetrospective.tally(report, retrospective)
    var table = MarkdownTable(
      columns: tally.columns.map { .init($0.title, alignment: $0.isNumeric ? .right : .left) })
    for row in tally.rows { table.appendRow(row) }
    var blocks = [
      "## " + ReportRetrospective.title,
      escape(ReportRetrospective.note(report, retrospective)),
      rendered(table),
      escape(ReportRetrospective.tallyNote),
      ReportRetrospective.scores(retrospective).map { "- " + escape($0) }.joined(separator: "\n"),
    ]
    let misses = ReportRetrospective.misses(retrospective)
    if !misses.isEmpty {
      blocks.append("**Missed:**\n\n" + misses.map { "- " + escape($0) }.joined(separator: "\n"))
    }
    return blocks
  }

  private static func stateTable(_ report: Report) -> [String] {
    let states = ReportStateRows.rows(report)
    guard !states.isEmpty else { return [] }
    let replay = report.retrospective != nil
    var columns: [MarkdownTable.Column] = [.init("State"), .init("Code"), .init("Group")]
    if replay { columns.append(.init("Voted")) }
    for number in 1...max(report.scenarios.count, 1) {
      columns += [
        .init("\(number) yes", alignment: .right), .init("\(number) abst.", alignment: .right),
        .init("\(number) no", alignment: .right), .init("\(number) n-v", alignment: .right),
      ]
    }
    var table = MarkdownTable(columns: columns)
    for row in states {
      table.appendRow(
        [row.name, row.code.rawValue, row.group.abbreviation]
          + (replay ? [row.recorded ?? ""] : [])
          + row.cells.flatMap { [$0.yes, $0.abstain, $0.no, $0.nonVoting] })
    }
    let key = report.scenarios.enumerated().map { "\($0.offset + 1) = \(escape($0.element.name))" }
    return [
      "## Every member",
      "Each member's probability (in %) of voting yes, abstaining, voting no and not voting"
        + " (n-v), by scenario: " + key.joined(separator: "; ") + "."
        + (replay ? " Voted: the vote it cast." : ""),
      rendered(table),
    ]
  }

  private static func runDetails(_ report: Report) -> [String] {
    let run = report.run
    var blocks = ["## Run"]
    var facts = [
      "- Draft id: `\(report.draft.id)`"
        + (report.draft.issues.isEmpty
          ? "" : "; issues: " + report.draft.issues.map(\.rawValue).joined(separator: ", ")),
      "- Rule applied: \(ReportWording.ruleName(run.rule))"
        + (run.thresholds.isEmpty
          ? "" : "; thresholds: " + run.thresholds.map(String.init).joined(separator: ", ")),
    ]
    var engine = "- Engine: " + ReportWording.engine(run)
    if let block = run.blockSize {
      engine += ", blocks of \(NumberFormat.integer(block, grouping: .comma)) trials"
    }
    facts.append(engine)
    facts.append("- Parameters: " + escape(ReportWording.parameters(report.model)))
    facts.append("- Parameter origin: " + escape(report.model.parameterOrigin.description))
    facts.append("- Blocs: " + escape(report.model.blocs.joined(separator: ", ")))
    blocks.append(facts.joined(separator: "\n"))
    var references = MarkdownTable(
      columns: [
        .init("Date"), .init("Symbol"), .init("Weight", alignment: .right), .init("Title"),
      ])
    let listed = ReportTables.listedReferences(report)
    for reference in listed.shown {
      references.appendRow(
        [
          reference.date.description, reference.symbol,
          NumberFormat.fixed(reference.weight, decimals: 3), reference.title,
        ])
    }
    blocks.append(
      "Reference roll calls (\(report.model.references.count)):"
        + (listed.note.map { " " + escape($0) } ?? ""))
    blocks.append(rendered(references))
    var sources = MarkdownTable(
      columns: [
        .init("File"), .init("Table"), .init("Rows", alignment: .right), .init("SHA-256"),
      ])
    for source in report.sources {
      sources.appendRow(
        [
          source.path, source.table.rawValue,
          NumberFormat.integer(source.rowCount, grouping: .comma),
          source.sha256,
        ])
    }
    blocks.append("Data files (\(report.sources.count)):")
    blocks.append(rendered(sources))
    blocks.append("Reproduce:\n\n```sh\n\(run.command)\n```")
    blocks.append("Made with \(escape(run.toolVersion)).")
    return blocks
  }

  /// The table with every cell made inert (see `cell(_:)`), without its final newline.
  static func rendered(_ table: MarkdownTable) -> String {
    var safe = table
    safe.rows = table.rows.map { $0.map(cell) }
    let text = safe.render()
    return text.hasSuffix("\n") ? String(text.dropLast()) : text
  }

  /// Text safe in a table cell that `MarkdownTable` escapes further (it doubles
  /// backslashes, so characters that start emphasis, code, links or HTML are written as
  /// character references instead).
  /// A `<` that cannot open an HTML tag, comment or declaration (one not followed by a
  /// letter, `/`, `!` or `?`, as in `<1`) is left as it is, for people who read the file raw,
  /// and so is `>`, which inside a table row cannot start a quotation.
  static func cell(_ text: String) -> String {
    var result = ""
    let characters = Array(text)
    for (index, character) in characters.enumerated() {
      switch character {
      case "&": result += "&amp;"
      case "<":
        let next = index + 1 < characters.count ? characters[index + 1] : " "
        let opensMarkup = next.isLetter || next == "/" || next == "!" || next == "?"
        result += opensMarkup ? "&lt;" : "<"
      case "*": result += "&#42;"
      case "_": result += "&#95;"
      case "`": result += "&#96;"
      case "[": result += "&#91;"
      case "]": result += "&#93;"
      default: result.append(character)
      }
    }
    return result
  }

  /// Text safe in Markdown prose: characters that start emphasis, links, code or HTML are
  /// escaped with a backslash.
  static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      if "\\`*_[]<>#|".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }
}
