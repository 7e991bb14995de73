import Charts
import UNGAKit

/// `unga bench simulate`: throughput of the Monte Carlo engine.
struct BenchSimulate: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "simulate",
      abstract: "Time the Monte Carlo engine at several thread counts",
      discussion: """
        Runs the engine once per thread count (after a short warm-up) and prints state-trials \
        per second in all and per thread, the scaling against the first count, and the \
        process's peak memory. A state-trial is one member's vote in one trial of one \
        scenario; the latent draws (member draws, trials × members) are shared by every \
        scenario. The figures are identical for every thread count; only the time changes.

        By default a synthetic assembly (--members states, correlated votes unless \
        --independent) with the draft as recorded and a second state as co-sponsor, neutral \
        and opposing. With --draft or --data, the real draft with the United States (then \
        other states) in those stances, and the parameters 'unga simulate' uses. With --drawn K, \
        the last K members of the synthetic assembly are backers whose vote is drawn in every \
        trial and moves their followers (every scenario conditions on their votes).
        """,
      examples: [
        "unga bench simulate",
        "unga bench simulate --trials 5000000 --threads 1,2",
        "unga bench simulate --members 400 --scenarios 10 --independent",
        "unga bench simulate --scenarios 2 --drawn 2 --threads 1",
        "unga bench simulate --draft A/ES-11/L.10 --format json",
      ],
      conflicts: [
        ["--members", "--draft"], ["--members", "--data"], ["--independent", "--draft"],
        ["--independent", "--data"], ["--drawn", "--draft"], ["--drawn", "--data"],
      ])
  }

  var trials = 1_000_000
  var members = 193
  var scenarios = 4
  var independent = false
  var drawn = 0
  var benchmark = BenchmarkOptions()
  var output = OutputOptions<TextOrJSON>()

  static var arguments: [Argument<Self>] {
    [
      .option(
        \.trials, name: "trials", short: "n", valueName: "count",
        in: 1...MonteCarloOptions.trialLimit, help: "Trials per timed run."),
      .option(
        \.members, name: "members", valueName: "count", in: 2...17_576,
        help: "Members of the synthetic assembly."),
      .option(
        \.scenarios, name: "scenarios", valueName: "count", in: 1...1000,
        help: "Scenarios per trial, the draft as recorded included."),
      .flag(\.independent, name: "independent", help: "Independent votes (no correlation)."),
      .option(
        \.drawn, name: "drawn", valueName: "count", in: 0...8,
        help: "Backers of the synthetic assembly whose vote is drawn per trial."),
      .group(\.benchmark),
      .group(\.output),
    ]
  }

  func run(_ console: Console) throws {
    let result: BenchmarkResult
    var subject: String
    if benchmark.usesRealDraft {
      let real = try benchmark.realModel(console: console)
      let backers = ["USA"] + real.model.states.map(\.code).filter { $0 != "USA" }
      result = try SimulationBenchmark.run(
        model: real.model,
        scenarios: SimulationBenchmark.scenarios(
          model: real.model, count: scenarios, backers: backers),
        trials: trials, threadCounts: benchmark.threadCounts, rule: real.model.target.majority)
      subject = "\(real.model.target.symbol), parameters: \(real.parameters)"
    } else {
      result = try SimulationBenchmark.synthetic(
        members: members, trials: trials, threadCounts: benchmark.threadCounts,
        scenarios: scenarios, correlated: !independent, drawn: drawn)
      subject = "synthetic assembly"
    }
    switch output.format {
    case .json: try output.emit(json: result, to: console)
    case .text: try output.emit(Self.text(result, subject: subject), to: console)
    }
  }

  static func text(_ result: BenchmarkResult, subject: String) -> String {
    var lines = [
      "Monte Carlo engine: \(subject); \(result.members) members, \(result.scenarios)"
        + " scenario\(result.scenarios == 1 ? "" : "s"), "
        + (result.correlated ? "correlated votes" : "independent votes")
        + (result.drawnBackers > 0 ? ", \(result.drawnBackers) drawn backers" : "")
        + ", \(NumberFormat.integer(result.runs.first?.trials ?? 0, grouping: .comma)) trials"
    ]
    var table = TextTable(columns: [
      .init("Threads", alignment: .right), .init("Seconds", alignment: .right),
      .init("State-trials/s", alignment: .right), .init("Per thread", alignment: .right),
      .init("Member draws/s", alignment: .right), .init("Scaling", alignment: .right),
      .init("P(adopted)", alignment: .right),
    ])
    let reference = result.runs.first?.stateTrialsPerSecondPerThread ?? 1
    for run in result.runs {
      table.appendRow([
        "\(run.threads)", NumberFormat.fixed(run.seconds, decimals: 3),
        BenchmarkOptions.rate(run.stateTrialsPerSecond),
        BenchmarkOptions.rate(run.stateTrialsPerSecondPerThread),
        BenchmarkOptions.rate(run.memberDrawsPerSecond),
        NumberFormat.percent(run.stateTrialsPerSecondPerThread / reference, decimals: 0),
        NumberFormat.fixed(run.adoptionProbability, decimals: 6),
      ])
    }
    lines.append(String(table.render(maxWidth: 100).dropLast()))
    lines.append("Peak memory: \(BenchmarkOptions.megabytes(result.peakResidentBytes))")
    lines.append(
      "Scaling: state-trials per second per thread against the first row; P(adopted) of the"
        + " first scenario is the same in every row.")
    lines.append("Counting: " + result.counting)
    if let note = BenchmarkOptions.buildNote { lines.append(note) }
    return lines.map(BenchmarkOptions.wrapped).joined(separator: "\n") + "\n"
  }
}
