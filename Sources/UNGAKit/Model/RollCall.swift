/// An issue tag attached to roll calls and drafts.
///
/// The unvotes data uses `me` (Palestinian conflict), `nu` (nuclear weapons),
/// `di` (arms control), `hr` (human rights), `co` (colonialism) and `ec`
/// (economic development); datasets may add their own (`ukraine`).
public struct IssueTag: RawRepresentable, Sendable, Hashable, Comparable, Codable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }
  public var description: String { rawValue }
  public static func < (lhs: IssueTag, rhs: IssueTag) -> Bool { lhs.rawValue < rhs.rawValue }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  /// A readable name for the six unvotes codes; the raw value otherwise.
  public var label: String {
    switch rawValue {
    case "me": "Palestinian conflict"
    case "nu": "Nuclear weapons and nuclear material"
    case "di": "Arms control and disarmament"
    case "hr": "Human rights"
    case "co": "Colonialism"
    case "ec": "Economic development"
    default: rawValue
    }
  }
}

/// A document identifier in the native format: a roll call or draft `id`.
///
/// Identifiers are unique across the datasets loaded together. The shipped
/// history uses `unvotes-<rcid>`; drafts use their symbol (`A/ES-11/L.10`).
public struct DocumentID: RawRepresentable, Sendable, Hashable, Comparable, Codable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }
  public var description: String { rawValue }
  public static func < (lhs: DocumentID, rhs: DocumentID) -> Bool {
    lhs.rawValue < rhs.rawValue
  }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}

/// A recorded vote of the General Assembly plenary.
public struct RollCall: Sendable, Hashable, Codable, Identifiable {
  public typealias ID = DocumentID

  /// Unique identifier (`unvotes-5309`, `A/RES/ES-11/1`).
  public var id: ID
  /// The resolution symbol it adopted or would have adopted (`A/RES/68/262`), if any.
  public var resolution: String?
  /// The draft symbol voted on (`A/68/L.39`), if known.
  public var draft: String?
  /// The day of the vote.
  public var date: CalendarDate
  /// The regular session it belongs to (emergency special sessions: the
  /// regular session during which the meeting took place).
  public var session: Int
  /// The title (trimmed).
  public var title: String
  /// Issue tags.
  public var issues: [IssueTag]
  /// The majority the decision needed.
  public var majority: MajorityRule
  /// A vote on an amendment rather than the whole text.
  public var isAmendment: Bool
  /// A separate vote on a paragraph rather than the whole text.
  public var isParagraph: Bool
  /// Flagged by the source as an important vote (US State Department list).
  public var isImportant: Bool
  /// Totals as published by the source, when it gives them; the votes must agree.
  public var recordedTally: Tally?
  /// The committee report and paragraph the text came from
  /// (`A/79/458/Add.3, para. 30`), when it was not an L document.
  public var report: String?
  /// Subject headings of the UN's thesaurus (UNBIS), upper case, sorted.
  public var subjects: [String]

  public init(
    id: ID, resolution: String? = nil, draft: String? = nil, date: CalendarDate, session: Int,
    title: String, issues: [IssueTag] = [], majority: MajorityRule = .simple,
    isAmendment: Bool = false, isParagraph: Bool = false, isImportant: Bool = false,
    recordedTally: Tally? = nil, report: String? = nil, subjects: [String] = []
  ) {
    self.id = id
    self.resolution = resolution
    self.draft = draft
    self.date = date
    self.session = session
    self.title = title
    self.issues = issues
    self.majority = majority
    self.isAmendment = isAmendment
    self.isParagraph = isParagraph
    self.isImportant = isImportant
    self.recordedTally = recordedTally
    self.report = report
    self.subjects = subjects
  }

  /// Whether this is a vote on a whole text (not an amendment or paragraph).
  public var isWholeText: Bool { !isAmendment && !isParagraph }
}

/// A text that has no recorded vote in the data: a draft to simulate, or a
/// resolution adopted without a vote (`adoptedWithoutVote`), which is an
/// outcome and sponsorship data but has no votes.
public struct Draft: Sendable, Hashable, Codable, Identifiable {
  public typealias ID = DocumentID

  /// Unique identifier, usually the draft symbol (`A/ES-11/L.10`).
  public var id: ID
  /// The draft symbol.
  public var draft: String?
  /// The resolution symbol it became, when it was adopted without a recorded
  /// vote or its vote is not in the data.
  public var resolution: String?
  /// The day it was tabled or is to be voted on.
  public var date: CalendarDate
  /// The regular session.
  public var session: Int
  public var title: String
  public var issues: [IssueTag]
  public var majority: MajorityRule
  /// Whether the Assembly adopted the text without a vote (`status` adopted
  /// in the native format); `date` is then the day of adoption.
  public var adoptedWithoutVote: Bool
  /// The committee report and paragraph the text came from, when it was not an L document.
  public var report: String?
  /// Subject headings of the UN's thesaurus (UNBIS), upper case, sorted.
  public var subjects: [String]

  public init(
    id: ID, draft: String? = nil, resolution: String? = nil, date: CalendarDate, session: Int,
    title: String, issues: [IssueTag] = [], majority: MajorityRule = .simple,
    adoptedWithoutVote: Bool = false, report: String? = nil, subjects: [String] = []
  ) {
    self.id = id
    self.draft = draft
    self.resolution = resolution
    self.date = date
    self.session = session
    self.title = title
    self.issues = issues
    self.majority = majority
    self.adoptedWithoutVote = adoptedWithoutVote
    self.report = report
    self.subjects = subjects
  }
}
