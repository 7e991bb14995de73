import Charts
import Foundation
import UNGAKit

/// `unga calibrate`: fits the vote model's parameters and writes the calibration file.
struct Calibrate: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "calibrate",
      abstract: "Fit the vote model's parameters to recorded votes and score them on later ones",
      discussion:
        "Fits the baseline (half-life, group and own weights, floor, exponent, absence model;"
        + " one set for roll calls with a series of their own, one for the others) by the log"
        + " loss of every member vote of the fitted sessions (each forecast from earlier data"
        + " only), the sponsors' compliance, each candidate backer's signed following"
        + " weights and strength θ (with a bootstrap interval and a leave-one-session-out gain"
        + " that switches its influence on), and the correlations from the spread of tallies;"
        + " then scores the calibrated model, the conditional backtest of the backers and the"
        + " baselines on the held-out sessions, which must come after the fitted ones, and"
        + " writes parameter replicates (bootstrap re-estimates) for model ranges.\n\n"
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
        "unga calibrate --sessions 65-74 --held-out 75-79 --backers USA,GBR,FRA,RUS,CHN",
      ])
  }

  var sessions = SessionRange(60...69)
  var heldOut = SessionRange(70...74)
  var replicates = 200
  var parameterReplicates = 30
  var backers = ["USA,GBR,FRA,RUS,CHN"]
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
      .option(
        \.parameterReplicates, name: "parameter-replicates", valueName: "count", in: 0...,
        help: "Parameter sets re-estimated on resampled roll calls, written under 'replicates'."),
      .option(
        \.backers, name: "backers", valueName: "codes",
        help: "Backers whose influence is measured (default: USA,GBR,FRA,RUS,CHN)."),
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
    if parameterReplicates != Calibrate().parameterReplicates {
      words += ["--parameter-replicates", "\(parameterReplicates)"]
    }
    if backers != Calibrate().backers {
      for list in backers { words += ["--backers", list] }
    }
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
    var codes: [MemberState.Code] = []
    for list in backers {
      do {
        codes += try Scenario.codes(from: list)
      } catch {
        throw UsageError.invalid("--backers \(list): \(error)")
      }
    }
    if backers == Calibrate().backers {
      // The default list: the permanent members that the data holds.
      codes = codes.filter { dataset.stateIndex($0) != nil }
    }
    for code in codes where dataset.stateIndex(code) == nil {
      throw UsageError.invalid("--backers: unknown state code \(code); expected alpha-3 codes")
    }
    let options = Calibrator.Options(
      fitSessions: sessions.range, heldOutSessions: heldOut.range, replicates: replicates,
      parameterReplicates: parameterReplicates, seed: seed, backers: codes, threads: threads)
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
    let b = p.baseline
    let fitted =
      "Fitted sessions \(sessions) (\(calibration.fit.span.rollCalls) roll calls): half-life"
      + " \(b.halfLife) years, group weight \(b.groupWeight), own weight \(b.ownWeight), floor"
      + " \(b.floor), exponent \(b.exponent), sponsor compliance"
      + " \(calibration.sponsorCompliance), correlations global \(p.globalCorrelation), bloc"
      + " \(p.blocCorrelation)."
    var lines = ["Wrote \(path).", fitted]
    if let w = p.withoutSeries {
      lines.append(
        "Roll calls without a series of their own: half-life \(w.halfLife) years, group weight"
          + " \(w.groupWeight), own weight \(w.ownWeight), floor \(w.floor), exponent"
          + " \(w.exponent).")
    }
    lines.append("Held-out sessions \(heldOut) (\(held.span.rollCalls) roll calls):")
    lines += ([held.model, held.defaultParameters] + held.baselines).map(score)
    lines += calibration.notes
    return lines.joined(separator: "\n")
  }

  private func fixed(_ value: Double) -> String { NumberFormat.fixed(value, decimals: 4) }
}
