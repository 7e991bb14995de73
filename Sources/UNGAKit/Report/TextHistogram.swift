import Charts

/// A probability mass function drawn in a terminal: block columns over an axis, with the
/// ends of the range and an optional marked outcome (such as the adoption threshold)
/// labelled underneath.
///
/// ```
///                ▁▃▆█▇▄▂▁
/// ─────────────────┴──────────
/// 84              97        121
/// ```
public struct TextHistogram: Sendable, Hashable {
  /// `mass[i]` is the probability of outcome `origin + i`.
  public var mass: [Double]
  /// The outcome of `mass[0]`.
  public var origin: Int
  /// The outcomes drawn; values outside are not shown.
  public var range: ClosedRange<Int>
  /// The most columns the bars may take; outcomes are summed into equal bins when there are
  /// more.
  public var width: Int
  /// Rows of bars (1 gives a sparkline).
  public var height: Int
  /// The probability of one outcome that fills all rows (scaled up with the bin size); give
  /// several histograms the same maximum to compare them by eye. Nil scales to this
  /// histogram's tallest column.
  public var maximum: Double?
  /// An outcome marked with `┴` on the axis and labelled with its value.
  public var marker: Int?

  /// A histogram of `mass` over `range` (by default the whole of it).
  public init(
    mass: [Double], origin: Int = 0, range: ClosedRange<Int>? = nil, width: Int = 60,
    height: Int = 3, maximum: Double? = nil, marker: Int? = nil
  ) {
    self.mass = mass
    self.origin = origin
    self.range = range ?? origin...(origin + max(mass.count - 1, 0))
    self.width = max(width, 1)
    self.height = max(height, 1)
    self.maximum = maximum
    self.marker = marker
  }

  /// How the drawn outcomes are cut into columns: each column sums `binSize` consecutive
  /// outcomes starting at `start`, with the marker (if any) at the start of a column, so no
  /// column straddles it. `start...end` covers ``range`` and may reach a little beyond it.
  public var binning: (start: Int, end: Int, binSize: Int) {
    let count = range.count
    var size = max((count + width - 1) / width, 1)
    while true {
      var start = range.lowerBound
      if let marker, size > 1 {
        start -= ((range.lowerBound - marker) % size + size) % size
      }
      let columns = (range.upperBound - start + size) / size
      if columns <= width || size >= count {
        return (start, start + columns * size - 1, size)
      }
      size += 1
    }
  }

  /// The probabilities of each column, left to right.
  public var columnValues: [Double] {
    let (start, end, size) = binning
    let values = (start...end).map { outcome -> Double in
      let index = outcome - origin
      return mass.indices.contains(index) && mass[index].isFinite ? mass[index] : 0
    }
    return TextBars.binned(values, size: size)
  }

  /// The chart, `height` rows of bars, an axis row and a label row, without trailing
  /// spaces. Every line is at most ``width`` columns wide, plus a few for a long end label.
  public func render() -> [String] {
    let (start, end, size) = binning
    let values = columnValues
    var lines = TextBars.columns(values, height: height, maximum: maximum.map { $0 * Double(size) })
    var axis = [Character](repeating: "─", count: values.count)
    let markerColumn = marker.flatMap { outcome -> Int? in
      (start...end).contains(outcome) ? (outcome - start) / size : nil
    }
    if let markerColumn { axis[markerColumn] = "┴" }
    lines.append(String(axis))
    // The end columns may reach past the range to keep the marker on a column boundary;
    // they are labelled with the range's own ends, which they contain.
    lines.append(
      labelLine(
        lower: range.lowerBound, upper: range.upperBound, columnCount: values.count,
        markerColumn: markerColumn))
    return lines.map(DisplayWidth.trimmingTrailingSpaces)
  }

  private func labelLine(lower: Int, upper: Int, columnCount: Int, markerColumn: Int?)
    -> String
  {
    var cells = [Character](repeating: " ", count: columnCount + 8)
    var occupied: [ClosedRange<Int>] = []
    func place(_ text: String, at start: Int) {
      let characters = Array(text)
      let start = max(0, start)
      let span = start...(start + characters.count)  // one column of air after each label
      guard !occupied.contains(where: { $0.overlaps(span) }) else { return }
      while cells.count < start + characters.count { cells.append(" ") }
      for (offset, character) in characters.enumerated() { cells[start + offset] = character }
      occupied.append(span)
    }
    if let markerColumn, let marker {
      let text = Self.label(marker)
      place(text, at: markerColumn - text.count / 2)
    }
    place(Self.label(lower), at: 0)
    let upperText = Self.label(upper)
    place(upperText, at: columnCount - upperText.count)
    return String(cells)
  }

  /// An outcome as labelled under the axis, negative ones with a Unicode minus.
  static func label(_ outcome: Int) -> String {
    outcome < 0 ? "−\(-outcome)" : "\(outcome)"
  }
}
