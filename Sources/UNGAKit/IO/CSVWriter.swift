import Foundation

/// Builds RFC 4180 CSV text: fields quoted only when they must be, LF line endings.
public struct CSVWriter: Sendable {
  /// The text written so far.
  public private(set) var text: String = ""

  /// Starts a file with a header row.
  public init(header: [String]) {
    appendRow(header)
  }

  /// Appends one record.
  public mutating func appendRow(_ fields: [String]) {
    var first = true
    for field in fields {
      if !first { text.append(",") }
      first = false
      text.append(CSVWriter.escape(field))
    }
    text.append("\n")
  }

  /// A field as it must appear in CSV: quoted (with inner quotes doubled) when
  /// it holds a comma, quote, CR or LF, or starts or ends with a space.
  public static func escape(_ field: String) -> String {
    var needsQuotes = false
    for byte in field.utf8
    where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D {
      needsQuotes = true
      break
    }
    if !needsQuotes, let first = field.utf8.first, let last = field.utf8.last,
      first == 0x20 || last == 0x20
    {
      needsQuotes = true
    }
    guard needsQuotes else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
