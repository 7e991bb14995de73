import Charts
import Foundation
import NotebookSupport
import UNGAKit

/// Every figure of the retrospective, computed from the shipped data with the library's
/// public API. The model sees only votes dated before the target: references, alignment
/// window and group priors all stop on 26 March 2014.
struct Analysis {
  static let target = "A/RES/68/262"
  /// The dataset folders read, inside the shipped `datasets/`.
  static let folders = ["history", "recent", "ukraine", "sponsors"]

  /// A set of reference roll calls and why it was chosen.
  struct ReferenceSet {
    var name: String
    var keys: [String]
    var reason: String
  }

  /// The main choice: the Assembly's recorded votes on the territorial conflicts of Georgia
  /// and Azerbaijan, the closest earlier texts in the data.
  static let primary = ReferenceSet(
    name: "Georgia and Azerbaijan",
    keys: ["A/RES/62/243", "A/RES/62/249", "A/RES/64/296", "A/RES/65/287"],
    reason: "texts that, like 68/262, set a former Soviet republic's territorial integrity"
      + " against the Russian Federation's position")
  /// A wider choice for the sensitivity check: adds the votes on Syria of 2011 to 2013,
  /// where the same camps faced each other on a different question.
  static let wider = ReferenceSet(
    name: "… and Syria, 2011–2013",
    keys: primary.keys + ["A/RES/66/176", "A/RES/66/253", "A/RES/67/183", "A/RES/68/182"],
    reason: "adds the Assembly's votes on Syria of 2011 to 2013, where Western sponsors and"
      + " the Russian Federation also stood on opposite sides")

  /// A change of expected yes votes below this many reads as small.
  static let smallChange = 3.0

  /// The Georgian resolutions of sessions 66 and 67 (public record), missing from the
  /// shipped history; the notebook says whether the data has them.
  static let laterGeorgian = ["A/RES/66/283", "A/RES/67/268"]

  static let scenarios = [
    Scenario(stance: .neutral, states: ["USA"], name: "US neutral"),
    Scenario(stance: .oppose, states: ["USA"], name: "US opposing"),
  ]

  /// One member's forecast and vote.
  struct StateCall {
    var state: ScenarioResult.StateMarginal
    var recorded: Vote
    /// The most probable vote (ties to the lowest raw value: yes, abstain, no, non-voting).
    var predicted: Vote
    var isSponsor: Bool
    var probabilities: SIMD4<Double> {
      SIMD4(state.pYes, state.pAbstain, state.pNo, state.pNonVoting)
    }
    var pRecorded: Double { probabilities[Int(recorded.rawValue)] }
    var isHit: Bool { predicted == recorded }
  }

  /// A forecaster's scores on the target's members.
  struct Score {
    var name: String
    var description: String
    /// On the members that were not sponsors: no forecaster is right about them for free.
    var score: ForecastScore
    /// On every member, each forecaster given the sponsor list as the model is (a sponsor
    /// forecast as the model forecasts it: a certain yes).
    var all: ForecastScore
  }

  /// Expected counts and scores of one reference set and influence κ.
  struct Sensitivity {
    var references: String
    var influence: Double
    var yes: Double
    var no: Double
    var abstain: Double
    var nonVoting: Double
    var score: ForecastScore
  }

  let commandLine: NotebookCommandLine
  let loaded: LoadedData
  let parameters: ModelParameters
  let parameterOrigin: ParameterOrigin
  /// Where the parameters came from (the calibration file and its digest).
  let parameterSource: NotebookParameters
  let rollCall: RollCall
  let recorded: Tally
  let summary: RollCallSummary
  /// Earlier roll calls carrying the target's tags: none, which is why references are chosen.
  let taggedEarlier: Int
  /// The backtest's automatic choice of references for the target.
  let automatic: ReferenceFinder.References
  let automaticSymbols: [String]
  let model: VoteModel
  /// The recorded votes of the reference roll calls, by id.
  let referenceTallies: [DocumentID: Tally]
  /// The recorded tallies of the `wider` reference set, by key.
  let tallyByKey: [String: Tally]
  let result: SimulationResult
  /// Of `laterGeorgian`, those the data holds.
  let laterGeorgianInData: [String]
  /// Members that follow the United States in the model (weight above 0), and how many of
  /// them also follow at least one other recorded sponsor.
  let usFollowers: (all: Int, sharedWithOthers: Int)
  /// Sponsorships in the data of the primary reference roll calls.
  let referenceSponsorships: Int
  let calls: [StateCall]
  let scores: [Score]
  let sensitivity: [Sensitivity]
  let report: Report

