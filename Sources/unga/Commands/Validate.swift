import Charts
import UNGAKit

/// `unga validate`: checks a dataset and summarises it.
struct Validate: Command {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      name: "validate", abstract: "Check a dataset and summarise what it holds.",
      discussion: """
        Reads the data as every command does and reports every problem as \
        file:line:column: message: CSV syntax, missing or unknown columns, bad values \
        (dates, enumerations, numbers), unknown states or roll calls, duplicate or conflicting \
        rows, votes by states that were not members on the day, and recorded totals that \
        disagree with the votes. Problems go to standard error, at most --limit of them with a \
        count of the rest.

        With no errors (warnings are allowed) it prints the files read with their row counts \
        and the counts and date range of the combined dataset.

        Exit status: 0 when there is no error, 65 when there are errors, 66 when a path does \
        not exist or cannot be read.
        """,
      examples: [
        "unga validate",
        "unga validate --data datasets/history",
        "unga validate --data datasets/history --data my-votes.csv --limit 0",
      ])
  }

  var data = DataOptions()
  var limit = IssueListing.defaultLimit

  static var arguments: [Argument<Self>] {
    [
      .group(\.data),
      .option(
        \.limit, name: "limit", valueName: "count", in: 0...,
        help: "List at most this many problems; 0 lists them all."),
    ]
  }

  func run(_ console: Console) throws {
    let report = try data.validate()
    if report.hasErrors {
      throw CommandError.dataError(data.problems(report.issues, limit: limit))
    }
    let warnings = report.warnings
    if !warnings.isEmpty {
      let lines = IssueListing.lines(warnings, limit: limit, hint: "--limit 0 lists them all")
      console.writeError(lines.joined(separator: "\n") + "\n")
    }
    console.write(Self.summary(report))
  }

  /// The files read, the counts of the dataset, and the verdict.
  static func summary(_ report: ValidationReport) -> String {
    func number(_ value: Int) -> String {
      NumberFormat.integer(value, grouping: .comma, style: .ascii)
    }
    var files = TextTable(columns: [
      .init("file", isTruncatable: false), .init("table"), .init("rows", alignment: .right),
    ])
    for source in report.sources {
      files.appendRow([source.path, source.table.rawValue, number(source.rowCount)])
    }
    let summary = report.summary
    let former = summary.stateCount - summary.currentMemberCount
    var dates = "none"
    if let first = summary.firstDate, let last = summary.lastDate { dates = "\(first) to \(last)" }
    let facts = [
      (
        "states",
        "\(number(summary.stateCount)) (\(number(summary.currentMemberCount)) members"
          + " today, \(number(former)) former)"
      ),
      ("roll calls", number(summary.rollCallCount)),
      (
        "drafts",
        number(summary.draftCount) + " (not voted; "
          + number(summary.adoptedWithoutVoteCount) + " of them adopted without a vote)"
      ),
      ("votes", number(summary.voteCount) + " recorded (a member with none is non-voting)"),
      ("sponsorships", number(summary.sponsorshipCount)),
      ("dates", dates),
    ]
    let warnings = report.warningCount
    let verdict =
      "Valid: no errors, "
      + (warnings == 0 ? "no warnings." : IssueListing.count(warnings, "warning") + ".")
    return "Files read (\(report.sources.count)):\n" + files.render(maxWidth: 1000) + "\n"
      + "Dataset:\n" + facts.map { "  " + $0.0.padding(14) + $0.1 }.joined(separator: "\n")
      + "\n\n" + verdict + "\n"
  }
}

extension String {
  /// The string followed by spaces up to `width` characters.
  fileprivate func padding(_ width: Int) -> String {
    self + String(repeating: " ", count: Swift.max(0, width - count))
  }
}
