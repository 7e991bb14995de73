/// A whole CSV file parsed into records of fields (RFC 4180).
///
/// Accepts UTF-8 with or without a byte-order mark, LF or CRLF line
/// endings, and quoted fields with embedded commas, doubled quotes and
/// newlines (LF or CRLF, kept as they are in the field). A comma at the end
/// of a line means one more, empty field; a blank line is a record of one
/// empty field (see `isBlank(_:)`). Rejects, with file, line and column:
/// invalid UTF-8, NUL bytes, a byte-order mark after the start, a bare CR
/// line ending, a quote inside an unquoted field, text after a closing
/// quote, and an unterminated quote.
///
/// The document keeps the file's bytes and, per field, where its content
/// starts and ends in them; a `String` is made only when a caller asks for
/// one, and a quoted field's doubled quotes are undone only then. Reading a
/// large file costs one pass over its bytes and eight bytes per field.
/// Files must be smaller than 2 GiB.
public struct CSVDocument: Sendable {
  /// The file name used in errors.
  public let file: String
  /// The file's bytes, as given.
  let bytes: [UInt8]
  /// For field k: where its content starts in `bytes`, or the bitwise NOT of
  /// that (a negative number) when the content holds doubled quotes to undo.
  let fieldStarts: [Int32]
  /// For field k: where its content ends in `bytes` (exclusive; before a closing quote).
  let fieldEnds: [Int32]
  /// For record r: its fields are `recordStarts[r]..<recordStarts[r+1]`.
  let recordStarts: [Int32]
  /// The 1-based line on which record r starts.
  let recordLines: [Int32]

  /// The number of records, the header included.
  public var count: Int { recordLines.count }

  /// Parses `bytes`; `file` names the file in errors.
  ///
  /// - Throws: `CSVError` for the first malformed byte (see the type's
  ///   summary), or for a file of 2 GiB or more.
  /// - Complexity: O(n) in the number of bytes.
  public init(bytes: [UInt8], file: String) throws(CSVError) {
    self.file = file
    var parser = Parser(file: file, expectedFields: bytes.count / 8)
    bytes.withUnsafeBufferPointer { parser.parse($0) }
    if let error = parser.error { throw error }
    self.bytes = bytes
    self.fieldStarts = parser.fieldStarts
    self.fieldEnds = parser.fieldEnds
    self.recordStarts = parser.recordStarts
    self.recordLines = parser.recordLines
  }

  /// Parses UTF-8 text; `file` names the file in errors.
  /// - Throws: `CSVError`, as `init(bytes:file:)`.
  public init(text: String, file: String) throws(CSVError) {
    try self.init(bytes: Array(text.utf8), file: file)
  }

  /// The 1-based line on which record `record` starts.
  public func line(_ record: Int) -> Int { Int(recordLines[record]) }

  /// The number of fields in record `record`.
  public func fieldCount(_ record: Int) -> Int {
    Int(recordStarts[record + 1] - recordStarts[record])
  }

  /// Whether record `record` is a blank line: nothing between two line ends
  /// (`""` alone on a line is a quoted empty field, not a blank line).
  public func isBlank(_ record: Int) -> Bool {
    guard fieldCount(record) == 1 else { return false }
    let k = Int(recordStarts[record])
    return fieldStarts[k] == fieldEnds[k] && !isQuoted(start: Int(fieldStarts[k]))
  }

  /// The number of bytes in a field, once doubled quotes are undone.
  public func byteCount(_ record: Int, _ field: Int) -> Int {
    let (start, end, escaped) = span(record, field)
    guard escaped else { return end - start }
    return unescaped(start, end).count
  }

  /// A field as a `String` (the bytes are valid UTF-8: the parser checked them).
  public func string(_ record: Int, _ field: Int) -> String {
    withBytes(record, field) { String(decoding: $0, as: UTF8.self) }
  }

  /// Calls `body` with a field's bytes (doubled quotes undone), without making a `String`.
  ///
  /// The buffer is valid only during the call.
  public func withBytes<R>(
    _ record: Int, _ field: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R
  ) rethrows -> R {
    let (start, end, escaped) = span(record, field)
    if escaped {
      return try unescaped(start, end).withUnsafeBufferPointer(body)
    }
    return try bytes.withUnsafeBufferPointer {
      try body(UnsafeBufferPointer(rebasing: $0[start..<end]))
    }
  }

