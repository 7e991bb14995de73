import Charts
import Foundation

/// A narrative document — a title, then headings, paragraphs, lists, tables and SVG
/// figures — rendered both as GitHub-flavoured Markdown and as one self-contained HTML page
/// (``HTMLPage``).
///
/// Made for analyses that tell a story around the toolkit's figures (the notebooks in
/// `notebooks-as-scripts/`): both formats come from the same blocks, so they never say
/// different things. In any text, `**…**` marks strong emphasis; everything else is escaped
/// for the format, so data such as state names cannot break the markup. A figure is inline
/// SVG in the HTML page; the Markdown links to an SVG file named after the figure, which the
/// caller writes next to the Markdown file (``figureFiles``).
///
///     var document = ReportDocument(title: "Support without Washington")
///     document.append(.highlights(title: "Key findings", items: ["**93** yes votes …"]))
///     document.append(.paragraph("How the model sees it …"))
///     let markdown = document.markdown()
///     let html = document.html()
///
/// Rendering is a pure function of the document: the same document gives the same bytes.
public struct ReportDocument: Sendable, Hashable {
  /// A table: an optional caption, columns (text or numeric) and rows of cells.
  public struct Table: Sendable, Hashable {
    /// One column's header and alignment: numeric columns are right-aligned with tabular
    /// figures.
    public typealias Column = HTMLTable.Column

    /// Shown above the table (bold in Markdown).
    public var caption: String?
    public var columns: [Column]
    /// Cells as plain text (not parsed for `**`); missing cells are empty.
    public var rows: [[String]]
    /// A class for the HTML table's wrapper, for the page's styles: `sources` sets the last
    /// column in a monospace font that may break anywhere (for SHA-256 digests). Markdown
    /// ignores it.
    public var htmlClass: String?

    /// A table of `rows` under `columns`.
    public init(
      caption: String? = nil, columns: [Column], rows: [[String]] = [], htmlClass: String? = nil
    ) {
      self.caption = caption
      self.columns = columns
      self.rows = rows
      self.htmlClass = htmlClass
    }
  }

  /// An SVG chart with a caption.
  public struct Figure: Sendable, Hashable {
    /// The file stem of the Markdown's SVG file (`name.svg`): ASCII letters, digits and
    /// `-` only; other characters are replaced by `-` in ``fileName``.
    public var name: String
    /// The chart, an `<svg>` element (from ``HistogramChart``, ``LineChart`` and the like).
    public var svg: String
    /// What the chart shows, in a sentence or two.
    public var caption: String

    /// A figure `name` showing `svg`, captioned `caption`.
    public init(name: String, svg: String, caption: String) {
      self.name = name
      self.svg = svg
      self.caption = caption
    }

    /// `name.svg`, with any character other than ASCII letters, digits and `-` replaced by `-`.
    public var fileName: String {
      let safe = name.unicodeScalars.map { scalar -> Character in
        scalar.isASCII
          && (Character(scalar).isLetter || Character(scalar).isNumber || scalar == "-")
          ? Character(scalar) : "-"
      }
      return String(safe.isEmpty ? ["f"] : safe) + ".svg"
    }
  }

  /// A term and its description (for settings and provenance).
  public struct Definition: Sendable, Hashable {
    public var term: String
    public var description: String

    /// `term`: `description`.
    public init(_ term: String, _ description: String) {
      self.term = term
      self.description = description
    }
  }

  /// One block of the document, in reading order.
  public enum Block: Sendable, Hashable {
    /// A section heading (`##` / `<h2>`).
    case heading(String)
    /// A subsection heading (`###` / `<h3>`).
    case subheading(String)
    /// A paragraph; `**…**` marks strong emphasis.
    case paragraph(String)
    /// A bulleted list; `**…**` marks strong emphasis in each item.
    case bullets([String])
    /// A boxed section with a heading and a bulleted list, for the headline findings.
    case highlights(title: String, items: [String])
    case table(Table)
    case figure(Figure)
    /// Terms and descriptions (a definition list in HTML, a bulleted list in Markdown).
    case definitions([Definition])
    /// Preformatted text, such as a command line to reproduce the figures.
    case code(String)
  }

