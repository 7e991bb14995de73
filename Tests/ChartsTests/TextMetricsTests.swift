import ChartTesting
import Charts
import Testing

@Suite struct TextMetricsTests {
  @Test func widthsFollowHelveticaWithAllowance() {
    #expect(TextMetrics.width(of: "", fontSize: 12) == 0)
    // A digit is 0.556 em, plus the 5 % allowance.
    #expect(abs(TextMetrics.width(of: "0", fontSize: 10) - 5.838) < 1e-9)
    #expect(TextMetrics.width(of: "W", fontSize: 12) > TextMetrics.width(of: "i", fontSize: 12))
    #expect(
      TextMetrics.width(of: "Yes", fontSize: 12, bold: true)
        > TextMetrics.width(of: "Yes", fontSize: 12))
  }

  @Test func nonASCIITextIsMeasuredToo() {
    let plain = TextMetrics.width(of: "Turkiye", fontSize: 12)
    #expect(abs(TextMetrics.width(of: "Türkiye", fontSize: 12) - plain) < 1)
    #expect(abs(TextMetrics.width(of: "Tu\u{308}rkiye", fontSize: 12) - plain) < 1)
    #expect(TextMetrics.width(of: "日本", fontSize: 10) == 2 * 10 * 1.05)
  }
}
