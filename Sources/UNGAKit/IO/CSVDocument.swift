/// A whole CSV file parsed into records of fields (RFC 4180).
///
/// Accepts UTF-8 with or without a byte-order mark, LF or CRLF line
/// endings, and quoted fields with embedded commas, doubled quotes and
/// newlines. Rejects, with file, line and column: invalid UTF-8, NUL bytes, a
/// byte-order mark after the start, a bare CR line ending, a quote inside an
/// unquoted field, text after a closing quote, and an unterminated quote.
///
/// Fields are kept as byte ranges in one buffer; a `String` is made only when
/// a caller asks for one, so reading a large file costs one pass over its bytes.
public struct CSVDocument: Sendable {
  /// The file name used in errors.
  public let file: String
  /// Unescaped field bytes, back to back.
  private let buffer: [UInt8]
  /// For field k: its bytes are `buffer[fieldEnds[k-1]..<fieldEnds[k]]` (0 for k = 0).
  private let fieldEnds: [Int32]
  /// For record r: its fields are `recordStarts[r]..<recordStarts[r+1]`.
  private let recordStarts: [Int32]
  /// The 1-based line on which record r starts.
  private let recordLines: [Int32]

  /// The number of records, the header included.
  public var count: Int { recordLines.count }

  /// Parses `bytes`; `file` names the file in errors.
  /// - Throws: `CSVError` for the first malformed byte (see the type's summary).
  /// - Complexity: O(n) in the number of bytes.
  public init(bytes: [UInt8], file: String) throws(CSVError) {
    self.file = file
    var buffer: [UInt8] = []
    buffer.reserveCapacity(bytes.count)
    var fieldEnds: [Int32] = []
    var recordStarts: [Int32] = [0]
    var recordLines: [Int32] = []
    fieldEnds.reserveCapacity(bytes.count / 8)

    var error: CSVError?
    bytes.withUnsafeBufferPointer { input in
      let n = input.count
      guard n < Int(Int32.max) else {
        error = CSVError(file: file, line: 1, message: "file is larger than 2 GiB")
        return
      }
      var i = 0
      if n >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { i = 3 }
      var line = 1
      var lineStart = 0
      func fail(_ at: Int, _ message: String) {
        error = CSVError(file: file, line: line, column: at - lineStart + 1, message: message)
      }
      // Validates one UTF-8 sequence starting at a byte >= 0x80; returns its length or 0.
      func utf8Length(_ at: Int) -> Int {
        let b0 = input[at]
        var length = 0
        var minimum: UInt32 = 0
        var scalar: UInt32 = 0
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
        guard at + length <= n else { return 0 }
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
      // Checks the bytes that are not plain ASCII; returns false after reporting.
      func checkSpecial(_ at: Int) -> Int? {
        let b = input[at]
        if b == 0 {
          fail(at, "NUL byte; expected UTF-8 text")
          return nil
        }
        let length = utf8Length(at)
        if length == 0 {
          fail(
            at, "invalid UTF-8 byte 0x\(String(b, radix: 16, uppercase: true)); expected UTF-8 text"
          )
          return nil
        }
        if length == 3, input[at] == 0xEF, input[at + 1] == 0xBB, input[at + 2] == 0xBF {
          fail(at, "byte-order mark inside the file; expected one only at the very start, if any")
          return nil
        }
        return length
      }

      if i >= n { return }
      var recordLine = line
      while i <= n {
        // Start of a field.
        if i < n, input[i] == UInt8(ascii: "\"") {
          i += 1
          var closed = false
          while i < n {
            let b = input[i]
            if b == UInt8(ascii: "\"") {
              if i + 1 < n, input[i + 1] == UInt8(ascii: "\"") {
                buffer.append(b)
                i += 2
                continue
              }
              i += 1
              closed = true
              break
            }
            if b == 0x0A {
              line += 1
              lineStart = i + 1
              buffer.append(b)
              i += 1
            } else if b < 0x80 && b != 0 {
              buffer.append(b)
              i += 1
            } else {
              guard let length = checkSpecial(i) else { return }
              buffer.append(contentsOf: input[i..<(i + length)])
              i += length
            }
          }
          if !closed {
            error = CSVError(
              file: file, line: recordLine,
              message: "unterminated quoted field; expected a closing \"")
            return
          }
          if i < n {
            let b = input[i]
            if b != UInt8(ascii: ",") && b != 0x0A
              && !(b == 0x0D && i + 1 < n && input[i + 1] == 0x0A)
            {
              fail(
                i,
                b == 0x0D
                  ? "bare CR line ending; expected LF or CRLF"
                  : "text after a closing quote; expected a comma or the end of the line")
              return
            }
          }
        } else {
          while i < n {
            let b = input[i]
            if b == UInt8(ascii: ",") || b == 0x0A { break }
            if b == 0x0D {
              if i + 1 < n, input[i + 1] == 0x0A { break }
              fail(i, "bare CR line ending; expected LF or CRLF")
              return
            }
            if b == UInt8(ascii: "\"") {
              fail(
                i,
                "quote inside an unquoted field; expected the whole field in quotes, with inner quotes doubled"
              )
              return
            }
            if b < 0x80 && b != 0 {
              buffer.append(b)
              i += 1
            } else {
              guard let length = checkSpecial(i) else { return }
              buffer.append(contentsOf: input[i..<(i + length)])
              i += length
            }
          }
        }
        fieldEnds.append(Int32(buffer.count))
        // End of field: comma, newline or end of input.
        if i < n, input[i] == UInt8(ascii: ",") {
          i += 1
          if i == n {
            // A trailing comma on the last line means one more, empty field.
            fieldEnds.append(Int32(buffer.count))
            recordStarts.append(Int32(fieldEnds.count))
            recordLines.append(Int32(recordLine))
            return
          }
          continue
        }
        recordStarts.append(Int32(fieldEnds.count))
        recordLines.append(Int32(recordLine))
        if i >= n { return }
        if input[i] == 0x0D { i += 1 }
        i += 1  // the LF
        line += 1
        lineStart = i
        recordLine = line
        if i >= n { return }
      }
    }
    if let error { throw error }
    self.buffer = buffer
    self.fieldEnds = fieldEnds
    self.recordStarts = recordStarts
    self.recordLines = recordLines
  }

  /// The 1-based line on which record `record` starts.
  @inlinable
  public func line(_ record: Int) -> Int { lineStorage(record) }

  @usableFromInline
  func lineStorage(_ record: Int) -> Int { Int(recordLines[record]) }

  /// The number of fields in record `record`.
  public func fieldCount(_ record: Int) -> Int {
    Int(recordStarts[record + 1] - recordStarts[record])
  }

  /// Whether record `record` is one empty field (a blank line).
  public func isBlank(_ record: Int) -> Bool {
    fieldCount(record) == 1 && byteCount(record, 0) == 0
  }

  private func range(_ record: Int, _ field: Int) -> Range<Int> {
    let k = Int(recordStarts[record]) + field
    let start = k == 0 ? 0 : Int(fieldEnds[k - 1])
    return start..<Int(fieldEnds[k])
  }

  /// The number of bytes in a field.
  public func byteCount(_ record: Int, _ field: Int) -> Int { range(record, field).count }

  /// A field as a `String` (the bytes are valid UTF-8: the parser checked them).
  public func string(_ record: Int, _ field: Int) -> String {
    let range = range(record, field)
    return buffer.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self)
    }
  }

  /// Calls `body` with a field's bytes, without making a `String`.
  public func withBytes<R>(
    _ record: Int, _ field: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R
  ) rethrows -> R {
    let range = range(record, field)
    return try buffer.withUnsafeBufferPointer {
      try body(UnsafeBufferPointer(rebasing: $0[range]))
    }
  }

  /// All fields of a record as strings.
  public func strings(_ record: Int) -> [String] {
    (0..<fieldCount(record)).map { string(record, $0) }
  }
}