  /// The document's title (`#` / `<h1>`).
  public var title: String
  /// A short line above the title, such as `UN General Assembly · scenario analysis`.
  public var kicker: String?
  /// A lead paragraph under the title; also the HTML page's description.
  public var standfirst: String?
  /// The body, in reading order.
  public var blocks: [Block]

  /// A document titled `title`.
  public init(
    title: String, kicker: String? = nil, standfirst: String? = nil, blocks: [Block] = []
  ) {
    self.title = title
    self.kicker = kicker
    self.standfirst = standfirst
    self.blocks = blocks
  }

  /// Appends a block.
  public mutating func append(_ block: Block) {
    blocks.append(block)
  }

  /// Appends several blocks.
  public mutating func append(contentsOf blocks: [Block]) {
    self.blocks += blocks
  }

  /// Every figure's SVG file, for the caller to write next to the Markdown file.
  public var figureFiles: [(fileName: String, svg: String)] {
    blocks.compactMap { block in
      guard case .figure(let figure) = block else { return nil }
      return (figure.fileName, figure.svg)
    }
  }

  /// Every file of the document, for the caller to write into one folder: `name.md`,
  /// `name.html`, then the figures' SVG files that the Markdown links to.
  public func files(named name: String) -> [(fileName: String, contents: String)] {
    [(name + ".md", markdown()), (name + ".html", html())]
      + figureFiles.map { ($0.fileName, $0.svg) }
  }

  // MARK: Markdown

  /// The document as GitHub-flavoured Markdown, ending in a newline.
  /// - Complexity: O(characters).
  public func markdown() -> String {
    var parts: [String] = []
    if let kicker { parts.append("*\(MarkdownReport.escape(kicker))*") }
    parts.append("# " + Self.markdownInline(title))
    if let standfirst { parts.append(Self.markdownInline(standfirst)) }
    for block in blocks { parts.append(Self.markdown(block)) }
    return parts.joined(separator: "\n\n") + "\n"
  }

  private static func markdown(_ block: Block) -> String {
    switch block {
    case .heading(let text):
      return "## " + markdownInline(text)
    case .subheading(let text):
      return "### " + markdownInline(text)
    case .paragraph(let text):
      return markdownInline(text)
    case .bullets(let items):
      return items.map { "- " + markdownInline($0) }.joined(separator: "\n")
    case .highlights(let title, let items):
      return "## " + markdownInline(title) + "\n\n"
        + items.map { "- " + markdownInline($0) }.joined(separator: "\n")
    case .table(let table):
      let markdown = MarkdownTable(
        columns: table.columns.map {
          MarkdownTable.Column($0.header, alignment: $0.isNumeric ? .right : .left)
        },
        rows: table.rows)
      let rendered = MarkdownReport.rendered(markdown)
      guard let caption = table.caption else { return rendered }
      return "**\(MarkdownReport.escape(caption))**\n\n" + rendered
    case .figure(let figure):
      return "![\(MarkdownReport.escape(figure.caption))](\(figure.fileName))\n\n"
        + "*\(MarkdownReport.escape(figure.caption))*"
    case .definitions(let definitions):
      return definitions.map {
        "- **\(MarkdownReport.escape($0.term))**: \(MarkdownReport.escape($0.description))"
      }.joined(separator: "\n")
    case .code(let text):
      let fence = text.contains("```") ? "~~~~" : "```"
      return fence + "\n" + text + "\n" + fence
    }
  }