  var asRecorded: ScenarioResult { result.scenarios[0] }
  var neutral: ScenarioResult { result.scenarios[1] }
  var opposing: ScenarioResult { result.scenarios[2] }

  /// The options the notebook takes.
  static let options: [NotebookCommandLine.Option] = [.trials, .seed]

  var command: String { commandLine.reproduction(Self.options) }

  static func run(_ commandLine: NotebookCommandLine) throws -> Analysis {
    progress("crimea-2014", "reading the shipped data")
    let loaded = try loadShipped(folders)
    let dataset = loaded.dataset
    guard let index = dataset.rollCallIndex(target) else {
      throw MissingData(
        description: "the data holds no roll call \(target); expected it in datasets/history")
    }
    for key in wider.keys where dataset.rollCallIndex(key) == nil {
      throw MissingData(
        description: "the data holds no roll call \(key); expected it in datasets/history")
    }
    let rollCall = dataset.rollCalls[index]
    let recorded = rollCall.recordedTally ?? dataset.tally(rollCall: index)
    let tags = Set(rollCall.issues)
    let taggedEarlier = dataset.rollCalls.filter {
      $0.date < rollCall.date && $0.issues.contains(where: tags.contains)
    }.count
    let automatic = ReferenceFinder(dataset: dataset).references(rollCall: index)

    // The shipped calibration, as `unga` uses it; the design's defaults without one.
    let source = try NotebookParameters.load()
    let parameters = source.parameters
    let origin = source.origin

    progress(
      "crimea-2014",
      "simulating \(NumberFormat.integer(commandLine.trials, grouping: .comma)) votes")
    let model = try VoteModel(
      dataset: dataset, target: target, parameters: parameters,
      references: .explicit(primary.keys))
    let options = SimulationOptions(
      parameters: parameters, references: .explicit(primary.keys), thresholds: [recorded.yes],
      scenarios: scenarios,
      sampling: MonteCarloOptions(trials: commandLine.trials, seed: commandLine.seed),
      swingStateCount: 12)
    let result = try Simulator.run(model: model, dataset: dataset, options: options)

    let sponsors = Set(model.target.sponsors)
    guard sponsors.contains("USA") else {
      throw MissingData(
        description: "the data records no US sponsorship of \(target); expected it in"
          + " datasets/ukraine/sponsors.csv")
    }
    let codes = model.states.map(\.code)
    let usWeights =
      parameters.influence(of: "USA").map { us in
        codes.map { us.weights[$0.rawValue] ?? 0 }
      } ?? []
    let otherWeights = model.recordedSponsors.filter { model.states[$0].code != "USA" }.compactMap {
      parameters.influence(of: model.states[$0].code).map { other in
        codes.map { other.weights[$0.rawValue] ?? 0 }
      }
    }
    let followers = usWeights.indices.filter { usWeights[$0] > 0 }
    let shared = followers.filter { i in otherWeights.contains { $0[i] > 0 } }
    let calls = result.scenarios[0].states.compactMap { state -> StateCall? in
      guard let stateIndex = dataset.stateIndex(state.state),
        let vote = dataset.vote(rollCall: index, state: stateIndex)
      else { return nil }
      let p = [state.pYes, state.pAbstain, state.pNo, state.pNonVoting]
      let best = p.indices.reduce(0) { p[$1] > p[$0] ? $1 : $0 }
      return StateCall(
        state: state, recorded: vote, predicted: Vote(rawValue: UInt8(best)) ?? .yes,
        isSponsor: sponsors.contains(state.state))
    }

    progress("crimea-2014", "scoring simple rules and the sensitivity to the model's choices")
    let scores = try Self.scores(
      calls, dataset: dataset, target: index, sponsors: model.recordedSponsors.count,
      calibrated: origin.isCalibrated)
    var sensitivity: [Sensitivity] = []
    let usStrength = parameters.influence(of: "USA")?.strength ?? 0
    let influences = Array(Set([0, 0.5, 1, 2, 4, usStrength])).sorted()
    var sets = [primary, wider]
    if !automatic.rollCalls.isEmpty {
      sets.append(
        ReferenceSet(
          name: "automatic (\(automatic.match))",
          keys: automatic.rollCalls.map { dataset.rollCalls[$0].id.rawValue },
          reason: "the backtest's own rule"))
    }
    for set in sets {
      for influence in influences {
        var varied = parameters
        varied.backers = parameters.backers.map { backer in
          var copy = backer
          if copy.backer == "USA" { copy.strength = influence }
          return copy
        }
        let model = try VoteModel(
          dataset: dataset, target: target, parameters: varied, references: .explicit(set.keys))
        let scenario = model.recorded()
        var score = ForecastScore()
        // Scored on the members that were not sponsors, as the main forecast.
        for (position, state) in model.states.enumerated() where !sponsors.contains(state.code) {
          guard let stateIndex = dataset.stateIndex(state.code),
            let vote = dataset.vote(rollCall: index, state: stateIndex)
          else { continue }
          score.add(
            SIMD4(
              (0..<4).map {
                scenario.probability(member: position, vote: Vote(rawValue: UInt8($0)) ?? .yes)
              }),
            observed: vote)
        }
        sensitivity.append(
          Sensitivity(
            references: set.name, influence: influence, yes: scenario.expectedCount(.yes),
            no: scenario.expectedCount(.no), abstain: scenario.expectedCount(.abstain),
            nonVoting: scenario.expectedCount(.nonVoting), score: score))
      }
    }

    let report = Report(
      result: result, dataset: dataset, sources: loaded.sources,
      parameterOrigin: origin, command: commandLine.reproduction(Self.options),
      toolVersion: "UNGAKit notebook crimea-2014")
    return Analysis(
      commandLine: commandLine, loaded: loaded, parameters: parameters, parameterOrigin: origin,
      parameterSource: source,
      rollCall: rollCall, recorded: recorded,
      summary: RollCallSummary(dataset: dataset, rollCall: index),
      taggedEarlier: taggedEarlier, automatic: automatic,
      automaticSymbols: automatic.rollCalls.map {
        dataset.rollCalls[$0].resolution ?? dataset.rollCalls[$0].id.rawValue
      },
      model: model,
      referenceTallies: Dictionary(
        uniqueKeysWithValues: wider.keys.compactMap { dataset.rollCallIndex($0) }.map {
          (
            dataset.rollCalls[$0].id,
            dataset.rollCalls[$0].recordedTally ?? dataset.tally(rollCall: $0)
          )
        }),
      tallyByKey: Dictionary(
        uniqueKeysWithValues: wider.keys.compactMap { key in
          dataset.rollCallIndex(key).map {
            (key, dataset.rollCalls[$0].recordedTally ?? dataset.tally(rollCall: $0))
          }
        }),
      result: result,
      laterGeorgianInData: laterGeorgian.filter { dataset.rollCallIndex($0) != nil },
      usFollowers: (followers.count, shared.count),
      referenceSponsorships: primary.keys.compactMap { dataset.rollCallIndex($0) }.reduce(0) {
        $0 + dataset.sponsorships(rollCall: $1).count
      },
      calls: calls, scores: scores, sensitivity: sensitivity, report: report)
  }

