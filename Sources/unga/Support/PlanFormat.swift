/// The formats of `unga recruit` and `unga sweep`.
enum PlanFormat: String, CaseIterable, OutputFormat {
  case text
  case markdown
  case json
  static var standard: PlanFormat { .text }
}
