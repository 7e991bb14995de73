import Testing

@testable import unga

@Suite struct CommandRunnerTests {
  @Test func normalOutputGoesToStandardOutput() {
    let result = runInProcess(["simulate", "--with", "USA,FRA", "-n", "10"])
    #expect(result.status == .success)
    #expect(result.stdout == "trials=10 exact=false with=USA+FRA\n")
    #expect(result.stderr.isEmpty)
  }

  @Test func versionPrintsTheVersionAlone() {
    #expect(runInProcess(["--version"]).stdout == "9.8.7\n")
    #expect(runInProcess(["--version"], root: Unga.self).stdout == "\(Unga.version)\n")
  }

  @Test(arguments: [
    (TestFail.Failure.usage, ExitCode.usage, "tool: error: the values do not fit together"),
    (.csv, .dataError, "tool: error: votes.csv:3:7: expected yes"),
    (.data, .dataError, "tool: error: totals disagree"),
    (.missing, .noInput, "tool: error: cannot read 'nowhere': no such file"),
    (.cocoaMissing, .noInput, "tool: error: cannot read '/nonexistent/unga/x.csv': No such file"),
    (.write, .cannotWrite, "tool: error: cannot write '/x': read-only"),
    (.interrupted, .interrupted, "tool: error: interrupted"),
    (.cancelled, .interrupted, "tool: error: interrupted"),
    (.fault, .internalError, "tool: error: internal error: a broken invariant"),
    (.unknown, .internalError, "tool: error: internal error: something unexpected"),
  ])
  func thrownErrorsMapToExitCodes(
    _ failure: TestFail.Failure, _ status: ExitCode, _ message: String
  ) {
    let result = runInProcess(["fail", "--with", failure.rawValue])
    #expect(result.status == status)
    #expect(result.stdout == "partial output\n")
    #expect(result.stderr.hasPrefix(message))
    #expect(result.stderr.hasSuffix("\n"))
  }

  @Test func aUsageErrorFromRunCarriesTheCommandUsage() {
    let lines = runInProcess(["fail", "--with", "usage"]).stderr.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.dropFirst().first == "Usage: tool fail [--with <with>]")
    #expect(lines.last == "  See 'tool fail --help' for more information.")
  }

  @Test func aGroupHasNothingToRun() {
    #expect(throws: CommandError.internalError("'import' has nothing to run")) {
      try TestImport().run(Console.capture())
    }
  }

  @Test func exitCodesAreTheDocumentedNumbers() {
    let codes = ExitCode.allCases.map(\.rawValue)
    #expect(codes == [0, 64, 65, 66, 70, 73, 130])
  }
}
