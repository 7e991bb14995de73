import Testing

@testable import unga

@Suite struct HelpTests {
  @Test func rootHelpListsSubcommandsOptionsAndExamples() {
    let result = runInProcess(["--help"])
    #expect(result.status == .success)
    #expect(result.stderr.isEmpty)
    #expect(
      result.stdout == """
        OVERVIEW: A tool for testing the argument parser.

        It mirrors the shapes of the real commands.

        It does nothing else.

        USAGE: tool <subcommand>

        OPTIONS:
          --version               Show the version.
          -h, --help              Show help information.

        SUBCOMMANDS:
          simulate                Parse like a simulation.
          show                    Parse like show.
          import                  Parse like the importers.
          sum                     Add integers.
          fail                    Fail on purpose.
          help                    Show subcommand help information.

          See 'tool help <subcommand>' for detailed help.

        EXAMPLES:
          tool --version
          tool help simulate

        """)
  }

  @Test func commandHelpShowsArgumentsDefaultsValuesAndExamples() {
    #expect(
      runInProcess(["help", "show"]).stdout == """
        OVERVIEW: Parse like show.

        USAGE: tool show <id> [--format <format>] [--output <file>] [--data <path> ...]

        ARGUMENTS:
          <id>                    A roll call id or symbol.

        OPTIONS:
          -f, --format <format>   The output format. (values: json, text; default: text)
          -o, --output <file>     Write to this file instead of standard output.
          --data <path>           A dataset folder, or a CSV file recognised by its
                                  header; several are combined. Without it, every
                                  shipped dataset is used. Can be repeated.
          -h, --help              Show help information.

        EXAMPLES:
          tool show A/RES/68/262 -f json

        """)
  }

  @Test func requiredOptionsAndVariadicArgumentsAreMarked() {
    let help = runInProcess(["import", "unvotes", "-h"]).stdout
    #expect(
      help.contains("USAGE: tool import unvotes <input> ... --output <dir> --column <column> ...\n")
    )
    #expect(
      help.contains("  --column <column>       Columns to keep. Can be repeated. (required)\n"))
    #expect(help.contains("  <input> ...             Files to import.\n"))
    #expect(help.contains("  -o, --output <dir>      Out. (required)\n"))
  }

  @Test func aGroupListsItsOwnSubcommandsWithoutHelp() {
    let help = runInProcess(["import"]).stdout
    #expect(help.contains("USAGE: tool import <subcommand>"))
    #expect(help.contains("  unvotes                 Parse like an importer."))
    #expect(!help.contains("  help  "))
    #expect(!help.contains("--version"))
  }

  @Test func theSameHelpWhicheverWayItIsAsked() {
    let byFlag = runInProcess(["simulate", "--help"]).stdout
    #expect(runInProcess(["simulate", "-h"]).stdout == byFlag)
    #expect(runInProcess(["help", "simulate"]).stdout == byFlag)
    #expect(runInProcess(["simulate", "--exact", "--trials", "0", "-h"]).stdout == byFlag)
  }

  static let everyCommand: [[String]] = [
    [], ["simulate"], ["show"], ["import"], ["import", "unvotes"], ["sum"], ["fail"],
  ]

  @Test(arguments: everyCommand)
  func helpFitsEightyColumns(_ path: [String]) {
    let help = runInProcess(["help"] + path).stdout
    #expect(help.hasPrefix("OVERVIEW: "))
    #expect(help.contains("\n\nEXAMPLES:\n  tool "))
    for line in help.split(separator: "\n") {
      #expect(line.count <= Help.width, "\(line)")
    }
  }

  @Test func ungaHelpHasTheAbstractAndExamples() {
    let help = runInProcess(["--help"], root: Unga.self).stdout
    #expect(help.hasPrefix("OVERVIEW: Model votes in the United Nations General Assembly\n"))
    #expect(help.contains("EXAMPLES:\n  unga simulate\n"))
  }
}
