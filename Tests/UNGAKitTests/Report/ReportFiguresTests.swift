import Testing

@testable import UNGAKit

@Suite struct ReportFiguresTests {
  @Test func probabilitiesShowTheirErrorOrSayTheyAreExact() {
    #expect(
      ReportFigures.probability(0.98986, standardError: 0.000317, exact: false) == "98.99 ± 0.03 %")
    #expect(ReportFigures.probability(0.98986, standardError: 0, exact: true) == "98.99 %")
    // Every trial adopted: the estimated error is 0, which must not read as certainty.
    #expect(ReportFigures.probability(1, standardError: 0, exact: false) == "100 % of trials")
    #expect(ReportFigures.probability(0, standardError: 0, exact: false) == "0 % of trials")
  }

  @Test func differencesCarryASignAndTheirError() {
    let yes = Estimate(value: 2.0953, standardError: 0.0052)
    #expect(ReportFigures.difference(yes, exact: false) == "+2.095 ± 0.005")
    #expect(ReportFigures.difference(yes, exact: true) == "+2.10")
    #expect(
      ReportFigures.pointsDifference(-0.01289, standardError: 0.00041, exact: false)
        == "\u{2212}1.29 ± 0.04 pp")
    #expect(ReportFigures.pointsDifference(0.0044, standardError: 0, exact: true) == "+0.44 pp")
  }

  @Test func countsAndIntervals() {
    let summary = CountSummary(
      mean: 89.0312, sd: 19.4, q05: 59, q50: 88, q95: 125, meanStandardError: 0.0613)
    #expect(ReportFigures.count(summary, exact: false) == "89.03 ± 0.06")
    #expect(ReportFigures.count(summary, exact: true) == "89.03")
    #expect(ReportFigures.interval(summary) == "59 to 125")
  }

  @Test(arguments: [
    (0.0, "0"), (0.004, "<1"), (0.005, "1"), (0.62, "62"), (0.994, "99"), (0.996, ">99"),
    (1.0, "100"), (Double.nan, "n/a"),
  ])
  func statePercentagesNeverRoundToCertainty(value: Double, expected: String) {
    #expect(ReportFigures.statePercent(value) == expected)
  }

  @Test func csvProbabilitiesHaveSixDecimals() {
    #expect(ReportFigures.machineProbability(0.123456789) == "0.123457")
    #expect(ReportFigures.machineProbability(1) == "1.000000")
  }
}
