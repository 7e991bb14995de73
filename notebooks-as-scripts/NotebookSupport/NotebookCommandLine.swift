import Foundation
import UNGAKit

/// A notebook's command line: `--output DIR`, the options the notebook takes among
/// `--trials N`, `--seed N` and `--window N`, and `--help`.
///
/// `parse` prints the help and exits 0 for `--help`, and prints the mistake and the usage
/// and exits 64 (the `sysexits.h` usage status, as `unga` uses it) for a wrong argument.
public struct NotebookCommandLine {
  /// An option a notebook may take besides `--output`.
  public enum Option: String, Sendable {
    case trials = "--trials"
    case seed = "--seed"
    case window = "--window"
  }

  /// The notebook's name: its executable and its default output folder.
  public let name: String
  /// The folder written to (default `notebook-output/<name>`).
  public var output: String
  /// Monte Carlo trials per simulation, 1 or more.
  public var trials = 100_000
  /// The seed of the random draws.
  public var seed: UInt64 = 1
  /// Sessions per window, 1 to 10.
  public var window = 3

  /// Reads `arguments` (without the program name) for the notebook `name`.
  ///
  /// - Parameter options: the options the notebook takes.
  public static func parse(
    name: String, about: String, options: [Option],
    arguments: [String] = Array(CommandLine.arguments.dropFirst())
  ) -> NotebookCommandLine {
    var commandLine = NotebookCommandLine(name: name, output: "notebook-output/\(name)")
    let usage = usage(name: name, about: about, options: options)
    do {
      if try commandLine.read(arguments, options: options) {
        print(usage)
        exit(0)
      }
    } catch {
      FileHandle.standardError.write(Data("\(name): \(error)\n\n\(usage)\n".utf8))
      exit(64)
    }
    return commandLine
  }

  /// The command that reproduces a run's figures (the output folder does not change them).
  public func reproduction(_ options: [Option]) -> String {
    let flags = options.map { option -> String in
      switch option {
      case .trials: "--trials \(trials)"
      case .seed: "--seed \(seed)"
      case .window: "--window \(window)"
      }
    }
    return (["swift run -c release \(name)"] + flags).joined(separator: " ")
  }

  /// Reads the arguments; returns whether help was asked for.
  /// - Throws: `UsageError` naming the bad argument and what was expected.
  private mutating func read(_ arguments: [String], options: [Option]) throws(UsageError) -> Bool {
    var rest = arguments[...]
    var wantsHelp = false
    while let word = rest.popFirst() {
      let equals = word.hasPrefix("--") ? word.firstIndex(of: "=") : nil
      let flag = equals.map { String(word[..<$0]) } ?? word
      func value() throws(UsageError) -> String {
        if let equals { return String(word[word.index(after: equals)...]) }
        guard let next = rest.popFirst(), !next.hasPrefix("--") else {
          throw UsageError("\(flag) needs a value")
        }
        return next
      }
      if flag == "-h" || flag == "--help" {
        wantsHelp = true
        continue
      }
      if flag == "--output" {
        output = try value()
        guard !output.isEmpty else { throw UsageError("--output needs a folder") }
        continue
      }
      guard let option = Option(rawValue: flag), options.contains(option) else {
        let known = ["--output"] + options.map(\.rawValue) + ["--help"]
        throw UsageError("unknown argument '\(word)'; expected \(ReportWording.list(known))")
      }
      let text = try value()
      switch option {
      case .trials:
        guard let number = Int(text), (1...MonteCarloOptions.trialLimit).contains(number) else {
          throw UsageError("--trials expects a whole number from 1 upwards, got '\(text)'")
        }
        trials = number
      case .seed:
        guard let number = UInt64(text) else {
          throw UsageError("--seed expects a whole number from 0 to \(UInt64.max), got '\(text)'")
        }
        seed = number
      case .window:
        guard let number = Int(text), (1...10).contains(number) else {
          throw UsageError("--window expects a number of sessions from 1 to 10, got '\(text)'")
        }
        window = number
      }
    }
    return wantsHelp
  }

  private static func usage(name: String, about: String, options: [Option]) -> String {
    let synopsis = (["[--output DIR]"] + options.map { "[\($0.rawValue) N]" }).joined(
      separator: " ")
    var lines = [
      "usage: \(name) \(synopsis)", "", about, "", "options:",
      "  --output DIR  folder to write to (default notebook-output/\(name))",
    ]
    for option in options {
      switch option {
      case .trials:
        lines.append("  --trials N    Monte Carlo trials per simulation (default 100000)")
      case .seed:
        lines.append("  --seed N      seed of the random draws (default 1); the same seed and")
        lines.append("                trials give the same figures")
      case .window:
        lines.append("  --window N    sessions per window, 1 to 10 (default 3)")
      }
    }
    lines.append("  -h, --help    show this help")
    return lines.joined(separator: "\n")
  }
}

/// A mistake on the command line.
struct UsageError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
