import Testing

@testable import UNGAKit

@Suite struct PercentilesTests {
  /// Type 7: position p·(n − 1) between order statistics.
  @Test func interpolatesBetweenOrderStatistics() {
    let values = [1.0, 2, 3, 4, 5]
    #expect(Percentiles.quantile(sorted: values, 0.5) == 3)
    #expect(Percentiles.quantile(sorted: values, 0.1) == 1.4)
    #expect(Percentiles.quantile(sorted: values, 1) == 5)
    #expect(Percentiles.quantile(sorted: [], 0.5) == nil)
    #expect(Percentiles.quantile(sorted: [7], 0.3) == 7)
  }

  @Test func givesTheCentral95PercentInterval() {
    var generator = AnalysisFixtures.SeededGenerator(seed: 9)
    let samples = (0...200).map { Double($0) }.shuffled(using: &generator)
    #expect(Percentiles.interval(samples, fallback: -1) == [5, 195])
    #expect(Percentiles.interval([], fallback: 0.4) == [0.4, 0.4])
  }
}
