import Foundation

/// Gauss–Hermite quadrature for expectations over a standard normal variable:
/// `E[f(Z)] ≈ Σ_k weights[k] · f(nodes[k])`, exact for polynomials of degree
/// below `2 · count`.
///
/// Nodes are the roots of the Hermite polynomial, found by Newton's method
/// from the usual asymptotic starting values (Numerical Recipes, `gauher`),
/// then scaled from the weight `e^(−x²)` to the standard normal density.
struct GaussHermite: Sendable, Hashable {
  /// Points, ascending.
  let nodes: [Double]
  /// Weights, summing to 1.
  let weights: [Double]

  /// The rule with `count` points (1 to 100).
  /// - Complexity: O(count²).
  init(count: Int) {
    let n = max(1, min(100, count))
    var x = [Double](repeating: 0, count: n)
    var w = [Double](repeating: 0, count: n)
    let piToMinusQuarter = 0.751_125_544_464_942_5
    var z = 0.0
    for i in 0..<((n + 1) / 2) {
      switch i {
      case 0: z = (2 * Double(n) + 1).squareRoot() - 1.855_75 * pow(2 * Double(n) + 1, -0.166_67)
      case 1: z -= 1.14 * pow(Double(n), 0.426) / z
      case 2: z = 1.86 * z - 0.86 * x[0]
      case 3: z = 1.91 * z - 0.91 * x[1]
      default: z = 2 * z - x[i - 2]
      }
      var derivative = 0.0
      for _ in 0..<100 {
        var p1 = piToMinusQuarter
        var p2 = 0.0
        for j in 1...n {
          let p3 = p2
          p2 = p1
          p1 = z * (2 / Double(j)).squareRoot() * p2 - (Double(j - 1) / Double(j)).squareRoot() * p3
        }
        derivative = (2 * Double(n)).squareRoot() * p2
        let previous = z
        z = previous - p1 / derivative
        if abs(z - previous) <= 1e-15 * max(1, abs(z)) { break }
      }
      x[i] = z
      x[n - 1 - i] = -z
      w[i] = 2 / (derivative * derivative)
      w[n - 1 - i] = w[i]
    }
    // x are the roots for e^(−x²), largest first; Z = √2 · x.
    let total = w.reduce(0, +)
    nodes = x.reversed().map { $0 * 2.0.squareRoot() }
    weights = w.reversed().map { $0 / total }
  }

  /// `Σ_k weights[k] · f(nodes[k])`.
  func expectation(_ f: (Double) -> Double) -> Double {
    zip(nodes, weights).reduce(0) { $0 + $1.1 * f($1.0) }
  }
}
