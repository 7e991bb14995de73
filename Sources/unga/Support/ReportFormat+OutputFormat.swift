import UNGAKit

extension ReportFormat: OutputFormat {
  static var standard: ReportFormat { .text }
  var argumentDescription: String { rawValue }
}
