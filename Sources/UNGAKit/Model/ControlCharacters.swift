/// Control characters in text that came from data, made visible instead of
/// being passed to a terminal (where `ESC ] 0 ; … BEL` retitles the window
/// and `ESC [ 31 m` recolours what follows).
///
/// Every C0 control (U+0000–U+001F), DEL (U+007F) and C1 control
/// (U+0080–U+009F) becomes its Swift escape, `\u{1B}`; a line break inside a
/// title becomes `\u{A}` too, so one value stays on one line. Everything else,
/// any script included, is left as it is.
public enum ControlCharacters {
  /// `text` with its control characters escaped (see the type).
  public static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      if isControl(scalar) {
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `text` with its control characters escaped except line breaks (`\n`),
  /// for messages of several lines.
  public static func escapedKeepingLines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }
      .joined(separator: "\n")
  }

  /// Whether `scalar` is a C0 or C1 control character or DEL.
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }
}
