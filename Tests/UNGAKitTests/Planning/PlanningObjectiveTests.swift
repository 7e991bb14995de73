import Foundation
import Testing
import UNGAKit

@Suite struct PlanningObjectiveTests {
  @Test(arguments: [
    ("adoption", PlanningObjective.adoption), ("YES", .yes), ("threshold:120", .threshold(120)),
    ("threshold=97", .threshold(97)),
  ])
  func parses(text: String, objective: PlanningObjective) throws {
    #expect(try PlanningObjective(parsing: text) == objective)
    #expect(try PlanningObjective(parsing: objective.description) == objective)
  }

  @Test(arguments: ["", "maybe", "threshold", "threshold:", "threshold:x", "yes:3"])
  func rejects(text: String) {
    #expect(throws: PlanningError.invalidObjective(text: text)) {
      try PlanningObjective(parsing: text)
    }
  }

  @Test func encodesAsText() throws {
    let data = try JSONEncoder().encode([PlanningObjective.threshold(120), .adoption])
    #expect(String(decoding: data, as: UTF8.self) == #"["threshold:120","adoption"]"#)
    #expect(
      try JSONDecoder().decode([PlanningObjective].self, from: data) == [
        .threshold(120), .adoption,
      ])
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode([PlanningObjective].self, from: Data(#"["most"]"#.utf8))
    }
  }

  @Test func validatesThresholds() throws {
    try PlanningObjective.threshold(0).validate(members: 193)
    try PlanningObjective.threshold(193).validate(members: 193)
    #expect(throws: PlanningError.invalidThreshold(value: 194, members: 193)) {
      try PlanningObjective.threshold(194).validate(members: 193)
    }
    #expect(throws: PlanningError.invalidThreshold(value: -1, members: 193)) {
      try PlanningObjective.threshold(-1).validate(members: 193)
    }
  }

  @Test func goalsParse() throws {
    #expect(
      try RecruitGoal(parsing: "adoption>=0.95") == RecruitGoal(objective: .adoption, target: 0.95))
    #expect(try RecruitGoal(parsing: "yes ≥ 120") == RecruitGoal(objective: .yes, target: 120))
    let threshold = try RecruitGoal(parsing: "threshold:100>=0.9")
    #expect(threshold == RecruitGoal(objective: .threshold(100), target: 0.9))
    #expect(threshold.description == "threshold:100>=0.9")
    #expect(RecruitGoal(objective: .yes, target: 120).description == "yes>=120")
    #expect(throws: PlanningError.self) { try RecruitGoal(parsing: "adoption>0.9") }
    #expect(throws: PlanningError.self) { try RecruitGoal(parsing: "yes>=many") }
    #expect(throws: PlanningError.invalidObjective(text: "most")) {
      try RecruitGoal(parsing: "most>=3")
    }
    #expect(throws: PlanningError.self) {
      try RecruitGoal(objective: .adoption, target: 0).validate(members: 193)
    }
    try RecruitGoal(objective: .adoption, target: 1).validate(members: 193)
    try RecruitGoal(objective: .yes, target: 193).validate(members: 193)
  }

  @Test func candidateListsParse() throws {
    #expect(try CandidateSelection(parsing: "all") == .nonBackers)
    #expect(try CandidateSelection(parsing: "group:WEOG") == .group(.westernEuropeanAndOthers))
    #expect(try CandidateSelection(parsing: "group:african") == .group(.african))
    #expect(try CandidateSelection(parsing: "fra, deu") == .states(["FRA", "DEU"]))
    #expect(CandidateSelection.group(.asiaPacific).description == "group:APG")
    let error = #expect(throws: PlanningError.self) {
      try CandidateSelection(parsing: "group:Nowhere")
    }
    #expect(error?.description.contains("Nowhere") == true)
    #expect(throws: PlanningError.self) { try CandidateSelection(parsing: "F/R") }
  }
}
