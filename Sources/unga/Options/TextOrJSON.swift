/// The output formats of a command that prints a page for people or the
/// same content as JSON for programs.
enum TextOrJSON: String, CaseIterable, OutputFormat {
  case text
  case json
  static var standard: TextOrJSON { .text }
}
