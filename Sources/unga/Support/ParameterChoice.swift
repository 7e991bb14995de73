import UNGAKit

/// A run's model parameters and where they came from (the design's
/// defaults, a calibration file, flags), which every report shows.
struct ParameterChoice: Equatable, CustomStringConvertible {
  var parameters: ModelParameters
  var origin: ParameterOrigin

  var description: String { origin.description }
}
