import Testing
import UNGAKit

@Suite struct ColorPolicyTests {
  @Test(arguments: [
    (true, [String: String](), true),
    (false, [:], false),
    (true, ["NO_COLOR": "1"], false),
    (true, ["NO_COLOR": "0"], false),  // any non-empty value disables colour
    (true, ["NO_COLOR": "false"], false),
    (true, ["NO_COLOR": ""], true),  // present but empty: no effect
    (false, ["NO_COLOR": ""], false),
    (true, ["TERM": "dumb"], false),
    (true, ["TERM": "xterm-256color"], true),
  ])
  func colourOnlyOnATerminalWithoutNoColor(
    isTerminal: Bool, environment: [String: String], expected: Bool
  ) {
    #expect(
      ColorPolicy.shouldUseColor(isTerminal: isTerminal, environment: environment) == expected)
  }
}
