/// `unga bench`: speed measurements (meaningful in a release build only).
struct Bench: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "bench",
      abstract: "Measure the speed of the engine and the planners",
      discussion: """
        Benchmarks, not tests: build with 'swift build -c release' and run the binary it \
        makes for figures worth quoting.
        """,
      subcommands: [BenchSimulate.self, BenchRecruit.self],
      examples: ["unga bench simulate", "unga bench recruit --threads 1,2"])
  }
}
