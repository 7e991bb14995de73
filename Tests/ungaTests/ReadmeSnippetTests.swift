import Foundation
import Testing

@testable import unga

/// The README's output snippets are the program's output: each fenced block that follows a
/// marker
///
///     <!-- output: unga simulate | until EXPECTED VOTES -->
///
/// is what that command prints on the shipped data today, run in this process (not a
/// terminal: no colour, tables not narrowed). Filters after `|`:
/// - `from TEXT`: the lines from the first one that starts with TEXT;
/// - `until TEXT`: the lines before the first one that starts with TEXT, trailing blank lines
///   dropped;
/// - `stable core`: for JSON, the first scenario's stable core (`name`, the adoption
///   probability and its standard error, and `yes`, `no`, `abstain`, `nonVoting` with
///   `mean`, `sd`, `q05`, `q50`, `q95`), probabilities to 4 decimals, means to 2, standard
///   deviations to 1.
///
/// When the model's parameters or the data change, regenerate every snippet in place with
///
///     UNGA_UPDATE_README=1 swift test --filter ReadmeSnippetTests
@Suite struct ReadmeSnippetTests {
  /// The environment variable that makes the test rewrite README.md instead of comparing.
  static let updateVariable = "UNGA_UPDATE_README"

  /// One marked snippet of the README.
  struct Snippet {
    /// The marker's command line (`unga simulate --format json`).
    var command: String
    /// Its filters, in order (`until EXPECTED VOTES`).
    var filters: [String]
    /// The lines between the fences, in the README.
    var lines: [String]
    /// The index in the README's lines of the first line inside the fence.
    var start: Int
    /// The index of the closing fence.
    var end: Int
  }

  /// A marker not followed by a fenced block, or an unknown filter.
  struct SnippetError: Error, CustomStringConvertible {
    var description: String
  }

  static let path = Repository.path("README.md")

