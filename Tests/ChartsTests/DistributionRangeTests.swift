import ChartTesting
import Charts
import Testing

@Suite struct DistributionRangeTests {
  @Test func coversTheMassAndDropsNegligibleTails() {
    let mass = [1e-6, 0, 0.5, 0.5, 0, 1e-6]
    #expect(DistributionRange.visible(masses: [mass]) == 2...3)
    #expect(DistributionRange.visible(masses: [mass], tail: 0) == 0...5)
  }

  @Test func unitesSeveralDistributionsAndIncludesMarkers() {
    let low = [0.5, 0.5, 0, 0, 0, 0]
    let high = [0, 0, 0, 0, 0.5, 0.5]
    #expect(DistributionRange.visible(masses: [low, high]) == 0...5)
    #expect(DistributionRange.visible(masses: [low], including: [4]) == 0...4)
    #expect(DistributionRange.visible(masses: [high], origin: 10) == 14...15)
  }

  @Test func emptyOrInvalidMassFallsBackToTheOrigin() {
    #expect(DistributionRange.visible(masses: []) == 0...0)
    #expect(DistributionRange.visible(masses: [[0, 0]], origin: 3) == 3...3)
    #expect(DistributionRange.visible(masses: [[.nan, -1]], including: [7]) == 7...7)
  }

  @Test func cutsAtMostHalfTheTailFromEachEnd() {
    // A binomial(193, 0.5)-like mass: the kept range holds at least 1 - tail of it.
    var mass = [Double](repeating: 0, count: 194)
    var value = 1.0
    for k in 0...193 {
      mass[k] = value
      value = value * Double(193 - k) / Double(k + 1)
    }
    let total = mass.reduce(0, +)
    mass = mass.map { $0 / total }
    let range = DistributionRange.visible(masses: [mass], tail: 0.01)
    let kept = range.map { mass[$0] }.reduce(0, +)
    #expect(kept >= 0.99)
    #expect(range.lowerBound > 60 && range.upperBound < 133)
  }
}
