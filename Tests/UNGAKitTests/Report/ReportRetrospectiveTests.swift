import ChartTesting
import Foundation
import Testing

@testable import UNGAKit

/// A replayed roll call in every format: marked as a retrospective, the recorded tally beside
/// the prediction, the scores, and each member's vote beside its probabilities.
@Suite struct ReportRetrospectiveTests {
  static func report() throws -> Report {
    let dataset = RetrospectiveTests.dataset()
    let result = try Simulator.run(
      dataset: dataset, draft: "A/RES/R4", options: RetrospectiveTests.options)
    return Report(
      result: result, dataset: dataset, sources: [], parameterOrigin: .defaults,
      command: "unga simulate --draft A/RES/R4 --exact", toolVersion: "test")
  }

  @Test func textOpensWithTheRetrospective() throws {
    let text = ReportRenderer.render(try Self.report(), format: .text)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[1].hasPrefix("Roll call of 1 June 2020 · session 74"))
    let section = try #require(lines.firstIndex(of: "RETROSPECTIVE: THE RECORDED VOTE"))
    #expect(section < (lines.firstIndex(of: "IN SHORT") ?? 0))
    let recorded = try #require(lines.first { $0.hasPrefix("Recorded ") })
    #expect(recorded.split(separator: " ") == ["Recorded", "2", "1", "0", "1", "adopted"])
    #expect(lines.contains { $0.hasPrefix("Predicted ") && $0.hasSuffix("P(adopted) > 99.9 %") })
    #expect(text.contains("• Most likely vote right for 2 of the 3 members that voted (66.7 %),"))
    #expect(text.contains("Leaving out the 1 recorded sponsors, "))
    #expect(text.contains("• 1 member did not vote: not scored"))
    #expect(text.contains("\nMissed:\n  Most likely yes, voted no (1): State CCC\n"))
  }

  @Test func markdownAndHTMLShowEachMembersVote() throws {
    let report = try Self.report()
    let markdown = ReportRenderer.render(report, format: .markdown)
    #expect(markdown.contains("\n## Retrospective: the recorded vote\n"))
    // Table rows as their trimmed cells.
    let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") }.map {
      $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    }
    #expect(rows.contains { $0.prefix(5) == ["State", "Code", "Group", "Voted", "1 yes"] })
    #expect(rows.contains { $0.prefix(4) == ["State CCC", "CCC", "WEOG", "no"] })
    #expect(rows.contains { $0.prefix(4) == ["State DDD", "DDD", "WEOG", "absent"] })
    #expect(rows.contains { $0.prefix(6) == ["Recorded", "2", "1", "0", "1", "adopted"] })
    #expect(markdown.contains("**Missed:**\n\n- Most likely yes, voted no (1): State CCC\n"))

    let html = ReportRenderer.render(report, format: .html)
    #expect(ParsedXML(html).error == nil)
    #expect(html.contains("recorded vote replayed (retrospective)"))
    #expect(html.contains("<h2>Retrospective: the recorded vote</h2>"))
    #expect(html.contains("<th scope=\"col\" rowspan=\"2\">Voted</th>"))
    #expect(html.contains("<td>CCC</td><td>no</td>"))
    // A draft's report has neither.
    let draft = try #require(ReportFixture.shared)
    let plain = ReportRenderer.render(draft, format: .html)
    #expect(!plain.contains("Retrospective") && !plain.contains(">Voted<"))
  }

  @Test func csvAndJSONCarryTheRecord() throws {
    let report = try Self.report()
    let csv = ReportRenderer.render(report, format: .csv).split(separator: "\n")
    #expect(csv[0] == "scenario,state,name,group,p_yes,p_abstain,p_no,p_non_voting,recorded_vote")
    #expect(
      csv.filter { $0.hasPrefix("as recorded,") }.map { $0.split(separator: ",").last } == [
        "yes", "yes", "no", "non-voting",
      ])
    let json = ReportRenderer.render(report, format: .json)
    let decoded = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
    #expect(decoded.retrospective == report.retrospective)
    #expect(json.contains("\"retrospective\" : {"))
    let draft = try #require(ReportFixture.shared)
    #expect(!ReportRenderer.render(draft, format: .json).contains("\"retrospective\""))
    #expect(!ReportRenderer.render(draft, format: .csv).contains("recorded_vote"))
  }
}
