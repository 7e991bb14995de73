/// Renders a `Report` in any `ReportFormat`: pure functions from the report to
/// text, so that only the command writes anything.
///
///     let html = ReportRenderer.render(report, format: .html)
///
/// The same report gives the same bytes in every format, whatever the machine
/// or the number of threads the run used (no dates of "now", no thread count,
/// locale-independent numbers).
public enum ReportRenderer {
  /// The report in `format`.
  /// - Complexity: O(scenarios × members).
  public static func render(
    _ report: Report, format: ReportFormat, options: RenderOptions = RenderOptions()
  ) -> String {
    switch format {
    case .text: TextReport.render(report, options: options)
    case .markdown: MarkdownReport.render(report)
    case .json: JSONReport.render(report)
    case .csv: CSVReport.render(report)
    case .html: HTMLReport.render(report, tileGrid: options.tileGrid)
    }
  }
}
