import Testing
import UNGAKit

@Suite struct CSVTableTests {
  private func table(_ text: String) throws -> CSVTable {
    try CSVTable(document: CSVDocument(text: text, file: "votes.csv"), table: .votes)
  }

  private func headerIssue(_ text: String) throws -> DataIssue {
    let document = try CSVDocument(text: text, file: "votes.csv")
    do {
      _ = try CSVTable(document: document, table: .votes)
    } catch {
      return error
    }
    Issue.record("expected a header error for \(text.debugDescription)")
    return DataIssue(.warning, file: "", line: nil, message: "")
  }

  @Test func findsColumnsByTrimmedNameInAnyOrder() throws {
    let table = try table("vote , id,\tstate\nyes,r1,USA\n")
    #expect(table.header == ["vote", "id", "state"])
    #expect(table.column("id") == 1)
    #expect(table.column("state") == 2)
    #expect(table.column("vote") == 0)
    #expect(table.column("joined") == nil)
    #expect(table.rows == [1])
    #expect(table.string(1, 2) == "USA")
    #expect(table.issues.isEmpty)
  }

  @Test func namesAreCaseSensitive() throws {
    let issue = try headerIssue("ID,state,vote\nr1,USA,yes\n")
    #expect(issue.message.hasPrefix("missing required column 'id'"))
  }

  @Test func skipsBlankLines() throws {
    let table = try table("id,state,vote\n\nr1,USA,yes\n\n\nr2,FRA,no\n")
    #expect(table.rows == [2, 5])
    #expect(table.issues.isEmpty)
  }

  struct HeaderCase: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var expected: DataIssue
    var testDescription: String { name }
  }

  static let headerCases: [HeaderCase] = [
    HeaderCase(
      name: "empty file", text: "",
      expected: DataIssue(
        .error, file: "votes.csv", line: 1,
        message: "empty file; expected a header line naming the columns of a votes table "
          + "(required: id, state, vote)")),
    HeaderCase(
      name: "blank line only", text: "\n",
      expected: DataIssue(
        .error, file: "votes.csv", line: 1,
        message: "empty file; expected a header line naming the columns of a votes table "
          + "(required: id, state, vote)")),
    HeaderCase(
      name: "blank lines only", text: "\n\r\n\n",
      expected: DataIssue(
        .error, file: "votes.csv", line: 1,
        message: "empty file; expected a header line naming the columns of a votes table "
          + "(required: id, state, vote)")),
    HeaderCase(
      name: "blank line before the header", text: "\nid,state,vote\nr1,USA,yes\n",
      expected: DataIssue(
        .error, file: "votes.csv", line: 1,
        message: "blank first line; expected the header naming the columns of a votes table on "
          + "line 1 (required: id, state, vote)")),
    HeaderCase(
      name: "header only", text: "id,state,vote\n",
      expected: DataIssue(
        .error, file: "votes.csv", line: 1,
        message: "no data rows; expected at least one data row after the header")),
    HeaderCase(
      name: "header and blank lines", text: "id,state,vote\n\n\n",
      expected: DataIssue(
        .error, file: "votes.csv", line: 3,
        message: "no data rows; expected at least one data row after the header")),
    HeaderCase(
      name: "missing one column", text: "id,state\nr1,USA\n",
      expected: DataIssue(
        .error, file: "votes.csv", line: 1,
        message: "missing required column 'vote'; a votes table needs the columns id, state, vote"
      )),
    HeaderCase(
      name: "missing two columns", text: "id\nr1\n",
      expected: DataIssue(
        .error, file: "votes.csv", line: 1,
        message: "missing required columns 'state', 'vote'; a votes table needs the columns "
          + "id, state, vote")),
    HeaderCase(
      name: "duplicate column", text: "id,state,vote,state\nr1,USA,yes,USA\n",
      expected: DataIssue(
        .error, file: "votes.csv", line: 1, column: 15,
        message: "duplicate column name 'state' (fields 2 and 4); expected each column once")),
    HeaderCase(
      name: "duplicate after trimming", text: "id,vote,state, id\nr1,yes,USA,r1\n",
      expected: DataIssue(
        .error, file: "votes.csv", line: 1, column: 15,
        message: "duplicate column name 'id' (fields 1 and 4); expected each column once")),
  ]

  @Test(arguments: headerCases)
  func rejectsBadHeaders(_ c: HeaderCase) throws {
    #expect(try headerIssue(c.text) == c.expected)
  }

  @Test func reportsRaggedRowsAndKeepsTheOthers() throws {
    let table = try table("id,state,vote\nr1,USA\nr2,FRA,no\nr3,GBR,yes,extra\n")
    #expect(table.rows == [2])
    #expect(
      table.issues == [
        DataIssue(
          .error, file: "votes.csv", line: 2, message: "expected 3 fields as in the header, found 2"
        ),
        DataIssue(
          .error, file: "votes.csv", line: 4, message: "expected 3 fields as in the header, found 4"
        ),
      ])
  }

  @Test func raggedRowsOnlyAreNotAHeaderOnlyFile() throws {
    let table = try table("id,state,vote\nr1,USA\n")
    #expect(table.rows.isEmpty)
    #expect(table.issues.count == 1)
  }

  @Test func warnsAboutUnknownColumns() throws {
    let table = try table("id,state,note,vote\nr1,USA,x,yes\n")
    #expect(table.rows == [1])
    #expect(
      table.issues == [
        DataIssue(
          .warning, file: "votes.csv", line: 1, column: 10,
          message: "unknown column 'note' ignored; a votes table has the columns id, state, vote")
      ])
    #expect(table.issues[0].description.hasPrefix("votes.csv:1:10: warning: unknown column"))
  }

  @Test func manyUnknownColumnsAreCountedNotListed() throws {
    let extra = (0..<1_000_000).map { "x\($0)" }.joined(separator: ",")
    let row = "r1,USA,yes" + String(repeating: ",", count: 1_000_000)
    let table = try table("id,state,vote,\(extra)\n\(row)\n")
    #expect(table.rows == [1])
    #expect(table.issues.count == 21)
    #expect(table.issues.allSatisfy { !$0.isError })
    #expect(table.issues[0].column == 15)
    #expect(table.issues[20].message == "999980 more unknown columns ignored")
  }
}
