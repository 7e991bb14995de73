/// How the reference roll calls of a baseline are chosen (MODEL.md §1).
public enum ReferenceSelection: Sendable, Hashable, Codable {
  /// The target's series, as backtests and calibration choose them
  /// (`ReferenceFinder`: a curated topic's earlier votes, else the same
  /// recurring text, else a similar title, else shared tags of recent sessions).
  case series
  /// Whole-text roll calls before the target's date that share at least one
  /// issue tag with the target.
  case targetTags
  /// Whole-text roll calls before the target's date that share at least one of these tags.
  case tags([IssueTag])
  /// These roll calls, by id, resolution symbol or draft symbol, in any order.
  case explicit([String])

  /// The chosen roll calls' indices in `dataset.rollCalls`, ascending (by date).
  ///
  /// The target itself is never its own reference. Tag selection keeps only
  /// whole-text votes dated strictly before the target; an explicit reference
  /// dated on or after the target is refused.
  /// - Throws: `AnalysisError.unknownRollCall` for an explicit key not in the
  ///   dataset; `.invalidReference` for an explicit key that names a draft
  ///   never voted on or the target itself; `.referenceNotBeforeTarget` for an
  ///   explicit one dated on or after the target;
  ///   `AnalysisError.noUsableReferences` when tags are asked for and there
  ///   are none to match on.
  /// - Complexity: O(r) roll calls for tags, O(k) lookups for explicit keys.
  public func rollCalls(in dataset: Dataset, for target: VoteTarget) throws(AnalysisError)
    -> [Int]
  {
    try references(in: dataset, for: target).rollCalls
  }

  /// The chosen roll calls as `rollCalls(in:for:)`, and whether they are the
  /// target's own series (a curated topic, the same or a similar title, or
  /// references named explicitly) rather than roll calls sharing an issue tag:
  /// the baseline's parameters differ between the two
  /// (`ModelParameters.baseline(series:)`).
  /// - Throws: as `rollCalls(in:for:)`.
  public func references(in dataset: Dataset, for target: VoteTarget) throws(AnalysisError)
    -> (rollCalls: [Int], series: Bool)
  {
    let tags: Set<IssueTag>
    switch self {
    case .series:
      let found = ReferenceFinder(dataset: dataset).references(
        title: target.title, date: target.date, session: target.session, issues: target.issues)
      guard !found.rollCalls.isEmpty else {
        throw .noUsableReferences(
          target: target.symbol,
          reason: "no earlier vote on the same text, a similar title or a shared issue tag;"
            + " name reference roll calls")
      }
      return (
        found.rollCalls.filter { dataset.rollCalls[$0].id != target.id }.sorted(),
        found.match.isSeries
      )
    case .explicit(let keys):
      var indices = Set<Int>()
      for key in keys {
        guard let index = dataset.rollCallIndex(key) else {
          guard dataset.draftIndex(key) == nil else {
            throw .invalidReference(
              key: key,
              reason: "it is a draft that was not voted on; expected a recorded vote")
          }
          throw .unknownRollCall(key)
        }
        let rollCall = dataset.rollCalls[index]
        guard rollCall.id != target.id else {
          throw .invalidReference(
            key: key, reason: "it is the target itself; a target cannot be its own reference")
        }
        guard rollCall.date < target.date else {
          throw .referenceNotBeforeTarget(
            reference: key, date: rollCall.date, target: target.symbol, targetDate: target.date)
        }
        indices.insert(index)
      }
      return (indices.sorted(), true)
    case .targetTags:
      tags = Set(target.issues)
    case .tags(let chosen):
      tags = Set(chosen)
    }
    guard !tags.isEmpty else {
      throw .noUsableReferences(
        target: target.symbol,
        reason: "it has no issue tags to choose references by; name reference roll calls")
    }
    let chosen = dataset.rollCalls.indices.filter { index in
      let rollCall = dataset.rollCalls[index]
      return rollCall.date < target.date && rollCall.isWholeText && rollCall.id != target.id
        && rollCall.issues.contains(where: tags.contains)
    }
    return (chosen, false)
  }
}