  /// The model's score and those of three simple rules on the same members and references.
  private static func scores(
    _ calls: [StateCall], dataset: Dataset, target: Int, sponsors: Int, calibrated: Bool
  ) throws -> [Score] {
    let references = primary.keys.compactMap { dataset.rollCallIndex($0) }.sorted(by: >)
    let context = PredictionContext(
      dataset: dataset, target: target,
      references: ReferenceFinder.References(match: .tags, rollCalls: references),
      history: VoteHistory(dataset: dataset))
    let smoothing = VoteSmoothing(usesTagReferences: true)
    let rules: [(String, String, any VotePredictor)] = [
      (
        "Previous vote", "each state votes as on the latest reference vote (smoothed)",
        PreviousVotePredictor(smoothing: smoothing)
      ),
      (
        "Group majority",
        "each state votes as most of its regional group did on the latest"
          + " reference vote (smoothed)", GroupMajorityPredictor(smoothing: smoothing)
      ),
      (
        "State frequency",
        "each state's shares of yes, abstain, no and absence over the ten"
          + " years before", StateFrequencyPredictor()
      ),
    ]
    var model = ForecastScore()
    var modelAll = ForecastScore()
    for call in calls {
      modelAll.add(call.probabilities, observed: call.recorded)
      if !call.isSponsor { model.add(call.probabilities, observed: call.recorded) }
    }
    var scores = [
      Score(
        name: "The model",
        description: "as recorded: \(sponsors) sponsors in the data, the"
          + " \(calibrated ? "calibrated" : "default") parameters",
        score: model, all: modelAll)
    ]
    for (name, description, rule) in rules {
      let forecasts = try rule.predict(context)
      var score = ForecastScore()
      var all = ForecastScore()
      for call in calls {
        guard let index = dataset.stateIndex(call.state.state) else { continue }
        if call.isSponsor {
          // Told the sponsor list, as the model is: a sponsor is forecast as the model does.
          all.add(call.probabilities, observed: call.recorded)
        } else {
          score.add(forecasts[index], observed: call.recorded)
          all.add(forecasts[index], observed: call.recorded)
        }
      }
      scores.append(Score(name: name, description: description, score: score, all: all))
    }
    return scores
  }
}
