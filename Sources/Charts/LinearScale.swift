/// Maps a data interval linearly onto a pixel interval (which may run backwards, as a y
/// axis does).
struct LinearScale: Sendable, Hashable {
  var domainStart: Double
  var domainEnd: Double
  var rangeStart: Double
  var rangeEnd: Double

  init(domain: ClosedRange<Double>, range: (start: Double, end: Double)) {
    domainStart = domain.lowerBound
    domainEnd = domain.upperBound
    rangeStart = range.start
    rangeEnd = range.end
  }

  /// The pixel position of `value`; the middle of the range when the domain is empty.
  func callAsFunction(_ value: Double) -> Double {
    let span = domainEnd - domainStart
    guard span > 0, value.isFinite else { return (rangeStart + rangeEnd) / 2 }
    return rangeStart + (value - domainStart) / span * (rangeEnd - rangeStart)
  }
}
