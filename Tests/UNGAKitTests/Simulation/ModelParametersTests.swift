import Foundation
import Testing
import UNGAKit

@Suite struct ModelParametersTests {
  @Test func defaultsFollowTheDesign() throws {
    let p = ModelParameters.defaults
    #expect(
      [p.influence, p.globalCorrelation, p.blocCorrelation, p.halfLife, p.priorStrength]
        == [1, 0.15, 0.25, 3, 2])
    #expect(p.weightRule == .median)
    #expect(p.alignmentSessions == 10)
    try p.validate()
  }

  @Test(arguments: [
    ModelParameters(globalCorrelation: 0.5, blocCorrelation: 0.5),
    ModelParameters(globalCorrelation: 0.7, blocCorrelation: 0.4),
    ModelParameters(globalCorrelation: -0.1),
    ModelParameters(blocCorrelation: .nan),
    ModelParameters(influence: -1),
    ModelParameters(halfLife: 0),
    ModelParameters(priorStrength: 0),
    ModelParameters(alignmentSessions: 0),
  ])
  func rejectsParametersOutOfRange(parameters: ModelParameters) {
    #expect(throws: SimulationError.self) { try parameters.validate() }
  }

  @Test func correlationSumErrorSaysWhatWasExpected() {
    let error = #expect(throws: SimulationError.self) {
      try ModelParameters(globalCorrelation: 0.6, blocCorrelation: 0.4).validate()
    }
    #expect(error == .correlationsTooLarge(global: 0.6, bloc: 0.4))
    #expect(error?.description.contains("below 1") == true)
  }

  @Test func roundTripsThroughJSONAndFillsMissingKeys() throws {
    let custom = ModelParameters(
      influence: 0.7, globalCorrelation: 0.1, blocCorrelation: 0.2, halfLife: 4,
      priorStrength: 3, weightRule: .positiveAlignment, alignmentSessions: 5)
    let data = try JSONEncoder().encode(custom)
    #expect(try JSONDecoder().decode(ModelParameters.self, from: data) == custom)
    let partial = try JSONDecoder().decode(
      ModelParameters.self, from: Data(#"{"influence": 0.5, "weightRule": "median"}"#.utf8))
    #expect(partial.influence == 0.5)
    #expect(partial.halfLife == 3)
    #expect(partial.blocCorrelation == 0.25)
  }
}
