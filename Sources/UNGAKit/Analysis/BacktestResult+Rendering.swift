import Charts
import Foundation

extension BacktestResult {
  /// The score tables as aligned plain text: a summary line, the main scores
  /// (log loss, Brier, accuracy, macro F1, mean tally errors, adoption accuracy),
  /// per-outcome F1, the conditional backtest with where its stance changes gained or lost,
  /// with `stanceChanges` each of those roll calls, and with `reliability` each predictor's
  /// reliability tables.
  public func text(reliability: Bool = false, stanceChanges listed: Bool = false) -> String {
    var lines = [summary, ""]
    lines += ScoreTable(scoreTable).aligned()
    if let line = byReferenceLine { lines += ["", line] }
    lines.append("")
    lines += ScoreTable(f1Table).aligned()
    if !conditional.isEmpty {
      lines += ["", conditionalHeading]
      lines += ScoreTable(conditionalTable).aligned()
      lines += ["", stanceChangeHeading] + stanceChangeSummary.map { "  " + $0 }
    }
    if listed {
      for code in conditional.map(\.given) {
        lines += ["", stanceChangeListHeading(code)]
        lines += ScoreTable(stanceChangeTable(code), leftAligned: [2, 3, 4, 5, 8]).aligned()
      }
    }
    if reliability {
      for score in allScores {
        lines += ["", "Reliability of \(score.name) (mean predicted / observed frequency, count):"]
        lines += ScoreTable(reliabilityTable(score)).aligned()
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The same tables in GitHub-flavoured Markdown.
  public func markdown(reliability: Bool = false, stanceChanges listed: Bool = false) -> String {
    var lines = [summary, ""]
    lines += ScoreTable(scoreTable).markdown()
    if let line = byReferenceLine { lines += ["", line] }
    lines += ["", "F1 per outcome:", ""]
    lines += ScoreTable(f1Table).markdown()
    if !conditional.isEmpty {
      lines += ["", conditionalHeading, ""]
      lines += ScoreTable(conditionalTable).markdown()
      lines += ["", stanceChangeHeading, ""] + stanceChangeSummary.map { "- " + $0 }
    }
    if listed {
      for code in conditional.map(\.given) {
        lines += ["", stanceChangeListHeading(code), ""]
        lines += ScoreTable(stanceChangeTable(code), leftAligned: [2, 3, 4, 5, 8]).markdown()
      }
    }
    if reliability {
      for score in allScores {
        lines += [
          "", "Reliability of `\(score.name)` (mean predicted / observed frequency, count):", "",
        ]
        lines += ScoreTable(reliabilityTable(score)).markdown()
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The result as pretty-printed JSON with sorted keys (the same bytes for the same result).
  /// - Throws: `EncodingError` (not expected: every number is finite).
  public func json() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
  }

  private var summary: String {
    let sessions =
      firstSession == lastSession
      ? "session \(firstSession)" : "sessions \(firstSession)-\(lastSession)"
    return
      "Backtest of \(sessions): \(counted(rollCalls, "roll call")), "
      + "\(counted(predictions, "member vote")); "
      + "references by topic series \(references.topic), title \(references.title), similar title \(references.similarTitle), "
      + "tags \(references.tags), none \(references.none)."
  }

  /// "Model log loss by how references were found: title 0.3620 (354 roll calls), …".
  private var byReferenceLine: String? {
    guard !modelByReference.isEmpty else { return nil }
    let parts = modelByReference.map {
      "\($0.match) \(format($0.logLoss)) (\(counted($0.rollCalls, "roll call")))"
    }
    return "Model log loss by how references were found: " + parts.joined(separator: ", ") + "."
  }

  private var scoreTable: [[String]] {
    let header = [
      "predictor", "log loss", "Brier", "accuracy", "macro F1", "|Δyes|", "|Δabstain|", "|Δno|",
      "adoption",
    ]
    return [header]
      + allScores.map { score in
        [
          score.name, format(score.logLoss), format(score.brier), format(score.accuracy),
          format(score.macroF1), format(score.tally.meanAbsoluteErrorYes, digits: 2),
          format(score.tally.meanAbsoluteErrorAbstain, digits: 2),
          format(score.tally.meanAbsoluteErrorNo, digits: 2), format(score.tally.adoptionAccuracy),
        ]
      }
  }

  private var f1Table: [[String]] {
    [["predictor"] + Vote.allCases.map { "F1 \($0.csvName)" }]
      + allScores.map { score in
        [score.name] + Vote.allCases.map { format(score.score($0)?.f1) }
      }
  }

  private func reliabilityTable(_ score: PredictorScore) -> [[String]] {
    let bins = score.reliability.first?.bins ?? []
    return [["bin"] + score.reliability.map(\.vote)]
      + bins.indices.map { b in
        [format(bins[b].lower, digits: 1) + "-" + format(bins[b].upper, digits: 1)]
          + score.reliability.map { table in
            let bin = table.bins[b]
            return bin.count == 0
              ? "-"
              : "\(format(bin.meanPredicted, digits: 3)) / \(format(bin.observedFrequency, digits: 3)) (\(bin.count))"
          }
      }
  }

  private var conditionalHeading: String {
    "Told each backer's recorded vote (log loss of the other members' votes, told / not told;"
      + " stance changes: roll calls where the backer voted otherwise than its baseline's most"
      + " likely vote):"
  }

  /// One row per given backer: roll calls, log loss told and not told and the change,
  /// overall and on its stance-change roll calls.
  private var conditionalTable: [[String]] {
    let header = [
      "given", "influence", "roll calls", "told", "not told", "change", "stance changes", "told",
      "not told", "change",
    ]
    return [header]
      + conditional.map { score in
        [
          score.given, score.influential ? "yes" : "no", "\(score.rollCalls)",
          format(score.told.logLoss), format(score.notTold.logLoss), percent(score.change),
          "\(score.stanceChangeRollCalls)", format(score.stanceChange.told.logLoss),
          format(score.stanceChange.notTold.logLoss), percent(score.stanceChangeChange),
        ]
      }
  }

  private var stanceChangeHeading: String {
    "Where telling the model helped on the stance changes (told minus not told, log loss summed"
      + " over the other members' votes, in nats; negative: telling helped), by how the roll"
      + " calls' references were found:"
  }

  /// Per given backer: its stance changes with references of their own series (a topic, the
  /// same or a similar title), with shared tags only, and with none.
  private var stanceChangeSummary: [String] {
    let kinds: [(name: String, matches: Set<String>)] = [
      ("own series", ["topic", "title", "similar-title"]), ("tags only", ["tags"]),
      ("no reference", ["none"]),
    ]
    return conditional.map { score in
      let mine = stanceChanges.filter { $0.given == score.given }
      let parts = kinds.compactMap { kind -> String? in
        let rows = mine.filter { kind.matches.contains($0.references) }
        guard !rows.isEmpty else { return nil }
        let total = rows.reduce(0) { $0 + $1.change }
        return
          "\(kind.name) \(counted(rows.count, "roll call")) \(NumberFormat.signed(total, decimals: 1))"
      }
      return "\(score.given): " + (parts.isEmpty ? "none" : parts.joined(separator: "; "))
    }
  }

  private func stanceChangeListHeading(_ code: String) -> String {
    "Stance changes of \(code) (told minus not told, nats summed over the other members' votes):"
  }

  private func stanceChangeTable(_ code: String) -> [[String]] {
    [
      [
        "date", "session", "roll call", "expected", "voted", "references", "votes", "change",
        "title",
      ]
    ]
      + stanceChanges.filter { $0.given == code }.map { row in
        [
          row.date, "\(row.session)", row.rollCall, row.expected, row.vote, row.references,
          "\(row.votes)", NumberFormat.signed(row.change, decimals: 1), row.title,
        ]
      }
  }

  private func percent(_ value: Double) -> String {
    NumberFormat.signed(100 * value, decimals: 1) + " %"
  }

  private func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }

  private func format(_ value: Double?, digits: Int = 4) -> String {
    guard let value else { return "-" }
    return NumberFormat.fixed(value, decimals: digits)
  }
}

/// A table of strings rendered with aligned columns or as Markdown; the first row is the header.
private struct ScoreTable {
  var rows: [[String]]
  /// Columns left-aligned besides the first (text such as titles).
  var leftAligned: Set<Int>

  init(_ rows: [[String]], leftAligned: Set<Int> = []) {
    self.rows = rows
    self.leftAligned = leftAligned.union([0])
  }

  /// Columns padded to their widest cell: the first (and `leftAligned`) left-aligned, the
  /// others right-aligned.
  func aligned() -> [String] {
    let widths = columnWidths()
    return rows.map { row in
      row.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: widths[column] - cell.count)
        return leftAligned.contains(column) ? cell + padding : padding + cell
      }.joined(separator: "  ").replacingOccurrences(
        of: "\\s+$", with: "", options: .regularExpression)
    }
  }

  /// A Markdown table: the first column left-aligned, the others right-aligned.
  func markdown() -> [String] {
    guard let header = rows.first else { return [] }
    let separator = header.indices.map { leftAligned.contains($0) ? ":--" : "--:" }
    return ([header, separator] + rows.dropFirst()).map { row in
      "| " + row.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ")
        + " |"
    }
  }

  private func columnWidths() -> [Int] {
    let columns = rows.map(\.count).max() ?? 0
    return (0..<columns).map { column in
      rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
    }
  }
}
