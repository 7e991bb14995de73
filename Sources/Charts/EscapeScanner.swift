/// Recognises ANSI CSI escape sequences (`ESC [` parameters, final byte `@`…`~`) one
/// grapheme at a time.
struct EscapeScanner {
  private enum State {
    case text
    case escape
    case parameters
  }

  private var state = State.text

  /// True when `character` belongs to an escape sequence (and so has no width).
  mutating func consume(_ character: Character) -> Bool {
    switch state {
    case .text:
      if character == "\u{1B}" {
        state = .escape
        return true
      }
      return false
    case .escape:
      state = character == "[" ? .parameters : .text
      return true
    case .parameters:
      if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
        (0x40...0x7E).contains(scalar.value)
      {
        state = .text
      }
      return true
    }
  }
}
