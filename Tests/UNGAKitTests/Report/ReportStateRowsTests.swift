import Testing

@testable import UNGAKit

@Suite struct ReportStateRowsTests {
  @Test func membersGoByGroupThenNameIgnoringAccentsAndCountingNumbers() throws {
    var report = try #require(ReportFixture.shared)
    let names = [
      "Cuba", "Côte d’Ivoire", "Croatia", "State 10", "State 9", "état", "Zambia", "Éire",
    ]
    for index in report.scenarios.indices {
      for (position, name) in names.enumerated() {
        report.scenarios[index].states[position].name = name
        report.scenarios[index].states[position].group = .african
      }
    }
    let rows = ReportStateRows.rows(report)
    #expect(rows.count == report.run.members)
    let groups = rows.map(\.group)
    let order = RegionalGroup.allCases
    #expect(
      zip(groups, groups.dropFirst()).allSatisfy {
        order.firstIndex(of: $0)! <= order.firstIndex(of: $1)!
      })
    let african = rows.filter { $0.group == .african }.map(\.name)
    let expected = ["Côte d’Ivoire", "Croatia", "Cuba", "Éire", "état"]
    #expect(Array(african.filter(expected.contains)) == expected)
    let numbered = african.filter { $0.hasPrefix("State ") }
    #expect(numbered.firstIndex(of: "State 9")! < numbered.firstIndex(of: "State 10")!)
  }

  @Test func cellsFollowTheScenarios() throws {
    let report = try #require(ReportFixture.shared)
    for row in ReportStateRows.rows(report) {
      #expect(row.cells.count == report.scenarios.count)
      for (cell, scenario) in zip(row.cells, report.scenarios) {
        let state = try #require(scenario.states.first { $0.state == row.code })
        #expect(cell.yes == ReportFigures.statePercent(state.pYes))
        #expect(cell.nonVoting == ReportFigures.statePercent(state.pNonVoting))
      }
    }
  }
}