  /// Escaped Markdown text with `**…**` kept as strong emphasis.
  static func markdownInline(_ text: String) -> String {
    spans(text).map { span in
      let escaped = MarkdownReport.escape(span.text)
      return span.isStrong ? "**\(escaped)**" : escaped
    }.joined()
  }

  // MARK: HTML

  /// The document as one self-contained HTML page (inline CSS and SVG, no scripts).
  /// - Complexity: O(characters).
  public func html() -> String {
    var body = ""
    if let kicker { body += HTML.element("p", kicker, class: "kicker") + "\n" }
    body += HTML.wrap("h1", Self.htmlInline(title)) + "\n"
    if let standfirst { body += HTML.wrap("p", Self.htmlInline(standfirst), class: "standfirst") }
    body += "\n"
    for block in blocks { body += Self.html(block) }
    return HTMLPage(
      title: Self.spans(title).map(\.text).joined(), body: body,
      summary: standfirst.map { Self.spans($0).map(\.text).joined() },
      extraStyle: Self.style
    ).render()
  }

  private static func html(_ block: Block) -> String {
    switch block {
    case .heading(let text):
      return HTML.wrap("h2", htmlInline(text)) + "\n"
    case .subheading(let text):
      return HTML.wrap("h3", htmlInline(text)) + "\n"
    case .paragraph(let text):
      return HTML.wrap("p", htmlInline(text)) + "\n"
    case .bullets(let items):
      return htmlList(items)
    case .highlights(let title, let items):
      return "<section class=\"answer\">\n" + HTML.wrap("h2", htmlInline(title)) + "\n"
        + htmlList(items) + "</section>\n"
    case .table(let table):
      let html = HTMLTable(
        caption: table.caption,
        columns: table.columns,
        rows: table.rows.map { $0.map(HTMLReport.prose) }, firstColumnIsRowHeader: true)
      let classes = ["table-wrap"] + (table.htmlClass.map { [$0] } ?? [])
      return "<div class=\"\(HTML.escapeAttribute(classes.joined(separator: " ")))\">\n"
        + html.render() + "</div>\n"
    case .figure(let figure):
      return HTML.figure(svg: figure.svg, caption: HTMLReport.prose(figure.caption))
    case .definitions(let definitions):
      return HTML.definitionList(definitions.map { ($0.term, HTMLReport.prose($0.description)) })
    case .code(let text):
      return HTML.wrap("pre", HTML.element("code", text)) + "\n"
    }
  }

  private static func htmlList(_ items: [String]) -> String {
    "<ul>\n" + items.map { HTML.wrap("li", htmlInline($0)) + "\n" }.joined() + "</ul>\n"
  }

  /// Escaped HTML text with `**…**` as `<strong>`, and no line break before `%` or `pp`.
  static func htmlInline(_ text: String) -> String {
    spans(text).map { span in
      let escaped = HTML.escape(HTMLReport.prose(span.text))
      return span.isStrong ? "<strong>\(escaped)</strong>" : escaped
    }.joined()
  }

  /// The page's styles beyond ``HTMLPage/stylesheet``: the summary report's (kicker and
  /// the boxed answer) and a lead paragraph.
  static let style =
    HTMLReport.style + "\n"
      + """
      .standfirst { font-size: 1.1rem; color: var(--muted); max-width: 46rem; }
      .table-wrap tbody th { white-space: nowrap; }
      """

  // MARK: Inline emphasis

  /// The runs of `text` between `**` markers; an unmatched final marker stays literal.
  static func spans(_ text: String) -> [(text: String, isStrong: Bool)] {
    let parts = text.components(separatedBy: "**")
    var spans: [(text: String, isStrong: Bool)] = []
    for (index, part) in parts.enumerated() {
      let isStrong = index % 2 == 1
      if isStrong, index == parts.count - 1 {
        // An odd number of markers: the last one opens nothing.
        spans.append(("**" + part, false))
      } else if !part.isEmpty {
        spans.append((part, isStrong))
      }
    }
    return spans
  }
}
