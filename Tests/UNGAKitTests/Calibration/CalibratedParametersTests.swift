import Foundation
import Testing

@testable import UNGAKit

@Suite struct CalibratedParametersTests {
  static func temporaryFile(_ text: String) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("calibration-\(UUID().uuidString).json").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// Written, read back, equal; and written again, the same bytes.
  @Test func roundTripsThroughTheFile() throws {
    let calibration = try #require(CalibratorTests.calibration)
    let text = try calibration.json()
    #expect(text.hasSuffix("}\n"))
    let path = try Self.temporaryFile(text)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let loaded = try CalibratedParameters.load(path: path)
    #expect(loaded == calibration)
    #expect(try loaded.json() == text)
    #expect(try ModelParameters.load(path: path) == calibration.parameters)
  }

  @Test func namesTheProblemInABrokenFile() throws {
    let calibration = try #require(CalibratorTests.calibration)
    var text = try calibration.json()
    text = text.replacingOccurrences(of: "\"sponsorCompliance\"", with: "\"compliance\"")
    let path = try Self.temporaryFile(text)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let error = #expect(throws: CalibrationError.self) {
      try CalibratedParameters.load(path: path)
    }
    #expect(error?.description.contains("missing key 'sponsorCompliance'") == true)
    #expect(error?.description.contains(path) == true)
  }

  @Test func rejectsParametersOutOfRange() throws {
    var calibration = try #require(CalibratorTests.calibration)
    calibration.parameters.globalCorrelation = 0.8
    calibration.parameters.blocCorrelation = 0.4
    let error = #expect(throws: CalibrationError.self) {
      try CalibratedParameters.decode(Data(try calibration.json().utf8), path: "p.json")
    }
    #expect(error?.description.hasPrefix("p.json: global correlation 0.8 plus bloc") == true)
  }

  @Test func aMissingFileCannotBeRead() {
    #expect {
      try CalibratedParameters.load(path: "/nonexistent/model-parameters.json")
    } throws: { error in
      guard case .cannotRead(let path, _) = error as? CalibrationError else { return false }
      return path == "/nonexistent/model-parameters.json"
    }
  }

  /// The shipped file is found next to the shipped datasets.
  @Test func findsTheShippedFile() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("datasets-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let environment = [ShippedDatasets.environmentVariable: folder.path]
    #expect(CalibratedParameters.shippedPath(environment: environment) == nil)
    let file = folder.appendingPathComponent(CalibratedParameters.fileName)
    try Data("{}".utf8).write(to: file)
    #expect(CalibratedParameters.shippedPath(environment: environment) == file.path)
  }
}
