import Charts

/// The report's words: dates, rules, scenarios and sponsors in plain English,
/// shared by every human-readable format (and public, so that analyses built on
/// the toolkit word things the same way).
public enum ReportWording {
  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// `24 February 2025`.
  public static func date(_ date: CalendarDate) -> String {
    let month = monthNames.indices.contains(date.month - 1) ? monthNames[date.month - 1] : "?"
    return "\(date.day) \(month) \(date.year)"
  }

  /// `simple majority` or `two-thirds majority`.
  public static func ruleName(_ rule: MajorityRule) -> String {
    switch rule {
    case .simple: "simple majority"
    case .twoThirds: "two-thirds majority"
    }
  }

  /// What the rule asks for, as a clause: `more yes than no votes`.
  public static func ruleClause(_ rule: MajorityRule) -> String {
    switch rule {
    case .simple: "more yes than no votes"
    case .twoThirds: "at least two thirds of the yes and no votes"
    }
  }

  /// `Ukraine`, `Canada, Germany and Poland`, `none`.
  public static func list(_ items: [String]) -> String {
    switch items.count {
    case 0: return "none"
    case 1: return items[0]
    default: return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }
  }

  /// The recorded sponsors by name: `Ukraine`.
  static func sponsors(_ report: Report) -> String {
    list(report.draft.sponsors.map(\.name))
  }

  /// Each member's name by code, from the baseline's per-state rows.
  static func names(_ report: Report) -> [MemberState.Code: String] {
    var names: [MemberState.Code: String] = [:]
    for state in report.baseline?.states ?? [] { names[state.state] = state.name }
    for sponsor in report.draft.sponsors where names[sponsor.code] == nil {
      names[sponsor.code] = sponsor.name
    }
    return names
  }

  /// What a scenario changes, in words: `United States co-sponsors`,
  /// `France stays neutral; Russian Federation opposes`; for the baseline,
  /// `sponsored by Ukraine`.
  static func scenarioChanges(_ scenario: ScenarioResult, report: Report) -> String {
    if scenario.isBaseline || scenario.changes.isEmpty {
      let sponsors = report.draft.sponsors
      return sponsors.isEmpty
        ? "no sponsor in the data" : "sponsored by \(self.sponsors(report))"
    }
    let names = self.names(report)
    var byStance: [(Stance, [String])] = []
    for change in scenario.changes {
      let name = names[change.state] ?? change.state.rawValue
      if let index = byStance.firstIndex(where: { $0.0 == change.stance }) {
        byStance[index].1.append(name)
      } else {
        byStance.append((change.stance, [name]))
      }
    }
    return byStance.map { stance, states in
      let plural = states.count > 1
      let verb: String
      switch stance {
      case .coSponsor: verb = plural ? "co-sponsor" : "co-sponsors"
      case .neutral:
        verb = plural ? "are not sponsors, votes left open" : "is not a sponsor, vote left open"
      case .abstain: verb = plural ? "abstain" : "abstains"
      case .oppose: verb = plural ? "oppose" : "opposes"
      }
      return "\(list(states)) \(verb)"
    }.joined(separator: "; ")
  }

  /// The engine and sample in one phrase: `Monte Carlo, 100,000 trials, seed 1`.
  /// The note under the margin histograms: what the margin is and where adoption starts.
  static func marginNote(_ rule: MajorityRule) -> String {
    "How likely each margin of \(ReportPictures.marginName(rule)) is. ┴ marks the adoption line:"
      + " the draft is adopted at a margin of \(rule.adoptingMargin) or more; the bars left of"
      + " it are the trials in which it fails."
  }

  /// "P(adopted) 99.4 % · P(fails) 0.6 %".
  static func marginCaption(_ scenario: ScenarioResult) -> String {
    "P(adopted) " + ReportFigures.percent(scenario.adoptionProbability) + " · P(fails) "
      + ReportFigures.percent(1 - scenario.adoptionProbability)
  }

  static func engine(_ run: Report.Run) -> String {
    switch run.engine {
    case .exact:
      return "exact computation (independent votes)"
    case .monteCarlo:
      var parts = ["Monte Carlo"]
      if let trials = run.trials {
        parts.append("\(NumberFormat.integer(trials, grouping: .comma)) trials")
      }
      if let seed = run.seed { parts.append("seed \(seed)") }
      return parts.joined(separator: ", ")
    }
  }

