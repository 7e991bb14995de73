/// Percentile intervals of bootstrap samples.
public enum Percentiles {
  /// The `p`-quantile of sorted values by linear interpolation between order
  /// statistics (type 7 of Hyndman and Fan); `nil` for no values.
  public static func quantile(sorted values: [Double], _ p: Double) -> Double? {
    guard let first = values.first else { return nil }
    guard values.count > 1 else { return first }
    let position = min(1, max(0, p)) * Double(values.count - 1)
    let lower = Int(position)
    let upper = min(lower + 1, values.count - 1)
    let t = position - Double(lower)
    return values[lower] + t * (values[upper] - values[lower])
  }

  /// `[2.5 %, 97.5 %]` percentiles of `samples`, or `[fallback, fallback]` without samples.
  public static func interval(_ samples: [Double], fallback: Double) -> [Double] {
    let sorted = samples.sorted()
    return [
      quantile(sorted: sorted, 0.025) ?? fallback, quantile(sorted: sorted, 0.975) ?? fallback,
    ]
  }
}
