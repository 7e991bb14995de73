/// One state's sponsorship of a draft or of the text a roll call voted on.
public struct Sponsorship: Sendable, Hashable, Codable {
  /// Whether the state tabled the draft or joined it.
  public enum Role: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Listed on the draft as tabled (the "main" sponsors, in the title of the document).
    case mainSponsor = "main-sponsor"
    /// Joined later (an addendum, "additional sponsors", or announced at the meeting).
    case coSponsor = "co-sponsor"
    public var description: String { rawValue }
  }

  /// The document sponsored: a roll call's or draft's `id`, draft symbol or resolution symbol.
  public var document: String
  public var state: MemberState.Code
  public var role: Role
  /// The day the state joined, when known.
  public var joined: CalendarDate?

  public init(document: String, state: MemberState.Code, role: Role, joined: CalendarDate? = nil) {
    self.document = document
    self.state = state
    self.role = role
    self.joined = joined
  }
}
