import Foundation

/// Each member state's vote distribution in the reference world (MODEL.md §1).
///
/// The formula is `BaselineEvidence`'s: recency-weighted votes on the
/// references (`w_r = 2^(−age_r / h)`, age in years before the target's
/// date), the regional group's share on them, the state's own recent share
/// and a floor, raised to `γ`; non-voting from the state's recent and
/// reference absences. Only states that are members on the target's date
/// are modelled, and no probability is 0 or 1.
public struct Baseline: Sendable {
  /// One reference roll call with its recency weight.
  public struct Reference: Sendable, Hashable, Codable {
    /// Index in `Dataset.rollCalls`.
    public var rollCall: Int
    public var id: DocumentID
    public var date: CalendarDate
    /// Years before the target's date (0 for later or same-day roll calls).
    public var age: Double
    /// `2^(−age / h)`, in (0, 1].
    public var weight: Double
  }

  /// The target's date.
  public let date: CalendarDate
  /// Members on `date`, as dataset state indices, ascending.
  public let members: [Int]
  /// The references that carry at least one member's vote, by date.
  public let references: [Reference]
  /// References dropped because no member on `date` voted on them.
  public let skippedReferences: [DocumentID]
  /// The parameters in force.
  public let parameters: BaselineParameters
  /// `members.count × 4` probabilities, row by member, columns in `Vote` raw
  /// order (yes, abstain, no, non-voting); each row sums to 1.
  public let probabilities: [Double]

  private let positionByState: [Int]

  /// Half-life `h` of the recency weights, in years.
  public var halfLife: Double { parameters.halfLife }

  /// Builds the baseline for a target dated `date` from the given roll calls.
  ///
  /// - Parameters:
  ///   - referenceRollCalls: indices in `dataset.rollCalls` (see `ReferenceSelection`).
  ///   - parameters: validated here.
  ///   - history: the dataset's vote counts, when already built.
  ///   - target: how errors name the target.
  /// - Throws: `AnalysisError.invalidParameter` for a parameter out of range,
  ///   `AnalysisError.noUsableReferences` when no reference has a member's vote.
  /// - Complexity: O(r · s) for r references and s states in the dataset
  ///   (plus O(R · s) to count the history when it is not given).
  public init(
    dataset: Dataset, date: CalendarDate, referenceRollCalls: [Int],
    parameters: BaselineParameters, history: VoteHistory? = nil, target: String
  ) throws(AnalysisError) {
    if let problem = parameters.problem {
      throw .invalidParameter(
        name: problem.name, value: "\(problem.value)", expected: problem.expected)
    }
    let members = dataset.members(on: date)
    var isMember = [Bool](repeating: false, count: dataset.states.count)
    for state in members { isMember[state] = true }
    var references: [Reference] = []
    var skipped: [DocumentID] = []
    for index in referenceRollCalls.sorted() {
      let row = dataset.votes(rollCall: index)
      let usable = zip(row, isMember).contains { byte, member in
        member && byte <= Vote.no.rawValue
      }
      let rollCall = dataset.rollCalls[index]
      guard usable else {
        skipped.append(rollCall.id)
        continue
      }
      let age = max(0, rollCall.date.years(until: date))
      references.append(
        Reference(
          rollCall: index, id: rollCall.id, date: rollCall.date, age: age,
          weight: exp2(-age / parameters.halfLife)))
    }
    guard !references.isEmpty else {
      let reason =
        referenceRollCalls.isEmpty
        ? "none matched" : "none of the \(referenceRollCalls.count) has a vote by a member"
      throw .noUsableReferences(target: target, reason: reason)
    }
    let evidence = BaselineEvidence(
      dataset: dataset, date: date, references: references.map(\.rollCall),
      history: history ?? VoteHistory(dataset: dataset))
    var positionByState = [Int](repeating: -1, count: dataset.states.count)
    for (position, state) in members.enumerated() { positionByState[state] = position }
    self.date = date
    self.members = members
    self.references = references
    self.skippedReferences = skipped
    self.parameters = parameters
    self.probabilities = evidence.probabilities(parameters)
    self.positionByState = positionByState
  }

  /// The position of a dataset state in `members`, or `nil` if it is not a member on `date`.
  public func position(ofState state: Int) -> Int? {
    guard positionByState.indices.contains(state) else { return nil }
    let position = positionByState[state]
    return position >= 0 ? position : nil
  }

  /// The probability that member `position` casts `vote`.
  public func probability(member position: Int, vote: Vote) -> Double {
    probabilities[position * 4 + Int(vote.rawValue)]
  }
}
