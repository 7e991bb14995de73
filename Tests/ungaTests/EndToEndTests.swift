import Foundation
import Testing

@testable import unga

/// The built `unga` binary, run as a user would.
@Suite struct EndToEndTests {
  @Test func versionPrintsTheVersion() throws {
    let result = try unga("--version")
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout == "\(Unga.version)\n")
    #expect(result.stderr.isEmpty)
  }

  @Test(arguments: [["--help"], ["-h"], ["help"], []])
  func helpListsSubcommandsAndExamples(_ arguments: [String]) throws {
    let result = try unga(arguments: arguments)
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.hasPrefix("OVERVIEW: Model votes in the United Nations General Assembly"))
    #expect(result.stdout.contains("USAGE: unga <subcommand>"))
    #expect(result.stdout.contains("SUBCOMMANDS:\n"))
    for subcommand in Unga.configuration.subcommands {
      #expect(result.stdout.contains("\n  \(subcommand.configuration.name) "))
    }
    #expect(result.stdout.contains("  help                    Show subcommand help information."))
    #expect(result.stdout.contains("EXAMPLES:\n  unga simulate\n"))
    #expect(result.stderr.isEmpty)
  }

  /// The top-level help's examples are real: each runs on the shipped data (one that writes
  /// a file writes it into a temporary folder).
  @Test func theTopLevelExamplesRunOnTheShippedData() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("unga-examples-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for example in Unga.configuration.examples {
      var words = Array(shellWords(example).dropFirst())
      if let output = words.firstIndex(of: "--output") {
        words[output + 1] = folder.appendingPathComponent(words[output + 1]).path
      }
      let result = try unga(arguments: words, directory: Repository.root)
      #expect(result.status == 0, "\(example): \(result)")
      #expect(!result.stdout.isEmpty || words.contains("--output"), "\(example)")
    }
    #expect(
      FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.html").path))
  }

  @Test func anUnknownSubcommandExits64WithTheChoices() throws {
    let result = try unga("nosuch")
    #expect(result.status == 64, "\(result)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("unga: error: unknown subcommand 'nosuch'; expected one of: "))
    #expect(result.stderr.contains("\nUsage: unga <subcommand>\n"))
  }

  @Test func aMistypedSubcommandGetsASuggestion() throws {
    let result = try unga("hlep")
    #expect(result.status == 64, "\(result)")
    #expect(
      result.stderr.hasPrefix("unga: error: unknown subcommand 'hlep'; did you mean 'help'?\n"))
  }

  @Test func anUnknownOptionExits64() throws {
    let result = try unga("--bogus")
    #expect(result.status == 64, "\(result)")
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr == """
        unga: error: unknown option '--bogus'
        Usage: unga <subcommand>
          See 'unga --help' for more information.

        """)
  }

  @Test func aMistypedOptionGetsASuggestion() throws {
    let result = try unga("--verison")
    #expect(result.status == 64, "\(result)")
    #expect(
      result.stderr.hasPrefix("unga: error: unknown option '--verison'; did you mean '--version'?"))
  }

  @Test func helpForAnUnknownSubcommandExits64() throws {
    let result = try unga("help", "nosuch")
    #expect(result.status == 64, "\(result)")
    #expect(result.stderr.contains("Usage: unga help [<subcommand> ...]"))
  }

  @Test func theEnvironmentReachesTheChild() throws {
    // A locale in the environment must not change the output.
    let result = try unga(
      "--version", environment: ["LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"])
    #expect(result.stdout == "\(Unga.version)\n")
  }
}

@Suite struct OutputFailureTests {
  @Test func aFullDiskOnStandardOutputExits73() throws {
    let process = Process()
    process.executableURL = try ungaExecutable()
    process.arguments = ["--help"]
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    let errors = Pipe()
    process.standardOutput = full
    process.standardError = errors
    try process.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 73)
    #expect(message == "unga: error: cannot write to standard output: No space left on device\n")
  }
}
