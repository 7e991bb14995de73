import UNGAKit

/// `--with`, `--without`, `--abstain`, `--oppose` and `--scenario`: which
/// states back, leave, abstain on or oppose the draft. `simulate` makes one scenario of each; the
/// planners merge them into the one scenario they start from.
struct ScenarioOptions: ParsableOptions, Equatable {
  var with: [String] = []
  var without: [String] = []
  var abstain: [String] = []
  var oppose: [String] = []
  var named: [String] = []

  static var arguments: [Argument<Self>] {
    [
      .option(
        \.with, name: "with", valueName: "codes",
        help: "States that co-sponsor the draft (codes separated by commas): they vote yes, and"
          + " the states whose votes calibration found to follow theirs move accordingly."),
      .option(
        \.without, name: "without", valueName: "codes",
        help: "States that do not sponsor the draft and whose vote is left open: drawn from"
          + " their own record in every trial, their followers moving with the draw."),
      .option(
        \.abstain, name: "abstain", valueName: "codes",
        help: "States that abstain (not sponsors)."),
      .option(
        \.oppose, name: "oppose", valueName: "codes",
        help: "States that oppose the draft: they vote no, and their followers move accordingly."),
      .option(
        \.named, name: "scenario", valueName: "text",
        help: "A named scenario, 'NAME: +USA =FRA -RUS ~CHN' (+ co-sponsors and votes yes,"
          + " = abstains, - opposes and votes no, ~ not a sponsor with its vote left open)."),
    ]
  }

  /// Whether no scenario flag was given.
  var isEmpty: Bool { with.isEmpty && without.isEmpty && oppose.isEmpty && named.isEmpty }

  /// One scenario per flag, in this order: every `--with`, `--without`,
  /// `--abstain`, `--oppose`, then `--scenario` as given. Codes are checked against the
  /// data later, by the simulator.
  /// - Throws: `UsageError` for a list or scenario text that does not parse.
  func scenarios() throws(UsageError) -> [Scenario] {
    do throws(SimulationError) {
      var scenarios: [Scenario] = []
      let flags = [
        (with, Stance.coSponsor), (without, .neutral), (abstain, .abstain), (oppose, .oppose),
      ]
      for (lists, stance) in flags {
        for list in lists {
          scenarios.append(Scenario(stance: stance, states: try Scenario.codes(from: list)))
        }
      }
      for text in named { scenarios.append(try Scenario(parsing: text)) }
      return scenarios
    } catch {
      throw .invalid("\(error)")
    }
  }

  /// Every flag's changes in one scenario, or `fallback` when none is given.
  ///
  /// Named after the one `--scenario` when that is the only flag, else after
  /// the scenarios it merges (`without USA; with GBR`).
  /// - Throws: `UsageError` for a list or scenario text that does not parse.
  func merged(fallback: Scenario) throws(UsageError) -> Scenario {
    let parts = try scenarios()
    guard let first = parts.first else { return fallback }
    guard parts.count > 1 else { return first }
    return Scenario(
      name: parts.map(\.name).joined(separator: "; "), changes: parts.flatMap(\.changes))
  }
}
