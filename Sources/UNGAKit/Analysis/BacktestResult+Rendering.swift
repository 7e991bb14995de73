import Charts
import Foundation

extension BacktestResult {
  /// The score tables as aligned plain text: a summary line, the main scores
  /// (log loss, Brier, accuracy, macro F1, mean tally errors, adoption accuracy),
  /// per-outcome F1, and with `reliability` each predictor's reliability tables.
  public func text(reliability: Bool = false) -> String {
    var lines = [summary, ""]
    lines += ScoreTable(scoreTable).aligned()
    if let line = byReferenceLine { lines += ["", line] }
    lines.append("")
    lines += ScoreTable(f1Table).aligned()
    if !conditional.isEmpty {
      lines += ["", conditionalHeading]
      lines += ScoreTable(conditionalTable).aligned()
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
  public func markdown(reliability: Bool = false) -> String {
    var lines = [summary, ""]
    lines += ScoreTable(scoreTable).markdown()
    if let line = byReferenceLine { lines += ["", line] }
    lines += ["", "F1 per outcome:", ""]
    lines += ScoreTable(f1Table).markdown()
    if !conditional.isEmpty {
      lines += ["", conditionalHeading, ""]
      lines += ScoreTable(conditionalTable).markdown()
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

  init(_ rows: [[String]]) { self.rows = rows }

  /// Columns padded to their widest cell: the first left-aligned, the others right-aligned.
  func aligned() -> [String] {
    let widths = columnWidths()
    return rows.map { row in
      row.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: widths[column] - cell.count)
        return column == 0 ? cell + padding : padding + cell
      }.joined(separator: "  ").replacingOccurrences(
        of: "\\s+$", with: "", options: .regularExpression)
    }
  }

  /// A Markdown table: the first column left-aligned, the others right-aligned.
  func markdown() -> [String] {
    guard let header = rows.first else { return [] }
    let separator = header.indices.map { $0 == 0 ? ":--" : "--:" }
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
