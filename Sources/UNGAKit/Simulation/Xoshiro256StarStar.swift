/// xoshiro256** 1.0 (Blackman and Vigna 2018): a fast all-purpose 64-bit generator
/// with 256 bits of state and period 2²⁵⁶ − 1.
///
/// Seeded through `SplitMix64`, as its authors recommend, so that any 64-bit
/// seed gives a well-mixed, non-zero state. `init(seed:stream:)` derives
/// independent streams from one seed; the Monte Carlo engine gives each block
/// of trials its own stream, which makes results independent of how blocks are
/// spread over threads.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Hashable {
  @usableFromInline var s0: UInt64
  @usableFromInline var s1: UInt64
  @usableFromInline var s2: UInt64
  @usableFromInline var s3: UInt64

  /// Seeds the state with four successive outputs of `SplitMix64(seed: seed)`.
  public init(seed: UInt64) {
    var mixer = SplitMix64(seed: seed)
    s0 = mixer.next()
    s1 = mixer.next()
    s2 = mixer.next()
    s3 = mixer.next()
  }

  /// Seeds stream number `stream` of `seed`.
  ///
  /// The SplitMix64 seed is `mix(seed) ^ mix(stream + γ)`: the two mixes are
  /// bijections, so distinct streams of one seed start from distinct SplitMix64
  /// seeds, and nearby seeds or streams give unrelated states.
  public init(seed: UInt64, stream: UInt64) {
    self.init(seed: SplitMix64.mix(seed) ^ SplitMix64.mix(stream &+ SplitMix64.gamma))
  }

  /// Sets the state directly, as the reference implementation's `s[0...3]`.
  ///
  /// The all-zero state is a fixed point; `nil` is returned for it.
  public init?(state: (UInt64, UInt64, UInt64, UInt64)) {
    guard state != (0, 0, 0, 0) else { return nil }
    (s0, s1, s2, s3) = state
  }

  /// The state, as the reference implementation's `s[0...3]`.
  public var state: (UInt64, UInt64, UInt64, UInt64) { (s0, s1, s2, s3) }

  /// The next 64 random bits.
  /// - Complexity: O(1): a multiply-free scrambler (×5 and ×9 are shifts and adds)
  ///   and a linear state update.
  @inlinable @inline(__always)
  public mutating func next() -> UInt64 {
    let result = rotateLeft(s1 &* 5, 7) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = rotateLeft(s3, 45)
    return result
  }

  /// A uniform double in [0, 1) with 53 random bits.
  @inlinable
  public mutating func nextUnit() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  @inlinable @inline(__always)
  func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
    (x << k) | (x >> (64 - k))
  }

  public static func == (lhs: Xoshiro256StarStar, rhs: Xoshiro256StarStar) -> Bool {
    lhs.state == rhs.state
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(s0)
    hasher.combine(s1)
    hasher.combine(s2)
    hasher.combine(s3)
  }
}
