import Charts
import UNGAKit

/// `unga bench recruit`: speed of the recruitment planner.
struct BenchRecruit: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "recruit",
      abstract: "Time the recruitment planner at several thread counts",
      discussion: """
        Plans --k recruits from --candidates candidates once per thread count (after a short \
        warm-up) and prints the time, the engine runs and scenarios evaluated, state-trials \
        per second and the picks, which are the same for every thread count.

        By default a synthetic assembly (--members states, correlated votes) with its second \
        state neutral. With --draft or --data, the real draft with the United States \
        neutral; the candidates are the first --candidates receptive states (see 'unga help \
        recruit') in code order.
        """,
      examples: [
        "unga bench recruit",
        "unga bench recruit --candidates 20 --k 5 --threads 1,2",
        "unga bench recruit --draft A/ES-11/L.10 --trials 100000",
      ],
      conflicts: [["--members", "--draft"], ["--members", "--data"]])
  }

  var trials = 100_000
  var members = 193
  var candidates = 10
  var count = 5
  var benchmark = BenchmarkOptions()
  var output = OutputOptions<TextOrJSON>()

  static var arguments: [Argument<Self>] {
    [
      .option(
        \.trials, name: "trials", short: "n", valueName: "count",
        in: 1...MonteCarloOptions.trialLimit, help: "Trials per engine run."),
      .option(
        \.members, name: "members", valueName: "count", in: 6...17_576,
        help: "Members of the synthetic assembly."),
      .option(
        \.candidates, name: "candidates", valueName: "count", in: 1...1000,
        help: "Candidates to choose from."),
      .option(\.count, name: "k", valueName: "count", in: 0...1000, help: "Recruits to pick."),
      .group(\.benchmark),
      .group(\.output),
    ]
  }

  func run(_ console: Console) throws {
    let result: RecruitBenchmarkResult
    let subject: String
    if benchmark.usesRealDraft {
      let real = try benchmark.realModel(console: console)
      let base = Recruit.defaultBase
      let pool = try CandidateSelection.receptive.states(
        model: real.model, dataset: real.dataset, base: base
      ).prefix(candidates).map(\.rawValue)
      result = try RecruitBenchmark.run(
        model: real.model, dataset: real.dataset, base: base,
        request: RecruitRequest(count: min(count, pool.count), candidates: .states(pool)),
        options: PlanningOptions(sampling: MonteCarloOptions(trials: trials)),
        threadCounts: benchmark.threadCounts)
      subject = "\(real.model.target.symbol) '\(base)', parameters: \(real.parameters)"
    } else {
      result = try RecruitBenchmark.synthetic(
        members: members, candidates: min(candidates, members - 4), recruits: count,
        trials: trials, threadCounts: benchmark.threadCounts)
      subject = "synthetic assembly"
    }
    switch output.format {
    case .json: try output.emit(json: result, to: console)
    case .text: try output.emit(Self.text(result, subject: subject), to: console)
    }
  }

  static func text(_ result: RecruitBenchmarkResult, subject: String) -> String {
    var lines = [
      "Recruitment planner: \(subject); \(result.members) members, \(result.candidates)"
        + " candidates, \(result.recruits) recruits,"
        + " \(NumberFormat.integer(result.trials, grouping: .comma)) trials per engine run"
    ]
    var table = TextTable(columns: [
      .init("Threads", alignment: .right), .init("Seconds", alignment: .right),
      .init("Engine runs", alignment: .right), .init("Scenarios", alignment: .right),
      .init("State-trials/s", alignment: .right), .init("Picks"),
    ])
    for run in result.runs {
      table.appendRow([
        "\(run.threads)", NumberFormat.fixed(run.seconds, decimals: 3), "\(run.engineRuns)",
        "\(run.scenarioEvaluations)", BenchmarkOptions.rate(run.stateTrialsPerSecond),
        run.picks.map(\.rawValue).joined(separator: ", "),
      ])
    }
    lines.append(String(table.render(maxWidth: 100).dropLast()))
    lines.append("Peak memory: \(BenchmarkOptions.megabytes(result.peakResidentBytes))")
    if let note = BenchmarkOptions.buildNote { lines.append(note) }
    return lines.map(BenchmarkOptions.wrapped).joined(separator: "\n") + "\n"
  }
}
