import Foundation
import UNGAKit

/// The formats of `unga simulate`.
enum SimulateFormat: String, CaseIterable, OutputFormat {
  case text
  case json
  case csv
  static var standard: SimulateFormat { .text }
}

/// Renders a simulation run as a terminal summary, JSON or CSV.
struct SimulationOutput {
  var result: SimulationResult
  var sources: [SourceFile]
  var parameters: ParameterChoice
  var command: String

  /// The run in `format`; `style` colours the text format.
  func render(_ format: SimulateFormat, style: TerminalStyle = .plain) throws -> String {
    switch format {
    case .text: text(style: style)
    case .json: try json()
    case .csv: csv()
    }
  }

  /// The result's JSON, keys sorted: the stable core `scenarios` at the top level.
  func json() throws -> String { try JSONText.encode(result) }

  /// One row per scenario and member.
  func csv() -> String {
    var writer = CSVWriter(header: [
      "scenario", "state", "name", "group", "p_yes", "p_abstain", "p_no", "p_non_voting",
    ])
    func number(_ value: Double) -> String {
      NumberFormat.fixed(value, decimals: 6, style: .ascii)
    }
    for scenario in result.scenarios {
      for state in scenario.states {
        writer.appendRow([
          scenario.name, state.state.rawValue, state.name, state.group.rawValue,
          number(state.pYes), number(state.pAbstain), number(state.pNo), number(state.pNonVoting),
        ])
      }
    }
    return writer.text
  }

  /// A summary for a terminal, at most 100 columns wide.
  func text(style: TerminalStyle) -> String {
    let target = result.target
    var lines: [String] = []
    lines.append(style.bold("\(target.symbol): \(target.title)"))
    let sponsors =
      target.sponsors.isEmpty
      ? "no recorded sponsor"
      : "sponsors " + target.sponsors.prefix(8).map(\.rawValue).joined(separator: ", ")
        + (target.sponsors.count > 8 ? " and \(target.sponsors.count - 8) more" : "")
    lines.append(
      "\(target.kind == .draft ? "Draft" : "Roll call") of \(target.date), session"
        + " \(target.session); \(result.rule == .simple ? "simple" : "two-thirds") majority;"
        + " \(sponsors)")
    if let first = result.references.first, let last = result.references.last {
      lines.append(
        "Baseline: \(result.references.count) reference roll call"
          + (result.references.count == 1 ? "" : "s") + " (\(first.date) to \(last.date));"
          + " alignment over \(result.alignmentRollCalls) roll calls")
    }
    let p = result.parameters
    let engine =
      result.engine == .exact
      ? "Exact (independent votes)"
      : "Monte Carlo: \(NumberFormat.integer(result.trials ?? 0, grouping: .comma)) trials,"
        + " seed \(result.seed ?? 0), \(result.threads) thread\(result.threads == 1 ? "" : "s")"
    lines.append(engine + "; parameters: \(parameters)")
    lines.append(
      "  influence \(compact(p.influence)), global correlation \(compact(p.globalCorrelation)),"
        + " bloc correlation \(compact(p.blocCorrelation)), half-life \(compact(p.halfLife)) years,"
    )
    lines.append(
      "  prior strength \(compact(p.priorStrength)), weight rule \(p.weightRule), alignment over"
        + " \(p.alignmentSessions) sessions")
    let rows = sources.reduce(0) { $0 + $1.rowCount }
    lines.append(
      "Data: \(sources.count) file\(sources.count == 1 ? "" : "s"),"
        + " \(NumberFormat.integer(rows, grouping: .comma)) rows; \(result.members) members on"
        + " \(target.date)")
    lines.append("")

    var table = TextTable(columns: [
      .init("Scenario"), .init("P(adopted)", alignment: .right),
      .init("Change", alignment: .right), .init("Yes (90 %)", alignment: .right),
      .init("No (90 %)", alignment: .right), .init("Abstain (90 %)", alignment: .right),
      .init("Non-voting", alignment: .right),
    ])
    for scenario in result.scenarios {
      let change = scenario.difference.map {
        NumberFormat.percentagePoints($0.adoptionProbability.value)
          + " ± " + NumberFormat.fixed(100 * $0.adoptionProbability.standardError, decimals: 1)
      }
      table.appendRow([
        scenario.name,
        NumberFormat.percent(scenario.adoptionProbability) + " ± "
          + NumberFormat.fixed(100 * scenario.adoptionProbabilityStandardError, decimals: 1),
        change ?? "", count(scenario.yes), count(scenario.no), count(scenario.abstain),
        NumberFormat.fixed(scenario.nonVoting.mean, decimals: 1),
      ])
    }
    lines.append(table.render(maxWidth: 100, style: style))
    if !result.thresholds.isEmpty {
      var thresholds = TextTable(
        columns: [.init("Scenario")]
          + result.thresholds.map { .init("P(yes ≥ \($0))", alignment: .right) })
      for scenario in result.scenarios {
        thresholds.appendRow(
          [scenario.name]
            + scenario.thresholds.map {
              NumberFormat.percent($0.probability) + " ± "
                + NumberFormat.fixed(100 * $0.standardError, decimals: 1)
            })
      }
      lines.append(thresholds.render(maxWidth: 100, style: style))
    }
    let swings = result.scenarios.filter { !$0.isBaseline && !$0.swingStates.isEmpty }
    if !swings.isEmpty {
      lines.append(style.bold("Largest changes in P(yes) from the draft as recorded"))
      for scenario in swings {
        let list = scenario.swingStates.prefix(6).map {
          "\($0.state) " + NumberFormat.percentagePoints($0.change, decimals: 0)
        }
        lines.append("  \(scenario.name): " + list.joined(separator: ", "))
      }
      lines.append("")
    }
    for warning in result.warnings { lines.append("warning: " + warning) }
    lines.append(style.dim("Reproduce: \(command)"))
    return lines.joined(separator: "\n") + "\n"
  }

  /// `93.1 (85–101)`: the mean and the 5 % and 95 % quantiles.
  private func count(_ summary: CountSummary) -> String {
    NumberFormat.fixed(summary.mean, decimals: 1) + " (\(summary.q05)–\(summary.q95))"
  }

  private func compact(_ value: Double) -> String {
    NumberFormat.compact(value, decimals: 4)
  }
}
