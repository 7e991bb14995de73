import Foundation
import Testing

/// `unga validate --data <bad input>` on representative cases of the
/// bad-input corpus (the library's `BadInputCorpusTests` covers every case):
/// exit 65, nothing on standard output, and one error naming the file, line,
/// column where it applies, and what was expected.
@Suite struct ValidateBadInputTests {
  /// The library fixtures' own member-states table stands in for the shipped one.
  private static let environment = ["UNGA_DATASETS": Repository.fixture("native")]

  private func validate(_ path: String) throws -> ProcessResult {
    try unga(
      "validate", "--data", Repository.fixture("native/ukraine"), "--data", path,
      environment: Self.environment)
  }

  @Test(arguments: [
    (
      "empty/votes.csv", "1",
      "empty file; expected a header line with the columns of one table: "
    ),
    (
      "duplicate-header/votes.csv", "1:15",
      "duplicate column name 'state' (fields 2 and 4); expected each column once"
    ),
    (
      "unterminated-quote/votes.csv", "2:14",
      "unterminated quoted field; expected a closing \" before the end of the file"
    ),
    ("cr-only/votes.csv", "1:14", "bare CR line ending; expected LF or CRLF"),
    (
      "conflicting-votes/votes.csv", "2:18",
      "conflicting vote no by USA on A/RES/68/262: "
    ),
    (
      "unknown-roll-call/votes.csv", "2:1",
      "id: unknown roll call 'A/RES/99/1'; expected an id from a resolutions table"
    ),
  ])
  func corpusFileExits65(_ file: String, _ place: String, _ message: String) throws {
    let path = Repository.fixture("bad-input/" + file)
    let result = try validate(path)
    #expect(result.status == 65, "\(result)")
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first == "unga: error: 1 error in the data:", "\(result)")
    #expect(lines.dropFirst().first?.hasPrefix("\(path):\(place): \(message)") == true, "\(result)")
    #expect(lines.count == 2)
  }

  @Test func invalidUTF8AndAMillionColumnsExit65() throws {
    let folder = try Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let utf8 = folder + "/bad-utf8.csv"
    try Data(Array("id,state,vote\nA/RES/68/262,".utf8) + [0xC0, 0xAF] + Array(",yes\n".utf8))
      .write(to: URL(fileURLWithPath: utf8))
    let wide = folder + "/wide.csv"
    let names = (0..<1_000_000).map { "c\($0)" }.joined(separator: ",")
    try Data(("id,state,vote," + names + "\nA/RES/68/262,USA,yes\n").utf8)
      .write(to: URL(fileURLWithPath: wide))

    let bad = try validate(utf8)
    #expect(bad.status == 65, "\(bad)")
    #expect(
      bad.stderr.split(separator: "\n").dropFirst().first
        == "\(utf8):2:14: invalid UTF-8 byte 0xC0; expected UTF-8 text")

    let result = try validate(wide)
    #expect(result.status == 65, "\(result)")
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first == "unga: error: 1 error and 21 warnings in the data:")
    #expect(lines.contains("\(wide):2: expected 1000003 fields as in the header, found 3"))
    #expect(lines.contains("\(wide):1: warning: 999980 more unknown columns ignored"))
  }
}
