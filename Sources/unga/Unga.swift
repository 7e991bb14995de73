/// The root of the `unga` tool. A subcommand is added by writing its file
/// (a `Command`) and listing its type in `subcommands` below.
struct Unga: Command {
  /// The version `unga --version` prints; the one place it is defined.
  static let version = "0.1.0"

  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "unga",
      abstract: "Model votes in the United Nations General Assembly",
      version: version,
      subcommands: [
        Validate.self,
        Show.self,
        Import.self,
        Simulate.self,
        Recruit.self,
        Sweep.self,
        Bench.self,
        Backtest.self,
        Calibrate.self,
      ],
      examples: [
        "unga simulate",
        "unga simulate --format html --output report.html",
        "unga simulate --draft A/RES/ES-11/1 --without USA",
        "unga show A/RES/68/262",
        "unga recruit --k 3",
        "unga sweep --backers USA,GBR,FRA",
        "unga validate",
        "unga help simulate",
      ])
  }
}
