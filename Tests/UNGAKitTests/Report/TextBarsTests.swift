import Charts
import Testing
import UNGAKit

@Suite struct TextBarsTests {
  @Test(arguments: [
    (0.5, 1.0, 10, "█████"),
    (0.55, 1.0, 10, "█████▌"),  // 5.5 cells
    (0.0125, 1.0, 10, "▏"),  // one eighth
    (1e-9, 1.0, 10, "▏"),  // any positive value shows
    (0.0, 1.0, 10, ""),
    (-1.0, 1.0, 10, ""),
    (Double.nan, 1.0, 10, ""),
    (2.0, 1.0, 4, "████"),  // clipped at the maximum
    (1.0, 0.0, 4, ""),
  ])
  func horizontalBarsResolveEighths(value: Double, maximum: Double, width: Int, bar: String) {
    #expect(TextBars.horizontal(value, maximum: maximum, width: width) == bar)
  }

  @Test func paddedBarsHaveTheFullWidth() {
    for value in stride(from: 0.0, through: 1.0, by: 0.01) {
      #expect(
        DisplayWidth.of(TextBars.horizontal(value, maximum: 1, width: 13, padded: true)) == 13)
    }
  }

  @Test func columnsStackFullBlocksUnderAnEighth() {
    #expect(TextBars.columns([0, 0.5, 1], height: 2) == ["  █", " ██"])
    #expect(TextBars.columns([1, 0.25, 0.75], height: 2) == ["█ ▄", "█▄█"])
    #expect(TextBars.columns([1, 0.25], height: 1, maximum: 2) == ["▄▁"])
  }

  @Test func sparklineRoundsToTheNearestEighth() {
    #expect(TextBars.sparkline([0, 0.01, 0.125, 0.5, 1]) == "  ▁▄█")
    #expect(TextBars.sparkline([]) == "")
  }

  @Test func binningSumsEqualRuns() {
    #expect(TextBars.binned([1, 2, 3, 4, 5], size: 2) == [3, 7, 5])
    #expect(TextBars.binned([1, 2, 3], size: 1) == [1, 2, 3])
    #expect(TextBars.binned([], size: 3) == [])
  }
}
