import Charts

/// The "Methods and caveats" part of a report in plain language: how the
/// model works, the data it rests on and its gaps, and what the numbers do
/// not say. Every figure in it comes from the report. Public, so that analyses
/// built on a simulation can explain the model in the same words.
public enum ReportMethods {
  /// One titled group of paragraphs.
  public struct Section: Sendable, Equatable {
    public var title: String
    public var paragraphs: [String]
  }

  /// The run-in headings of the model's paragraphs, which formats may set in bold.
  static let leads = ["Starting point.", "Backers.", "Votes move together.", "Counting."]

  /// A paragraph split into its run-in heading (one of `leads`), if any, and the rest.
  public static func split(_ paragraph: String) -> (lead: String?, text: String) {
    guard let lead = leads.first(where: { paragraph.hasPrefix($0 + " ") }) else {
      return (nil, paragraph)
    }
    return (lead, String(paragraph.dropFirst(lead.count + 1)))
  }

  /// Years with fewer recorded votes than this are called out as thin.
  static let thinYear = 20

  /// The three sections (the model, its data, its limits) for `report`.
  /// - Parameter referenceList: where the reader finds the list of reference votes, as the
  ///   end of "listed …" (the summary report lists them under "Run").
  public static func sections(
    _ report: Report, referenceList: String = "under \u{201C}Run\u{201D}"
  ) -> [Section] {
    [
      Section(
        title: "How the model works", paragraphs: model(report, referenceList: referenceList)),
      Section(title: "The data it rests on", paragraphs: data(report)),
      Section(title: "What the numbers do not say", paragraphs: limits(report)),
    ]
  }

  static func model(
    _ report: Report, referenceList: String = "under \u{201C}Run\u{201D}"
  ) -> [String] {
    let p = report.model.parameters
    let n = report.model.references.count
    let number = ReportWording.number
    let tags = report.model.tagReferences == true
    let kind =
      tags
      ? "that share an issue tag with the draft, which has no earlier vote of its own"
      : "of the same series"
    let fitted = tags ? " (the parameters fitted on drafts without a series of their own)" : ""
    var paragraphs = [
      "Starting point. Each member's chances of voting yes, no or abstaining come from its"
        + " own votes on \(n) earlier roll call\(n == 1 ? "" : "s") (listed \(referenceList))"
        + " \(kind), recent ones counting more: a vote loses half its weight every"
        + " \(number(report.model.baseline.halfLife)) years\(fitted). Its regional group's votes"
        + " on them, its own votes of the last two years and a small floor fill in where its"
        + " record is thin, so no vote is ever treated as certain. Its chance of not voting"
        + " comes from its absences over the last two years, the last quarter and on those roll"
        + " calls, and from how well attended they were.",
      ReportWording.backers(p),
    ]
    switch report.run.engine {
    case .monteCarlo:
      let blocs =
        report.model.blocs.count == RegionalGroup.allCases.count
          && Set(report.model.blocs) == Set(RegionalGroup.allCases.map(\.rawValue))
        ? "each regional group" : "each of \(report.model.blocs.count) blocs"
      let trials = report.run.trials.map { NumberFormat.integer($0, grouping: .comma) } ?? "the"
      paragraphs.append(
        "Votes move together. Members do not vote independently: a shared mood moves every"
          + " state together (it accounts for"
          + " \(NumberFormat.percent(p.globalCorrelation, decimals: 0)) of the variation in"
          + " each state's leaning) and \(blocs) moves as one"
          + " (a further \(NumberFormat.percent(p.blocCorrelation, decimals: 0))). This leaves each"
          + " state's own chances as they are but widens the range of possible totals.")
      paragraphs.append(
        "Counting. Each of \(trials) trials draws every member's vote and applies the rule:"
          + " adoption needs \(ReportWording.ruleClause(report.run.rule))"
          + " (\(ReportWording.ruleName(report.run.rule)); abstentions and members not voting"
          + " do not count). Figures are shares of trials and averages over them; \u{201C}±\u{201D}"
          + " is the standard error of the simulation, its sampling noise alone. Every scenario"
          + " uses the same random draws, so differences between scenarios are measured far"
          + " more precisely than each figure on its own.")
    case .exact:
      paragraphs.append(
        "Counting. The distribution of the totals is computed exactly, without sampling,"
          + " treating every member's vote as independent of the others (no shared mood or"
          + " group discipline), which understates how far the totals can spread. Adoption"
          + " needs \(ReportWording.ruleClause(report.run.rule))"
          + " (\(ReportWording.ruleName(report.run.rule)); abstentions and members not voting"
          + " do not count). The figures carry no sampling error.")
    }
    return paragraphs
  }

