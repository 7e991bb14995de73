import Foundation
import UNGAKit

/// `unga calibrate`: fits the vote model's parameters and writes the calibration file.
struct Calibrate: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "calibrate",
      abstract: "Fit the vote model's parameters to recorded votes and score them on later ones",
      discussion:
        "Fits the half-life, the prior strength, the influence, the weight rule and the"
        + " sponsors' compliance by the log loss of every member vote of the fitted sessions"
        + " (each forecast from earlier data only), estimates the sponsorship effect with a"
        + " bootstrap interval and the correlations from the spread of tallies, and scores the"
        + " calibrated model and the baselines on the held-out sessions, which must come after"
        + " the fitted ones.\n\n"
        + "Writes JSON (to --output, else standard output) with the values, the sessions and"
        + " data used, the scores and this command; the same data and options give the same"
        + " bytes. 'unga simulate' and 'unga backtest' read datasets/model-parameters.json by"
        + " default.\n\n"
        + "Exit status: 0 on success, 64 for a wrong command line (held-out sessions that do not"
        + " follow the fitted ones), 65 when the data has errors or a session range holds no"
        + " roll call, 66 when a path does not exist, 73 when the output cannot be written.",
      examples: [
        "unga calibrate --output datasets/model-parameters.json",
        "unga calibrate --sessions 60-69 --held-out 70-74 --output params.json",
        "unga calibrate --data datasets/history --data datasets/sponsors --replicates 200",
      ])
  }

  var sessions = SessionRange(60...69)
  var heldOut = SessionRange(70...74)
  var replicates = 1000
  var seed: UInt64 = 1
  var threads: Int?
  var output: String?
  var data = DataOptions()

  static var arguments: [Argument<Self>] {
    [
      .option(
        \.sessions, name: "sessions", valueName: "from-to",
        help: "The regular sessions whose roll calls are fitted."),
      .option(
        \.heldOut, name: "held-out", valueName: "from-to",
        help: "The sessions scored after the fit; all after the fitted ones."),
      .option(
        \.replicates, name: "replicates", valueName: "count", in: 0...,
        help: "Bootstrap replicates for the intervals."),
      .option(\.seed, name: "seed", help: "The bootstrap's random seed."),
      .option(
        \.threads, name: "threads", valueName: "count", in: 1...,
        help: "Worker threads (default: all processors); the results do not depend on it."),
      .option(
        \.output, name: "output", short: "o", valueName: "file",
        help: "Write the calibration file here (replaced atomically) instead of standard output."),
      .group(\.data),
    ]
  }

  func validate() throws(UsageError) {
    guard heldOut.range.lowerBound > sessions.range.upperBound else {
      throw .invalid(
        "--held-out \(heldOut) must come after --sessions \(sessions); expected held-out"
          + " sessions after \(sessions.range.upperBound)")
    }
  }

  /// The command line that reproduces the run, with every option that changes the result.
  var commandLine: String {
    var words = ["unga", "calibrate"]
    for path in data.paths { words += ["--data", path] }
    words += ["--sessions", "\(sessions)", "--held-out", "\(heldOut)"]
    if replicates != Calibrate().replicates { words += ["--replicates", "\(replicates)"] }
    if seed != Calibrate().seed { words += ["--seed", "\(seed)"] }
    if let output { words += ["--output", output] }
    return words.map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " ")
  }

  func run(_ console: Console) throws {
    // Checked first: a calibration takes minutes.
    if let output { try AtomicFile.checkWritable(output) }
    let loaded = try data.load(console)
    let dataset = loaded.dataset
    let description = CalibratedParameters.DataDescription(
      files: loaded.sources.map { source in
        let components = source.path.split(separator: "/").suffix(2)
        return .init(
          file: components.joined(separator: "/"), rows: source.rowCount, sha256: source.sha256)
      },
      rollCalls: dataset.rollCalls.count, votes: dataset.recordedVoteCount,
      sponsorships: dataset.sponsorships.count)
    let options = Calibrator.Options(
      fitSessions: sessions.range, heldOutSessions: heldOut.range, replicates: replicates,
      seed: seed, threads: threads)
    let calibration = try Calibrator.run(
      dataset: dataset, options: options, command: commandLine, data: description)
    let json = try calibration.json()
    guard let output else {
      console.write(json)
      return
    }
    try AtomicFile.write(json, to: output)
    console.write(summary(calibration, path: output))
  }

  /// A few lines for the terminal when the file goes elsewhere.
  private func summary(_ calibration: CalibratedParameters, path: String) -> String {
    let p = calibration.parameters
    let held = calibration.heldOut
    func score(_ s: CalibratedParameters.Score) -> String {
      let name = s.name.padding(toLength: 18, withPad: " ", startingAt: 0)
      return "  \(name) log loss \(fixed(s.logLoss))  Brier \(fixed(s.brier))"
        + "  accuracy \(fixed(s.accuracy))"
    }
    var lines = [
      "Wrote \(path).",
      "Fitted sessions \(sessions) (\(calibration.fit.span.rollCalls) roll calls): half-life"
        + " \(p.halfLife) years, prior strength \(p.priorStrength), influence \(p.influence)"
        + " (\(p.weightRule)), sponsor compliance \(calibration.sponsorCompliance),"
        + " correlations global \(p.globalCorrelation), bloc \(p.blocCorrelation).",
      "Held-out sessions \(heldOut) (\(held.span.rollCalls) roll calls):",
    ]
    lines += ([held.model, held.defaultParameters] + held.baselines).map(score)
    lines += calibration.notes
    return lines.joined(separator: "\n")
  }

  private func fixed(_ value: Double) -> String { String(format: "%.4f", value) }
}
