import Testing
import UNGAKit

@Suite struct SplitMix64Tests {
  /// The first outputs of Vigna's reference splitmix64.c for this seed (as
  /// published in the rand_xoshiro crate's reference test).
  @Test func matchesTheReferenceImplementation() {
    var generator = SplitMix64(seed: 1_477_776_061_723_855_037)
    let expected: [UInt64] = [
      1_985_237_415_132_408_290, 2_979_275_885_539_914_483, 13_511_426_838_097_143_398,
      8_488_337_342_461_049_707, 15_141_737_807_933_549_159, 17_093_170_987_380_407_015,
      16_389_528_042_912_955_399, 13_177_319_091_862_933_652, 10_841_969_400_225_389_492,
      17_094_824_097_954_834_098,
    ]
    #expect((0..<10).map { _ in generator.next() } == expected)
  }

  @Test func seedZeroMatchesTheReference() {
    var generator = SplitMix64(seed: 0)
    #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
    #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    #expect(generator.next() == 0x06C4_5D18_8009_454F)
  }
}
