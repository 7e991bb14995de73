import Foundation
import Testing
import UNGAKit

@Suite struct ModelParametersTests {
  @Test func defaultsFollowTheDesign() throws {
    let p = ModelParameters.defaults
    #expect([p.globalCorrelation, p.blocCorrelation, p.halfLife] == [0.15, 0.25, 1])
    #expect(p.baseline == .design)
    #expect(p.backers.isEmpty)
    #expect(p.alignmentSessions == 10)
    try p.validate()
  }

  static func withBaseline(_ change: (inout BaselineParameters) -> Void) -> ModelParameters {
    var p = ModelParameters()
    change(&p.baseline)
    return p
  }

  static func withStrength(_ strength: Double) -> ModelParameters {
    ModelParameters(backers: [
      BackerInfluence(
        backer: "USA", strength: strength, interval: [0, 1], isActive: true,
        crossValidatedGain: 1, rollCalls: 1, ridge: 2, weights: ["GBR": 0.5])
    ])
  }

  @Test(arguments: [
    ModelParameters(globalCorrelation: 0.5, blocCorrelation: 0.5),
    ModelParameters(globalCorrelation: 0.7, blocCorrelation: 0.4),
    ModelParameters(globalCorrelation: -0.1),
    ModelParameters(blocCorrelation: .nan),
    withBaseline { $0.halfLife = 0 },
    withBaseline { $0.floor = 0 },
    withBaseline { $0.groupWeight = -1 },
    withBaseline { $0.absence = [0, 1] },
    withStrength(-1),
    withStrength(.infinity),
    ModelParameters(alignmentSessions: 0),
    ModelParameters(
      withoutSeries: BaselineParameters(
        halfLife: 1, groupWeight: 0, ownWeight: 1, floor: 0, exponent: 1, absence: [0, 1, 0])),
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
    var custom = Self.withStrength(2)
    custom.globalCorrelation = 0.1
    custom.baseline.halfLife = 4
    custom.withoutSeries = .design
    custom.withoutSeries?.groupWeight = 0
    let data = try JSONEncoder().encode(custom)
    #expect(try JSONDecoder().decode(ModelParameters.self, from: data) == custom)
    let partial = try JSONDecoder().decode(
      ModelParameters.self, from: Data(#"{"globalCorrelation": 0.3}"#.utf8))
    #expect(partial.globalCorrelation == 0.3)
    #expect(partial.baseline == .design)
    #expect(partial.withoutSeries == nil)
    #expect(partial.baseline(series: false) == .design)
    #expect(partial.backers.isEmpty)
  }

  /// A backer moves only when switched on, and never itself.
  @Test func pullsFollowTheWeights() {
    var influence = Self.withStrength(2).backers[0]
    #expect(influence.pulls(for: ["USA", "GBR", "FRA"]) == [0, 1, 0])
    influence.isActive = false
    #expect(influence.pulls(for: ["USA", "GBR", "FRA"]) == [0, 0, 0])
    #expect(abs(BackerInfluence.expectedVote(SIMD4(0.5, 0.2, 0.2, 0.1)) - 0.3 / 0.9) < 1e-15)
  }
}
