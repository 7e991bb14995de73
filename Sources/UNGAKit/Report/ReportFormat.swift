/// The formats a `Report` renders to.
public enum ReportFormat: String, Sendable, Hashable, Codable, CaseIterable,
  CustomStringConvertible
{
  /// A terminal page at most `RenderOptions.width` columns wide, colour optional.
  case text
  /// A GitHub-flavoured Markdown document.
  case markdown
  /// The report's JSON encoding (stable core: `scenarios`), keys sorted.
  case json
  /// One row per scenario and member: `scenario,state,name,group,p_yes,p_abstain,p_no,p_non_voting`.
  case csv
  /// One self-contained HTML page with inline CSS and SVG charts, no scripts.
  case html

  public var description: String { rawValue }
}