  /// The marked snippets of `text`, in order.
  static func snippets(_ lines: [String]) throws -> [Snippet] {
    var snippets: [Snippet] = []
    for (index, line) in lines.enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard trimmed.hasPrefix("<!-- output:"), trimmed.hasSuffix("-->") else { continue }
      let body = trimmed.dropFirst("<!-- output:".count).dropLast("-->".count)
      let parts = body.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      guard index + 1 < lines.count, lines[index + 1].hasPrefix("```"),
        let close = lines[(index + 2)...].firstIndex(where: { $0 == "```" })
      else {
        throw SnippetError(
          description: "README.md:\(index + 1): the marker is not followed by a fenced block")
      }
      snippets.append(
        Snippet(
          command: parts[0], filters: Array(parts.dropFirst()),
          lines: Array(lines[(index + 2)..<close]), start: index + 2, end: close))
    }
    return snippets
  }

  /// What the snippet's command prints, filtered, as lines.
  static func output(of snippet: Snippet) throws -> [String] {
    let words = shellWords(snippet.command)
    guard words.first == "unga" else {
      throw SnippetError(description: "'\(snippet.command)' is not an unga command")
    }
    let result = runInProcess(Array(words.dropFirst()), root: Unga.self)
    guard result.status == .success else {
      throw SnippetError(
        description: "'\(snippet.command)' exited \(result.status.rawValue): \(result.stderr)")
    }
    var text = result.stdout
    var lines: [String] = []
    var isLines = false
    for filter in snippet.filters {
      if filter.hasPrefix("from ") {
        let start = String(filter.dropFirst("from ".count))
        if !isLines { lines = Self.lines(text) }
        isLines = true
        guard let index = lines.firstIndex(where: { $0.hasPrefix(start) }) else {
          throw SnippetError(description: "'\(snippet.command)' printed no line '\(start)'")
        }
        lines = Array(lines[index...])
      } else if filter.hasPrefix("until ") {
        let stop = String(filter.dropFirst("until ".count))
        if !isLines { lines = Self.lines(text) }
        isLines = true
        if let index = lines.firstIndex(where: { $0.hasPrefix(stop) }) {
          lines = Array(lines[..<index])
        } else {
          throw SnippetError(description: "'\(snippet.command)' printed no line '\(stop)'")
        }
      } else if filter == "stable core" {
        text = try stableCore(text)
      } else {
        throw SnippetError(description: "unknown filter '\(filter)'")
      }
    }
    if !isLines { lines = Self.lines(text) }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines
  }

  static func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// The first scenario's stable core, rounded, in the README's layout.
  static func stableCore(_ json: String) throws -> String {
    let object = try jsonObject(json)
    guard let scenarios = object["scenarios"] as? [[String: Any]], let first = scenarios.first,
      let name = first["name"] as? String,
      let probability = first["adoptionProbability"] as? Double,
      let error = first["adoptionProbabilityStandardError"] as? Double
    else { throw SnippetError(description: "the JSON has no scenario with its stable core") }
    var lines = [
      "{", "  \"scenarios\": [", "    {", "      \"name\": \"\(name)\",",
      "      \"adoptionProbability\": \(fixed(probability, 4)),",
      "      \"adoptionProbabilityStandardError\": \(fixed(error, 4)),",
    ]
    let keys = ["yes", "no", "abstain", "nonVoting"]
    for (index, key) in keys.enumerated() {
      guard let count = first[key] as? [String: Any], let mean = count["mean"] as? Double,
        let sd = count["sd"] as? Double, let q05 = count["q05"] as? Int,
        let q50 = count["q50"] as? Int, let q95 = count["q95"] as? Int
      else { throw SnippetError(description: "the JSON's '\(key)' lacks its stable core") }
      let label = ("\"\(key)\":").padding(toLength: 12, withPad: " ", startingAt: 0)
      lines.append(
        "      \(label) { \"mean\": \(fixed(mean, 2)), \"sd\": \(fixed(sd, 1)),"
          + " \"q05\": \(q05), \"q50\": \(q50), \"q95\": \(q95) }"
          + (index < keys.count - 1 ? "," : ""))
    }
    lines += ["    }", "  ]", "}"]
    return lines.joined(separator: "\n")
  }

  /// `value` with `decimals` decimals, ASCII (JSON numbers).
  static func fixed(_ value: Double, _ decimals: Int) -> String {
    String(format: "%.\(decimals)f", value)
  }

  /// The lines that differ, numbered as in the README, at most `limit` of them.
  static func diff(_ expected: [String], _ actual: [String], firstLine: Int, limit: Int = 20)
    -> String
  {
    var report: [String] = []
    for index in 0..<max(expected.count, actual.count) {
      let readme = index < expected.count ? expected[index] : nil
      let output = index < actual.count ? actual[index] : nil
      guard readme != output else { continue }
      report.append("README.md:\(firstLine + index + 1):")
      report.append("  README: " + (readme ?? "(no line)"))
      report.append("  output: " + (output ?? "(no line)"))
      if report.count >= 3 * limit {
        report.append("…")
        break
      }
    }
    return report.joined(separator: "\n")
  }

  @Test func everyMarkedSnippetIsTheCommandsOutput() throws {
    let text = try String(contentsOfFile: Self.path, encoding: .utf8)
    var lines = Self.lines(text)
    let snippets = try Self.snippets(lines)
    #expect(snippets.count >= 4)
    let update = ProcessInfo.processInfo.environment[Self.updateVariable] == "1"
    // From the last snippet up, so that rewriting one keeps the earlier ones' positions.
    for snippet in snippets.reversed() {
      let output = try Self.output(of: snippet)
      if update {
        lines.replaceSubrange(snippet.start..<snippet.end, with: output)
        continue
      }
      if snippet.lines != output {
        Issue.record(
          """
          the README's output of '\(snippet.command)' differs from the command's; \
          regenerate with \(Self.updateVariable)=1 swift test --filter ReadmeSnippetTests
          \(Self.diff(snippet.lines, output, firstLine: snippet.start))
          """)
      }
    }
    if update {
      try lines.joined(separator: "\n").write(toFile: Self.path, atomically: true, encoding: .utf8)
    }
  }

  /// The filters and the diff, on text the test makes itself.
  @Test func filtersCutAndTheDiffNamesTheLines() throws {
    let lines = [
      "intro", "<!-- output: unga show X | until B -->", "```", "a", "```", "", "```", "z",
      "```",
    ]
    let snippets = try Self.snippets(lines)
    #expect(snippets.count == 1)
    #expect(snippets[0].command == "unga show X")
    #expect(snippets[0].filters == ["until B"])
    #expect(snippets[0].lines == ["a"])
    #expect(snippets[0].start == 3 && snippets[0].end == 4)
    #expect(
      Self.diff(["a", "b"], ["a", "c", "d"], firstLine: 3)
        == "README.md:5:\n  README: b\n  output: c\nREADME.md:6:\n  README: (no line)\n  output: d")
    #expect(throws: SnippetError.self) {
      try Self.snippets(["<!-- output: unga show X -->", "no fence"])
    }
    let core = try Self.stableCore(
      """
      {"scenarios": [{"name": "as recorded", "adoptionProbability": 0.99634,
      "adoptionProbabilityStandardError": 0.000191,
      "yes": {"mean": 97.861, "sd": 20.14, "q05": 66, "q50": 97, "q95": 134},
      "no": {"mean": 13.8, "sd": 6.5, "q05": 5, "q50": 13, "q95": 26},
      "abstain": {"mean": 68, "sd": 14.96, "q05": 40, "q50": 69, "q95": 89},
      "nonVoting": {"mean": 13.3, "sd": 2.7, "q05": 9, "q50": 13, "q95": 18}}]}
      """)
    #expect(core.contains("\n      \"adoptionProbability\": 0.9963,\n"))
    #expect(
      core.contains(
        "\n      \"yes\":       { \"mean\": 97.86, \"sd\": 20.1, \"q05\": 66, \"q50\": 97, \"q95\": 134 },\n"
      ))
    #expect(core.hasSuffix("\"q95\": 18 }\n    }\n  ]\n}"))
  }
}
