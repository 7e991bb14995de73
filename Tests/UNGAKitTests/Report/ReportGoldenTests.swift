import Foundation
import Testing
import UNGAKit

/// The text, Markdown and JSON of the fixture's report, byte for byte. The
/// files are under `Fixtures/golden`; regenerate with `UPDATE_GOLDEN=1` and
/// read the change before committing it.
@Suite struct ReportGoldenTests {
  @Test(arguments: [
    (ReportFormat.text, "report.txt"), (.markdown, "report.md"), (.json, "report.json"),
  ])
  func matchesTheGoldenFile(format: ReportFormat, file: String) throws {
    let report = try ReportFixture.report()
    try ReportFixture.expectGolden(ReportRenderer.render(report, format: format), file)
  }
}
