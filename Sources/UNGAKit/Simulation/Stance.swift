/// A backer's position on a draft in a scenario (MODEL.md §3): its vote.
///
/// Being on the sponsor list adds nothing measurable beyond the backer's own
/// vote (MODEL.md §3), so a stance is what the backer does in the vote; the
/// backer's influence then moves its followers by how far that vote departs
/// from what its baseline expects (`BackerInfluence`).
public enum Stance: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
  /// Sponsors or co-sponsors the draft and votes yes.
  case coSponsor = "co-sponsor"
  /// Not a sponsor, vote left open: drawn from its own baseline in every
  /// trial, its followers moving with the draw ("without").
  case neutral
  /// Abstains.
  case abstain
  /// Opposes the draft and votes no.
  case oppose

  /// The vote the stance fixes, or `nil` when the vote is left open.
  public var vote: Vote? {
    switch self {
    case .coSponsor: .yes
    case .neutral: nil
    case .abstain: .abstain
    case .oppose: .no
    }
  }

  /// The prefix used in scenario texts: `+`, `~`, `=` or `-`.
  public var symbol: Character {
    switch self {
    case .coSponsor: "+"
    case .neutral: "~"
    case .abstain: "="
    case .oppose: "-"
    }
  }

  /// The stance for a scenario prefix, or `nil`.
  public init?(symbol: Character) {
    switch symbol {
    case "+": self = .coSponsor
    case "~": self = .neutral
    case "=": self = .abstain
    case "-", "\u{2212}": self = .oppose
    default: return nil
    }
  }

  public var description: String { rawValue }
}
