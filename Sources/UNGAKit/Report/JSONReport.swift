import Foundation

/// The JSON format: the report's `Codable` encoding, keys sorted, two-space
/// pretty printing, slashes unescaped, ending in a newline.
///
/// Numbers are Swift's shortest representation that reads back to the same
/// double, so the same report always gives the same bytes; a non-finite number
/// (never produced by the simulator) is written as the string `"NaN"`,
/// `"Infinity"` or `"-Infinity"` rather than making the output invalid.
enum JSONReport {
  static func render(_ report: Report) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
    do {
      return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    } catch {
      // The report holds only strings, integers and doubles made safe above, so encoding
      // cannot fail; should it ever, the output still says so in valid JSON.
      var message = ""
      for scalar in "\(error)".unicodeScalars
      where scalar.value >= 0x20 && scalar != "\""
        && scalar != "\\"
      {
        message.unicodeScalars.append(scalar)
      }
      return "{\n  \"error\" : \"the report could not be encoded: \(message)\"\n}\n"
    }
  }
}
