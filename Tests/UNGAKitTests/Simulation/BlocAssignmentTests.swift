import Testing
import UNGAKit

@Suite struct BlocAssignmentTests {
  static let dataset = TestAssembly.dataset(
    states: [
      TestAssembly.state("FRA", .westernEuropeanAndOthers),
      TestAssembly.state("POL", .easternEuropean),
      TestAssembly.state("USA", .westernEuropeanAndOthers),
      TestAssembly.state("KEN", .african),
    ], calls: [])

  static func document(_ text: String) throws -> CSVDocument {
    try CSVDocument(bytes: Array(text.utf8), file: "blocs.csv")
  }

  @Test func readsBlocsAndKeepsUnlistedStatesInTheirGroup() throws {
    let blocs = try BlocAssignment(
      csv: Self.document("bloc,state\nEU,fr\nEU,POL\n"), dataset: Self.dataset)
    #expect(blocs == .custom(["FRA": "EU", "POL": "EU"]))
    let assignment = blocs.blocs(of: Self.dataset.states)
    #expect(assignment.names == ["African", "EU", "Western European and Others"])
    // States in code order: FRA, KEN, POL, USA.
    #expect(assignment.bloc == [1, 0, 1, 2])
  }

  @Test func defaultBlocsAreRegionalGroups() {
    let assignment = BlocAssignment.regionalGroups.blocs(of: Self.dataset.states)
    #expect(assignment.names.count == 3)
    #expect(assignment.bloc[0] == assignment.bloc[3])
  }

  @Test(arguments: [
    ("state,bloc\nZZZ,EU\n", 2, 1), ("state,group\nFRA,EU\n", 1, nil),
    ("state,bloc\nFRA,EU\nFRA,NATO\n", 3, 5), ("bloc,state\nEU,ZZZ\n", 2, 4),
    ("state,bloc\nFRA,\n", 2, 5), ("state,bloc\nFRA\n", 2, nil),
  ])
  func reportsBadRowsWithTheirLineAndColumn(text: String, line: Int, column: Int?) throws {
    let error = #expect(throws: CSVError.self) {
      try BlocAssignment(csv: Self.document(text), dataset: Self.dataset)
    }
    #expect(error?.line == line)
    #expect(error?.column == column)
    #expect(error?.file == "blocs.csv")
  }
}
