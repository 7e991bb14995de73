import UNGAKit

// The planners' option values read straight from the command line, so that a
// bad value is a usage error naming the option.

extension PlanningObjective: ArgumentValue {
  init?(argument: String) { try? self.init(parsing: argument) }
  static var expectation: String { "adoption, yes or threshold:K (K a number of yes votes)" }
}

extension RecruitGoal: ArgumentValue {
  init?(argument: String) { try? self.init(parsing: argument) }
  static var expectation: String {
    "OBJECTIVE>=VALUE, such as adoption>=0.95, yes>=120 or threshold:100>=0.9"
  }
}

extension CandidateSelection: ArgumentValue {
  init?(argument: String) { try? self.init(parsing: argument) }
  static var expectation: String {
    "all, receptive, group:NAME (AFR, APG, EEG, GRULAC or WEOG) or state codes separated by"
      + " commas"
  }
}

/// The stances a sweep tries for each backer: `co-sponsor,neutral,oppose` or `+,~,-`.
struct StanceList: ArgumentValue, Equatable, CustomStringConvertible {
  var stances: [Stance]

  init(_ stances: [Stance]) { self.stances = stances }

  init?(argument: String) {
    guard let stances = try? StanceSweep.stances(parsing: argument) else { return nil }
    self.stances = stances
  }

  static var expectation: String {
    "stances separated by commas, each co-sponsor, neutral or oppose (or +, ~, -)"
  }

  var description: String { stances.map(\.rawValue).joined(separator: ",") }
}
