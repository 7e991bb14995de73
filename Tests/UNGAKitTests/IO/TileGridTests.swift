import Foundation
import Testing
import UNGAKit

@Suite struct TileGridTests {
  static func shipped() throws -> TileGrid {
    try TileGrid.load(
      sources: (ShippedData.directory as NSString).appendingPathComponent("sources"))
  }

  /// The map draws all 193 members: each has exactly one tile, and no two share a cell.
  @Test func everyCurrentMemberHasExactlyOneTile() throws {
    let grid = try Self.shipped()
    let members = try ShippedData.loaded().dataset.states.filter(\.isCurrentMember)
    #expect(members.count == 193)
    for member in members {
      #expect(grid.positions[member.code] != nil, "\(member.code.rawValue) has no tile")
    }
    let cells = members.compactMap { grid.positions[$0.code] }
    #expect(Set(cells).count == members.count)
    #expect(cells.map(\.column).min() == 0 && cells.map(\.row).min() == 0)
  }

  @Test func theAdditionsSitBesideTheirNeighbours() throws {
    let grid = try Self.shipped()
    func distance(_ a: String, _ b: String) throws -> Int {
      let p = try #require(grid.positions[MemberState.Code(rawValue: a)])
      let q = try #require(grid.positions[MemberState.Code(rawValue: b)])
      return max(abs(p.column - q.column), abs(p.row - q.row))
    }
    #expect(try distance("AND", "FRA") == 1)
    #expect(try distance("AND", "ESP") == 1)
    #expect(try distance("MCO", "ITA") == 1)
    #expect(try distance("SMR", "ITA") == 1)
    #expect(try distance("LIE", "CHE") <= 2)
  }

  @Test func twoCodesOnOneCellAreAnError() throws {
    let grid = try CSVDocument(text: "alpha.3,x,y\nFRA,1,-1\nDEU,2,-1\n", file: "grid.csv")
    let additions = try CSVDocument(text: "code,x,y,note\nMCO,2,-1,here\n", file: "add.csv")
    #expect(throws: ImportError.self) { try TileGrid.parse(grid: grid, additions: additions) }
    let fine = try TileGrid.parse(grid: grid, additions: nil)
    #expect(fine.positions[MemberState.Code(rawValue: "DEU")] == .init(column: 1, row: 0))
  }

  @Test func aBadRowNamesItsLine() throws {
    let grid = try CSVDocument(text: "alpha.3,x,y\nFRA,1,-1\nDEU,two,-1\n", file: "grid.csv")
    do {
      _ = try TileGrid.parse(grid: grid, additions: nil)
      Issue.record("expected an error")
    } catch {
      #expect("\(error)".contains("grid.csv"))
      #expect("\(error)".contains("3"))
    }
  }
}
