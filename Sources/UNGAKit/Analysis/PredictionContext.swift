/// What a `VotePredictor` may know when it forecasts one roll call.
///
/// Everything here is about the past: the target's own votes are in the
/// dataset, but a predictor must read only the roll calls in `earlier`
/// (dated strictly before the target) and the references, all of which are earlier.
public struct PredictionContext: Sendable {
  /// The whole dataset.
  public let dataset: Dataset
  /// The target roll call's index in `dataset.rollCalls`.
  public let target: Int
  /// The target's references (earlier roll calls, most recent first).
  public let references: ReferenceFinder.References
  /// Whole-text vote counts of the dataset.
  public let history: VoteHistory
  /// The roll calls dated strictly before the target: `0..<k`.
  public let earlier: Range<Int>

  /// Creates the context of `target`; `earlier` is derived from the target's date.
  public init(
    dataset: Dataset, target: Int, references: ReferenceFinder.References, history: VoteHistory
  ) {
    self.dataset = dataset
    self.target = target
    self.references = references
    self.history = history
    self.earlier = 0..<history.firstRollCall(onOrAfter: dataset.rollCalls[target].date)
  }

  /// The target roll call.
  public var rollCall: RollCall { dataset.rollCalls[target] }

  /// The references' roll calls, or none when they were found by shared tags
  /// and `includingTags` is false (a predictor that wants the same resolution only).
  public func referenceRollCalls(includingTags: Bool) -> [Int] {
    references.match == .tags && !includingTags ? [] : references.rollCalls
  }

  /// The roll calls of the `years` years before the target's date.
  public func window(years: Double) -> Range<Int> {
    history.window(before: rollCall.date, years: years)
  }
}
