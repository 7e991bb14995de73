import Foundation
import UNGAKit

extension Console {
  /// The style for text written to standard output: colour only when it is a
  /// terminal and `NO_COLOR` is unset (see `ColorPolicy`), never in a file.
  func outputStyle(writingToFile: Bool) -> TerminalStyle {
    TerminalStyle(
      isEnabled: !writingToFile
        && ColorPolicy.shouldUseColor(
          isTerminal: isOutputTerminal, environment: ProcessInfo.processInfo.environment)
    )
  }
}
