import Charts

/// Small builders for HTML fragments; every function escapes the text it is given and
/// returns markup ready to place in an ``HTMLPage`` body.
public enum HTML {
  /// `text` safe as element content.
  public static func escape(_ text: String) -> String {
    XMLEscaping.text(text)
  }

  /// `text` safe inside a double-quoted attribute value.
  public static func escapeAttribute(_ text: String) -> String {
    XMLEscaping.attribute(text)
  }

  /// `<name class="…">text</name>` with `text` escaped; `name` must be a literal tag name.
  public static func element(_ name: String, _ text: String, class className: String? = nil)
    -> String
  {
    wrap(name, escape(text), class: className)
  }

  /// `<name class="…">markup</name>` around markup that is already safe (built by these
  /// helpers); `name` must be a literal tag name.
  public static func wrap(_ name: String, _ markup: String, class className: String? = nil)
    -> String
  {
    let classAttribute = className.map { " class=\"\(escapeAttribute($0))\"" } ?? ""
    return "<\(name)\(classAttribute)>\(markup)</\(name)>"
  }

  /// A figure holding an inline SVG chart and a caption under it; `class` names a CSS class
  /// of the figure.
  public static func figure(svg: String, class extra: String? = nil, caption: String? = nil)
    -> String
  {
    let captionMarkup = caption.map { "\n<figcaption>\(escape($0))</figcaption>" } ?? ""
    let open = extra.map { "<figure class=\"\(escapeAttribute($0))\">" } ?? "<figure>"
    return "\(open)\n\(svg)\(captionMarkup)\n</figure>\n"
  }

  /// A definition list of label–value pairs, for run parameters and data sources.
  public static func definitionList(_ items: [(term: String, description: String)]) -> String {
    let entries = items.map { "<dt>\(escape($0.term))</dt><dd>\(escape($0.description))</dd>" }
    return "<dl>\n" + entries.joined(separator: "\n") + "\n</dl>\n"
  }
}