  /// All fields of a record as strings.
  public func strings(_ record: Int) -> [String] {
    (0..<fieldCount(record)).map { string(record, $0) }
  }

  /// Where a field starts in the file: its 1-based line and 1-based byte
  /// column (at the opening quote of a quoted field; a byte-order mark is not
  /// counted). Fields after a newline inside a quoted field are on later lines
  /// than their record.
  /// - Complexity: O(length of the record up to the field).
  public func location(_ record: Int, _ field: Int) -> (line: Int, column: Int) {
    let first = Int(recordStarts[record])
    let recordStart = rawStart(first)
    let fieldStart = rawStart(first + field)
    var line = Int(recordLines[record])
    var lineStart = recordStart
    for index in recordStart..<fieldStart where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    if lineStart == 0, CSVDocument.hasByteOrderMark(bytes) { lineStart = 3 }
    return (line, fieldStart - lineStart + 1)
  }

  /// The content bounds of field `field` of record `record`, and whether it
  /// holds doubled quotes.
  func span(_ record: Int, _ field: Int) -> (start: Int, end: Int, escaped: Bool) {
    span(field: Int(recordStarts[record]) + field)
  }

  /// The content bounds of the k-th field of the file.
  func span(field k: Int) -> (start: Int, end: Int, escaped: Bool) {
    let stored = fieldStarts[k]
    return stored < 0
      ? (Int(~stored), Int(fieldEnds[k]), true) : (Int(stored), Int(fieldEnds[k]), false)
  }

  private func rawStart(_ k: Int) -> Int {
    let start = span(field: k).start
    return isQuoted(start: start) ? start - 1 : start
  }

  /// An unquoted field follows a comma, a line end, the byte-order mark or
  /// nothing, never a quote; a quoted field's content always follows one.
  private func isQuoted(start: Int) -> Bool {
    let stored = start < 0 ? ~start : start
    return stored > 0 && bytes[stored - 1] == UInt8(ascii: "\"")
  }

  private func unescaped(_ start: Int, _ end: Int) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(end - start)
    var index = start
    while index < end {
      result.append(bytes[index])
      index += bytes[index] == UInt8(ascii: "\"") ? 2 : 1
    }
    return result
  }

  static func hasByteOrderMark(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
  }
}

/// The single pass over a file's bytes that finds its fields.
private struct Parser {
  let file: String
  var fieldStarts: [Int32] = []
  var fieldEnds: [Int32] = []
  var recordStarts: [Int32] = [0]
  var recordLines: [Int32] = []
  var error: CSVError?

  init(file: String, expectedFields: Int) {
    self.file = file
    fieldStarts.reserveCapacity(expectedFields)
    fieldEnds.reserveCapacity(expectedFields)
  }

  private static let quote = UInt8(ascii: "\"")
  private static let comma = UInt8(ascii: ",")
  private static let lf: UInt8 = 0x0A
  private static let cr: UInt8 = 0x0D

