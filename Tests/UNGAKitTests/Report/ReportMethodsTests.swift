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

  @Test func splitsTheRunInHeading() {
    let parts = ReportMethods.split("Backers. When a state backs the draft")
    #expect(parts.lead == "Backers.")
    #expect(parts.text == "When a state backs the draft")
    #expect(ReportMethods.split("No heading here").lead == nil)
  }
}
