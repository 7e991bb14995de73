import Testing

@testable import UNGAKit

@Suite struct RoundingTests {
  @Test(arguments: [
    (16.4257, 16.4), (0.028431, 0.0284), (1234.5, 1230), (0, 0), (-0.57891, -0.579),
    (0.9999, 1), (2, 2),
  ])
  func keepsThreeSignificantDigits(value: Double, expected: Double) {
    #expect(Rounding.significant(value, 3) == expected)
  }

  @Test func roundsToDecimalPlacesAsWritten() {
    #expect(Rounding.decimals(0.5788728, 3) == 0.579)
    #expect(Rounding.decimals(0.25110971, 3) == 0.251)
    #expect("\(Rounding.decimals(0.1 + 0.2, 3))" == "0.3")
    #expect(Rounding.decimals(.infinity, 3) == .infinity)
  }
}
