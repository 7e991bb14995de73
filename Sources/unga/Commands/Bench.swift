/// `unga bench`: benchmarks, for release builds. A benchmark is added by
/// writing its file (a `Command`) and listing its type in `subcommands`.
struct Bench: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "bench", abstract: "Time the toolkit's hot paths (use a release build).",
      discussion: """
        Benchmarks, not tests: they print timings of this machine. Build with \
        'swift build -c release' and run the binary under .build/release; a debug build is \
        several times slower.
        """,
      subcommands: [BenchLoad.self, BenchSimulate.self, BenchRecruit.self],
      examples: [
        "unga bench load --data datasets/history", "unga bench simulate",
        "unga bench recruit --threads 1,2", "unga help bench load",
      ])
  }
}
