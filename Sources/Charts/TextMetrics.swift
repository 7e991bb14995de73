/// Approximate widths of text in a sans-serif font, for laying out chart labels without a
/// font engine.
///
/// Uses Helvetica's advance widths for ASCII (the metric most system sans-serif fonts
/// follow closely) with a 5 % allowance for wider fonts; other letters count as a lower-case
/// `n`, East Asian wide characters as one em. Good to a few percent, enough to keep labels
/// from colliding.
public enum TextMetrics {
  /// The approximate width of `text` set at `fontSize` (in the same unit as the result).
  /// Set `bold` for bold text, which runs about 7 % wider.
  public static func width(of text: String, fontSize: Double, bold: Bool = false) -> Double {
    var units = 0
    for character in text {
      guard let scalar = character.unicodeScalars.first else { continue }
      if scalar.isASCII, scalar.value >= 32 {
        units += asciiWidths[Int(scalar.value) - 32]
      } else {
        switch DisplayWidth.width(of: character) {
        case 0: break
        case 2: units += 1000
        default: units += narrowPunctuation.contains(scalar) ? 280 : 556
        }
      }
    }
    return Double(units) / 1000 * fontSize * (bold ? 1.12 : 1.05)
  }

  private static let narrowPunctuation: Set<Unicode.Scalar> = [
    "\u{2019}", "\u{2018}", "\u{00A0}", "\u{202F}", "\u{2009}", "\u{00B7}",
  ]

  /// Helvetica advance widths in 1/1000 em for U+0020 through U+007E.
  private static let asciiWidths: [Int] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // sp … /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0 … ?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // @ … O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P … _
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // ` … o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,  // p … ~
  ]
}
