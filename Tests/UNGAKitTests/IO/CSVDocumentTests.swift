import Testing
import UNGAKit

@Suite struct CSVDocumentTests {
  /// A well-formed input and the records it must give.
  struct Valid: Sendable, CustomTestStringConvertible {
    var name: String
    var input: String
    var records: [[String]]
    var lines: [Int]
    var testDescription: String { name }
  }

  static let valid: [Valid] = [
    Valid(name: "plain", input: "a,b\n1,2\n", records: [["a", "b"], ["1", "2"]], lines: [1, 2]),
    Valid(
      name: "quoted comma", input: "a,b\n\"x, y\",2\n", records: [["a", "b"], ["x, y", "2"]],
      lines: [1, 2]),
    Valid(
      name: "doubled quotes", input: "a\n\"say \"\"hi\"\"\"\n", records: [["a"], ["say \"hi\""]],
      lines: [1, 2]),
    Valid(
      name: "only a doubled quote", input: "a\n\"\"\"\"\n", records: [["a"], ["\""]],
      lines: [1, 2]),
    Valid(
      name: "embedded LF", input: "a,b\n\"x\ny\",2\nc,d\n",
      records: [["a", "b"], ["x\ny", "2"], ["c", "d"]], lines: [1, 2, 4]),
    Valid(
      name: "embedded CRLF", input: "a,b\r\n\"x\r\ny\",2\r\nc,d\r\n",
      records: [["a", "b"], ["x\r\ny", "2"], ["c", "d"]], lines: [1, 2, 4]),
    Valid(
      name: "bare CR inside quotes", input: "a\n\"x\ry\"\n", records: [["a"], ["x\ry"]],
      lines: [1, 2]),
    Valid(
      name: "byte-order mark", input: "\u{FEFF}a,b\n1,2\n", records: [["a", "b"], ["1", "2"]],
      lines: [1, 2]),
    Valid(
      name: "CRLF", input: "a,b\r\n1,2\r\n", records: [["a", "b"], ["1", "2"]], lines: [1, 2]),
    Valid(
      name: "trailing comma", input: "a,b,\n1,2,\n", records: [["a", "b", ""], ["1", "2", ""]],
      lines: [1, 2]),
    Valid(
      name: "trailing comma at end of input", input: "a,b\n1,", records: [["a", "b"], ["1", ""]],
      lines: [1, 2]),
    Valid(
      name: "blank lines", input: "a\n\n1\n\n", records: [["a"], [""], ["1"], [""]],
      lines: [1, 2, 3, 4]),
    Valid(
      name: "empty fields", input: "a,b,c\n,,\n", records: [["a", "b", "c"], ["", "", ""]],
      lines: [1, 2]),
    Valid(
      name: "quoted empty field", input: "a,b\n\"\",x\n", records: [["a", "b"], ["", "x"]],
      lines: [1, 2]),
    Valid(
      name: "last line without newline", input: "a,b\n1,2", records: [["a", "b"], ["1", "2"]],
      lines: [1, 2]),
    Valid(
      name: "quoted last field without newline", input: "a\n\"x\"", records: [["a"], ["x"]],
      lines: [1, 2]),
    Valid(
      name: "UTF-8 text", input: "name\nTürkiye\nCôte d’Ivoire\n日本\n🇺🇦\n",
      records: [["name"], ["Türkiye"], ["Côte d’Ivoire"], ["日本"], ["🇺🇦"]], lines: [1, 2, 3, 4, 5]),
    Valid(
      name: "spaces kept", input: " a , b \n", records: [[" a ", " b "]], lines: [1]),
    Valid(name: "empty input", input: "", records: [], lines: []),
    Valid(name: "byte-order mark only", input: "\u{FEFF}", records: [], lines: []),
    Valid(name: "single newline", input: "\n", records: [[""]], lines: [1]),
  ]

  @Test(arguments: valid)
  func parsesWellFormedInput(_ c: Valid) throws {
    let document = try CSVDocument(text: c.input, file: "t.csv")
    #expect(document.count == c.records.count)
    #expect((0..<document.count).map(document.strings) == c.records)
    #expect((0..<document.count).map(document.line) == c.lines)
    for record in 0..<document.count {
      for field in 0..<document.fieldCount(record) {
        #expect(document.byteCount(record, field) == c.records[record][field].utf8.count)
      }
    }
  }

  /// A malformed input and where the error must point.
  struct Invalid: Sendable, CustomTestStringConvertible {
    var name: String
    var input: [UInt8]
    var line: Int
    var column: Int?
    var message: String
    var testDescription: String { name }

    init(_ name: String, _ input: String, line: Int, column: Int?, _ message: String) {
      self.init(name, Array(input.utf8), line: line, column: column, message)
    }

    init(_ name: String, _ input: [UInt8], line: Int, column: Int?, _ message: String) {
      self.name = name
      self.input = input
      self.line = line
      self.column = column
      self.message = message
    }
  }

