/// A complete, self-contained HTML page: inline CSS, no scripts, nothing fetched from the
/// network, readable on a laptop screen and on paper.
///
/// The page is also well-formed XML (void elements are self-closed, only XML's own
/// entities are used), so tests can parse it whole with an XML parser. A
/// Content-Security-Policy forbids scripts and every remote load, so the promise holds even
/// if a caller's markup slips.
public struct HTMLPage: Sendable, Hashable {
  /// The document title, shown in the browser tab and as the default print header.
  public var title: String
  /// The BCP 47 language of the text, `en` by default.
  public var language: String
  /// The body markup, already escaped (built with ``HTML``, ``HTMLTable`` and the charts).
  public var body: String
  /// A one-sentence summary for the `description` meta element.
  public var summary: String?
  /// Extra CSS appended after ``stylesheet``; code, not data: it is written as is and must
  /// not contain `<`, `&` or `</style>`.
  public var extraStyle: String

  /// A page titled `title` around `body`.
  public init(
    title: String, body: String, summary: String? = nil, language: String = "en",
    extraStyle: String = ""
  ) {
    self.title = title
    self.body = body
    self.summary = summary
    self.language = language
    self.extraStyle = extraStyle
  }

  /// The whole document.
  public func render() -> String {
    var head = """
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta http-equiv="Content-Security-Policy" \
      content="default-src 'none'; style-src 'unsafe-inline'; img-src data:" />
      <title>\(HTML.escape(title))</title>

      """
    if let summary {
      head += "<meta name=\"description\" content=\"\(HTML.escapeAttribute(summary))\" />\n"
    }
    let style = Self.stylesheet + (extraStyle.isEmpty ? "" : "\n" + extraStyle)
    return """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml" lang="\(HTML.escapeAttribute(language))">
      <head>
      \(head)<style>
      \(style)
      </style>
      </head>
      <body>
      <main>
      \(body)
      </main>
      </body>
      </html>

      """
  }

  /// The page's stylesheet: system fonts, a readable measure, quiet tables with tabular
  /// figures (class `num` right-aligns), fluid SVG figures, and print rules that keep
  /// tables, figures and headings from splitting across pages.
  public static let stylesheet = """
    :root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --rule: #d4d4d4; }
    *, *::before, *::after { box-sizing: border-box; }
    html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", \
    "Liberation Sans", Arial, sans-serif; line-height: 1.5; color: var(--ink); \
    background: #fff; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body { margin: 0; }
    main { max-width: 62rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
    h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 0.5rem; }
    h2 { font-size: 1.25rem; line-height: 1.3; margin: 2.2rem 0 0.6rem; \
    padding-bottom: 0.2rem; border-bottom: 1px solid var(--rule); }
    h3 { font-size: 1.05rem; margin: 1.6rem 0 0.4rem; }
    p, ul, ol { max-width: 46rem; }
    .muted, figcaption { color: var(--muted); }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; margin: 1rem 0; font-size: 0.9rem; \
    font-variant-numeric: tabular-nums; }
    caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: 0.4rem; }
    th, td { padding: 0.3rem 0.6rem; border-bottom: 1px solid var(--rule); text-align: left; \
    vertical-align: baseline; }
    thead th { border-bottom: 2px solid var(--ink); font-weight: 600; vertical-align: bottom; }
    tbody th { font-weight: normal; }
    .num { text-align: right; white-space: nowrap; }
    figure { margin: 1.5rem 0; }
    figure svg { display: block; width: 100%; max-width: 48rem; height: auto; }
    figcaption { font-size: 0.9rem; margin-top: 0.4rem; max-width: 46rem; }
    @media screen and (max-width: 40rem) {
      main { padding: 1rem 0.75rem 2rem; }
      figure { overflow-x: auto; }
      figure svg { width: auto; max-width: none; }
    }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
    dt { font-weight: 600; }
    dd { margin: 0; overflow-wrap: anywhere; }
    code, kbd, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, \
    "Liberation Mono", monospace; font-size: 0.9em; }
    @media print {
      @page { margin: 15mm; }
      html { font-size: 10pt; }
      main { max-width: none; padding: 0; }
      h2, h3 { break-after: avoid; page-break-after: avoid; }
      table, figure, dl { break-inside: avoid; page-break-inside: avoid; }
      thead { display: table-header-group; }
      tr { break-inside: avoid; page-break-inside: avoid; }
      .table-wrap { overflow: visible; }
      a { color: inherit; text-decoration: none; }
    }
    """
}
