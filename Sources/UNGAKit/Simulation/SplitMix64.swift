/// SplitMix64 (Steele, Lea and Flood 2014), the generator Blackman and Vigna
/// recommend for expanding one 64-bit seed into a larger generator's state.
///
/// Every 64-bit seed gives a distinct, full-period (2⁶⁴) sequence. It is used
/// here to seed `Xoshiro256StarStar` and to derive one independent stream per
/// block of Monte Carlo trials; it is fast enough to be a generator itself.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
  /// The increment of the Weyl sequence: 2⁶⁴ divided by the golden ratio, odd.
  public static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15

  /// The current state; the next output is `mix(state &+ gamma)`.
  public var state: UInt64

  /// Starts the sequence at `seed` (any value, zero included).
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  /// - Complexity: O(1), a handful of integer operations.
  @inlinable
  public mutating func next() -> UInt64 {
    state &+= SplitMix64.gamma
    return SplitMix64.mix(state)
  }

  /// The output function: a bijection of 64-bit integers with good avalanche
  /// (variant 13 of Stafford's mixers).
  @inlinable
  public static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
