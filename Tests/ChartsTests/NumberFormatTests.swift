import ChartTesting
import Charts
import Testing

@Suite struct NumberFormatTests {
  @Test(arguments: [
    (2.675, 2, "2.68"),  // the shortest decimal is rounded, not the binary 2.67499…
    (1.005, 2, "1.01"),
    (0.125, 2, "0.13"),  // half away from zero
    (-0.125, 2, "\u{2212}0.13"),
    (9.995, 2, "10.00"),  // carry into a new digit
    (-0.004, 2, "0.00"),  // never -0
    (-0.0, 1, "0.0"),
    (-2.5, 0, "\u{2212}3"),
    (0.5, 0, "1"),
    (123.456, 0, "123"),
    (1e-7, 3, "0.000"),
    (1.5e-7, 7, "0.0000002"),
    (1e21, 0, "1000000000000000000000"),
    (42, 3, "42.000"),
    (0.1 + 0.2, 2, "0.30"),
  ])
  func fixedRoundsTheShortestDecimalHalfAwayFromZero(value: Double, decimals: Int, expected: String)
  {
    #expect(NumberFormat.fixed(value, decimals: decimals) == expected)
  }

  @Test func fixedGroupsAndUsesTheRequestedMinus() {
    #expect(NumberFormat.fixed(1_234_567.891, decimals: 2, grouping: .comma) == "1,234,567.89")
    #expect(NumberFormat.fixed(-1234.5, decimals: 1, grouping: .comma, style: .ascii) == "-1,234.5")
    #expect(NumberFormat.fixed(-2.5, decimals: 2, style: .ascii) == "-2.50")
  }

  @Test(arguments: [Double.nan, .infinity, -.infinity])
  func nonFiniteValuesAreNotAvailable(value: Double) {
    #expect(NumberFormat.fixed(value, decimals: 1) == "n/a")
    #expect(NumberFormat.compact(value, decimals: 1) == "n/a")
    #expect(NumberFormat.signed(value, decimals: 1) == "n/a")
    #expect(NumberFormat.percent(value) == "n/a")
    #expect(NumberFormat.percentagePoints(value) == "n/a")
    #expect(NumberFormat.estimate(value, standardError: 1) == "n/a")
  }

  @Test(arguments: [
    (12.5, "12.5"), (3.0, "3"), (-0.001, "0"), (-1.239, "-1.24"), (100, "100"), (0.1 + 0.2, "0.3"),
    (1e-9, "0"),
  ])
  func compactDropsTrailingZeros(value: Double, expected: String) {
    #expect(NumberFormat.compact(value, decimals: 2) == expected)
  }

  @Test func integersAreGroupedInEveryStyle() {
    #expect(NumberFormat.integer(1_234_567, grouping: .comma) == "1,234,567")
    #expect(NumberFormat.integer(1_234_567, grouping: .space) == "1 234 567")
    #expect(NumberFormat.integer(1_234_567, grouping: .thin) == "1\u{202F}234\u{202F}567")
    #expect(NumberFormat.integer(1_234_567) == "1234567")
    #expect(NumberFormat.integer(-1234, grouping: .comma) == "\u{2212}1,234")
    #expect(NumberFormat.integer(-1234, grouping: .comma, style: .ascii) == "-1,234")
    #expect(NumberFormat.integer(999, grouping: .comma) == "999")
    #expect(NumberFormat.integer(0, grouping: .comma) == "0")
    #expect(
      NumberFormat.integer(Int.min, grouping: .comma, style: .ascii)
        == "-9,223,372,036,854,775,808")
  }

  @Test func signedDifferencesCarryAnExplicitSignExceptAtZero() {
    #expect(NumberFormat.signed(4.1, decimals: 1) == "+4.1")
    #expect(NumberFormat.signed(-2, decimals: 1) == "\u{2212}2.0")
    #expect(NumberFormat.signed(-2, decimals: 1, style: .ascii) == "-2.0")
    #expect(NumberFormat.signed(0.04, decimals: 1) == "0.0")
    #expect(NumberFormat.signed(-0.04, decimals: 1) == "0.0")
    #expect(NumberFormat.signed(-0.05, decimals: 1) == "\u{2212}0.1")
    #expect(NumberFormat.signed(1234.5, decimals: 0, grouping: .comma) == "+1,235")
  }

  @Test(arguments: [
    (0.973, 1, "97.3 %"),
    (0.0004, 1, "< 0.1 %"),
    (0.0005, 1, "0.1 %"),
    (0.9996, 1, "> 99.9 %"),
    (0.99949, 1, "99.9 %"),
    (0.0, 1, "0 %"),
    (1.0, 1, "100 %"),
    (0.5, 0, "50 %"),
    (0.004, 0, "< 1 %"),
    (0.996, 0, "> 99 %"),
    (0.00001, 2, "< 0.01 %"),
    (0.12345, 2, "12.35 %"),
    (0.07, 1, "7.0 %"),
  ])
  func percentagesNeverShowARareOutcomeAsImpossibleOrCertain(
    probability: Double, decimals: Int, expected: String
  ) {
    #expect(NumberFormat.percent(probability, decimals: decimals) == expected)
  }

  @Test func percentagePointsAreSigned() {
    #expect(NumberFormat.percentagePoints(0.041) == "+4.1 pp")
    #expect(NumberFormat.percentagePoints(-0.02) == "\u{2212}2.0 pp")
    #expect(NumberFormat.percentagePoints(-0.02, style: .ascii) == "-2.0 pp")
    #expect(NumberFormat.percentagePoints(-0.0001) == "0.0 pp")
  }

  @Test(arguments: [
    (112.43, 0.31, "112.4 ± 0.3"),
    (112.43, 0.031, "112.43 ± 0.03"),
    (112.4, 0.096, "112.4 ± 0.1"),  // 0.096 shows as 0.1, so one decimal suffices
    (112.4, 3.2, "112 ± 3"),
    (112.4, 0, "112.4 ± 0.0"),
    (-2, 0.3, "\u{2212}2.0 ± 0.3"),
    (5, -0.2, "5.0 ± 0.2"),
    (5, Double.nan, "5.0 ± n/a"),
  ])
  func estimatesTakeTheirPrecisionFromTheStandardError(
    value: Double, error: Double, expected: String
  ) {
    #expect(NumberFormat.estimate(value, standardError: error) == expected)
  }

  @Test func estimatesHonourExplicitDecimalsAndTheAsciiStyle() {
    #expect(NumberFormat.estimate(112.43, standardError: 0.31, decimals: 2) == "112.43 ± 0.31")
    #expect(NumberFormat.estimate(-112.43, standardError: 0.31, style: .ascii) == "-112.4 +/- 0.3")
  }

  @Test(arguments: [
    (0.31, 1), (0.096, 1), (0.0049, 3), (0.0096, 2), (37.0, 0), (0.0, 1), (1e-9, 6),
    (Double.infinity, 1),
  ])
  func decimalsShowTheFirstSignificantDigitOfTheError(error: Double, decimals: Int) {
    #expect(NumberFormat.decimalsShowing(error) == decimals)
  }
}