  static func data(_ report: Report) -> [String] {
    var paragraphs: [String] = []
    let references = report.model.references
    if let first = references.first, let last = references.last {
      paragraphs.append(
        "Reference votes: \(references.count) roll call\(references.count == 1 ? "" : "s")"
          + " from \(ReportWording.date(first.date)) to \(ReportWording.date(last.date)); the"
          + " most recent counts \(weightTimes(last.weight, first.weight)) the oldest.")
    }
    let sponsors = report.draft.sponsors
    paragraphs.append(
      (sponsors.isEmpty
        ? "The data records no sponsor of \(report.draft.symbol). "
        : "The data records \(sponsors.count) sponsor\(sponsors.count == 1 ? "" : "s") of"
          + " \(report.draft.symbol): \(ReportWording.sponsors(report)). ")
        + "Sponsor lists in the data are often incomplete: states that joined later or were"
        + " announced in the hall may be missing. A missing sponsor is treated as keeping its"
        + " earlier stance, not as a defection, but the pull it has on other states is left"
        + " out, so support may be understated.")
    let coverage = report.coverage
    if let latest = coverage.latestRollCall {
      let years = NumberFormat.fixed(latest.years(until: report.draft.date), decimals: 1)
      let counts = coverage.rollCallsByYear.map { "\($0.year): \($0.rollCalls)" }
      var text =
        "The latest recorded vote before the draft is \(coverage.latestRollCallSymbol ?? "")"
        + " of \(ReportWording.date(latest)), \(years) years before it. Recorded votes per"
        + " year: \(counts.joined(separator: ", "))."
      let thin = coverage.rollCallsByYear.filter {
        $0.rollCalls < thinYear && $0.year < report.draft.date.year
      }
      if !thin.isEmpty {
        text +=
          " Years with few or no recorded votes (\(thin.map { String($0.year) }.joined(separator: ", ")))"
          + " are blind spots: positions may have moved since, and who votes with whom is"
          + " measured on older votes."
      }
      paragraphs.append(text)
    } else {
      paragraphs.append("The data holds no recorded vote before the draft.")
    }
    var parameters = "Model parameters: \(report.model.parameterOrigin)."
    if !report.model.parameterOrigin.isCalibrated {
      parameters +=
        " They have not been fitted to past votes, so the strength of backers' influence and"
        + " of the shared movements are the design's assumptions, not estimates."
    }
    paragraphs.append(parameters)
    if !report.warnings.isEmpty {
      paragraphs.append("Warnings: " + report.warnings.joined(separator: "; ") + ".")
    }
    return paragraphs
  }

  static func limits(_ report: Report) -> [String] {
    var paragraphs = [
      "This is not a forecast of the real vote. The figures show what follows from past"
        + " voting and the stated assumptions; they know nothing of events after the latest"
        + " recorded vote, negotiations over the text, amendments, lobbying or how the vote is"
        + " framed on the day.",
      "The 90 % intervals are the spread of outcomes inside the model, taking its parameters"
        + " and data as right. Doubt about the parameters, the data and the model itself is not"
        + " in them, so the real uncertainty is wider. A probability of adoption near 100 %"
        + " means the model finds few ways for the draft to fail, not that it cannot fail.",
      "Per-state probabilities are tendencies drawn from a state's record, not statements of"
        + " its intentions. Swing states are the states the scenario moves most in the model;"
        + " states nearest the yes/abstain boundary are those a small push would tip either"
        + " way.",
    ]
    if report.run.engine == .monteCarlo {
      paragraphs.append(
        "The standard errors (±) measure only the simulation's sampling noise, which more"
          + " trials reduce; none of the other uncertainties shrinks with more trials.")
    }
    return paragraphs
  }

  /// `3.2 times` or `as much as`.
  private static func weightTimes(_ recent: Double, _ old: Double) -> String {
    guard old > 0, recent.isFinite, old.isFinite else { return "as much as" }
    let ratio = recent / old
    if ratio < 1.05 { return "as much as" }
    return NumberFormat.fixed(ratio, decimals: ratio < 10 ? 1 : 0) + " times as much as"
  }
}
