import Charts
import Foundation
import UNGAKit

/// Pieces every notebook's document uses: the table of input files, the model's methods,
/// the terminal summary, and figures in words.
public enum DocumentParts {
  /// The input files with their tables, rows and SHA-256 digests.
  public static func sourceTable(_ sources: [SourceFile]) -> ReportDocument.Table {
    ReportDocument.Table(
      caption: "Input files",
      columns: [.init("File"), .init("Table"), .init("Rows", isNumeric: true), .init("SHA-256")],
      rows: sources.map {
        [
          $0.path, $0.table.rawValue, NumberFormat.integer($0.rowCount, grouping: .comma),
          $0.sha256,
        ]
      }, htmlClass: "sources")
  }

  /// The "Data and settings" section: what the figures follow from, the definitions given
  /// (the data folders added after the first), the input files and the command that
  /// reproduces the figures.
  ///
  /// - Parameters:
  ///   - basis: what the figures follow from, such as `these files, this seed and these
  ///     parameters`.
  ///   - note: sentences that follow.
  public static func settings(
    basis: String, note: String, definitions: [ReportDocument.Definition], folders: [String],
    sources: [SourceFile], command: String
  ) -> [ReportDocument.Block] {
    let data = ReportDocument.Definition(
      "Data",
      folders.map { "datasets/\($0)" }.joined(separator: ", ") + " (SHA-256 of every file below)")
    return [
      .heading("Data and settings"),
      .paragraph(
        "Every figure below follows from \(basis); the command at the end of this section"
          + " reproduces them exactly. " + note),
      .definitions(Array(definitions.prefix(1)) + [data] + definitions.dropFirst()),
      .table(sourceTable(sources)),
      .code(command),
    ]
  }

  /// The simulation settings: seed, trials and the model's parameters with their origin.
  public static func simulationSettings(
    seed: UInt64, trials: String, parameters: NotebookParameters, report: Report
  ) -> [ReportDocument.Definition] {
    [
      .init("Seed", "\(seed)"), .init("Trials", trials),
      .init("Model parameters", ReportWording.parameters(report.model)),
      .init("Parameters from", parameters.description),
    ]
  }

  /// The summary report's "Methods and caveats" for `report`, as subsections with the
  /// run-in headings in bold; `referenceList` says where the reference votes are listed.
  public static func methods(_ report: Report, referenceList: String) -> [ReportDocument.Block] {
    var blocks: [ReportDocument.Block] = []
    for section in ReportMethods.sections(report, referenceList: referenceList) {
      blocks.append(.subheading(section.title))
      blocks += section.paragraphs.map { paragraph in
        let parts = ReportMethods.split(paragraph)
        return .paragraph((parts.lead.map { "**\($0)** " } ?? "") + parts.text)
      }
    }
    return blocks
  }

  /// What the calibration file says about its own parameters (its notes), when the
  /// parameters came from one; nothing otherwise.
  public static func calibrationNotes(_ parameters: NotebookParameters) -> [ReportDocument.Block] {
    guard let calibration = parameters.calibration else { return [] }
    let fit = calibration.fit.span
    let heldOut = calibration.heldOut.span
    return [
      .subheading("What the calibration found"),
      .paragraph(
        "The parameters were fitted on sessions \(fit.firstSession) to \(fit.lastSession)"
          + " (\(count(fit.rollCalls)) roll calls) and scored on sessions"
          + " \(heldOut.firstSession) to \(heldOut.lastSession) (\(count(heldOut.rollCalls)) roll"
          + " calls) by \u{201C}\(calibration.command)\u{201D}. Its notes:"),
      .bullets(calibration.notes),
    ]
  }

  /// The key findings as plain text: a title line, then one line per finding.
  public static func terminalSummary(_ title: String, _ findings: [String]) -> String {
    "Key findings (\(title)):\n"
      + findings.map { "- " + $0.replacingOccurrences(of: "**", with: "") }
      .joined(separator: "\n")
  }

  /// Where the parameters come from, as the end of a sentence.
  public static func parameterClause(_ origin: ParameterOrigin) -> String {
    origin.isCalibrated
      ? "fitted to past votes (\(origin))" : "the design's defaults, not yet fitted to past votes"
  }

  /// `100–11–58–24` (yes – no – abstain – non-voting), or empty.
  public static func tally(_ tally: Tally?) -> String {
    guard let tally else { return "" }
    return "\(tally.yes)–\(tally.no)–\(tally.abstain)–\(tally.nonVoting)"
  }

  /// `100,000`.
  public static func count(_ count: Int) -> String {
    NumberFormat.integer(count, grouping: .comma)
  }
}
