/// How many terminal columns text occupies, and padding or truncating to a width.
///
/// Counts grapheme clusters, not bytes or scalars, so `Côte d’Ivoire` (with a combining or
/// precomposed accent) is 13 columns and `Türkiye` is 7. East Asian wide and fullwidth
/// characters and emoji shown as pictures count 2; control and format characters and
/// combining marks standing alone count 0. ANSI escape sequences (`ESC [ … final`) count 0,
/// so styled text measures as its visible part.
public enum DisplayWidth {
  /// How text is placed in a wider field.
  public enum Alignment: Sendable, Hashable {
    /// Flush left, padded on the right: text.
    case left
    /// Flush right, padded on the left: numbers.
    case right
    /// Centred, the odd space on the right.
    case center
  }

  /// The columns `text` occupies. Complexity: O(n) in the length of `text`.
  public static func of(_ text: some StringProtocol) -> Int {
    var width = 0
    var scanner = EscapeScanner()
    for character in text where !scanner.consume(character) {
      width += self.width(of: character)
    }
    return width
  }

  /// The columns one grapheme cluster occupies: 0, 1 or 2.
  public static func width(of character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if scalars.allSatisfy(isZeroWidth) { return 0 }
    if isWide(first) { return 2 }
    // A text-default symbol followed by VARIATION SELECTOR-16 is drawn as an emoji picture.
    if scalars.contains("\u{FE0F}") || first.properties.isEmojiPresentation { return 2 }
    return 1
  }

  /// `text` padded with spaces to `width` columns; text already as wide is returned as is.
  public static func pad(
    _ text: String, toWidth width: Int, alignment: Alignment = .left
  ) -> String {
    let missing = width - of(text)
    guard missing > 0 else { return text }
    switch alignment {
    case .left:
      return text + String(repeating: " ", count: missing)
    case .right:
      return String(repeating: " ", count: missing) + text
    case .center:
      let before = missing / 2
      return String(repeating: " ", count: before) + text
        + String(repeating: " ", count: missing - before)
    }
  }

  /// `text` cut to at most `width` columns, ending in `ellipsis` when anything was cut
  /// (spaces before the ellipsis are dropped).
  ///
  /// Never splits a grapheme cluster; a wide character that would straddle the limit is
  /// dropped. Escape sequences are kept, and a reset (`ESC[0m`) is appended when the cut
  /// text contains any, so a cut never leaves a style running.
  public static func truncate(
    _ text: String, toWidth width: Int, ellipsis: String = "…"
  ) -> String {
    guard of(text) > width else { return text }
    let ellipsisWidth = of(ellipsis)
    guard width >= ellipsisWidth else {
      return truncate(ellipsis, toWidth: width, ellipsis: "")
    }
    let budget = width - ellipsisWidth
    var result = ""
    var used = 0
    var sawEscape = false
    var scanner = EscapeScanner()
    for character in text {
      if scanner.consume(character) {
        sawEscape = true
        result.append(character)
        continue
      }
      let characterWidth = self.width(of: character)
      if used + characterWidth > budget { break }
      used += characterWidth
      result.append(character)
    }
    // "Côte…" reads better than "Côte …".
    while result.last == " " { result.removeLast() }
    return result + ellipsis + (sawEscape ? "\u{1B}[0m" : "")
  }

  /// `line` without the spaces at its end.
  public static func trimmingTrailingSpaces(_ line: String) -> String {
    var line = Substring(line)
    while line.last == " " { line = line.dropLast() }
    return String(line)
  }

  private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .format, .nonspacingMark, .enclosingMark: true
    default: scalar == "\u{FE0F}" || scalar == "\u{200D}"
    }
  }

  /// East Asian Wide (W) and Fullwidth (F) blocks, per Unicode Standard Annex #11, reduced
  /// to the ranges that hold assigned characters.
  private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x115F,  // Hangul Jamo initial consonants
      0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols
      0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compatibility
      0x3400...0x4DBF,  // CJK Extension A
      0x4E00...0x9FFF,  // CJK Unified Ideographs
      0xA000...0xA4CF,  // Yi
      0xA960...0xA97F,  // Hangul Jamo Extended-A
      0xAC00...0xD7A3,  // Hangul syllables
      0xF900...0xFAFF,  // CJK compatibility ideographs
      0xFE10...0xFE19,  // vertical forms
      0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
      0xFF00...0xFF60,  // fullwidth forms
      0xFFE0...0xFFE6,  // fullwidth signs
      0x1F300...0x1F64F,  // miscellaneous symbols and pictographs, emoticons
      0x1F900...0x1F9FF,  // supplemental symbols and pictographs
      0x20000...0x2FFFD,  // CJK Extensions B to F
      0x30000...0x3FFFD:  // CJK Extension G and later
      true
    default:
      false
    }
  }
}
