import Foundation

/// Where each member state sits on a tile-grid map: one equal square per state, placed
/// roughly geographically (the World Tile Grid of Schwabish, Lambrechts and Rudis, MIT
/// licence, with the four members it lacks added; see `datasets/README.md`).
///
/// Positions are normalised: column 0 is the westernmost, row 0 the northernmost used by
/// any tile. Places that are not states in the data (Antarctica, Greenland, Kosovo) may be
/// listed; a map keeps the tiles of the states it draws.
public struct TileGrid: Sendable, Hashable {
  /// A cell of the grid.
  public struct Position: Sendable, Hashable {
    /// 0 or more, growing eastwards.
    public var column: Int
    /// 0 or more, growing southwards.
    public var row: Int

    /// The cell at `column`, `row`.
    public init(column: Int, row: Int) {
      self.column = column
      self.row = row
    }
  }

  /// The position of each listed code (ISO 3166-1 alpha-3).
  public var positions: [MemberState.Code: Position]

  /// The grid file inside `datasets/sources/`, as published (columns `alpha.3`, `x`, `y`;
  /// `y` grows northwards).
  public static let gridFileName = "world-tile-grid.csv"
  /// The curated additions beside it (columns `code`, `x`, `y`, `note`, same axes).
  public static let additionsFileName = "tile-grid-additions.csv"

  /// A grid of `positions`.
  public init(positions: [MemberState.Code: Position]) {
    self.positions = positions
  }

  /// Reads the grid and its additions from a `sources` folder.
  /// - Throws: `ImportError` when a file is unreadable or malformed, a row invalid, a code
  ///   listed twice, or two codes share a cell.
  public static func load(sources directory: String) throws(ImportError) -> TileGrid {
    let folder = directory as NSString
    let grid = try SourceTable(path: folder.appendingPathComponent(gridFileName)).document
    let additionsPath = folder.appendingPathComponent(additionsFileName)
    let additions =
      FileManager.default.fileExists(atPath: additionsPath)
      ? try SourceTable(path: additionsPath).document : nil
    return try parse(grid: grid, additions: additions)
  }

  /// Reads the grid and its additions from parsed documents; see `load(sources:)`.
  public static func parse(grid: CSVDocument, additions: CSVDocument?) throws(ImportError)
    -> TileGrid
  {
    var raw: [(code: MemberState.Code, x: Int, y: Int, file: String, line: Int)] = []
    for (document, codeColumn) in [(grid, "alpha.3"), (additions, "code")] {
      guard let document else { continue }
      let table = SourceTable(document: document)
      let columns = try table.require([codeColumn, "x", "y"])
      for record in table.rows {
        if let problem = table.shapeProblem(record) {
          throw .invalidSource(file: table.file, line: table.line(record), message: problem)
        }
        let code = table.string(record, columns[0]).trimmingCharacters(in: .whitespaces)
        guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isUppercase }),
          let x = Int(table.string(record, columns[1]).trimmingCharacters(in: .whitespaces)),
          let y = Int(table.string(record, columns[2]).trimmingCharacters(in: .whitespaces))
        else {
          throw .invalidSource(
            file: table.file, line: table.line(record),
            message: "expected a three-letter code and whole-number x and y")
        }
        raw.append((MemberState.Code(rawValue: code), x, y, table.file, table.line(record)))
      }
    }
    let west = raw.map(\.x).min() ?? 0
    let north = raw.map(\.y).max() ?? 0
    var positions: [MemberState.Code: Position] = [:]
    var taken: [Position: MemberState.Code] = [:]
    for entry in raw {
      let position = Position(column: entry.x - west, row: north - entry.y)
      if positions[entry.code] != nil {
        throw .invalidSource(
          file: entry.file, line: entry.line, message: "\(entry.code.rawValue) has a tile already")
      }
      if let other = taken[position] {
        throw .invalidSource(
          file: entry.file, line: entry.line,
          message: "\(entry.code.rawValue) is on the tile of \(other.rawValue)")
      }
      positions[entry.code] = position
      taken[position] = entry.code
    }
    return TileGrid(positions: positions)
  }

  /// The shipped grid (`datasets/sources/`), or nil when no datasets folder is found.
  /// - Throws: `ImportError` when the shipped files are invalid.
  public static func shipped() throws(ImportError) -> TileGrid? {
    guard let directory = try? ShippedDatasets.directory() else { return nil }
    let sources = (directory as NSString).appendingPathComponent("sources")
    guard
      FileManager.default.fileExists(
        atPath: (sources as NSString).appendingPathComponent(gridFileName))
    else { return nil }
    return try load(sources: sources)
  }
}
