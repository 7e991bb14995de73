extension RecruitResult {
  /// A plain-text report for a terminal: the base figures, one row per pick
  /// (gain, objective and cumulative gain, each ± its standard error), the
  /// goal's answer and the warnings.
  /// - Parameter maxWidth: the widest a table line may be (names are narrowed to fit); nil
  ///   (for output that is not a terminal) narrows nothing.
  public func renderText(maxWidth: Int? = 100) -> String {
    var lines = [
      headline, "Objective: \(run.objective.label); " + run.samplingDescription,
      "Candidates: " + candidateRule,
    ]
    lines.append("Base: " + baseFigures)
    lines.append("")
    if !picks.isEmpty {
      lines += pickTable(picks, objective: run.objective).plainLines(maxWidth: maxWidth)
      lines.append("")
    }
    if let goal {
      lines.append("Goal: " + goal.summary)
      if goal.objective != run.objective, !goal.route.isEmpty {
        lines += pickTable(goal.route, objective: goal.objective).plainLines(maxWidth: maxWidth)
      }
      lines.append("")
    }
    for warning in warnings { lines.append("warning: " + warning) }
    while lines.last == "" { lines.removeLast() }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `Recruitment for ID (rule): the N best co-sponsors from C candidates joining 'BASE'`.
  var headline: String {
    "Recruitment for \(run.target.id) (\(run.rule)): the \(picks.count) best co-sponsor"
      + (picks.count == 1 ? "" : "s") + " from \(candidates.count) candidate"
      + (candidates.count == 1 ? "" : "s") + " joining '\(base)'"
  }

  /// The base scenario's objective, P(adopted) and expected yes, `; `-separated.
  var baseFigures: String {
    let objective = run.objective
    return
      ([objective.label + " " + objective.format(startObjective)]
      + Self.companions(
        of: objective, adoption: start.adoptionProbability,
        adoptionError: start.adoptionProbabilityStandardError, yes: start.expectedYes,
        yesError: start.expectedYesStandardError
      ).map { $0.label + " " + $0.value }).joined(separator: "; ")
  }

  private var startObjective: Estimate {
    Estimate(value: start.objective, standardError: start.objectiveStandardError)
  }

  /// One row per pick: step, state, gain, objective, cumulative gain and the companions.
  func pickTable(_ picks: [Pick], objective: PlanningObjective) -> PlainTable {
    let others = Self.companions(
      of: objective, adoption: 0, adoptionError: 0, yes: 0, yesError: 0
    ).map(\.label)
    var table = PlainTable(
      header: ["Step", "State", "Name", "Gain", objective.heading, "Cumulative gain"] + others,
      rightAligned: Set([0] + Array(3..<(6 + others.count))))
    for pick in picks {
      table.rows.append(
        [
          "\(pick.step)", pick.state.rawValue, pick.name,
          objective.formatDifference(
            Estimate(value: pick.gain, standardError: pick.gainStandardError)),
          objective.format(
            Estimate(value: pick.objective, standardError: pick.objectiveStandardError)),
          objective.formatDifference(
            Estimate(value: pick.cumulativeGain, standardError: pick.cumulativeGainStandardError)),
        ]
          + Self.companions(
            of: objective, adoption: pick.adoptionProbability,
            adoptionError: pick.adoptionProbabilityStandardError, yes: pick.expectedYes,
            yesError: pick.expectedYesStandardError
          ).map(\.value))
    }
    return table
  }

  /// P(adopted) and expected yes, formatted, leaving out the objective itself.
  private static func companions(
    of objective: PlanningObjective, adoption: Double, adoptionError: Double, yes: Double,
    yesError: Double
  ) -> [(label: String, value: String)] {
    var figures: [(label: String, value: String)] = []
    if objective != .adoption {
      let estimate = Estimate(value: adoption, standardError: adoptionError)
      figures.append(("P(adopted)", PlanningObjective.adoption.format(estimate)))
    }
    if objective != .yes {
      let estimate = Estimate(value: yes, standardError: yesError)
      figures.append(("Expected yes", PlanningObjective.yes.format(estimate)))
    }
    return figures
  }
}
