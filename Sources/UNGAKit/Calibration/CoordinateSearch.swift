import Foundation

/// A deterministic minimiser over a box: cyclic coordinate search, each step a
/// grid scan of the coordinate's whole range followed by a golden-section
/// search between the best grid point's neighbours.
///
/// The grid scan keeps the search from stopping in a poor local minimum along
/// a coordinate; the golden-section search then pins the minimum down to
/// `1e-6` of the range. Cycles over all coordinates repeat until a cycle
/// improves the objective by less than `tolerance` (or `maximumCycles`).
/// Nothing is random and ties keep the earlier point, so the same objective
/// gives the same result.
struct CoordinateSearch: Sendable {
  /// How a coordinate's values are spread between its bounds.
  enum Scale: String, Sendable, Hashable, Codable {
    /// Evenly.
    case linear
    /// Evenly in the logarithm (both bounds > 0).
    case logarithmic
  }

  /// One coordinate: its bounds, scale and number of grid points.
  struct Coordinate: Sendable, Hashable {
    var name: String
    var lower: Double
    var upper: Double
    var scale: Scale
    /// Grid points over the whole range, at least 3.
    var gridPoints: Int

    init(_ name: String, _ lower: Double, _ upper: Double, scale: Scale, gridPoints: Int = 17) {
      self.name = name
      self.lower = lower
      self.upper = upper
      self.scale = scale
      self.gridPoints = max(3, gridPoints)
    }

    /// The value at position `t` in [0, 1] of the range, on the coordinate's scale.
    func value(at t: Double) -> Double {
      if t <= 0 { return lower }
      if t >= 1 { return upper }
      switch scale {
      case .linear: return lower + t * (upper - lower)
      case .logarithmic: return exp(log(lower) + t * (log(upper) - log(lower)))
      }
    }
  }

  /// The result of a search.
  struct Result: Sendable, Hashable {
    var point: [Double]
    var value: Double
    var evaluations: Int
    var cycles: Int
  }

  var coordinates: [Coordinate]
  /// The smallest improvement of a whole cycle that starts another.
  var tolerance = 1e-9
  var maximumCycles = 8
  /// Golden-section steps per coordinate step (each shrinks the bracket by 0.618).
  var goldenSteps = 32

  /// Minimises `objective` from `start` (clamped into the box).
  /// - Complexity: per cycle and coordinate, `gridPoints + goldenSteps + 2` evaluations.
  func minimize(start: [Double], objective: ([Double]) -> Double) -> Result {
    var point = zip(start, coordinates).map { min($1.upper, max($1.lower, $0)) }
    var best = objective(point)
    var evaluations = 1
    var cycles = 0
    while cycles < maximumCycles {
      cycles += 1
      let cycleStart = best
      for (index, coordinate) in coordinates.enumerated() {
        func evaluate(_ t: Double) -> Double {
          var candidate = point
          candidate[index] = coordinate.value(at: t)
          evaluations += 1
          return objective(candidate)
        }
        let last = Double(coordinate.gridPoints - 1)
        var bestT = -1.0
        var bestValue = best
        for k in 0..<coordinate.gridPoints {
          let t = Double(k) / last
          let value = evaluate(t)
          if value < bestValue {
            bestValue = value
            bestT = t
          }
        }
        // Refine around the best grid point, or around the current value when no
        // grid point beat it.
        let centre = bestT >= 0 ? bestT : position(of: point[index], in: coordinate)
        var low = max(0, centre - 1 / last)
        var high = min(1, centre + 1 / last)
        let ratio = (5.0.squareRoot() - 1) / 2
        var a = high - ratio * (high - low)
        var b = low + ratio * (high - low)
        var valueA = evaluate(a)
        var valueB = evaluate(b)
        for _ in 0..<goldenSteps {
          if valueA <= valueB {
            high = b
            b = a
            valueB = valueA
            a = high - ratio * (high - low)
            valueA = evaluate(a)
          } else {
            low = a
            a = b
            valueA = valueB
            b = low + ratio * (high - low)
            valueB = evaluate(b)
          }
        }
        for (t, value) in [(a, valueA), (b, valueB)] where value < bestValue {
          bestValue = value
          bestT = t
        }
        if bestT >= 0, bestValue < best {
          point[index] = coordinate.value(at: bestT)
          best = bestValue
        }
      }
      if cycleStart - best < tolerance { break }
    }
    return Result(point: point, value: best, evaluations: evaluations, cycles: cycles)
  }

  /// Where `value` sits in the coordinate's range, as a fraction on its scale.
  private func position(of value: Double, in coordinate: Coordinate) -> Double {
    let t: Double
    switch coordinate.scale {
    case .linear:
      t = (value - coordinate.lower) / (coordinate.upper - coordinate.lower)
    case .logarithmic:
      t = (log(value) - log(coordinate.lower)) / (log(coordinate.upper) - log(coordinate.lower))
    }
    return min(1, max(0, t.isFinite ? t : 0))
  }
}
