import Foundation

/// The command line that started the process, as a user could type it again.
enum CommandLineText {
  /// `unga` and the arguments, each quoted for a POSIX shell where needed.
  static func current(tool: String = Unga.configuration.name) -> String {
    ([tool] + CommandLine.arguments.dropFirst().map(quoted)).joined(separator: " ")
  }

  /// `word` as is when the shell reads it back unchanged, else in single quotes.
  static func quoted(_ word: String) -> String {
    let plain = word.unicodeScalars.allSatisfy {
      $0.isASCII
        && (CharacterSet.alphanumerics.contains($0) || "-_./,:=+@%^".unicodeScalars.contains($0))
    }
    if plain, !word.isEmpty { return word }
    return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
