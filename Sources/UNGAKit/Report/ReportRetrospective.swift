import Charts

/// The retrospective of a replayed roll call in words and tables, shared by the terminal,
/// Markdown and HTML formats: the recorded tally beside the prediction for the draft as
/// recorded, the hits, misses and log loss, and the members the prediction missed.
enum ReportRetrospective {
  /// The section's title.
  static let title = "Retrospective: the recorded vote"

  /// What the section is, in one paragraph: a replay, made only from earlier data.
  static func note(_ report: Report, _ retrospective: Retrospective) -> String {
    "This vote is on record; it is replayed here as if its outcome were unknown. The model saw"
      + " only votes dated before \(ReportWording.date(report.draft.date)) (its references,"
      + " the alignment window) and the members on that day, and predicts the draft as recorded,"
      + " with its recorded sponsors co-sponsoring. Below, the votes cast beside that"
      + " prediction; the other scenarios are counterfactual and not scored."
  }

  /// The tally table: a header row and two rows, recorded and predicted.
  static func tally(_ report: Report, _ retrospective: Retrospective)
    -> (columns: [(title: String, isNumeric: Bool)], rows: [[String]])
  {
    let recorded = retrospective.recorded
    var rows = [
      [
        "Recorded", "\(recorded.yes)", "\(recorded.no)", "\(recorded.abstain)",
        "\(recorded.nonVoting)", retrospective.adopted ? "adopted" : "not adopted",
      ]
    ]
    if let predicted = report.scenarios.first(where: { $0.name == retrospective.scenario }) {
      rows.append(
        ["Predicted"]
          + [predicted.yes, predicted.no, predicted.abstain, predicted.nonVoting].map {
            NumberFormat.fixed($0.mean, decimals: 1) + " (\(ReportFigures.interval($0)))"
          } + ["P(adopted) " + ReportFigures.percent(predicted.adoptionProbability)])
    }
    return (
      [
        ("", false), ("Yes", true), ("No", true), ("Abstain", true), ("Non-voting", true),
        ("Adopted", true),
      ], rows
    )
  }

  /// The tally table's note: what the predicted figures are.
  static let tallyNote =
    "Predicted, for the draft as recorded: the expected count with its 90 % interval in"
    + " parentheses, and the probability of adoption."

  /// The scores in sentences: over every voter, over the voters other than the sponsors,
  /// the members not scored, and the retrospective's notes.
  static func scores(_ retrospective: Retrospective) -> [String] {
    let all = retrospective.voters
    var sentences = [
      "Most likely vote right for \(all.hits) of the \(all.voters) members that voted"
        + " (\(share(all))), wrong for \(all.misses); log loss \(logLoss(all)) nats per vote"
        + " (a uniform guess among yes, abstain and no scores 1.10)."
    ]
    let sponsors = retrospective.members.filter(\.isSponsor).count
    if sponsors > 0 {
      let others = retrospective.nonSponsors
      sentences.append(
        "Leaving out the \(sponsors) recorded sponsors, whose yes the draft as recorded takes as"
          + " given: right for \(others.hits) of \(others.voters) (\(share(others))), wrong for"
          + " \(others.misses); log loss \(logLoss(others)) nats per vote.")
    }
    let absent = retrospective.recorded.nonVoting
    if absent > 0 {
      sentences.append(
        "\(absent) \(absent == 1 ? "member" : "members") did not vote: not scored (the scores"
          + " are of each voter's vote given that it votes).")
    }
    return sentences + retrospective.notes
  }

  /// The missed members, grouped by the vote predicted and the vote cast, largest group
  /// first: `Most likely abstain, voted yes (30): Bahrain, Benin, …`, names in order.
  static func misses(_ retrospective: Retrospective) -> [String] {
    var groups: [String: [String]] = [:]
    var order: [String] = []
    let sorted = retrospective.misses.sorted {
      ReportStateRows.sortKey($0.name) < ReportStateRows.sortKey($1.name)
    }
    for member in sorted {
      let key = "Most likely \(word(member.mostLikely)), voted \(word(member.recorded))"
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(member.name)
    }
    return order.enumerated().sorted { a, b in
      let x = groups[a.element]?.count ?? 0
      let y = groups[b.element]?.count ?? 0
      return x != y ? x > y : a.offset < b.offset
    }.map { _, key in
      let names = groups[key] ?? []
      return "\(key) (\(names.count)): " + names.joined(separator: ", ")
    }
  }

  /// The recorded vote of a member in the per-member tables: `yes`, `abstain`, `no`, `absent`.
  static func word(_ vote: Vote) -> String {
    vote == .nonVoting ? "absent" : vote.csvName
  }

  private static func share(_ score: Retrospective.Score) -> String {
    score.voters > 0 ? ReportFigures.percent(Double(score.hits) / Double(score.voters)) : "n/a"
  }

  private static func logLoss(_ score: Retrospective.Score) -> String {
    score.logLoss.map { NumberFormat.fixed($0, decimals: 2) } ?? NumberFormat.notAvailable
  }
}
