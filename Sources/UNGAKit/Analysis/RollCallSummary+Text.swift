extension RollCallSummary {
  /// A plain-text page for a terminal: the header, result, tally by regional
  /// group, the members by vote, and the sponsors.
  ///
  /// Lines hold at most `width` characters (at least 70, the width of the
  /// table), except a single word longer than that, which is never broken.
  /// Control characters from the data are shown escaped (`ControlCharacters`).
  public func renderText(width: Int = 100) -> String {
    let width = max(70, width)
    let title = ControlCharacters.escaped(rollCall?.title ?? draft?.title ?? "")
    let issues = rollCall?.issues ?? draft?.issues ?? []
    var lines = wrap("\(ControlCharacters.escaped(symbol)): \(title)", width: width, indent: 2)
    lines += wrap(headerFacts.joined(separator: " | "), width: width, first: 2, indent: 2)
    if !issues.isEmpty {
      let labels = issues.map(\.label).joined(separator: ", ")
      lines += wrap("issues: " + labels, width: width, first: 2, indent: 4)
    }
    lines.append("")

    if let tally, let adopted, let yesNeeded {
      let verdict = adopted ? "ADOPTED" : "NOT ADOPTED"
      lines += wrap(
        "Result: \(verdict) (\(majorityPhrase): \(yesNeeded) yes needed against \(tally.no) no)",
        width: width, indent: 2)
      lines.append("Tally: " + describe(tally))
      if let recordedTally = rollCall?.recordedTally, recordedTally != tally {
        lines.append("Recorded totals: \(describe(recordedTally)); they disagree with the votes")
      }
      lines.append("")
      lines += groupTable
      lines.append("")
      for vote in [Vote.yes, .no, .abstain, .nonVoting] {
        let codes = votes.filter { $0.vote == vote }.map(\.state.rawValue)
        lines.append("\(label(vote)) (\(codes.count)):")
        lines += wrap(
          codes.isEmpty ? "none" : codes.joined(separator: " "), width: width, first: 2, indent: 2)
      }
    } else if draft?.adoptedWithoutVote == true {
      lines.append("Result: ADOPTED without a vote.")
    } else {
      lines.append("Not voted: a draft (\(majorityPhrase)).")
    }
    lines.append("")

    for role in Sponsorship.Role.allCases {
      let codes = sponsors.filter { $0.role == role }.map(\.state.rawValue)
      let heading = role == .mainSponsor ? "Main sponsors" : "Co-sponsors"
      let list = codes.isEmpty ? "none recorded" : codes.joined(separator: " ")
      lines += wrap("\(heading) (\(codes.count)): \(list)", width: width, indent: 2)
    }
    return ControlCharacters.escapedKeepingLines(lines.joined(separator: "\n")) + "\n"
  }

  private var headerFacts: [String] {
    var facts = ["id \(id)"]
    let symbols = [
      ("draft", rollCall?.draft ?? draft?.draft),
      ("resolution", rollCall?.resolution ?? draft?.resolution),
    ]
    for case (let kind, let other?) in symbols where other != symbol {
      facts.append("\(kind) \(other)")
    }
    if let date = rollCall?.date ?? draft?.date { facts.append(date.description) }
    if let session = rollCall?.session ?? draft?.session { facts.append("session \(session)") }
    if rollCall?.isAmendment == true { facts.append("amendment") }
    if rollCall?.isParagraph == true { facts.append("separate vote on a paragraph") }
    if rollCall?.isImportant == true { facts.append("important vote") }
    if let report = rollCall?.report ?? draft?.report { facts.append("report \(report)") }
    return facts
  }

  private var majorityPhrase: String {
    switch majority {
    case .simple: "simple majority"
    case .twoThirds: "two-thirds majority"
    }
  }

  private var groupTable: [String] {
    let header = ["Yes", "No", "Abstain", "Non-voting", "Members"]
    func row(_ name: String, _ cells: [String]) -> String {
      name.padded(to: 30) + zip(cells, header).map { $0.leftPadded(to: $1.count + 2) }.joined()
    }
    func cells(_ tally: Tally) -> [String] {
      [tally.yes, tally.no, tally.abstain, tally.nonVoting, tally.members].map(String.init)
    }
    var table = [row("By regional group", header)]
    table += groups.map { row("  " + $0.group.rawValue, cells($0.tally)) }
    if let tally { table.append(row("  All members", cells(tally))) }
    return table
  }

  private func describe(_ tally: Tally) -> String {
    "\(tally.yes) yes, \(tally.no) no, \(tally.abstain) abstain, "
      + "\(tally.nonVoting) non-voting (\(tally.members) members)"
  }

  private func label(_ vote: Vote) -> String {
    switch vote {
    case .yes: "Yes"
    case .no: "No"
    case .abstain: "Abstain"
    case .nonVoting: "Non-voting"
    }
  }

  /// Breaks `text` at spaces into lines of at most `width` characters; the
  /// first line starts with `first` spaces, the others with `indent`.
  private func wrap(_ text: String, width: Int, first: Int = 0, indent: Int) -> [String] {
    var lines: [String] = []
    var line = String(repeating: " ", count: first)
    var isEmpty = true
    for word in text.split(separator: " ") {
      if !isEmpty, line.count + 1 + word.count > width {
        lines.append(line)
        line = String(repeating: " ", count: indent)
        isEmpty = true
      }
      line += isEmpty ? word : " " + word
      isEmpty = false
    }
    lines.append(line)
    return lines
  }
}

extension String {
  fileprivate func padded(to length: Int) -> String {
    self + String(repeating: " ", count: Swift.max(0, length - count))
  }

  fileprivate func leftPadded(to length: Int) -> String {
    String(repeating: " ", count: Swift.max(0, length - count)) + self
  }
}
