import UNGAKit

/// Model parameters with one influential backer, for tests that need a
/// backer to move others without a calibration.
enum TestInfluence {
  /// `base` with `dataset.states[backer]` as the only backer: strength
  /// `strength`, weight +0.6 on the states at even positions and `odd` (by
  /// default −0.4) on those at odd ones (none on itself), switched on.
  static func parameters(
    _ dataset: Dataset, backer: Int, strength: Double, odd: Double = -0.4,
    base: ModelParameters = .defaults
  ) -> ModelParameters {
    var weights: [String: Double] = [:]
    for (position, state) in dataset.states.enumerated() where position != backer {
      weights[state.code.rawValue] = position % 2 == 0 ? 0.6 : odd
    }
    var parameters = base
    parameters.backers = [
      BackerInfluence(
        backer: dataset.states[backer].code, strength: strength,
        interval: [strength, strength], isActive: true, crossValidatedGain: 1, rollCalls: 1,
        ridge: 2, weights: weights)
    ]
    return parameters
  }
}
