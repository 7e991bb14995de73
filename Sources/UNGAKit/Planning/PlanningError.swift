/// A problem with the inputs of a lobbying plan (`Recruiter`, `StanceSweep`).
/// Every case names the bad value and what was expected; nothing on user
/// input traps.
///
/// Unknown state codes in candidate, exclusion or backer lists are reported
/// as `SimulationError.unknownState` or `.notAMember`, as in scenarios.
public enum PlanningError: Error, Sendable, Hashable, CustomStringConvertible {
  /// An objective text that does not parse.
  case invalidObjective(text: String)
  /// A threshold `K` of `P(yes ≥ K)` outside 0 to the number of members.
  case invalidThreshold(value: Int, members: Int)
  /// A goal that does not parse or whose target is out of range.
  case invalidGoal(text: String, expected: String)
  /// A candidate list that does not parse (e.g. an unknown regional group).
  case invalidCandidates(text: String, message: String)
  /// No candidate is left after the exclusions the user gave.
  case noCandidates(reason: String)
  /// The candidate selection finds no state in the data outside the backers
  /// of the base scenario: the data, not the command line, is the cause.
  case noCandidateInData(candidates: String, scenario: String)
  /// A number of recruits below 0 or above the number of candidates.
  case invalidRecruitCount(requested: Int, candidates: Int)
  /// A goal search limit below 1.
  case invalidGoalLimit(Int)
  /// A sweep without backers.
  case noBackers
  /// The same backer twice in a sweep.
  case duplicateBacker(code: String)
  /// A sweep backer with an empty list of stances.
  case noStances(code: String)
  /// A stance name that is not `co-sponsor`, `neutral` or `oppose`.
  case invalidStance(text: String)
  /// A sweep whose number of stance combinations exceeds the limit.
  case tooManyCombinations(count: Int, limit: Int)

  public var description: String {
    switch self {
    case .invalidObjective(let text):
      return "invalid objective '\(text)'; expected adoption, yes or threshold:K"
        + " (K a number of yes votes)"
    case .invalidThreshold(let value, let members):
      return "invalid threshold \(value) yes votes; expected a number from 0 to \(members)"
        + " (the members on the draft's date)"
    case .invalidGoal(let text, let expected):
      return "invalid goal '\(text)'; expected \(expected)"
    case .invalidCandidates(let text, let message):
      return "invalid candidates '\(text)': \(message)"
    case .noCandidates(let reason):
      return "no candidate state to recruit: \(reason)"
    case .noCandidateInData(let candidates, let scenario):
      return "no candidate state to recruit: no state of the data outside the backers of"
        + " scenario '\(scenario)' fits the candidates (\(candidates)); expected at least one"
    case .invalidRecruitCount(let requested, let candidates):
      return "cannot pick \(requested) recruits from \(candidates) candidate"
        + (candidates == 1 ? "" : "s") + "; expected a number from 0 to \(candidates)"
    case .invalidGoalLimit(let limit):
      return "invalid goal search limit \(limit); expected at least 1 recruit"
    case .noBackers:
      return "no backers to sweep; expected one or more state codes"
    case .duplicateBacker(let code):
      return "backer '\(code)' is listed twice; expected each backer once"
    case .noStances(let code):
      return "backer '\(code)' has no stance to try; expected one or more of co-sponsor,"
        + " neutral, oppose"
    case .invalidStance(let text):
      return "invalid stance '\(text)'; expected co-sponsor, neutral or oppose"
    case .tooManyCombinations(let count, let limit):
      return "\(count) stance combinations exceed the limit of \(limit)"
        + " (e.g. 3 stances for 6 backers); expected fewer backers or stances"
    }
  }
}
