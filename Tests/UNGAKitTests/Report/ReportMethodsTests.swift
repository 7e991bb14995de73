import Foundation
import Testing
import UNGAKit

/// The methods text that reports and analyses share.
@Suite struct ReportMethodsTests {
  @Test func saysWhereTheReferenceVotesAreListed() throws {
    let report = try #require(ReportFixture.shared)
    let standard = ReportMethods.sections(report)
    let moved = ReportMethods.sections(report, referenceList: "below")
    #expect(standard.map(\.title) == moved.map(\.title))
    let first = try #require(standard.first?.paragraphs.first)
    let relocated = try #require(moved.first?.paragraphs.first)
    #expect(first.contains("(listed under \u{201C}Run\u{201D})"))
    #expect(relocated.contains("(listed below)"))
    #expect(first.replacingOccurrences(of: "under \u{201C}Run\u{201D}", with: "below") == relocated)
  }

  /// A draft without a series of its own says so and quotes the parameters fitted for such
  /// drafts.
  @Test func namesTagReferencesAndTheirParameters() throws {
    var report = try #require(ReportFixture.shared)
    var other = report.model.parameters.baseline
    other.halfLife = 37
    report.model.parameters.withoutSeries = other
    let series = try #require(ReportMethods.sections(report).first?.paragraphs.first)
    #expect(series.contains("of the same series"))
    #expect(!series.contains("37 years"))
    report.model.tagReferences = true
    let tags = try #require(ReportMethods.sections(report).first?.paragraphs.first)
    #expect(tags.contains("share an issue tag with the draft"))
    #expect(tags.contains("every 37 years (the parameters fitted on drafts without a series"))
    #expect(ReportWording.parameters(report.model).contains("half-life 37 years"))
  }

  @Test func splitsTheRunInHeading() {
    let parts = ReportMethods.split("Backers. When a state backs the draft")
    #expect(parts.lead == "Backers.")
    #expect(parts.text == "When a state backs the draft")
    #expect(ReportMethods.split("No heading here").lead == nil)
  }
}