  mutating func parse(_ input: UnsafeBufferPointer<UInt8>) {
    let n = input.count
    guard n < Int(Int32.max) else {
      error = CSVError(
        file: file, line: 1, message: "file is 2 GiB or larger; expected a smaller file")
      return
    }
    let quote = Parser.quote
    let comma = Parser.comma
    let lf = Parser.lf
    let cr = Parser.cr
    var i = 0
    var lineStart = 0
    if n >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF {
      i = 3
      lineStart = 3
    }
    if i >= n { return }
    var line = 1
    var recordLine = 1

    while true {
      // At the start of a field.
      var start = i
      var escaped = false
      let end: Int
      if i < n, input[i] == quote {
        let quoteLine = line
        let quoteColumn = i - lineStart + 1
        i += 1
        start = i
        while true {
          guard i < n else {
            error = CSVError(
              file: file, line: quoteLine, column: quoteColumn,
              message: "unterminated quoted field; expected a closing \" before the end of the file"
            )
            return
          }
          let b = input[i]
          // Every byte above the quote and below 0x80 is plain text.
          if b > quote && b < 0x80 {
            i += 1
          } else if b == quote {
            if i + 1 < n, input[i + 1] == quote {
              escaped = true
              i += 2
            } else {
              break
            }
          } else if b == lf {
            i += 1
            line += 1
            lineStart = i
          } else if b != 0 && b < 0x80 {
            i += 1
          } else {
            guard let length = checkSpecial(input, i, line, lineStart) else { return }
            i += length
          }
        }
        end = i
        i += 1
        if i < n {
          let b = input[i]
          if b != comma && b != lf && !(b == cr && i + 1 < n && input[i + 1] == lf) {
            let message =
              b == cr
              ? "bare CR line ending; expected LF or CRLF"
              : "text after a closing quote; expected a comma or the end of the line"
            fail(i, line, lineStart, message)
            return
          }
        }
      } else {
        while i < n {
          let b = input[i]
          // Comma, quote, CR, LF and NUL are all below 0x2D.
          if b > comma && b < 0x80 {
            i += 1
            continue
          }
          if b == comma || b == lf { break }
          if b == cr {
            if i + 1 < n, input[i + 1] == lf { break }
            fail(i, line, lineStart, "bare CR line ending; expected LF or CRLF")
            return
          }
          if b == quote {
            fail(
              i, line, lineStart,
              "quote inside an unquoted field; expected the whole field in quotes, "
                + "with inner quotes doubled")
            return
          }
          if b != 0 && b < 0x80 {
            i += 1
            continue
          }
          guard let length = checkSpecial(input, i, line, lineStart) else { return }
          i += length
        }
        end = i
      }
      fieldStarts.append(escaped ? ~Int32(start) : Int32(start))
      fieldEnds.append(Int32(end))
      if i < n, input[i] == comma {
        // A comma at the end of the input still opens one more, empty field.
        i += 1
        continue
      }
      recordStarts.append(Int32(fieldStarts.count))
      recordLines.append(Int32(recordLine))
      if i >= n { return }
      if input[i] == cr { i += 1 }
      i += 1  // the LF
      line += 1
      lineStart = i
      recordLine = line
      if i >= n { return }
    }
  }

  private mutating func fail(_ at: Int, _ line: Int, _ lineStart: Int, _ message: String) {
    error = CSVError(file: file, line: line, column: at - lineStart + 1, message: message)
  }

  /// Checks a NUL byte or a byte of 0x80 and above; returns the length of
  /// the valid UTF-8 sequence there, or `nil` after recording an error.
  private mutating func checkSpecial(
    _ input: UnsafeBufferPointer<UInt8>, _ at: Int, _ line: Int, _ lineStart: Int
  ) -> Int? {
    let b = input[at]
    if b == 0 {
      fail(at, line, lineStart, "NUL byte; expected UTF-8 text")
      return nil
    }
    let length = Parser.utf8Length(input, at)
    if length == 0 {
      let hex = String(b, radix: 16, uppercase: true)
      fail(at, line, lineStart, "invalid UTF-8 byte 0x\(hex); expected UTF-8 text")
      return nil
    }
    if length == 3, b == 0xEF, input[at + 1] == 0xBB, input[at + 2] == 0xBF {
      fail(
        at, line, lineStart,
        "byte-order mark inside the file; expected one only at the very start, if any")
      return nil
    }
    return length
  }

  /// The length of the valid UTF-8 sequence starting at a byte of 0x80 and
  /// above, or 0 when it is not one (overlong forms and surrogates included).
  private static func utf8Length(_ input: UnsafeBufferPointer<UInt8>, _ at: Int) -> Int {
    let b0 = input[at]
    let length: Int
    let minimum: UInt32
    var scalar: UInt32
    switch b0 {
    case 0xC2...0xDF:
      length = 2
      minimum = 0x80
      scalar = UInt32(b0 & 0x1F)
    case 0xE0...0xEF:
      length = 3
      minimum = 0x800
      scalar = UInt32(b0 & 0x0F)
    case 0xF0...0xF4:
      length = 4
      minimum = 0x10000
      scalar = UInt32(b0 & 0x07)
    default: return 0
    }
    guard at + length <= input.count else { return 0 }
    for k in 1..<length {
      let b = input[at + k]
      guard b & 0xC0 == 0x80 else { return 0 }
      scalar = scalar << 6 | UInt32(b & 0x3F)
    }
    guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
      return 0
    }
    return length
  }
}
