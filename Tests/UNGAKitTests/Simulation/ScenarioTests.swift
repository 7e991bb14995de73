import Testing
import UNGAKit

@Suite struct ScenarioTests {
  @Test func parsesNamedScenarios() throws {
    let scenario = try Scenario(parsing: "US push: +USA ~fra, -RUS")
    #expect(scenario.name == "US push")
    #expect(
      scenario.changes == [
        .init(state: "USA", stance: .coSponsor), .init(state: "FRA", stance: .neutral),
        .init(state: "RUS", stance: .oppose),
      ])
    #expect(scenario.description == "US push: +USA ~FRA -RUS")
    #expect(try Scenario(parsing: scenario.description) == scenario)
  }

  @Test func aScenarioWithoutNameIsNamedByItsChanges() throws {
    let scenario = try Scenario(parsing: "+USA -RUS")
    #expect(scenario.name == "+USA -RUS")
    #expect(scenario.changes.count == 2)
  }

  @Test(arguments: ["NAME: USA", ": +USA", "X: +", "X:", "X: +U$A"])
  func rejectsMalformedTexts(text: String) {
    #expect(throws: SimulationError.self) { try Scenario(parsing: text) }
  }

  @Test func rejectsTwoStancesForOneState() {
    #expect(throws: SimulationError.conflictingStance(code: "USA", scenario: "X")) {
      try Scenario(parsing: "X: +USA -usa")
    }
  }

  @Test func flagHelpersNameTheirScenarios() throws {
    let codes = try Scenario.codes(from: "usa,GBR")
    #expect(codes == ["USA", "GBR"])
    #expect(Scenario(stance: .coSponsor, states: codes).name == "with USA, GBR")
    #expect(Scenario(stance: .neutral, states: ["USA"]).name == "without USA")
    #expect(Scenario(stance: .abstain, states: ["USA"]).name == "USA abstaining")
    let abstaining = try Scenario(parsing: "quiet: =USA +GBR")
    #expect(abstaining.changes.map(\.stance) == [.abstain, .coSponsor])
    #expect(abstaining.description == "quiet: =USA +GBR")
    #expect(Scenario(stance: .oppose, states: ["USA"]).name == "USA opposing")
    #expect(throws: SimulationError.self) { try Scenario.codes(from: " , ") }
  }

  @Test func resolvesCodesAgainstADataset() throws {
    let dataset = TestAssembly.dataset(
      states: [
        TestAssembly.state("USA", .westernEuropeanAndOthers),
        TestAssembly.state("NEW", .african, admitted: "2030-01-01"),
      ], calls: [])
    let day = TestAssembly.date("2025-01-01")
    let resolved = try Scenario(parsing: "X: +US +usa").resolved(in: dataset, date: day)
    #expect(throws: SimulationError.conflictingStance(code: "USA", scenario: "X")) {
      try Scenario(parsing: "X: +US -usa").resolved(in: dataset, date: day)
    }
    #expect(resolved.changes == [.init(state: "USA", stance: .coSponsor)])
    let unknown = #expect(throws: SimulationError.self) {
      try Scenario(parsing: "X: +ZZZ").resolved(in: dataset, date: day)
    }
    #expect(unknown?.description.contains("'ZZZ'") == true)
    #expect(throws: SimulationError.notAMember(code: "NEW", date: day, context: "scenario 'X'")) {
      try Scenario(parsing: "X: +NEW").resolved(in: dataset, date: day)
    }
  }
}
