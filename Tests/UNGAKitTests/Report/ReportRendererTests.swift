import ChartTesting
import Charts
import Foundation
import Testing

@testable import UNGAKit

/// What every format must carry and how: widths, colour, CSV rows, well-formed
/// HTML with its charts, escaping, and the exact engine's figures.
@Suite struct ReportRendererTests {
  /// `text` without ANSI escape sequences.
  static func strippingEscapes(_ text: String) -> String {
    var result = ""
    var inEscape = false
    for scalar in text.unicodeScalars {
      if inEscape {
        if (0x40...0x7E).contains(scalar.value), scalar != "[" { inEscape = false }
        continue
      }
      if scalar == "\u{1B}" {
        inEscape = true
        continue
      }
      result.unicodeScalars.append(scalar)
    }
    return result
  }

  @Test(arguments: [100, 80])
  func textFitsTheWidthWithoutColourByDefault(width: Int) throws {
    let report = try #require(ReportFixture.shared)
    let text = ReportRenderer.render(report, format: .text, options: RenderOptions(width: width))
    #expect(!text.contains("\u{1B}"))
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      #expect(DisplayWidth.of(line) <= width, "\(DisplayWidth.of(line)) columns: \(line)")
      #expect(!line.hasSuffix(" "))
    }
    #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
  }

  /// A terminal's tables are narrowed to its width, cutting names; output that is not a
  /// terminal (`narrowsTables` false) keeps every name whole.
  @Test func namesAreCutOnlyWhenTablesAreNarrowed() throws {
    var report = try #require(ReportFixture.shared)
    let long = "the United States and the United Kingdom both abstain, France co-sponsors"
    report.scenarios[1].name = long
    let narrowed = ReportRenderer.render(report, format: .text)
    #expect(narrowed.contains("…"))
    let whole = ReportRenderer.render(
      report, format: .text, options: RenderOptions(narrowsTables: false))
    #expect(!whole.contains("…"))
    #expect(whole.split(separator: "\n").contains { $0.hasPrefix(long + "  ") })
    // Prose is still wrapped at the width.
    #expect(whole.split(separator: "\n").contains { $0.hasPrefix("Expected votes and P(adopted)") })
  }

  /// The planners write levels and changes of their objective as the simulation report does.
  @Test func plannersFormatFiguresAsTheReportDoes() {
    let probability = Estimate(value: 0.953, standardError: 0.0007)
    #expect(PlanningObjective.adoption.format(probability) == "95.30 ± 0.07 %")
    #expect(
      PlanningObjective.adoption.formatDifference(Estimate(value: -0.0123, standardError: 0.0005))
        == "\u{2212}1.23 ± 0.05 pp")
    #expect(
      PlanningObjective.yes.format(Estimate(value: 120.314, standardError: 0.05)) == "120.31 ± 0.05"
    )
    #expect(
      PlanningObjective.yes.formatDifference(Estimate(value: -4.2, standardError: 0.03))
        == "\u{2212}4.20 ± 0.03")
    #expect(PlanningObjective.yes.format(Estimate(value: 7, standardError: 0)) == "7.00")
    #expect(PlanningObjective.adoption.format(Estimate(value: 0.5, standardError: 0)) == "50.00 %")
  }

  @Test func controlCharactersFromTheDataAreShownEscaped() throws {
    var report = try #require(ReportFixture.shared)
    report.draft.title = "Title \u{1B}]0;pwned\u{07} and \u{1B}[31mred"
    report.scenarios[0].name = "scenario\u{1B}[2J"
    let text = ReportRenderer.render(report, format: .text)
    #expect(!text.unicodeScalars.contains { ControlCharacters.isControl($0) && $0 != "\n" })
    #expect(text.contains("Title \\u{1B}]0;pwned\\u{7} and \\u{1B}[31mred"))
    #expect(text.contains("scenario\\u{1B}[2J"))
  }

  @Test func colourAddsOnlyEscapesToTheSameText() throws {
    let report = try #require(ReportFixture.shared)
    let plain = ReportRenderer.render(report, format: .text)
    let coloured = ReportRenderer.render(report, format: .text, options: RenderOptions(color: true))
    #expect(coloured.contains("\u{1B}[1m"))
    #expect(Self.strippingEscapes(coloured) == plain)
    for format in ReportFormat.allCases where format != .text {
      #expect(
        ReportRenderer.render(report, format: format, options: RenderOptions(color: true))
          == ReportRenderer.render(report, format: format))
    }
  }

  @Test func textAndMarkdownNameEveryScenarioAndCarryTheHeadline() throws {
    let report = try #require(ReportFixture.shared)
    let headline = ReportHeadline.sentences(for: report)
    for format in [ReportFormat.text, .markdown] {
      let text = ReportRenderer.render(report, format: format)
      let flat = Self.strippingEscapes(text).replacingOccurrences(of: "\n  ", with: " ")
        .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "**", with: "")
      for sentence in headline {
        #expect(flat.contains(sentence), "\(format): \(sentence)\n\(flat.prefix(1500))")
      }
      for scenario in report.scenarios { #expect(text.contains(scenario.name)) }
      // The terminal breaks the command into shell continuation lines.
      let joined = text.replacingOccurrences(of: " \\\n    ", with: " ")
      #expect(joined.contains("\n  " + ReportFixture.command + "\n") || format == .markdown)
      #expect(text.contains("```sh\n" + ReportFixture.command + "\n```") || format == .text)
      for source in report.sources { #expect(text.contains(source.sha256)) }
      #expect(text.contains("Methods and caveats") || text.contains("METHODS AND CAVEATS"))
    }
  }

  @Test func theHeadlineIsWrittenFromTheFigures() throws {
    let report = try #require(ReportFixture.shared)
    let sentences = ReportHeadline.sentences(for: report)
    #expect(sentences.count == report.scenarios.count + 2)
    #expect(sentences[0].hasPrefix("\(report.draft.symbol) needs more yes than no votes"))
    for (sentence, scenario) in zip(sentences.dropFirst(), report.scenarios) {
      #expect(sentence.contains("about \(NumberFormat.fixed(scenario.yes.mean, decimals: 0)) yes"))
      #expect(sentence.contains("90 % interval \(scenario.yes.q05) to \(scenario.yes.q95)"))
      let adoption = NumberFormat.percent(scenario.adoptionProbability, decimals: 1)
      guard let difference = scenario.difference, let baseline = report.baseline else {
        #expect(sentence.contains("probability \(adoption)"))
        continue
      }
      // A scenario leads with its change, then P(adopted) before and after, then who moves.
      #expect(sentence.contains(": \(ReportHeadline.yesChange(difference.yes.value)), to about"))
      let before = NumberFormat.percent(baseline.adoptionProbability, decimals: 1)
      #expect(sentence.contains("P(adopted) \(before) → \(adoption)"))
      if let mover = ReportPictures.movers(scenario, report: report).first(where: {
        $0.state.stance == nil
      }) {
        #expect(sentence.contains("moving most: \(mover.state.name) ("))
      } else {
        #expect(sentence.contains("no other member moves by 0.5 pp or more."))
      }
    }
    #expect(ReportHeadline.yesChange(3.25) == "3.3 more expected yes votes")
    #expect(ReportHeadline.yesChange(-1.04) == "1.0 fewer expected yes votes")
    #expect(ReportHeadline.yesChange(-0.04) == "no change in expected yes votes")
    let means = report.scenarios.map(\.yes.mean)
    let last = try #require(sentences.last)
    #expect(last.contains(NumberFormat.fixed(try #require(means.min()), decimals: 1)))
    #expect(last.contains(NumberFormat.fixed(try #require(means.max()), decimals: 1)))
  }

  @Test func csvHasOneRowPerScenarioAndStateUnderTheExactHeader() throws {
    let report = try #require(ReportFixture.shared)
    let csv = ReportRenderer.render(report, format: .csv)
    #expect(csv.hasPrefix("scenario,state,name,group,p_yes,p_abstain,p_no,p_non_voting\n"))
    let document = try CSVDocument(bytes: Array(csv.utf8), file: "report.csv")
    let rows = (1..<document.count).map { document.strings($0) }
    #expect(rows.count == report.scenarios.count * report.run.members)
    var index = 0
    for scenario in report.scenarios {
      for state in scenario.states {
        let row = rows[index]
        index += 1
        #expect(row[0] == scenario.name && row[1] == state.state.rawValue)
        #expect(row[2] == state.name && row[3] == state.group.rawValue)
        let values = row[4...].compactMap(Double.init)
        #expect(values.count == 4)
        let expected = [state.pYes, state.pAbstain, state.pNo, state.pNonVoting]
        for (value, exact) in zip(values, expected) { #expect(abs(value - exact) <= 5e-7) }
        #expect(abs(values.reduce(0, +) - 1) <= 2e-6)
      }
    }
  }

  @Test func htmlIsWellFormedSelfContainedAndComplete() throws {
    let report = try #require(ReportFixture.shared)
    let html = ReportRenderer.render(report, format: .html)
    let parsed = ParsedXML(html)
    #expect(parsed.error == nil, "\(parsed.error ?? "")")
    let lowered = html.lowercased()
    #expect(!lowered.contains("<script"))
    #expect(!lowered.contains("<link"))
    #expect(!lowered.contains("url("))
    #expect(
      lowered.components(separatedBy: "://").count
        == lowered.components(separatedBy: "xmlns=\"http").count)
    // Every scenario, in the at-a-glance table and the per-state table's header.
    let headers = parsed.all("th").map(\.text)
    for scenario in report.scenarios {
      #expect(headers.contains(scenario.name))
      #expect(parsed.all("th").contains { $0.text.hasPrefix(scenario.name + " (") })
    }
    // Every state, once in the per-state table, with its four figures per scenario.
    let start = try #require(
      parsed.elements.firstIndex { $0.name == "table" && $0.attributes["class"] == "states" })
    let inside = parsed.elements[(start + 1)...].prefix { $0.depth > parsed.elements[start].depth }
    let rowHeaders = inside.filter { $0.name == "th" && $0.attributes["scope"] == "row" }
    let baseline = try #require(report.baseline)
    #expect(Set(rowHeaders.map(\.text)) == Set(baseline.states.map(\.name)))
    #expect(rowHeaders.count == report.run.members)
    #expect(
      inside.filter { $0.name == "td" && $0.attributes["class"] == "num first" }.count
        == report.run.members * report.scenarios.count)
    #expect(parsed.all("h2").map(\.text).contains("Methods and caveats"))
    #expect(parsed.all("code").map(\.text).contains(ReportFixture.command))
  }

  /// Every chart is well-formed; the page draws who moves in each scenario, the margin that
  /// decides adoption with its line, the paired differences and the change by group, and the
  /// maps when it has a tile grid.
  @Test func htmlChartsAreWellFormedSVG() throws {
    let report = try #require(ReportFixture.shared)
    let baseline = try #require(report.baseline)
    var positions: [MemberState.Code: TileGrid.Position] = [:]
    for (index, state) in baseline.states.enumerated() {
      positions[state.state] = .init(column: index % 6, row: index / 6)
    }
    let html = ReportRenderer.render(
      report, format: .html, options: RenderOptions(tileGrid: TileGrid(positions: positions)))
    var charts: [String] = []
    var rest = Substring(html)
    while let start = rest.range(of: "<svg "), let end = rest.range(of: "</svg>") {
      charts.append(String(rest[start.lowerBound..<end.upperBound]))
      rest = rest[end.upperBound...]
    }
    var byTitle: [String: ParsedXML] = [:]
    for chart in charts {
      let title = ParsedXML(chart).elements.first?.attributes["aria-label"] ?? ""
      byTitle[title] = expectWellFormedChart(chart, title: title)
    }
    let others = report.scenarios.filter { !$0.isBaseline }
    for scenario in others where !ReportPictures.movers(scenario, report: report).isEmpty {
      #expect(byTitle.keys.contains { $0.hasPrefix("Who moves: \(scenario.name) (") })
    }
    let margins = try #require(byTitle["The margin that decides adoption"])
    let markers = margins.all("line").filter { $0.attributes["stroke-dasharray"] == "4 3" }
    #expect(markers.count == 1)
    #expect(margins.texts.contains("adopted from here"))
    for scenario in report.scenarios {
      let fails = ReportFigures.percent(1 - scenario.adoptionProbability)
      #expect(margins.texts.contains("P(fails) \(fails)"))
    }
    let differences = try #require(byTitle["Change in yes votes from the draft as recorded"])
    #expect(differences.texts.contains("no change"))
    let bars = try #require(byTitle["Change in expected yes votes by regional group"])
    for group in RegionalGroup.allCases {
      #expect(bars.texts.contains { $0.hasPrefix(group.rawValue) })
    }
    let map = try #require(byTitle["How each member is expected to vote: \(baseline.name)"])
    let tiles = map.all("rect").filter { $0.attributes["rx"] == "2" }
    #expect(tiles.count == baseline.states.count)
    // Without a grid, no map; the rest is the same.
    let plain = ReportRenderer.render(report, format: .html)
    #expect(!plain.contains("How each member is expected to vote"))
    #expect(plain.contains("The margin that decides adoption"))
  }

  /// An exact run has no margins: the yes-vote distributions take their place.
  @Test func exactReportsDrawTheYesDistributions() throws {
    let report = try ReportFixture.report(engine: .exact)
    let html = ReportRenderer.render(report, format: .html)
    #expect(html.contains("aria-label=\"Yes votes by scenario\""))
    #expect(!html.contains("The margin that decides adoption"))
    for format in [ReportFormat.text, .markdown] {
      let text = Self.strippingEscapes(ReportRenderer.render(report, format: format))
      #expect(text.localizedCaseInsensitiveContains("yes votes"))
      #expect(!text.localizedCaseInsensitiveContains("the margin that decides adoption"))
    }
  }

  /// Text and Markdown draw each Monte Carlo scenario's adoption margin with the line at the
  /// adopting margin, captioned with P(adopted) and P(fails), which add up to 100 %.
  @Test func textAndMarkdownDrawTheMarginThatDecidesAdoption() throws {
    let report = try #require(ReportFixture.shared)
    let layout = try #require(ReportTables.marginLayout(report))
    #expect(layout.line == report.run.rule.adoptingMargin)
    #expect(layout.range.contains(layout.line))
    for format in [ReportFormat.text, .markdown] {
      let text = Self.strippingEscapes(ReportRenderer.render(report, format: format))
      #expect(text.localizedCaseInsensitiveContains("the margin that decides adoption"))
      #expect(!text.contains("adoption line: the yes votes needed"))
      for scenario in report.scenarios {
        let caption = ReportWording.marginCaption(scenario)
        #expect(text.contains(scenario.name + " · " + caption), "\(format) \(caption)")
        #expect(
          caption.hasSuffix(ReportFigures.percent(1 - scenario.adoptionProbability)), "\(caption)")
      }
    }
  }

  /// Names from the data (scenario names come from the command line) cannot
  /// break any format.
  @Test func namesFromTheDataAreEscapedEverywhere() throws {
    var report = try #require(ReportFixture.shared)
    let name = "Côte <d’Ivoire> & \"Co\" | *x*"
    let scenarioName = "with <AAB> & co"
    for index in report.scenarios.indices {
      report.scenarios[index].states[0].name = name
      if index == 1 { report.scenarios[index].name = scenarioName }
    }
    report.groups = report.groups.map { row in
      var row = row
      if row.scenario == report.scenarios[1].name { row.scenario = scenarioName }
      return row
    }
    let html = ReportRenderer.render(report, format: .html)
    let parsed = ParsedXML(html)
    #expect(parsed.error == nil, "\(parsed.error ?? "")")
    #expect(parsed.elements.contains { $0.text == name })
    #expect(parsed.elements.contains { $0.text == scenarioName })
    let markdown = ReportRenderer.render(report, format: .markdown)
    #expect(markdown.contains("Côte &lt;d’Ivoire> &amp; \"Co\" \\| &#42;x&#42;"))
    // A "<" that cannot start markup stays readable.
    #expect(MarkdownReport.cell("<1 %") == "<1 %")
    #expect(MarkdownReport.cell("<b>") == "&lt;b>")
    #expect(MarkdownReport.cell(">99") == ">99")
    // Outside code blocks (where text is literal) no tag can open.
    let prose = markdown.components(separatedBy: "```").enumerated().filter { $0.offset % 2 == 0 }
      .map(\.element).joined()
    #expect(!prose.contains("<d’Ivoire>") && !prose.contains("<AAB>"))
    let csv = ReportRenderer.render(report, format: .csv)
    let document = try CSVDocument(bytes: Array(csv.utf8), file: "report.csv")
    #expect(document.strings(1)[2] == name)
    let json = Data(ReportRenderer.render(report, format: .json).utf8)
    #expect(try JSONDecoder().decode(Report.self, from: json).scenarios[1].name == scenarioName)
  }

  @Test func exactFiguresCarryNoStandardErrors() throws {
    let report = try ReportFixture.report(engine: .exact)
    #expect(report.run.engine == .exact && report.run.trials == nil)
    let text = ReportRenderer.render(report, format: .text)
    #expect(text.contains("Exact expected counts"))
    #expect(!text.contains(" ± "))
    #expect(text.contains("exact computation (independent votes)"))
    let baseline = try #require(report.baseline)
    #expect(text.contains(NumberFormat.fixed(baseline.yes.mean, decimals: 2)))
    #expect(text.contains(NumberFormat.percent(baseline.adoptionProbability, decimals: 2)))
    let html = ReportRenderer.render(report, format: .html)
    #expect(ParsedXML(html).error == nil)
    #expect(!html.contains(" ± "))
  }

  @Test func longReferenceListsAreCutInTheReadableFormats() throws {
    let report = try #require(ReportFixture.shared)
    #expect(report.model.references.count == 200)
    let text = ReportRenderer.render(report, format: .text)
    #expect(text.contains("The 20 most recent are listed; the 180 earlier ones"))
    let last = try #require(report.model.references.last)
    let first = try #require(report.model.references.first)
    #expect(text.contains(last.symbol + " "))
    #expect(!text.contains(first.symbol + " "))
  }
}
