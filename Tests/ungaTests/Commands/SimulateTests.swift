import Foundation
import Testing

@testable import unga

/// `unga simulate`, run as a user would. Runs other than the default one use
/// the fixture `ukraine-2014-2022` (the former shipped Ukraine dataset) and few trials, to stay quick in a debug build.
@Suite struct SimulateTests {
  static let quick = [
    "simulate", "--data", Repository.fixture("ukraine-2014-2022"), "--trials", "2000",
  ]

  @Test func theDefaultRunComparesTheUnitedStatesAsCoSponsorNeutralAndOpposing() throws {
    let result = try unga("simulate", "--trials", "2000")
    #expect(result.status == 0, "\(result)")
    // At most the count of the shipped data's warnings (see 'unga validate').
    #expect(
      result.stderr.isEmpty
        || result.stderr.hasPrefix("unga: warning: ") && result.stderr.hasSuffix(" lists them\n"),
      "\(result.stderr)")
    let out = result.stdout
    #expect(
      out.hasPrefix("A/ES-11/L.10: Advancing a comprehensive, just and lasting peace in Ukraine\n"))
    #expect(out.contains("Reference votes: 21 roll calls from 27 March 2014 to 17 December 2024"))
    for name in ["as recorded", "with USA", "USA abstaining", "USA opposing"] {
      #expect(out.contains("\n\(name) "), "no row for \(name)")
    }
    #expect(out.contains("\nMonte Carlo, 2,000 trials, seed 1 · parameters: "))
    #expect(out.contains("\nReproduce:\n  unga simulate --trials 2000\n"))
    // Every shipped dataset, each file with its digest.
    #expect(out.contains("datasets/history/votes.csv (votes, "))
    #expect(out.contains("datasets/recent/votes.csv (votes, 91,289 rows)\n    sha256 "))
    #expect(out.contains("datasets/ukraine/resolutions.csv (resolutions, 1 rows)\n    sha256 "))
    // Not a terminal: no colour.
    #expect(!out.contains("\u{1B}["))
  }

  @Test func jsonKeepsTheStableCore() throws {
    let result = try unga(arguments: Self.quick + ["--format", "json"])
    #expect(result.status == 0, "\(result)")
    let object = try jsonObject(result.stdout)
    let scenarios = try #require(object["scenarios"] as? [[String: Any]])
    #expect(
      scenarios.map { $0["name"] as? String } == [
        "as recorded", "with USA", "USA abstaining", "USA opposing",
      ])
    for scenario in scenarios {
      let p = try #require(scenario["adoptionProbability"] as? Double)
      let se = try #require(scenario["adoptionProbabilityStandardError"] as? Double)
      #expect((0...1).contains(p))
      #expect(se >= 0 && se < 0.05)
      for key in ["yes", "no", "abstain", "nonVoting"] {
        let summary = try #require(scenario[key] as? [String: Any], "\(key)")
        let mean = try #require(summary["mean"] as? Double)
        let q05 = try #require(summary["q05"] as? Int)
        let q50 = try #require(summary["q50"] as? Int)
        let q95 = try #require(summary["q95"] as? Int)
        #expect(summary["sd"] is Double)
        #expect(q05 <= q50 && q50 <= q95)
        #expect(Double(q05) <= mean && mean <= Double(q95))
      }
    }
    // Each input file with its digest, and the command that reproduces the run.
    let sources = try #require(object["sources"] as? [[String: Any]])
    #expect(sources.count == 4)
    for source in sources { #expect((source["sha256"] as? String)?.count == 64) }
    let run = try #require(object["run"] as? [String: Any])
    #expect(
      run["command"] as? String
        == "unga simulate --data \(Repository.fixture("ukraine-2014-2022")) --trials 2000 --format json"
    )
    #expect(run["seed"] as? Int == 1)
    #expect(run["trials"] as? Int == 2000)
    // The United States votes yes as a co-sponsor and no when opposing.
    let opposing = try #require(scenarios[3]["states"] as? [[String: Any]])
    let usa = try #require(opposing.first { $0["state"] as? String == "USA" })
    #expect(usa["pNo"] as? Double == 1)
  }

  @Test func csvHasOneRowPerScenarioAndMember() throws {
    let result = try unga(arguments: Self.quick + ["--format", "csv"])
    #expect(result.status == 0, "\(result)")
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "scenario,state,name,group,p_yes,p_abstain,p_no,p_non_voting")
    #expect(lines.last == "")
    let rows = lines.dropFirst().dropLast()
    for name in ["as recorded", "with USA", "USA abstaining", "USA opposing"] {
      #expect(rows.filter { $0.hasPrefix(name + ",") }.count == 193, "\(name)")
    }
    #expect(rows.count == 4 * 193)
    #expect(
      rows.contains(
        "USA opposing,USA,United States,Western European and Others,"
          + "0.000000,0.000000,1.000000,0.000000"))
    // Each member's four probabilities (six decimals) sum to 1.
    for row in rows {
      let sum = row.split(separator: ",").suffix(4).compactMap { Double($0) }.reduce(0, +)
      #expect(abs(sum - 1) <= 2e-6, "\(row)")
    }
  }

  @Test(arguments: ["json", "csv"])
  func theSameSeedGivesTheSameBytesWhateverTheThreads(format: String) throws {
    let arguments = Self.quick + ["--format", format, "--seed", "7"]
    let one = try unga(arguments: arguments + ["--threads", "1"])
    let two = try unga(arguments: arguments + ["--threads", "2"])
    #expect(one.status == 0, "\(one)")
    #expect(two.status == 0, "\(two)")
    #expect(one.stdout == two.stdout)
    // The JSON carries Monte Carlo figures; the CSV only exact per-state probabilities.
    let other = try unga(arguments: Self.quick + ["--format", format, "--seed", "8"])
    #expect((other.stdout != one.stdout) == (format == "json"))
  }

  @Test func namedScenariosAndThresholdsAreReported() throws {
    let result = try unga(
      arguments: Self.quick + [
        "--scenario", "US and UK step back: ~USA ~GBR", "--with", "FRA,DEU", "--threshold", "100",
      ])
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.contains("\nwith FRA, DEU "))
    #expect(result.stdout.contains("\nUS and UK step back "))
    #expect(result.stdout.contains(" P(yes ≥ 100) "))
    // --with comes before --scenario whatever the order on the line.
    let with = try #require(result.stdout.range(of: "\nwith FRA, DEU "))
    let named = try #require(result.stdout.range(of: "\nUS and UK step back "))
    #expect(with.lowerBound < named.lowerBound)
  }

  @Test func theExactEngineNeedsNoTrials() throws {
    let result = try unga(
      "simulate", "--data", Repository.fixture("ukraine-2014-2022"), "--exact", "--without", "USA")
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.contains("\nEngine: exact computation (independent votes)\n"))
    #expect(result.stdout.contains("global correlation ρg 0 · bloc correlation ρb 0 ·"))
    #expect(result.stdout.contains("\nwithout USA "))
  }

  @Test func theOutputFileGetsTheReport() throws {
    let folder = URL(fileURLWithPath: try Repository.temporaryFolder())
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("run.json")
    let result = try unga(arguments: Self.quick + ["--format", "json", "--output", file.path])
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.isEmpty)
    let written = try String(contentsOf: file, encoding: .utf8)
    #expect(try jsonObject(written)["scenarios"] != nil)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["run.json"])
  }

  @Test(arguments: [
    (["--with", "XYZ"], "unknown state code 'XYZ' in scenario 'with XYZ'"),
    (["--scenario", "nothing to do"], "'nothing' has no stance"),
    (["--with", "USA", "--scenario", "with USA: -USA"], "two scenarios are named 'with USA'"),
    (["--global-correlation", "0.6", "--bloc-correlation", "0.5"], "sum to 1.1"),
    (["--global-correlation", "0.95"], "expected a sum below 1"),
    (["--trials", "0"], "invalid value '0' for '--trials'"),
    (["--threshold", "500"], "invalid threshold 500"),
    (["--exact", "--precision", "0.01"], "'--exact' cannot be used with '--precision'"),
    (["--exact", "--global-correlation", "0.2"], "'--exact' cannot be used with"),
    (["--defaults", "--parameters", "x.json"], "cannot be used with"),
    (["--max-trials", "1000"], "--max-trials only applies with --precision"),
    (["--majority", "unanimous"], "expected one of: simple, two-thirds"),
  ])
  func badValuesOnTheCommandLineExit64WithTheUsage(arguments: [String], message: String) throws {
    let result = try unga(
      arguments: ["simulate", "--data", Repository.fixture("ukraine-2014-2022")] + arguments)
    #expect(result.status == 64, "\(result)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("unga: error: "))
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(result.stderr.contains("\nUsage: unga simulate "))
  }

  @Test(arguments: [
    (["--draft", "A/ES-11/L.1O"], "no roll call or draft 'A/ES-11/L.1O' in the data"),
    (["--reference", "A/RES/68/26"], "no roll call or draft 'A/RES/68/26' in the data"),
  ])
  func unknownDocumentsExit65(arguments: [String], message: String) throws {
    let result = try unga(arguments: Self.quick + arguments)
    #expect(result.status == 65, "\(result)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(result.stderr.contains("; did you mean '"), "\(result.stderr)")
  }

  @Test(arguments: [
    (
      ["--reference", "A/ES-11/L.10"],
      "'A/ES-11/L.10' cannot be a reference: it is a draft that was not voted on"
    ),
    (
      ["--draft", "A/RES/ES-11/1", "--reference", "A/RES/ES-11/1"],
      "'A/RES/ES-11/1' cannot be a reference: it is the target itself"
    ),
  ])
  func documentsThatCannotBeReferencesExit65(arguments: [String], message: String) throws {
    let result = try unga(arguments: Self.quick + arguments)
    #expect(result.status == 65, "\(result)")
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(!result.stderr.contains("did you mean"), "\(result.stderr)")
  }

  @Test func aReferenceDatedOnOrAfterTheTargetExits65() throws {
    let result = try unga(
      "simulate", "--data", Repository.fixture("ukraine-2014-2022"), "--draft", "A/RES/68/262",
      "--reference", "A/RES/ES-11/1", "--trials", "1000")
    #expect(result.status == 65, "\(result)")
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "unga: error: reference A/RES/ES-11/1 is dated 2022-03-02, not before A/RES/68/262 "
        + "(2014-03-27); expected roll calls dated before the target, as the model uses nothing "
        + "later\n")
  }

  @Test func aDraftWithNoUsableReferenceExits65() throws {
    let folder = URL(fileURLWithPath: try Repository.temporaryFolder())
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(
      """
      id,status,draft,date,session,title,issues
      X/L.1,draft,X/L.1,2025-01-10,79,A draft on a new subject,novel

      """.utf8
    ).write(to: folder.appendingPathComponent("resolutions.csv"))
    let result = try unga("simulate", "--data", folder.path, "--draft", "X/L.1")
    #expect(result.status == 65, "\(result)")
    #expect(result.stderr.contains("no usable reference roll calls for X/L.1"), "\(result)")
  }

  @Test func missingInputsExit66() throws {
    let missing = "/nonexistent-unga-folder/data"
    let data = try unga("simulate", "--data", missing)
    #expect(data.status == 66, "\(data)")
    #expect(data.stderr.contains(missing))
    let parameters = try unga(arguments: Self.quick + ["--parameters", missing + ".json"])
    #expect(parameters.status == 66, "\(parameters)")
    let blocs = try unga(arguments: Self.quick + ["--blocs", missing + ".csv"])
    #expect(blocs.status == 66, "\(blocs)")
  }

  @Test func badParameterAndBlocFilesExit65() throws {
    let folder = URL(fileURLWithPath: try Repository.temporaryFolder())
    defer { try? FileManager.default.removeItem(at: folder) }
    let parameters = folder.appendingPathComponent("parameters.json")
    try Data(#"{"unrelated": 1}"#.utf8).write(to: parameters)
    let unrelated = try unga(arguments: Self.quick + ["--parameters", parameters.path])
    #expect(unrelated.status == 65, "\(unrelated)")
    #expect(unrelated.stderr.contains(parameters.path))
    // A calibration file whose correlations sum to 1 or more.
    try Self.writeCalibration(
      to: parameters, setting: ["globalCorrelation": 0.7, "blocCorrelation": 0.5])
    let tooLarge = try unga(arguments: Self.quick + ["--parameters", parameters.path])
    #expect(tooLarge.status == 65, "\(tooLarge)")
    #expect(tooLarge.stderr.contains("expected a sum below 1"), "\(tooLarge)")

    let blocs = folder.appendingPathComponent("blocs.csv")
    try Data("state,bloc\nFRA,EU\nXXX,EU\n".utf8).write(to: blocs)
    let badBlocs = try unga(arguments: Self.quick + ["--blocs", blocs.path])
    #expect(badBlocs.status == 65, "\(badBlocs)")
    #expect(badBlocs.stderr.contains("blocs.csv:3:1: unknown state code 'XXX'"))
    try Data("bloc,state\nEU,FRA\nAU,FRA\n".utf8).write(to: blocs)
    let twice = try unga(arguments: Self.quick + ["--blocs", blocs.path])
    #expect(twice.status == 65, "\(twice)")
    #expect(twice.stderr.contains("blocs.csv:3:1: state FRA is in bloc 'EU' and 'AU'"))
  }

  /// Writes the shipped calibration file to `url` with some parameters
  /// changed, and returns its parameters as written.
  @discardableResult
  static func writeCalibration(to url: URL, setting changes: [String: Double]) throws
    -> [String: Any]
  {
    let shipped = Repository.root.appendingPathComponent("datasets/model-parameters.json")
    var calibration = try jsonObject(String(contentsOf: shipped, encoding: .utf8))
    var values = try #require(calibration["parameters"] as? [String: Any])
    values.merge(changes) { $1 }
    calibration["parameters"] = values
    try JSONSerialization.data(withJSONObject: calibration).write(to: url)
    return values
  }

  @Test func parametersAndTheirOriginAreInTheReport() throws {
    let folder = URL(fileURLWithPath: try Repository.temporaryFolder())
    defer { try? FileManager.default.removeItem(at: folder) }
    let parameters = folder.appendingPathComponent("parameters.json")
    let values = try Self.writeCalibration(
      to: parameters, setting: ["alignmentSessions": 5, "globalCorrelation": 0.2])
    let result = try unga(
      arguments: Self.quick + [
        "--parameters", parameters.path, "--bloc-correlation", "0.1", "--format", "json",
      ])
    #expect(result.status == 0, "\(result)")
    let model = try #require(jsonObject(result.stdout)["model"] as? [String: Any])
    let origin = try #require(model["parameterOrigin"] as? [String: Any])
    #expect(origin["calibrationFile"] as? String == parameters.path)
    #expect(origin["overridden"] as? [String] == ["bloc correlation"])
    let used = try #require(model["parameters"] as? [String: Any])
    #expect(used["alignmentSessions"] as? Int == 5)
    #expect(used["globalCorrelation"] as? Double == 0.2)
    #expect(used["globalCorrelation"] as? Double == values["globalCorrelation"] as? Double)
    #expect(used["blocCorrelation"] as? Double == 0.1)

    let defaults = try unga(arguments: Self.quick + ["--defaults", "--format", "json"])
    #expect(defaults.status == 0, "\(defaults)")
    let defaultModel = try #require(
      jsonObject(defaults.stdout)["model"] as? [String: Any])
    let defaultOrigin = try #require(defaultModel["parameterOrigin"] as? [String: Any])
    #expect(defaultOrigin["calibrationFile"] == nil)
    #expect(
      (defaultModel["parameters"] as? [String: Any])?["globalCorrelation"] as? Double == 0.15)
  }

  @Test(arguments: ["markdown", "html"])
  func theReportFormatsCarryEveryScenario(format: String) throws {
    let result = try unga(arguments: Self.quick + ["--format", format])
    #expect(result.status == 0, "\(result)")
    for name in ["as recorded", "with USA", "USA abstaining", "USA opposing"] {
      #expect(result.stdout.contains(name), "\(name)")
    }
    #expect(result.stdout.contains("A/ES-11/L.10"))
    if format == "html" {
      #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
      #expect(!result.stdout.contains("<script"))
    }
  }

  @Test func anOutputFileInAMissingFolderExits73AndWritesNothing() throws {
    let folder = URL(fileURLWithPath: try Repository.temporaryFolder())
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("missing/run.json").path
    let result = try unga(arguments: Self.quick + ["--format", "json", "--output", path])
    #expect(result.status == 73, "\(result)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("unga: error: cannot write '\(path)': "))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  /// Ctrl-C stops a long run between blocks: exit 130, no output file.
  @Test func anInterruptStopsTheRunAndWritesNothing() throws {
    let folder = URL(fileURLWithPath: try Repository.temporaryFolder())
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("run.json")
    let process = Process()
    process.executableURL = try ungaExecutable()
    // Far more trials than the test could wait for: only the interrupt ends it.
    process.arguments = [
      "simulate", "--data", Repository.fixture("ukraine-2014-2022"), "--trials", "1000000000",
      "--output", file.path,
    ]
    let errors = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    try process.run()
    // Long enough for the handler to be installed (it is, before the data is read).
    Thread.sleep(forTimeInterval: 1.5)
    let clock = ContinuousClock()
    let start = clock.now
    process.interrupt()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 130)
    #expect(message == "unga: error: interrupted\n")
    #expect(clock.now - start < .seconds(10))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  /// A recorded vote named by its resolution symbol is replayed: the report opens with the
  /// retrospective, and the JSON and CSV carry the record.
  @Test func aRecordedVoteIsReplayedAsARetrospective() throws {
    let arguments = [
      "simulate", "--draft", "A/RES/ES-11/1", "--trials", "2000", "--no-model-range",
      "--without", "USA",
    ]
    let text = try unga(arguments: arguments)
    #expect(text.status == 0, "\(text)")
    let out = text.stdout
    #expect(out.hasPrefix("A/ES-11/L.1: Aggression against Ukraine\nRoll call of 2 March 2022 · "))
    let retrospective = try #require(out.range(of: "\nRETROSPECTIVE: THE RECORDED VOTE\n"))
    let inShort = try #require(out.range(of: "\nIN SHORT\n"))
    #expect(retrospective.upperBound < inShort.lowerBound)
    let recorded = out.split(separator: "\n").first { $0.hasPrefix("Recorded ") }
    #expect(
      recorded?.split(separator: " ") == ["Recorded", "141", "5", "35", "12", "adopted"],
      "\(out)")
    #expect(out.contains(" of the 181 members that voted ("))
    #expect(out.contains("Leaving out the 96 recorded sponsors, "))
    #expect(out.contains("12 members did not vote: not scored"))
    // Session 76 is held out of the shipped calibration (fitted on 65–74): no note.
    #expect(!out.contains("which include this vote's session"))

    let json = try unga(arguments: arguments + ["--format", "json"])
    #expect(json.status == 0, "\(json)")
    let object = try jsonObject(json.stdout)
    let record = try #require(object["retrospective"] as? [String: Any])
    #expect(record["scenario"] as? String == "as recorded")
    let tally = try #require(record["recorded"] as? [String: Int])
    #expect(tally == ["yes": 141, "no": 5, "abstain": 35, "nonVoting": 12])
    let voters = try #require(record["voters"] as? [String: Any])
    #expect(voters["voters"] as? Int == 181)
    let members = try #require(record["members"] as? [[String: Any]])
    #expect(members.count == 193)
    let usa = try #require(members.first { $0["state"] as? String == "USA" })
    #expect(usa["recorded"] as? String == "yes")
    #expect(usa["isSponsor"] as? Bool == true)

    let csv = try unga(arguments: arguments + ["--format", "csv"])
    #expect(csv.status == 0, "\(csv)")
    let lines = csv.stdout.split(separator: "\n")
    #expect(lines.first?.hasSuffix(",p_non_voting,recorded_vote") == true)
    #expect(
      lines.contains { $0.hasPrefix("as recorded,RUS,Russian Federation,") && $0.hasSuffix(",no") })
    // A draft is not replayed.
    let draft = try unga("simulate", "--trials", "2000", "--no-model-range", "--format", "json")
    #expect(try jsonObject(draft.stdout)["retrospective"] == nil)
  }
}
