import Foundation
import Testing
import UNGAKit

/// The hostile inputs of `Fixtures/bad-input`, and those made here that a
/// text file cannot hold: each must give one error naming file, line (and
/// column where it applies) and what was expected.
@Suite struct BadInputCorpusTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var folder: String
    var file: String
    var line: Int?
    var column: Int?
    var message: String
    var testDescription: String { folder }
  }

  static let cases: [Case] = [
    Case(
      folder: "empty", file: "votes.csv", line: 1, column: nil,
      message: "empty file; expected a header line naming the columns of a votes table "
        + "(required: id, state, vote)"),
    Case(
      folder: "header-only", file: "votes.csv", line: 1, column: nil,
      message: "no data rows; expected at least one data row after the header"),
    Case(
      folder: "missing-column", file: "votes.csv", line: 1, column: nil,
      message: "missing required column 'vote'; a votes table needs the columns id, state, vote"),
    Case(
      folder: "duplicate-header", file: "votes.csv", line: 1, column: 15,
      message: "duplicate column name 'state' (fields 2 and 4); expected each column once"),
    Case(
      folder: "wrong-types", file: "resolutions.csv", line: 2, column: 12,
      message: "date: expected a date YYYY-MM-DD (a day that exists), found '2023-02-30'"),
    Case(
      folder: "ragged", file: "votes.csv", line: 2, column: nil,
      message: "expected 3 fields as in the header, found 2"),
    Case(
      folder: "unterminated-quote", file: "votes.csv", line: 2, column: 14,
      message: "unterminated quoted field; expected a closing \" before the end of the file"),
    Case(
      folder: "bom-not-at-start", file: "votes.csv", line: 2, column: 1,
      message: "byte-order mark inside the file; expected one only at the very start, if any"),
    Case(
      folder: "cr-only", file: "votes.csv", line: 1, column: 14,
      message: "bare CR line ending; expected LF or CRLF"),
    Case(
      folder: "unknown-roll-call", file: "votes.csv", line: 2, column: 1,
      message: "id: unknown roll call 'A/RES/99/1'; expected an id from a resolutions table"),
    Case(
      folder: "unknown-state", file: "votes.csv", line: 2, column: 14,
      message: "state: unknown state 'XYZ'; expected a code from a member-states table"),
  ]

  private func errors(loading folder: String) throws -> [DataIssue] {
    let native = try FixturePaths.path("native/ukraine")
    let environment = try FixturePaths.environment()
    let error = loadError { () throws(DatasetLoadError) in
      _ = try DatasetLoader.load(paths: [native, folder], environment: environment)
    }
    guard case .invalidData(let issues) = error else {
      Issue.record("expected invalid data, got \(String(describing: error))")
      return []
    }
    return issues.filter(\.isError)
  }

  @Test(arguments: cases)
  func corpusFile(_ c: Case) throws {
    let folder = try FixturePaths.path("bad-input/\(c.folder)")
    let errors = try errors(loading: folder)
    #expect(
      errors.first
        == DataIssue(
          .error, file: folder + "/" + c.file, line: c.line, column: c.column, message: c.message))
    // Wrong types report every bad value of the row, not only the first.
    #expect(errors.count == (c.folder == "wrong-types" ? 2 : 1))
  }

  @Test func conflictingVotesNameBothPlaces() throws {
    let folder = try FixturePaths.path("bad-input/conflicting-votes")
    let native = try FixturePaths.path("native/ukraine")
    let errors = try errors(loading: folder)
    #expect(
      errors.map(\.description) == [
        "\(folder)/votes.csv:2:18: conflicting vote no by USA on A/RES/68/262: "
          + "\(native)/votes.csv:9 records yes; expected one vote per roll call and state"
      ])
  }

  /// Inputs written by the test: bytes a committed text file should not
  /// hold, and sizes too large to commit.
  static let generated: [(name: String, bytes: [UInt8], line: Int, column: Int?, message: String)] =
    [
      (
        "invalid UTF-8",
        Array("id,state,vote\nA/RES/68/262,".utf8) + [0xC0, 0xAF] + Array(",yes\n".utf8),
        2, 14, "invalid UTF-8 byte 0xC0; expected UTF-8 text"
      ),
      (
        "NUL byte", Array("id,state,vote\nA/RES/68/262,US".utf8) + [0] + Array("A,yes\n".utf8), 2,
        16, "NUL byte; expected UTF-8 text"
      ),
      (
        "10 MB field",
        Array("id,state,vote\nA/RES/68/262,USA,\"".utf8)
          + [UInt8](repeating: UInt8(ascii: "y"), count: 10_000_000) + Array("\"\n".utf8),
        2, 18,
        "vote: expected yes, no, abstain or non-voting, found '"
          + String(repeating: "y", count: 60) + "…' (10000000 bytes)"
      ),
      (
        "a million columns",
        Array(
          ("id,state,vote" + String(repeating: ",", count: 1_000_000) + "\nA/RES/68/262,USA,yes\n")
            .utf8),
        1, 16,
        "duplicate column name '' (fields 4 and 5), '' (fields 4 and 6), '' (fields 4 and 7), "
          + "'' (fields 4 and 8), '' (fields 4 and 9), '' (fields 4 and 10), '' (fields 4 and 11), "
          + "'' (fields 4 and 12), '' (fields 4 and 13), '' (fields 4 and 14), '' (fields 4 and 15), "
          + "'' (fields 4 and 16), '' (fields 4 and 17), '' (fields 4 and 18), '' (fields 4 and 19), "
          + "'' (fields 4 and 20), '' (fields 4 and 21), '' (fields 4 and 22), '' (fields 4 and 23), "
          + "'' (fields 4 and 24); expected each column once"
      ),
    ]

  @Test(arguments: generated.indices)
  func generatedInput(_ index: Int) throws {
    let c = Self.generated[index]
    let folder = try FixturePaths.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FixturePaths.write(c.bytes, to: "votes.csv", in: folder)
    let errors = try errors(loading: folder)
    #expect(
      errors
        == [
          DataIssue(
            .error, file: folder + "/votes.csv", line: c.line, column: c.column, message: c.message)
        ], "\(c.name)")
  }
}
