import Foundation

/// The command line that started the process, as a user could type it again.
enum CommandLineText {
  /// `unga` and the arguments, each quoted for a POSIX shell where needed,
  /// leaving out the options named in `omitting` with their values (given as
  /// `--name value`, `--name=value` or `-n value`).
  ///
  /// Reports leave out `--threads`: no figure depends on it, and a report's
  /// bytes must not either.
  static func current(
    tool: String = Unga.configuration.name, omitting: Set<String> = ["--threads", "-j"]
  ) -> String {
    ([tool] + kept(Array(CommandLine.arguments.dropFirst()), omitting: omitting).map(quoted))
      .joined(separator: " ")
  }

  /// `arguments` without the options in `omitting` and their values; nothing
  /// after `--` is treated as an option.
  static func kept(_ arguments: [String], omitting: Set<String>) -> [String] {
    var result: [String] = []
    var index = 0
    while index < arguments.count {
      let word = arguments[index]
      index += 1
      if word == "--" {
        result += arguments[(index - 1)...]
        break
      }
      let name = word.hasPrefix("--") ? String(word.prefix { $0 != "=" }) : word
      guard omitting.contains(name) else {
        result.append(word)
        continue
      }
      if name == word, index < arguments.count { index += 1 }
    }
    return result
  }

  /// `word` as is when the shell reads it back unchanged, else in single quotes.
  static func quoted(_ word: String) -> String {
    let safe = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_./,:=+@%^"))
    let plain = word.unicodeScalars.allSatisfy { $0.isASCII && safe.contains($0) }
    if plain, !word.isEmpty { return word }
    return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
