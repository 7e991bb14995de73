/// Running scores of forecast tallies and adoption against recorded roll calls.
///
/// Per roll call: the absolute error of each expected count (the sum of the
/// members' predicted probabilities of that vote) against the count cast, and
/// whether the forecast got adoption right (adopted predicted iff
/// P(adopted) ≥ 0.5, actual adoption by the roll call's `MajorityRule`
/// applied to the votes cast). Keeps sums and counts only; `merge` combines
/// scores of disjoint roll calls (merge in a fixed order for identical sums).
public struct TallyScore: Sendable, Hashable, Codable {
  /// The number of roll calls added.
  public private(set) var rollCalls = 0
  /// Σ |expected − actual| per vote, in `Vote` raw-value order (yes, abstain, no, non-voting).
  public private(set) var absoluteErrorSums = SIMD4<Double>()
  /// Roll calls where the predicted adoption matched the actual one.
  public private(set) var adoptionCorrect = 0
  /// Roll calls actually adopted.
  public private(set) var adoptedCount = 0
  /// Roll calls predicted adopted (P(adopted) ≥ 0.5).
  public private(set) var predictedAdoptedCount = 0
  /// Σ (P(adopted) − [adopted])².
  public private(set) var adoptionBrierSum = 0.0

  /// An empty score.
  public init() {}

  /// Adds one roll call.
  ///
  /// - Parameters:
  ///   - expected: expected yes, abstain, no and non-voting counts (`Vote` raw-value order).
  ///   - actual: the votes cast by the members.
  ///   - adoptionProbability: the forecast's P(adopted), 0 to 1.
  ///   - rule: the majority the roll call needed.
  public mutating func add(
    expected: SIMD4<Double>, actual: Tally, adoptionProbability: Double, rule: MajorityRule
  ) {
    let counts = SIMD4<Double>(
      Double(actual.yes), Double(actual.abstain), Double(actual.no), Double(actual.nonVoting))
    let difference = expected - counts
    absoluteErrorSums += difference.replacing(with: -difference, where: difference .< 0)
    let adopted = rule.adopts(yes: actual.yes, no: actual.no)
    let predicted = adoptionProbability >= 0.5
    rollCalls += 1
    if adopted == predicted { adoptionCorrect += 1 }
    if adopted { adoptedCount += 1 }
    if predicted { predictedAdoptedCount += 1 }
    let miss = adoptionProbability - (adopted ? 1 : 0)
    adoptionBrierSum += miss * miss
  }

  /// Adds one roll call from per-member forecasts and votes, taking P(adopted)
  /// from the independent-votes approximation (`AdoptionProbability`).
  ///
  /// - Parameters:
  ///   - forecasts: each member's probabilities in `Vote` raw-value order.
  ///   - observed: each member's vote, in the same order.
  ///   - rule: the majority the roll call needed.
  /// - Returns: the P(adopted) used.
  /// - Complexity: O(m²) for m members.
  @discardableResult
  public mutating func add(
    forecasts: [SIMD4<Double>], observed: [Vote], rule: MajorityRule
  ) -> Double {
    var expected = SIMD4<Double>()
    for forecast in forecasts { expected += forecast }
    var actual = Tally()
    for vote in observed { actual[vote] += 1 }
    let probability = AdoptionProbability.independent(forecasts, rule: rule)
    add(expected: expected, actual: actual, adoptionProbability: probability, rule: rule)
    return probability
  }

  /// Adds the roll calls of `other`.
  public mutating func merge(_ other: TallyScore) {
    rollCalls += other.rollCalls
    absoluteErrorSums += other.absoluteErrorSums
    adoptionCorrect += other.adoptionCorrect
    adoptedCount += other.adoptedCount
    predictedAdoptedCount += other.predictedAdoptedCount
    adoptionBrierSum += other.adoptionBrierSum
  }

  /// Mean over roll calls of |expected − actual| count of `vote`, or `nil` before any roll call.
  public func meanAbsoluteError(_ vote: Vote) -> Double? {
    rollCalls > 0 ? absoluteErrorSums[Int(vote.rawValue)] / Double(rollCalls) : nil
  }

  /// Share of roll calls whose adoption was predicted right, or `nil` before any roll call.
  public var adoptionAccuracy: Double? {
    rollCalls > 0 ? Double(adoptionCorrect) / Double(rollCalls) : nil
  }

  /// Mean of (P(adopted) − [adopted])², or `nil` before any roll call.
  public var adoptionBrier: Double? {
    rollCalls > 0 ? adoptionBrierSum / Double(rollCalls) : nil
  }
}
