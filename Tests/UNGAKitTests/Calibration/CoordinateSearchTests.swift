import Foundation
import Testing

@testable import UNGAKit

@Suite struct CoordinateSearchTests {
  /// A smooth valley with a cross term, minimum at x = 2 (log scale) and y = 0.3.
  @Test func findsTheMinimumOfACoupledValley() {
    let search = CoordinateSearch(coordinates: [
      .init("x", 0.1, 50, scale: .logarithmic), .init("y", 0, 1, scale: .linear),
    ])
    let result = search.minimize(start: [3, 0.9]) { point in
      let u = log(point[0]) - log(2)
      let v = point[1] - 0.3
      return u * u + v * v + 0.5 * u * v + 1
    }
    #expect(abs(result.point[0] - 2) < 1e-3)
    #expect(abs(result.point[1] - 0.3) < 1e-3)
    #expect(abs(result.value - 1) < 1e-6)
    #expect(result.cycles >= 2)
  }

  /// The grid scan steps over a local minimum near the start to the global one.
  @Test func escapesALocalMinimumAlongACoordinate() {
    let search = CoordinateSearch(coordinates: [.init("x", 0, 10, scale: .linear)])
    let result = search.minimize(start: [1]) { point in
      let x = point[0]
      return min((x - 1) * (x - 1) + 0.5, (x - 7) * (x - 7))
    }
    #expect(abs(result.point[0] - 7) < 1e-4)
  }

  /// A minimum on the boundary, and a start outside the box, clamped.
  @Test func staysInTheBox() {
    let search = CoordinateSearch(coordinates: [.init("x", 0, 5, scale: .linear)])
    let result = search.minimize(start: [-3]) { $0[0] + 1 }
    #expect(result.point == [0])
    #expect(result.value == 1)
  }

  /// Same objective, same result: no randomness.
  @Test func isDeterministic() {
    let search = CoordinateSearch(coordinates: [
      .init("a", 0.01, 100, scale: .logarithmic), .init("b", -1, 1, scale: .linear),
    ])
    let objective: ([Double]) -> Double = { sin(3 * $0[1]) + pow(log($0[0]) - 1, 2) }
    let first = search.minimize(start: [1, 0], objective: objective)
    let second = search.minimize(start: [1, 0], objective: objective)
    #expect(first == second)
  }

  @Test func logarithmicCoordinatesSpreadEvenlyInTheLogarithm() {
    let coordinate = CoordinateSearch.Coordinate("h", 0.1, 10, scale: .logarithmic)
    #expect(abs(coordinate.value(at: 0.5) - 1) < 1e-12)
    #expect(coordinate.value(at: 0) == 0.1)
    #expect(abs(coordinate.value(at: 1) - 10) < 1e-12)
  }
}
