import Foundation
import Testing
import UNGAKit

@testable import unga

/// `unga backtest` run as a user would, on a small fixture dataset.
@Suite struct BacktestTests {
  @Test func writesTheScoresAsJSON() throws {
    let folder = try FixtureDataset.write()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try unga(
      "backtest", "--data", folder.path, "--sessions", "62-64", "--defaults", "--format", "json")
    #expect(result.status == 0, "\(result)")
    let scores = try JSONDecoder().decode(BacktestResult.self, from: Data(result.stdout.utf8))
    #expect(scores.rollCalls == 12)
    #expect(scores.firstSession == 62 && scores.lastSession == 64)
    #expect(scores.model?.name == "model")
    #expect(
      scores.baselines.map(\.name)
        == ["previous-vote", "group-majority", "overall-frequency", "state-frequency"])
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let model = try #require(json["model"] as? [String: Any])
    for key in ["name", "logLoss", "brier", "accuracy"] { #expect(model[key] != nil) }
    #expect((json["baselines"] as? [[String: Any]])?.count == 4)
  }

  /// `--given` adds the conditional backtest: JSON objects with the keys, and a
  /// table in the text; an unknown code is a usage error.
  @Test func conditionalBacktestOfGivenBackers() throws {
    let folder = try FixtureDataset.write()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("params.json").path
    let calibrate = try unga(
      "calibrate", "--data", folder.path, "--sessions", "58-61", "--held-out", "62-64",
      "--replicates", "10", "--parameter-replicates", "0", "--output", file)
    #expect(calibrate.status == 0, "\(calibrate)")
    let result = try unga(
      "backtest", "--data", folder.path, "--sessions", "62-64", "--parameters", file,
      "--given", "FRA,DEU", "--format", "json")
    #expect(result.status == 0, "\(result)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let conditional = try #require(json["conditional"] as? [[String: Any]])
    #expect(conditional.map { $0["given"] as? String } == ["FRA", "DEU"])
    for entry in conditional {
      for key in ["rollCalls", "stanceChangeRollCalls", "told", "notTold", "stanceChange"] {
        #expect(entry[key] != nil, "\(key)")
      }
      let told = try #require(entry["told"] as? [String: Any])
      #expect(told["logLoss"] is Double && told["brier"] is Double)
      let change = try #require(entry["stanceChange"] as? [String: Any])
      #expect(change["told"] != nil && change["notTold"] != nil)
    }
    let text = try unga(
      "backtest", "--data", folder.path, "--sessions", "62-64", "--parameters", file,
      "--given", "FRA")
    #expect(text.stdout.contains("Told each backer's recorded vote"))
    let bad = try unga("backtest", "--data", folder.path, "--sessions", "62-64", "--given", "QQQ")
    #expect(bad.status == 64)
  }

  /// The text names the parameters' origin: the defaults, or the calibration file given.
  @Test func saysWhereTheParametersCameFrom() throws {
    let folder = try FixtureDataset.write()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = try unga("backtest", "--data", folder.path, "--sessions", "63", "--defaults")
    #expect(text.status == 0, "\(text)")
    #expect(text.stdout.hasPrefix("Backtest of session 63: 4 roll calls, 32 member votes"))
    #expect(text.stdout.contains("model "))
    #expect(text.stdout.hasSuffix("Model parameters: the design's defaults (not calibrated).\n"))

    let file = folder.appendingPathComponent("params.json").path
    let calibrate = try unga(
      "calibrate", "--data", folder.path, "--sessions", "59-61", "--held-out", "62-64",
      "--replicates", "10", "--output", file)
    #expect(calibrate.status == 0, "\(calibrate)")
    let markdown = try unga(
      "backtest", "--data", folder.path, "--sessions", "63", "--parameters", file, "-f",
      "markdown")
    #expect(markdown.status == 0, "\(markdown)")
    #expect(markdown.stdout.contains("| model |"))
    #expect(markdown.stdout.hasSuffix("Model parameters: calibration file \(file).\n"))
  }

  @Test func reportsUsageAndDataErrors() throws {
    let folder = try FixtureDataset.write()
    defer { try? FileManager.default.removeItem(at: folder) }
    let reversed = try unga("backtest", "--data", folder.path, "--sessions", "64-62")
    #expect(reversed.status == 64)
    #expect(reversed.stderr.contains("invalid value '64-62' for '--sessions'"))

    let empty = try unga("backtest", "--data", folder.path, "--sessions", "90-91", "--defaults")
    #expect(empty.status == 65)
    #expect(empty.stderr.contains("no whole-text roll call with members in sessions 90-91"))

    let missing = try unga("backtest", "--data", "/nonexistent/unga-data", "--defaults")
    #expect(missing.status == 66, "\(missing)")

    let both = try unga("backtest", "--data", folder.path, "--defaults", "--parameters", "x.json")
    #expect(both.status == 64)

    let unreadable = try unga(
      "backtest", "--data", folder.path, "--sessions", "63", "--parameters", "/nonexistent/p.json")
    #expect(unreadable.status == 66, "\(unreadable)")
  }
}
