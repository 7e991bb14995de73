/// A named set of stance changes to simulate against the draft as recorded.
///
/// The draft's recorded sponsors hold stance +1 in every scenario unless the
/// scenario names them; a named state takes the stance given here. Texts
/// have the form `NAME: +USA =FRA -RUS ~CHN` (`+` co-sponsors and votes yes,
/// `=` abstains, `-` opposes and votes no, `~` not a sponsor with its vote
/// left open; codes separated by spaces or commas).
public struct Scenario: Sendable, Hashable, Codable, CustomStringConvertible {
  /// One state's stance in the scenario.
  public struct Change: Sendable, Hashable, Codable {
    public var state: MemberState.Code
    public var stance: Stance
    public init(state: MemberState.Code, stance: Stance) {
      self.state = state
      self.stance = stance
    }
  }

  /// The name reports show (unique within a run).
  public var name: String
  /// The stance changes, in the order given.
  public var changes: [Change]

  public init(name: String, changes: [Change] = []) {
    self.name = name
    self.changes = changes
  }

  /// One stance for several states, as the `--with`, `--without`,
  /// `--abstain` and `--oppose` flags give them; the default name reads
  /// "with USA", "without USA, GBR", "USA abstaining", "USA opposing".
  public init(stance: Stance, states: [MemberState.Code], name: String? = nil) {
    let list = states.map(\.rawValue).joined(separator: ", ")
    let defaultName: String
    switch stance {
    case .coSponsor: defaultName = "with \(list)"
    case .neutral: defaultName = "without \(list)"
    case .abstain: defaultName = "\(list) abstaining"
    case .oppose: defaultName = "\(list) opposing"
    }
    self.init(
      name: name ?? defaultName, changes: states.map { Change(state: $0, stance: stance) })
  }

  /// Parses `NAME: +USA =FRA -RUS ~CHN`.
  ///
  /// Without a colon the whole text is the list of changes and also the name.
  /// Codes are upper-cased; whether they name member states is checked
  /// against a dataset by `resolved(in:date:)`.
  /// - Throws: `SimulationError.invalidScenario` for an empty name, a token
  ///   without a `+`, `=`, `-` or `~` prefix, an empty or non-alphanumeric code, or
  ///   no changes at all; `.conflictingStance` for a state given two stances.
  public init(parsing text: String) throws(SimulationError) {
    let name: Substring
    let list: Substring
    if let colon = text.firstIndex(of: ":") {
      name = text[..<colon]
      list = text[text.index(after: colon)...]
    } else {
      name = Substring(text)
      list = Substring(text)
    }
    let trimmedName = name.trimmingSpaces
    guard !trimmedName.isEmpty else {
      throw .invalidScenario(text: text, message: "expected a name before ':'")
    }
    var changes: [Change] = []
    for token in list.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }) {
      guard let first = token.first, let stance = Stance(symbol: first) else {
        throw .invalidScenario(
          text: text,
          message: "'\(token)' has no stance; expected +CODE (co-sponsor, votes yes), =CODE"
            + " (abstains), -CODE (opposes, votes no) or ~CODE (not a sponsor, vote left open)")
      }
      let code = token.dropFirst()
      guard !code.isEmpty, code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
      else {
        throw .invalidScenario(
          text: text, message: "'\(token)' has no state code after '\(first)'; expected e.g. +USA")
      }
      changes.append(Change(state: MemberState.Code(code.uppercased()), stance: stance))
    }
    guard !changes.isEmpty else {
      throw .invalidScenario(
        text: text, message: "expected at least one change such as +USA, =FRA, -RUS or ~CHN")
    }
    self.init(name: String(trimmedName), changes: changes)
    _ = try deduplicated()
  }

  /// Splits a flag's list (`USA,FRA` or `USA FRA`) into upper-cased codes.
  /// - Throws: `SimulationError.invalidScenario` when the list is empty or a
  ///   code is not alphanumeric.
  public static func codes(from list: String) throws(SimulationError) -> [MemberState.Code] {
    let parts = list.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
    guard !parts.isEmpty else {
      throw .invalidScenario(text: list, message: "expected one or more state codes")
    }
    var codes: [MemberState.Code] = []
    for part in parts {
      guard part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
        throw .invalidScenario(text: list, message: "'\(part)' is not a state code")
      }
      codes.append(MemberState.Code(part.uppercased()))
    }
    return codes
  }

  /// The scenario with every code replaced by the canonical alpha-3 code of
  /// the state it names (alpha-3, alpha-2 or English name), duplicates merged.
  /// - Throws: `SimulationError.unknownState` naming the first unknown code,
  ///   `.notAMember` for a state that is not a member on `date`,
  ///   `.conflictingStance` for a state given two stances.
  public func resolved(in dataset: Dataset, date: CalendarDate) throws(SimulationError)
    -> Scenario
  {
    var resolved: [Change] = []
    for change in changes {
      guard let index = dataset.stateIndex(matching: change.state.rawValue) else {
        throw .unknownState(code: change.state.rawValue, context: "scenario '\(name)'")
      }
      let state = dataset.states[index]
      guard state.isMember(on: date) else {
        throw .notAMember(code: state.code.rawValue, date: date, context: "scenario '\(name)'")
      }
      resolved.append(Change(state: state.code, stance: change.stance))
    }
    return try Scenario(name: name, changes: resolved).deduplicated()
  }

  private func deduplicated() throws(SimulationError) -> Scenario {
    var stance: [MemberState.Code: Stance] = [:]
    var kept: [Change] = []
    for change in changes {
      if let existing = stance[change.state] {
        guard existing == change.stance else {
          throw .conflictingStance(code: change.state.rawValue, scenario: name)
        }
        continue
      }
      stance[change.state] = change.stance
      kept.append(change)
    }
    return Scenario(name: name, changes: kept)
  }

  /// `NAME: +USA =FRA -RUS ~CHN`, which `init(parsing:)` reads back.
  public var description: String {
    let list = changes.map { "\($0.stance.symbol)\($0.state.rawValue)" }.joined(separator: " ")
    return list.isEmpty ? name : "\(name): \(list)"
  }
}

extension Substring {
  fileprivate var trimmingSpaces: Substring {
    var text = self
    while let first = text.first, first.isWhitespace { text.removeFirst() }
    while let last = text.last, last.isWhitespace { text.removeLast() }
    return text
  }
}
