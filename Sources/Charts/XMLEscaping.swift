/// Escaping of text for XML and HTML, shared by the SVG writer and the HTML helpers.
///
/// Both functions also replace characters that XML 1.0 forbids outright (C0 controls other
/// than tab, line feed and carriage return, and U+FFFE, U+FFFF) with U+FFFD REPLACEMENT
/// CHARACTER, so any input string yields a well-formed document.
public enum XMLEscaping {
  /// `text` safe as element content: `&`, `<` and `>` become entities.
  public static func text(_ text: String) -> String {
    escape(text, inAttribute: false)
  }

  /// `text` safe inside a double-quoted attribute value: `&`, `<`, `>`, `"` and `'` become
  /// entities, and tab, line feed and carriage return become character references so an
  /// XML parser's attribute normalisation keeps them.
  public static func attribute(_ text: String) -> String {
    escape(text, inAttribute: true)
  }

  private static func escape(_ text: String, inAttribute: Bool) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"" where inAttribute: result += "&quot;"
      case "'" where inAttribute: result += "&#39;"
      case "\t" where inAttribute: result += "&#9;"
      case "\n" where inAttribute: result += "&#10;"
      case "\r": result += "&#13;"
      default:
        if isAllowed(scalar) {
          result.unicodeScalars.append(scalar)
        } else {
          result.unicodeScalars.append("\u{FFFD}")
        }
      }
    }
    return result
  }

  /// XML 1.0 `Char`: tab, LF, CR, U+0020…U+D7FF, U+E000…U+FFFD, U+10000…U+10FFFF.
  private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }
}
