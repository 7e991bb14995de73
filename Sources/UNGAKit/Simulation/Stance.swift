/// A backer's position on a draft (MODEL.md §3).
public enum Stance: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
  /// Sponsors or co-sponsors the draft (campaigns for it): `s = +1`. A member votes yes.
  case coSponsor = "co-sponsor"
  /// Does not sponsor: `s = 0`. A member keeps its baseline vote.
  case neutral
  /// Opposes the draft: `s = −1`. A member votes no.
  case oppose

  /// `s`: +1, 0 or −1.
  public var value: Double {
    switch self {
    case .coSponsor: 1
    case .neutral: 0
    case .oppose: -1
    }
  }

  /// The prefix used in scenario texts: `+`, `~` or `-`.
  public var symbol: Character {
    switch self {
    case .coSponsor: "+"
    case .neutral: "~"
    case .oppose: "-"
    }
  }

  /// The stance for a scenario prefix, or `nil`.
  public init?(symbol: Character) {
    switch symbol {
    case "+": self = .coSponsor
    case "~": self = .neutral
    case "-", "\u{2212}": self = .oppose
    default: return nil
    }
  }

  public var description: String { rawValue }
}
