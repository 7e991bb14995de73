/// A state that is, or was, a member of the United Nations.
///
/// Historical members (the USSR, Yugoslavia, Czechoslovakia, …) carry a
/// `departed` date; a state is a member on the days from `admitted`
/// (inclusive) to `departed` (exclusive).
public struct MemberState: Sendable, Hashable, Codable, Identifiable {
  /// An ISO 3166-1 alpha-3 code (`USA`), or for a historical member without
  /// one an ISO 3166-3 or documented project code (`SUN`, `YUG`).
  public struct Code: RawRepresentable, Sendable, Hashable, Comparable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
  {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: Code, rhs: Code) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
      rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      try container.encode(rawValue)
    }
  }

  public var id: Code { code }
  /// Three-letter code, upper case.
  public var code: Code
  /// ISO 3166-1 alpha-2 code, or `nil` for historical members that had none.
  public var alpha2: String?
  /// English short name (`Türkiye`, `United Kingdom`).
  public var name: String
  /// The regional group it belongs to (or, for a historical member, would).
  public var group: RegionalGroup
  /// The day it became a member (original members: 1945-10-24).
  public var admitted: CalendarDate
  /// The day it ceased to be a member, or `nil` for a current member.
  public var departed: CalendarDate?

  public init(
    code: Code, alpha2: String?, name: String, group: RegionalGroup,
    admitted: CalendarDate, departed: CalendarDate? = nil
  ) {
    self.code = code
    self.alpha2 = alpha2
    self.name = name
    self.group = group
    self.admitted = admitted
    self.departed = departed
  }

  /// Whether the state was a member on `date`.
  @inlinable
  public func isMember(on date: CalendarDate) -> Bool {
    guard admitted <= date else { return false }
    if let departed { return date < departed }
    return true
  }

  /// Whether the state is a member today (has no departure date).
  public var isCurrentMember: Bool { departed == nil }
}
