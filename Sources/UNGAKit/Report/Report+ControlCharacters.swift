extension Report {
  /// The report with control characters in every name, title and symbol
  /// escaped (`ControlCharacters.escaped`), for the terminal format: the
  /// values come from data files and command lines, and must not reach a
  /// terminal as escape sequences. JSON, HTML and Markdown escape them their own way.
  func escapingControlCharacters() -> Report {
    let escape = ControlCharacters.escaped
    var report = self
    report.draft.symbol = escape(draft.symbol)
    report.draft.title = escape(draft.title)
    for index in report.draft.sponsors.indices {
      report.draft.sponsors[index].name = escape(draft.sponsors[index].name)
    }
    for index in report.model.references.indices {
      report.model.references[index].symbol = escape(model.references[index].symbol)
      report.model.references[index].title = escape(model.references[index].title)
    }
    report.model.blocs = model.blocs.map(escape)
    report.coverage.latestRollCallSymbol = coverage.latestRollCallSymbol.map(escape)
    for index in report.groups.indices {
      report.groups[index].scenario = escape(groups[index].scenario)
    }
    for s in report.scenarios.indices {
      report.scenarios[s].name = escape(scenarios[s].name)
      for index in report.scenarios[s].states.indices {
        report.scenarios[s].states[index].name = escape(scenarios[s].states[index].name)
        report.scenarios[s].states[index].bloc = escape(scenarios[s].states[index].bloc)
      }
      for index in report.scenarios[s].swingStates.indices {
        report.scenarios[s].swingStates[index].name = escape(scenarios[s].swingStates[index].name)
      }
      for index in report.scenarios[s].boundaryStates.indices {
        report.scenarios[s].boundaryStates[index].name = escape(
          scenarios[s].boundaryStates[index].name)
      }
    }
    if let retrospective {
      report.retrospective?.scenario = escape(retrospective.scenario)
      for index in retrospective.members.indices {
        report.retrospective?.members[index].name = escape(retrospective.members[index].name)
      }
    }
    return report
  }
}
