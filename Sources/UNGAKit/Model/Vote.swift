/// How a member state took part in a recorded vote.
///
/// Charter Article 18 and rule 86: only `yes` and `no` count as "present and
/// voting"; abstentions and non-voting (absent, or present but not
/// participating) do not. Raw values are stable and used in dense arrays:
/// yes, abstain and no are in the order of the latent scale.
public enum Vote: UInt8, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
  case yes = 0
  case abstain = 1
  case no = 2
  case nonVoting = 3

  /// The word used in the native CSV format: `yes`, `abstain`, `no`, `non-voting`.
  public var csvName: String {
    switch self {
    case .yes: "yes"
    case .abstain: "abstain"
    case .no: "no"
    case .nonVoting: "non-voting"
    }
  }

  public var description: String { csvName }

  /// Reads the native word or the UN Digital Library letter (`Y`, `A`, `N`, `X`),
  /// case-insensitively; `nil` for anything else.
  public init?(text: some StringProtocol) {
    switch text.lowercased() {
    case "yes", "y": self = .yes
    case "abstain", "abstention", "a": self = .abstain
    case "no", "n": self = .no
    case "non-voting", "nonvoting", "non voting", "absent", "x": self = .nonVoting
    default: return nil
    }
  }
}

/// Counts of each vote in one roll call.
public struct Tally: Sendable, Hashable, Codable {
  public var yes: Int
  public var no: Int
  public var abstain: Int
  public var nonVoting: Int

  public init(yes: Int = 0, no: Int = 0, abstain: Int = 0, nonVoting: Int = 0) {
    self.yes = yes
    self.no = no
    self.abstain = abstain
    self.nonVoting = nonVoting
  }

  /// The count for one vote.
  public subscript(vote: Vote) -> Int {
    get {
      switch vote {
      case .yes: yes
      case .no: no
      case .abstain: abstain
      case .nonVoting: nonVoting
      }
    }
    set {
      switch vote {
      case .yes: yes = newValue
      case .no: no = newValue
      case .abstain: abstain = newValue
      case .nonVoting: nonVoting = newValue
      }
    }
  }

  /// All members counted: yes + no + abstain + non-voting.
  public var members: Int { yes + no + abstain + nonVoting }
}
