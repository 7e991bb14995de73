import Charts

/// Word wrapping for terminal text, by display width.
enum TextWrap {
  /// `text` broken at spaces into lines of at most `width` columns, the first
  /// starting with `first`, the others with `rest`. A word longer than a line
  /// stands on a line of its own, unbroken.
  /// - Complexity: O(n) in the length of `text`.
  static func lines(_ text: String, width: Int, first: String = "", rest: String = "")
    -> [String]
  {
    var lines: [String] = []
    var line = first
    var lineHasWord = false
    for word in words(text) {
      let candidate = lineHasWord ? line + " " + word : line + word
      if lineHasWord, DisplayWidth.of(candidate) > width {
        lines.append(line)
        line = rest + word
      } else {
        line = candidate
      }
      lineHasWord = true
    }
    if lineHasWord || lines.isEmpty { lines.append(line) }
    return lines
  }

  /// The words of `text`, with a unit that follows a number (`%`, `pp`) kept on its word,
  /// so `44.1 %` never breaks across lines.
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let isUnit =
        word.hasPrefix("%") || word == "pp" || word.hasPrefix("pp)")
        || word.hasPrefix("pp,") || word.hasPrefix("pp.") || word.hasPrefix("pp;")
      if isUnit, let last = words.last, last.last?.isNumber == true {
        words[words.count - 1] = last + " " + word
      } else {
        words.append(String(word))
      }
    }
    return words
  }

  /// `items` separated by commas, broken between items into lines of at most `width`
  /// columns (an item wider than a line stands alone), the first line starting with
  /// `first`, the others with `rest`.
  static func list(_ items: [String], first: String, rest: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = first
    var isEmpty = true
    for (index, item) in items.enumerated() {
      let piece = item + (index < items.count - 1 ? "," : "")
      let candidate = isEmpty ? line + piece : line + " " + piece
      if !isEmpty, DisplayWidth.of(candidate) > width {
        lines.append(line)
        line = rest + piece
      } else {
        line = candidate
      }
      isEmpty = false
    }
    lines.append(line)
    return lines
  }

  /// A shell command broken at spaces outside quotes into lines of at most
  /// `width` columns (a longer argument stands alone), each but the last
  /// ending in ` \`, so the lines can still be pasted into a shell.
  static func command(_ command: String, width: Int, indent: String) -> [String] {
    var words: [String] = []
    var word = ""
    var quote: Character?
    for character in command {
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "'" || character == "\"" {
        quote = character
      } else if character == " " {
        if !word.isEmpty { words.append(word) }
        word = ""
        continue
      }
      word.append(character)
    }
    if !word.isEmpty { words.append(word) }
    var lines: [String] = []
    var line = indent
    for word in words {
      if line != indent, DisplayWidth.of(line + " " + word) > width - 2 {
        lines.append(line + " \\")
        line = indent + "  " + word
      } else {
        line += (line == indent ? "" : " ") + word
      }
    }
    lines.append(line)
    return lines
  }
}
