import Charts
import Testing
import UNGAKit

@Suite struct TextHistogramTests {
  /// A triangular mass over 0…193 peaking at 100.
  private let mass: [Double] = {
    let raw = (0...193).map { max(0, 30 - abs(Double($0) - 100)) }
    let total = raw.reduce(0, +)
    return raw.map { $0 / total }
  }()

  @Test func smallRangesGetOneColumnPerOutcome() {
    let histogram = TextHistogram(
      mass: [0.1, 0.2, 0.4, 0.2, 0.1], width: 10, height: 1, marker: 2)
    #expect(histogram.render() == ["▂▄█▄▂", "──┴──", "0 2 4"])
  }

  @Test func labelsThatWouldTouchAreLeftOut() {
    let histogram = TextHistogram(mass: [0.25, 0.5, 0.25], width: 10, height: 2, marker: 1)
    #expect(histogram.render() == [" █", "███", "─┴─", " 1"])
  }

  @Test func binsAreEqualAndStartAtTheMarker() {
    let histogram = TextHistogram(mass: mass, width: 60, height: 3, marker: 97)
    let (start, end, size) = histogram.binning
    #expect(size == 4)
    #expect((97 - start) % size == 0)
    #expect(start <= 0 && end >= 193)
    let columns = histogram.columnValues
    #expect(columns.count <= 60)
    #expect(abs(columns.reduce(0, +) - 1) < 1e-12)
  }

  @Test func markerSitsUnderItsColumnWithItsValue() throws {
    let histogram = TextHistogram(
      mass: mass, range: 60...140, width: 40, height: 3, marker: 97)
    let lines = histogram.render()
    #expect(lines.count == 5)
    let axis = Array(lines[3])
    let markerColumn = try #require(axis.firstIndex(of: "┴"))
    let (start, _, size) = histogram.binning
    #expect(markerColumn == (97 - start) / size)
    let labels = Array(lines[4])
    let label = String(labels[(markerColumn - 1)...(markerColumn)])
    #expect(label == "97")
    #expect(lines[4].hasPrefix("60"))
    #expect(lines[4].hasSuffix("140"))
    for line in lines { #expect(DisplayWidth.of(line) <= 40) }
  }

  /// Negative outcomes (margins, differences) are labelled with a Unicode minus.
  @Test func negativeLabelsUseTheMinusSign() {
    let histogram = TextHistogram(
      mass: [Double](repeating: 1.0 / 21, count: 21), origin: -30, range: -30...(-10),
      width: 21, height: 2, marker: -20)
    let labels = histogram.render().last ?? ""
    #expect(labels.hasPrefix("−30"))
    #expect(labels.contains("−20"))
    #expect(labels.hasSuffix("−10"))
    #expect(!labels.contains("-"))
  }

  @Test func aMarkerOutsideTheRangeIsNotDrawn() {
    let lines = TextHistogram(mass: mass, range: 60...90, width: 40, marker: 97).render()
    #expect(!lines[lines.count - 2].contains("┴"))
    #expect(!lines.last!.contains("97"))
  }

  @Test func aSharedMaximumScalesHistogramsAlike() {
    let tall = TextHistogram(mass: [0, 1, 0], height: 1, maximum: 1).render()[0]
    let half = TextHistogram(mass: [0, 0.5, 0], height: 1, maximum: 1).render()[0]
    #expect(tall == " █")
    #expect(half == " ▄")
  }
}
