import ChartTesting
import Charts
import Testing

@Suite struct AxisTicksTests {
  @Test func ticksCoverTheDataOnNiceValues() {
    let ticks = AxisTicks(covering: 3.2...97.5)
    #expect(ticks.step == 20)
    #expect(ticks.values == [0, 20, 40, 60, 80, 100])
    #expect(ticks.decimals == 0)
  }

  @Test func smallStepsPrintWithoutBinaryNoise() {
    let ticks = AxisTicks(covering: 0...0.3, targetCount: 3)
    #expect(ticks.values == [0, 0.1, 0.2, 0.3])
    #expect(ticks.values.map(ticks.label) == ["0.0", "0.1", "0.2", "0.3"])
    let fine = AxisTicks(covering: 0...0.077, targetCount: 4)
    #expect(fine.step == 0.02)
    #expect(fine.upper == 0.08)
  }

  @Test func negativeRangesUseTheTypographicMinus() {
    let ticks = AxisTicks(covering: -14.8...13.4, targetCount: 5)
    #expect(ticks.step == 5)
    #expect(ticks.lower == -15 && ticks.upper == 15)
    #expect(ticks.label(-5) == "\u{2212}5")
  }

  @Test func integerStepsForYears() {
    let ticks = AxisTicks(covering: 2010...2013, targetCount: 8, integerSteps: true)
    #expect(ticks.step == 1)
    #expect(ticks.label(2012) == "2012")
  }

  @Test func degenerateRangesStillGiveAnAxis() {
    let single = AxisTicks(covering: 5...5)
    #expect(single.lower < 5 && single.upper > 5)
    let zero = AxisTicks(covering: 0...0)
    #expect(zero.lower <= -1 && zero.upper >= 1)
    let invalid = AxisTicks(covering: -Double.infinity...Double.infinity)
    #expect(invalid.lower == 0 && invalid.upper == 1)
  }

  @Test(arguments: [
    0.0...1.0, 0.001...0.0013, -3.0...7.0, 12.0...12_345.0, 96.5...193.0, -0.5...(-0.1),
    1e6...3e6, 0.0...0.077,
  ])
  func stepsAreOneTwoOrFiveTimesAPowerOfTenAndCountsStayNearTheTarget(
    range: ClosedRange<Double>
  ) {
    for target in [2, 4, 5, 8] {
      let ticks = AxisTicks(covering: range, targetCount: target)
      #expect(ticks.lower <= range.lowerBound && ticks.upper >= range.upperBound)
      var mantissa = ticks.step
      while mantissa >= 10 { mantissa /= 10 }
      while mantissa < 1 { mantissa *= 10 }
      #expect([1, 2, 5].contains { abs(mantissa - $0) < 1e-9 })
      let intervals = ticks.values.count - 1
      #expect(intervals >= max(target / 3, 1) && intervals <= target * 3)
    }
  }
}