  static let invalid: [Invalid] = [
    Invalid(
      "unterminated quote", "a,b\n1,\"open\n2,3\n", line: 2, column: 3,
      "unterminated quoted field; expected a closing \" before the end of the file"),
    Invalid(
      "bare CR", "a,b\r1,2\r", line: 1, column: 4, "bare CR line ending; expected LF or CRLF"),
    Invalid(
      "bare CR at end of input", "a,b\n1,2\r", line: 2, column: 4,
      "bare CR line ending; expected LF or CRLF"),
    Invalid(
      "bare CR after a quoted field", "a\n\"x\"\ry\n", line: 2, column: 4,
      "bare CR line ending; expected LF or CRLF"),
    Invalid(
      "quote in unquoted field", "a,b\n1,x\"y\n", line: 2, column: 4,
      "quote inside an unquoted field; expected the whole field in quotes, with inner quotes "
        + "doubled"),
    Invalid(
      "text after closing quote", "a,b\n\"x\"y,2\n", line: 2, column: 4,
      "text after a closing quote; expected a comma or the end of the line"),
    Invalid(
      "space after closing quote", "a,b\n\"x\" ,2\n", line: 2, column: 4,
      "text after a closing quote; expected a comma or the end of the line"),
    Invalid(
      "invalid UTF-8", [0x61, 0x0A, 0x62, 0xFF, 0x0A], line: 2, column: 2,
      "invalid UTF-8 byte 0xFF; expected UTF-8 text"),
    Invalid(
      "Latin-1 text", [0x61, 0x0A, 0x54, 0xFC, 0x72, 0x0A], line: 2, column: 2,
      "invalid UTF-8 byte 0xFC; expected UTF-8 text"),
    Invalid(
      "truncated UTF-8 at end", [0x61, 0x0A, 0xC3], line: 2, column: 1,
      "invalid UTF-8 byte 0xC3; expected UTF-8 text"),
    Invalid(
      "overlong UTF-8", [0x61, 0x0A, 0xE0, 0x80, 0xAF, 0x0A], line: 2, column: 1,
      "invalid UTF-8 byte 0xE0; expected UTF-8 text"),
    Invalid(
      "UTF-8 surrogate", [0x61, 0x0A, 0xED, 0xA0, 0x80, 0x0A], line: 2, column: 1,
      "invalid UTF-8 byte 0xED; expected UTF-8 text"),
    Invalid(
      "invalid UTF-8 in quotes", [0x61, 0x0A, 0x22, 0x80, 0x22, 0x0A], line: 2, column: 2,
      "invalid UTF-8 byte 0x80; expected UTF-8 text"),
    Invalid(
      "NUL byte", [0x61, 0x2C, 0x62, 0x0A, 0x31, 0x00, 0x0A], line: 2, column: 2,
      "NUL byte; expected UTF-8 text"),
    Invalid(
      "NUL byte in quotes", [0x61, 0x0A, 0x22, 0x00, 0x22, 0x0A], line: 2, column: 2,
      "NUL byte; expected UTF-8 text"),
    Invalid(
      "byte-order mark not at start", "a,b\n1,\u{FEFF}2\n", line: 2, column: 3,
      "byte-order mark inside the file; expected one only at the very start, if any"),
    Invalid(
      "second byte-order mark", "\u{FEFF}\u{FEFF}a\n", line: 1, column: 1,
      "byte-order mark inside the file; expected one only at the very start, if any"),
    Invalid(
      "error after embedded newline", "a\n\"x\ny\"z\n", line: 3, column: 3,
      "text after a closing quote; expected a comma or the end of the line"),
  ]

  @Test(arguments: invalid)
  func rejectsMalformedInput(_ c: Invalid) {
    #expect(throws: CSVError(file: "t.csv", line: c.line, column: c.column, message: c.message)) {
      try CSVDocument(bytes: c.input, file: "t.csv")
    }
  }

  @Test func errorDescriptionHasFileLineAndColumn() {
    let error = CSVError(file: "votes.csv", line: 3, column: 7, message: "bad")
    #expect(error.description == "votes.csv:3:7: bad")
    #expect(CSVError(file: "f", line: 2, message: "m").description == "f:2: m")
  }

  @Test func blankLineIsNotAQuotedEmptyField() throws {
    let document = try CSVDocument(text: "a\n\n\"\"\n", file: "t.csv")
    #expect(document.count == 3)
    #expect(document.isBlank(1))
    #expect(!document.isBlank(2))
    #expect(!document.isBlank(0))
  }

  @Test func locationsPointAtFields() throws {
    let document = try CSVDocument(
      text: "\u{FEFF}id,state\r\n\"a\nb\",USA\nx,\"q\"\"q\"\n", file: "t.csv")
    #expect(document.location(0, 0) == (1, 1))
    #expect(document.location(0, 1) == (1, 4))
    #expect(document.location(1, 0) == (2, 1))
    #expect(document.location(1, 1) == (3, 4))
    #expect(document.location(2, 1) == (4, 3))
    #expect(document.string(2, 1) == "q\"q")
  }

  @Test func withBytesGivesUnescapedBytes() throws {
    let document = try CSVDocument(text: "\"a\"\"b\",c\n", file: "t.csv")
    #expect(document.withBytes(0, 0) { Array($0) } == Array("a\"b".utf8))
    #expect(document.withBytes(0, 1) { Array($0) } == Array("c".utf8))
  }

  @Test func veryLongField() throws {
    let long = String(repeating: "x", count: 10_000_000)
    let document = try CSVDocument(text: "a,b\n\"\(long)\",\(long)\n", file: "t.csv")
    #expect(document.count == 2)
    #expect(document.byteCount(1, 0) == 10_000_000)
    #expect(document.byteCount(1, 1) == 10_000_000)
    #expect(document.location(1, 1) == (2, 10_000_004))
  }

  @Test func manyColumns() throws {
    let header = (0..<1_000_000).map { "c\($0)" }.joined(separator: ",")
    let document = try CSVDocument(text: header + "\n", file: "t.csv")
    #expect(document.count == 1)
    #expect(document.fieldCount(0) == 1_000_000)
    #expect(document.string(0, 999_999) == "c999999")
  }

  @Test func manyRecords() throws {
    var text = "id,state,vote\n"
    for index in 0..<100_000 { text += "r\(index),USA,yes\n" }
    let document = try CSVDocument(text: text, file: "t.csv")
    #expect(document.count == 100_001)
    #expect(document.string(100_000, 0) == "r99999")
    #expect(document.line(100_000) == 100_001)
  }
}