  /// `P(yes ≥ 100)`.
  public static func thresholdLabel(_ yes: Int) -> String {
    "P(yes ≥ \(yes))"
  }

  /// A parameter value for prose: `1`, `0.15`.
  public static func number(_ value: Double) -> String {
    NumberFormat.compact(value, decimals: 3, style: .typographic)
  }

  /// What the model says about backers, in one paragraph: that a stance is
  /// a vote and sponsorship adds nothing measured beyond it, and which
  /// backers carry an estimated influence (θ, its interval, the strongest
  /// followers and opponents with their weights).
  public static func backers(_ p: ModelParameters) -> String {
    var text =
      "Backers. A backer's stance is its vote: a co-sponsor votes yes, an abstainer abstains,"
      + " an opponent votes no, and a state the scenario leaves open votes as its own record"
      + " says. Being on the sponsor list carries no measured effect beyond the backer's own"
      + " vote. A backer moves others only where calibration measured that its vote tells"
      + " something about theirs: each state moves by the backer's strength θ times its"
      + " following weight (negative for states that vote against the backer) times how far"
      + " the backer's vote departs from what its record expects. Each state's chances are"
      + " set so that, with such a backer's vote drawn from its record, the state votes as its"
      + " own record says: leaving a backer open changes no state's chances, only how the"
      + " votes move together."
    let active = p.activeBackers
    if active.isEmpty {
      text += " With these parameters no backer carries an estimated influence."
    }
    for backer in active {
      let ranked = backer.rankedWeights
      let followers = ranked.prefix(5).map { "\($0.code) \(number($0.weight))" }
      let opponents = ranked.suffix(3).reversed().filter { $0.weight < 0 }.map {
        "\($0.code) \(number($0.weight))"
      }
      text +=
        " \(backer.backer) carries an estimated influence, θ \(number(backer.strength))"
        + " (95 % interval \(number(backer.interval[0]))–\(number(backer.interval[1]))); its"
        + " strongest followers are \(followers.joined(separator: ", "))"
        + (opponents.isEmpty
          ? "." : ", and it is most opposed by \(opponents.joined(separator: ", ")).")
    }
    let inactive = p.backers.filter { !$0.isActive }.map(\.backer.rawValue)
    if !inactive.isEmpty {
      text +=
        " Measured but without an out-of-sample gain, so carrying no influence: "
        + inactive.joined(separator: ", ") + "."
    }
    return text
  }

  /// The parameters on one line.
  public static func parameters(_ model: Report.Model) -> String {
    let p = model.parameters
    let baseline = model.baseline
    return [
      "global correlation ρg \(number(p.globalCorrelation))",
      "bloc correlation ρb \(number(p.blocCorrelation))",
      "half-life \(number(baseline.halfLife)) years",
      "group weight βg \(number(baseline.groupWeight))",
      "own weight βs \(number(baseline.ownWeight))",
      "exponent γ \(number(baseline.exponent))",
      p.activeBackers.isEmpty
        ? "no backer influence"
        : "backers with influence "
          + p.activeBackers.map { "\($0.backer) θ \(number($0.strength))" }.joined(separator: ", "),
      "alignment window \(p.alignmentSessions) sessions (\(model.alignmentRollCalls) roll calls)",
    ].joined(separator: " · ")
  }

  /// What the uncertainty beside the figures is: the simulation error always (Monte Carlo),
  /// the model range when the run had parameter replicates.
  static func uncertaintyNote(_ report: Report) -> String {
    var note =
      "Expected votes and P(adopted) per scenario; the 90 % interval is the spread of"
      + " the vote itself."
    if let replicates = report.run.modelReplicates {
      note +=
        " Model range: the 2.5th to 97.5th percentile of the figure across the"
        + " \(replicates) parameter sets of the calibration's bootstrap, the model's own"
        + " uncertainty."
    }
    if report.run.engine == .monteCarlo {
      note +=
        " Simulation error: the Monte Carlo standard error (under \u{201C}Expected"
        + " votes\u{201D}), which more trials make as small as wanted."
    }
    return note
  }
}
