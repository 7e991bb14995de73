import Foundation
import Testing
import UNGAKit

/// Assembling a `Report` from a simulation result: what it takes from the
/// result, what it adds from the dataset, and its JSON.
@Suite struct ReportTests {
  @Test func carriesTheRunContextAndTheResult() throws {
    let report = try #require(ReportFixture.shared)
    let result = try ReportFixture.result()
    #expect(report.scenarios == result.scenarios)
    #expect(report.draft.symbol == SyntheticAssembly.draftID)
    #expect(report.draft.sponsors.map(\.code) == [ReportFixture.dataset.states[0].code])
    #expect(report.draft.sponsors.first?.name == ReportFixture.dataset.states[0].name)
    #expect(report.run.seed == 2025)
    #expect(report.run.trials == 4_000)
    #expect(report.run.thresholds == [15, 20])
    #expect(report.run.threads == 2)
    #expect(report.run.command == ReportFixture.command)
    #expect(report.sources == ReportFixture.sources)
    #expect(report.model.parameters == .defaults)
    #expect(report.model.references.count == result.references.count)
    for (reference, source) in zip(report.model.references, result.references) {
      let rollCall = try #require(
        ReportFixture.dataset.rollCalls.first { $0.id == source.id })
      #expect(reference.symbol == rollCall.resolution)
      #expect(reference.title == rollCall.title)
      #expect(reference.weight == source.weight)
    }
  }

  /// The group figures are sums of the per-state probabilities, so over all
  /// groups they give each scenario's exact expected counts; the Monte Carlo
  /// mean agrees with them within four standard errors.
  @Test func groupExpectationsAddUpToTheScenarioTotals() throws {
    let report = try #require(ReportFixture.shared)
    #expect(report.groups.count == report.scenarios.count * RegionalGroup.allCases.count)
    for scenario in report.scenarios {
      let groups = report.groups(of: scenario.name)
      #expect(groups.map(\.group) == RegionalGroup.allCases)
      #expect(groups.reduce(0) { $0 + $1.members } == report.run.members)
      let yes = groups.reduce(0) { $0 + $1.yes }
      #expect(abs(yes - scenario.states.reduce(0) { $0 + $1.pYes }) < 1e-9)
      let total = groups.reduce(0) { $0 + $1.yes + $1.abstain + $1.no + $1.nonVoting }
      #expect(abs(total - Double(report.run.members)) < 1e-9)
      #expect(abs(yes - scenario.yes.mean) < 4 * scenario.yes.meanStandardError + 1e-9)
      let no = groups.reduce(0) { $0 + $1.no }
      #expect(abs(no - scenario.no.mean) < 4 * scenario.no.meanStandardError + 1e-9)
    }
  }

  @Test func coverageCountsRollCallsBeforeTheDraftByYear() throws {
    let states = [
      TestAssembly.state("AAA", .african), TestAssembly.state("BBB", .asiaPacific),
    ]
    let dataset = TestAssembly.dataset(
      states: states,
      calls: [
        TestAssembly.call("R1", "2017-05-01", session: 71, votes: "YN"),
        TestAssembly.call("R2", "2019-10-01", session: 74, votes: "YY"),
        TestAssembly.call("R3", "2019-11-01", session: 74, votes: "YA"),
        TestAssembly.call("R4", "2022-03-02", session: 76, votes: "YN"),
        TestAssembly.call("R5", "2025-03-01", session: 79, votes: "YY"),
      ],
      drafts: [TestAssembly.draft("D1", "2025-02-24")],
      sponsorships: [Sponsorship(document: "D1", state: "AAA", role: .mainSponsor)])
    let result = try Simulator.run(
      dataset: dataset, draft: "D1",
      options: SimulationOptions(engine: .exact, sampling: MonteCarloOptions(threads: 1)))
    let report = Report(
      result: result, dataset: dataset, sources: [], parameterOrigin: .defaults, command: "c",
      toolVersion: "v")
    #expect(report.coverage.latestRollCall == TestAssembly.date("2022-03-02"))
    #expect(report.coverage.latestRollCallSymbol == "A/RES/R4")
    #expect(report.coverage.rollCallsByYear.map(\.year) == Array(2019...2025))
    #expect(report.coverage.rollCallsByYear.map(\.rollCalls) == [2, 0, 0, 1, 0, 0, 0])
    #expect(report.draft.sponsors == [.init(code: "AAA", name: "State AAA", group: .african)])
  }

  @Test func theAdoptionLineIsTheYesNeededAgainstTheMedianNo() throws {
    let report = try #require(ReportFixture.shared)
    for scenario in report.scenarios {
      #expect(report.adoptionLine(for: scenario) == scenario.no.q50 + 1)
    }
    var twoThirds = report
    twoThirds.run.rule = .twoThirds
    for scenario in report.scenarios {
      #expect(twoThirds.adoptionLine(for: scenario) == max(1, 2 * scenario.no.q50))
    }
  }

  @Test func jsonKeepsTheStableCoreAtTheTopLevel() throws {
    let report = try #require(ReportFixture.shared)
    let json = ReportRenderer.render(report, format: .json)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(
      Set(object.keys) == [
        "coverage", "draft", "groups", "model", "run", "scenarios", "sources", "warnings",
      ])
    // JSONSerialization may read a double one unit in the last place off; the exact
    // round trip is checked through JSONDecoder below.
    func close(_ value: Any?, _ expected: Double) -> Bool {
      guard let value = value as? Double else { return false }
      return abs(value - expected) <= 1e-15 * max(1, abs(expected))
    }
    let scenarios = try #require(object["scenarios"] as? [[String: Any]])
    #expect(scenarios.map { $0["name"] as? String } == report.scenarios.map(\.name))
    for (scenario, expected) in zip(scenarios, report.scenarios) {
      #expect(close(scenario["adoptionProbability"], expected.adoptionProbability))
      #expect(
        close(
          scenario["adoptionProbabilityStandardError"], expected.adoptionProbabilityStandardError))
      for (key, summary) in [
        ("yes", expected.yes), ("no", expected.no), ("abstain", expected.abstain),
        ("nonVoting", expected.nonVoting),
      ] {
        let counts = try #require(scenario[key] as? [String: Any])
        #expect(close(counts["mean"], summary.mean))
        #expect(close(counts["sd"], summary.sd))
        #expect(counts["q05"] as? Int == summary.q05)
        #expect(counts["q50"] as? Int == summary.q50)
        #expect(counts["q95"] as? Int == summary.q95)
      }
    }
    let run = try #require(object["run"] as? [String: Any])
    #expect(run["threads"] == nil)
    #expect(run["command"] as? String == ReportFixture.command)
  }

  @Test func jsonReadsBackAsTheSameReport() throws {
    let report = try #require(ReportFixture.shared)
    let json = ReportRenderer.render(report, format: .json)
    var decoded = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
    #expect(decoded.run.threads == 0)
    decoded.run.threads = report.run.threads
    #expect(decoded == report)
    #expect(json.hasSuffix("}\n"))
  }

  /// No figure depends on the thread count, and no format prints it.
  @Test(arguments: ReportFormat.allCases)
  func everyFormatIsTheSameForOneAndThreeThreads(format: ReportFormat) throws {
    let one = try ReportFixture.report(threads: 1)
    let three = try ReportFixture.report(threads: 3)
    #expect(one.run.threads == 1 && three.run.threads == 3)
    #expect(
      ReportRenderer.render(one, format: format) == ReportRenderer.render(three, format: format))
  }

  @Test func parameterOriginSaysWhereTheParametersCameFrom() {
    #expect(ParameterOrigin.defaults.description == "the design's defaults (not calibrated)")
    #expect(!ParameterOrigin.defaults.isCalibrated)
    let calibrated = ParameterOrigin(
      calibrationFile: "datasets/model-parameters.json", overridden: ["influence", "half-life"])
    #expect(calibrated.isCalibrated)
    #expect(
      calibrated.description
        == "calibration file datasets/model-parameters.json; influence, half-life set on the"
        + " command line")
  }
}
