import Foundation
import Testing
import UNGAKit

@testable import unga

/// `unga calibrate` run as a user would, on a small fixture dataset.
@Suite struct CalibrateTests {
  /// The file holds the values, ranges, scores and the command, and a second run writes
  /// the same bytes.
  @Test func writesAReproducibleCalibrationFile() throws {
    let folder = try FixtureDataset.write()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("model-parameters.json").path
    let arguments = [
      "calibrate", "--data", folder.path, "--sessions", "58-61", "--held-out", "62-64",
      "--replicates", "20", "--output", file,
    ]
    let first = try unga(arguments: arguments)
    #expect(first.status == 0, "\(first)")
    #expect(first.stdout.hasPrefix("Wrote \(file).\nFitted sessions 58-61 (16 roll calls)"))
    #expect(first.stdout.contains("\nRoll calls without a series of their own: half-life "))
    #expect(first.stdout.contains("Held-out sessions 62-64 (12 roll calls):\n  model "))
    let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
    let calibration = try CalibratedParameters.decode(bytes, path: file)
    #expect(calibration.command == "unga " + arguments.joined(separator: " "))
    #expect(calibration.fit.span.firstSession == 58)
    #expect(calibration.heldOut.span.lastSession == 64)
    #expect(calibration.data.files.map(\.file).contains { $0.hasSuffix("/votes.csv") })
    #expect(calibration.heldOut.baselines.count == 4)
    #expect(calibration.replicates.count == 30)

    let second = try unga(arguments: arguments + ["--threads", "1"])
    #expect(second.status == 0, "\(second)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == bytes)
  }

  @Test func writesJSONToStandardOutputWithoutAFile() throws {
    let folder = try FixtureDataset.write()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try unga(
      "calibrate", "--data", folder.path, "--sessions", "60-61", "--held-out", "63",
      "--replicates", "0")
    #expect(result.status == 0, "\(result)")
    let calibration = try CalibratedParameters.decode(Data(result.stdout.utf8), path: "stdout")
    #expect(calibration.heldOut.span.rollCalls == 4)
    #expect(calibration.correlation.estimate.replicates == 0)
    #expect(calibration.replicates.count == 30)
  }

  @Test func refusesHeldOutSessionsThatDoNotFollowTheFit() throws {
    let result = try unga("calibrate", "--sessions", "62-64", "--held-out", "60-61")
    #expect(result.status == 64)
    #expect(
      result.stderr.hasPrefix(
        "unga: error: --held-out 60-61 must come after --sessions 62-64; expected held-out"
          + " sessions after 64\n"))
  }
}
