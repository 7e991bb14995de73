import Testing
import UNGAKit

@Suite struct Xoshiro256StarStarTests {
  /// The reference xoshiro256starstar.c from the state {1, 2, 3, 4}.
  @Test func matchesTheReferenceImplementation() throws {
    var generator = try #require(Xoshiro256StarStar(state: (1, 2, 3, 4)))
    let expected: [UInt64] = [
      11520, 0, 1_509_978_240, 1_215_971_899_390_074_240, 1_216_172_134_540_287_360,
      607_988_272_756_665_600, 16_172_922_978_634_559_625, 8_476_171_486_693_032_832,
      10_595_114_339_597_558_777, 2_904_607_092_377_533_576,
    ]
    #expect((0..<10).map { _ in generator.next() } == expected)
  }

  @Test func seedsThroughSplitMix64() {
    var mixer = SplitMix64(seed: 42)
    let state = (mixer.next(), mixer.next(), mixer.next(), mixer.next())
    #expect(Xoshiro256StarStar(seed: 42).state == state)
  }

  @Test func rejectsTheZeroState() {
    #expect(Xoshiro256StarStar(state: (0, 0, 0, 0)) == nil)
  }

  @Test func streamsDifferAndRepeat() {
    var a = Xoshiro256StarStar(seed: 7, stream: 0)
    var b = Xoshiro256StarStar(seed: 7, stream: 1)
    var again = Xoshiro256StarStar(seed: 7, stream: 0)
    let first = (0..<4).map { _ in a.next() }
    #expect(first != (0..<4).map { _ in b.next() })
    #expect(first == (0..<4).map { _ in again.next() })
  }

  /// Bits of consecutive streams are uncorrelated: over 64 × 20,000 bit pairs
  /// the agreement rate is ½ within 5 standard errors.
  @Test func neighbouringStreamsLookIndependent() {
    var a = Xoshiro256StarStar(seed: 1, stream: 10)
    var b = Xoshiro256StarStar(seed: 1, stream: 11)
    var agreements = 0
    let words = 20_000
    for _ in 0..<words { agreements += 64 - (a.next() ^ b.next()).nonzeroBitCount }
    let n = Double(words * 64)
    let standardError = (0.25 / n).squareRoot()
    #expect(abs(Double(agreements) / n - 0.5) < 5 * standardError)
  }

  @Test func unitValuesStayInRangeWithMeanOneHalf() {
    var generator = Xoshiro256StarStar(seed: 3)
    let n = 100_000
    var sum = 0.0
    for _ in 0..<n {
      let u = generator.nextUnit()
      #expect(u >= 0 && u < 1)
      sum += u
    }
    // Var(U) = 1/12.
    #expect(abs(sum / Double(n) - 0.5) < 5 * (1.0 / 12 / Double(n)).squareRoot())
  }
}
