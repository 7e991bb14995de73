import Foundation
import Testing
import UNGAKit

@Suite struct ZigguratNormalTests {
  /// Every layer has the same area v, and the base strip (rectangle plus tail) too.
  @Test func layersHaveEqualArea() {
    let t = ZigguratNormal.tables
    let f = { (x: Double) in exp(-0.5 * x * x) }
    #expect(t.x.count == ZigguratNormal.layerCount + 1)
    #expect(abs(t.r - 3.6541528853610088) < 1e-9)
    for i in 1..<ZigguratNormal.layerCount {
      let area = t.x[i] * (f(t.x[i + 1]) - f(t.x[i]))
      #expect(abs(area - t.v) < 1e-12, "layer \(i)")
    }
    let base = t.r * f(t.r) + (Double.pi / 2).squareRoot() * erfc(t.r / 2.0.squareRoot())
    #expect(abs(base - t.v) < 1e-15)
    #expect(abs(t.x[0] * f(t.r) - t.v) < 1e-15)
  }

  /// Moments and tail frequencies of 400,000 draws, each within 5 standard errors.
  @Test func momentsAndTailsMatchTheNormal() {
    var generator = Xoshiro256StarStar(seed: 2025)
    let n = 400_000
    var sum = 0.0
    var squares = 0.0
    var cubes = 0.0
    var fourths = 0.0
    var beyondTwo = 0
    var beyondThree = 0
    var beyondR = 0
    var belowMinusOne = 0
    for _ in 0..<n {
      let z = ZigguratNormal.next(using: &generator)
      sum += z
      squares += z * z
      cubes += z * z * z
      fourths += z * z * z * z
      if abs(z) > 2 { beyondTwo += 1 }
      if z > 3 { beyondThree += 1 }
      if abs(z) > ZigguratNormal.tables.r { beyondR += 1 }
      if z < -1 { belowMinusOne += 1 }
    }
    let count = Double(n)
    // Standard errors: mean 1/√n; E[z²] √(2/n); E[z³] √(15/n); E[z⁴] √(96/n).
    #expect(abs(sum / count) < 5 * (1 / count).squareRoot())
    #expect(abs(squares / count - 1) < 5 * (2 / count).squareRoot())
    #expect(abs(cubes / count) < 5 * (15 / count).squareRoot())
    #expect(abs(fourths / count - 3) < 5 * (96 / count).squareRoot())
    func checkFrequency(_ hits: Int, _ p: Double) {
      #expect(abs(Double(hits) / count - p) < 5 * (p * (1 - p) / count).squareRoot())
    }
    checkFrequency(beyondTwo, 2 * StandardNormal.cdf(-2))
    checkFrequency(beyondThree, StandardNormal.cdf(-3))
    checkFrequency(beyondR, 2 * StandardNormal.cdf(-ZigguratNormal.tables.r))
    checkFrequency(belowMinusOne, StandardNormal.cdf(-1))
  }
}
