import Charts
import Foundation

/// What a lobbying plan maximises, read from the Monte Carlo (or exact)
/// figures of a scenario.
///
/// Encoded as its text form (`adoption`, `yes`, `threshold:K`).
public enum PlanningObjective: Sendable, Hashable, Codable, CustomStringConvertible {
  /// `P(adopted)` under the draft's decision rule, a probability.
  case adoption
  /// The expected number of yes votes.
  case yes
  /// `P(Y ≥ K)`, the probability of at least `K` yes votes.
  case threshold(Int)

  /// Parses `adoption`, `yes` or `threshold:K` (case-insensitive; `=` may
  /// replace `:`). Whether `K` fits the membership is checked by `validate(members:)`.
  /// - Throws: `PlanningError.invalidObjective`.
  public init(parsing text: String) throws(PlanningError) {
    let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
    switch trimmed {
    case "adoption", "adopted": self = .adoption
    case "yes": self = .yes
    default:
      let parts = trimmed.split(
        maxSplits: 1, omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "=" })
      guard parts.count == 2, parts[0] == "threshold", let k = Int(parts[1]) else {
        throw .invalidObjective(text: text)
      }
      self = .threshold(k)
    }
  }

  /// `adoption`, `yes` or `threshold:K`, which `init(parsing:)` reads back.
  public var description: String {
    switch self {
    case .adoption: "adoption"
    case .yes: "yes"
    case .threshold(let k): "threshold:\(k)"
    }
  }

  /// A label for reports: `P(adopted)`, `expected yes`, `P(yes ≥ K)`.
  public var label: String {
    switch self {
    case .adoption: "P(adopted)"
    case .yes: "expected yes"
    case .threshold(let k): "P(yes ≥ \(k))"
    }
  }

  /// The label as a table heading (capitalised).
  var heading: String { label.prefix(1).uppercased() + label.dropFirst() }

  /// Whether the figure is a probability (in [0, 1]) rather than a count.
  public var isProbability: Bool { self != .yes }

  /// The thresholds an engine must estimate for this objective.
  var thresholds: [Int] {
    if case .threshold(let k) = self { return [k] }
    return []
  }

  /// Checks that a threshold lies in 0 to `members`.
  /// - Throws: `PlanningError.invalidThreshold`.
  public func validate(members: Int) throws(PlanningError) {
    if case .threshold(let k) = self, !(0...members).contains(k) {
      throw .invalidThreshold(value: k, members: members)
    }
  }

  /// The objective's figure in one scenario, with its standard error.
  ///
  /// The statistics must come from a run that estimated this objective's
  /// threshold (the planners always ask for it).
  public func estimate(_ statistics: ScenarioStatistics) -> Estimate {
    switch self {
    case .adoption:
      return statistics.adoption
    case .yes:
      return Estimate(value: statistics.yes.mean, standardError: statistics.yes.meanStandardError)
    case .threshold(let k):
      let figure = statistics.thresholds.first { $0.yes == k }
      return Estimate(
        value: figure?.probability ?? .nan, standardError: figure?.standardError ?? .nan)
    }
  }

  /// The difference of the objective from the run's first scenario, from
  /// paired per-trial differences (common random numbers); 0 for the first
  /// scenario itself.
  public func gain(_ statistics: ScenarioStatistics) -> Estimate {
    guard let difference = statistics.difference else {
      return Estimate(value: 0, standardError: 0)
    }
    switch self {
    case .adoption:
      return difference.adoptionProbability
    case .yes:
      return difference.yes
    case .threshold(let k):
      let figure = difference.thresholds.first { $0.yes == k }
      return Estimate(
        value: figure?.probability ?? .nan, standardError: figure?.standardError ?? .nan)
    }
  }

  /// A level of the objective as the simulation report writes it (`ReportFigures`):
  /// `95.30 ± 0.07 %` for a probability, `120.31 ± 0.05` for a count; the standard error is
  /// left out when it is 0 (exact figures).
  func format(_ estimate: Estimate) -> String {
    let exact = estimate.standardError == 0
    if isProbability {
      return ReportFigures.probability(
        estimate.value, standardError: estimate.standardError, exact: exact)
    }
    return exact
      ? NumberFormat.fixed(estimate.value, decimals: 2)
      : NumberFormat.estimate(estimate.value, standardError: estimate.standardError)
  }

  /// A change of the objective, signed: `+1.23 ± 0.05 pp` for a probability, `+4.20 ± 0.03`
  /// for a count; without the standard error when it is 0.
  func formatDifference(_ estimate: Estimate) -> String {
    let exact = estimate.standardError == 0
    if isProbability {
      return ReportFigures.pointsDifference(
        estimate.value, standardError: estimate.standardError, exact: exact)
    }
    return ReportFigures.difference(estimate, exact: exact)
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    do {
      self = try PlanningObjective(parsing: text)
    } catch {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
