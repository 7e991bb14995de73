import Foundation

/// Standard normal variates by the ziggurat method (Marsaglia and Tsang 2000,
/// with Doornik's 2005 correction), 256 layers.
///
/// One 64-bit random word gives the layer (its low 8 bits) and a signed
/// uniform (its top 53 bits), so the two are independent; about 99 % of draws
/// need one word, one multiply and one comparison. The rest fall in a wedge
/// (accepted against the density) or in the tail beyond `r ≈ 3.654`
/// (Marsaglia's exponential method). The tables are solved numerically once,
/// on first use, so that every layer has exactly the same area.
public enum ZigguratNormal {
  /// The number of layers.
  public static let layerCount = 256

  /// The tables, built once (Swift initialises a global lazily and thread-safely).
  public static let tables = Tables()

  /// The ziggurat's tables for `layerCount` layers of equal area `v`.
  public struct Tables: Sendable {
    /// Right edges of the layers, decreasing: `x[0] = v / f(r)` (the base
    /// strip, as wide as a rectangle of the base's area), `x[1] = r`, …,
    /// `x[layerCount] = 0`; `layerCount + 1` values.
    public let x: [Double]
    /// `x[i + 1] / x[i]`: a uniform `u` with `|u| < ratio[i]` lies wholly inside layer `i`.
    public let ratio: [Double]
    /// `f(x[i]) = exp(−x[i]² / 2)`, the unnormalised density at each edge.
    public let density: [Double]
    /// Where the tail begins.
    public let r: Double
    /// The common area of the layers (unnormalised density).
    public let v: Double

    init() {
      let n = ZigguratNormal.layerCount
      // A larger r gives thinner layers: find the r whose n layers end exactly at the top.
      func edges(_ r: Double) -> (x: [Double], v: Double, residual: Double) {
        let fr = exp(-0.5 * r * r)
        let v = r * fr + (Double.pi / 2).squareRoot() * erfc(r / 2.0.squareRoot())
        var x = [Double](repeating: 0, count: n + 1)
        x[0] = v / fr
        x[1] = r
        for i in 2..<n {
          let next = v / x[i - 1] + exp(-0.5 * x[i - 1] * x[i - 1])
          if next >= 1 { return (x, v, 1) }  // overshoot: r too small
          x[i] = (-2 * log(next)).squareRoot()
        }
        return (x, v, v / x[n - 1] + exp(-0.5 * x[n - 1] * x[n - 1]) - 1)
      }
      var low = 3.0
      var high = 4.5
      for _ in 0..<200 {
        let middle = (low + high) / 2
        if edges(middle).residual > 0 { low = middle } else { high = middle }
      }
      let solved = edges(high)
      var x = solved.x
      x[n] = 0
      self.x = x
      self.r = high
      self.v = solved.v
      self.ratio = (0..<n).map { x[$0 + 1] / x[$0] }
      self.density = x.map { exp(-0.5 * $0 * $0) }
    }
  }

  /// One standard normal variate.
  /// - Complexity: O(1) expected; about 1.01 random words per variate.
  @inlinable
  public static func next<G: RandomNumberGenerator>(using generator: inout G) -> Double {
    let tables = ZigguratNormal.tables
    return tables.x.withUnsafeBufferPointer { x in
      tables.ratio.withUnsafeBufferPointer { ratio in
        tables.density.withUnsafeBufferPointer { density in
          sample(
            using: &generator, x: x.baseAddress!, ratio: ratio.baseAddress!,
            density: density.baseAddress!, r: tables.r)
        }
      }
    }
  }

  /// One variate with the tables given as pointers, for hot loops that fetch
  /// them once (`Tables` arrays, `withUnsafeBufferPointer`).
  @inlinable @inline(__always)
  public static func sample<G: RandomNumberGenerator>(
    using generator: inout G, x: UnsafePointer<Double>, ratio: UnsafePointer<Double>,
    density: UnsafePointer<Double>, r: Double
  ) -> Double {
    while true {
      let bits = generator.next()
      let layer = Int(truncatingIfNeeded: bits & 0xFF)
      // Top 53 bits as a signed integer: a uniform in [−1, 1).
      let u = Double(Int64(bitPattern: bits) >> 11) * 0x1.0p-52
      if abs(u) < ratio[layer] { return u * x[layer] }
      if let value = slowPath(
        layer: layer, u: u, using: &generator, x: x, density: density, r: r)
      {
        return value
      }
    }
  }

  @inlinable
  static func slowPath<G: RandomNumberGenerator>(
    layer: Int, u: Double, using generator: inout G, x: UnsafePointer<Double>,
    density: UnsafePointer<Double>, r: Double
  ) -> Double? {
    if layer == 0 {
      // The tail beyond r: Marsaglia (1964).
      while true {
        let e1 = -log(openUnit(&generator)) / r
        let e2 = -log(openUnit(&generator))
        if 2 * e2 > e1 * e1 { return u < 0 ? -(r + e1) : r + e1 }
      }
    }
    let value = u * x[layer]
    let height =
      density[layer] + Double(generator.next() >> 11) * 0x1.0p-53
      * (density[layer + 1] - density[layer])
    return height < exp(-0.5 * value * value) ? value : nil
  }

  /// A uniform in (0, 1]: never zero, so its logarithm is finite.
  @inlinable
  static func openUnit<G: RandomNumberGenerator>(_ generator: inout G) -> Double {
    Double((generator.next() >> 11) + 1) * 0x1.0p-53
  }
}
