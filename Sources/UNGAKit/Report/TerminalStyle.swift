/// Wraps text in ANSI SGR escape sequences, or leaves it untouched when colour is off.
///
/// Build one from ``ColorPolicy/shouldUseColor(isTerminal:environment:)`` and pass it to
/// every renderer, so no renderer decides about colour on its own.
public struct TerminalStyle: Sendable, Hashable {
  /// One text attribute.
  public enum Attribute: Sendable, Hashable {
    /// SGR 1: headers, key figures.
    case bold
    /// SGR 2: secondary figures such as standard errors.
    case dim
    /// SGR 3; some terminals show it as inverse or not at all, so never rely on it alone.
    case italic
    /// SGR 4.
    case underline
    /// SGR 30–37: text in one of the standard colours.
    case foreground(Color)
  }

  /// The eight standard terminal colours; the terminal's theme decides their exact shade,
  /// which keeps output readable on light and dark backgrounds alike.
  public enum Color: Int, Sendable, Hashable, CaseIterable {
    case black = 30
    case red = 31
    case green = 32
    case yellow = 33
    case blue = 34
    case magenta = 35
    case cyan = 36
    case white = 37
  }

  /// Whether escape sequences are written at all.
  public var isEnabled: Bool

  /// A style that writes escape sequences only when `isEnabled` is true.
  public init(isEnabled: Bool) {
    self.isEnabled = isEnabled
  }

  /// A style that never writes escape sequences.
  public static let plain = TerminalStyle(isEnabled: false)

  /// `text` with `attributes` switched on before it and reset after it; `text` itself when
  /// colour is off, no attributes are given or `text` is empty.
  public func apply(_ attributes: [Attribute], to text: String) -> String {
    guard isEnabled, !attributes.isEmpty, !text.isEmpty else { return text }
    let codes = attributes.map { attribute -> String in
      switch attribute {
      case .bold: "1"
      case .dim: "2"
      case .italic: "3"
      case .underline: "4"
      case .foreground(let color): String(color.rawValue)
      }
    }
    return "\u{1B}[" + codes.joined(separator: ";") + "m" + text + "\u{1B}[0m"
  }

  /// `text` in bold.
  public func bold(_ text: String) -> String { apply([.bold], to: text) }

  /// `text` dimmed, for secondary information such as standard errors.
  public func dim(_ text: String) -> String { apply([.dim], to: text) }

  /// `text` in `color`.
  public func color(_ color: Color, _ text: String) -> String {
    apply([.foreground(color)], to: text)
  }
}
