import UNGAKit

// How the library's errors end a command. A value typed on the command line
// (a state code, a scenario, a parameter, an objective) that the library
// rejects is a usage error (64); data that cannot support the request (an
// unknown draft or reference roll call, no usable reference) is a data error (65).

extension SimulationError: ExitCodeProviding {
  var exitCode: ExitCode {
    switch self {
    case .cancelled: .interrupted
    case .unknownState, .notAMember, .conflictingStance, .invalidScenario,
      .duplicateScenarioName, .invalidParameter, .correlationsTooLarge:
      .usage
    }
  }
}

extension AnalysisError: ExitCodeProviding {
  var exitCode: ExitCode {
    switch self {
    case .unknownDocument, .unknownRollCall, .invalidReference, .noUsableReferences,
      .referenceNotBeforeTarget:
      .dataError
    case .invalidParameter: .usage
    }
  }
}

extension PlanningError: ExitCodeProviding {
  var exitCode: ExitCode {
    switch self {
    case .noCandidateInData: .dataError
    default: .usage
    }
  }
}
