/// Finds the earlier roll calls a resolution resembles: the same recurring
/// resolution in earlier sessions, or else votes on the same issues.
///
/// Only whole-text roll calls dated strictly before the target count, so a
/// backtest never sees the future. In order of preference (MODEL.md §1):
///
/// 0. **Topic series**: when the target carries a curated tag (any tag but
///    the six `unvotes` codes, `standardTags`), every earlier roll call with
///    that tag: a curated topic such as `ukraine` is one series since its
///    first vote, whatever the titles.
/// 1. **Title**: roll calls of earlier sessions whose `ResolutionTitle` equals
///    the target's, or is a truncated form of it (or it of theirs): the last
///    `maximumTitleReferences` of them within `maximumTitleAge` years, most
///    recent first. Same-session votes
///    are left out: a title voted twice in one session is two texts (parts A
///    and B, or a heading shared by different resolutions), not a recurrence.
/// 2. **Similar title**: when there is none, the same with titles whose word
///    sets are similar (`ResolutionTitle.similarityThreshold`).
/// 3. **Tags**: when there is still none, roll calls sharing an issue tag with
///    the target, from its session and the `tagSessions` before it (earlier
///    dates only): the last `maximumTagReferences`, most recent first.
///
/// An empty title matches nothing. The index is built once; lookups are
/// deterministic and cheap, which a backtest of every roll call needs.
public struct ReferenceFinder: Sendable {
  /// How references are chosen.
  public struct Options: Sendable, Hashable, Codable {
    /// The most roll calls a title or similar-title match returns (at least 1; default 3).
    public var maximumTitleReferences: Int
    /// The oldest a title or similar-title reference may be, in years (default 10).
    public var maximumTitleAge: Double
    /// Whether curated tags make topic series (default true).
    public var topicSeries: Bool
    /// Whether similar titles are tried when no title matches (default true).
    public var similarTitles: Bool
    /// How many sessions before the target's are searched by tag (default 3).
    public var tagSessions: Int
    /// The most roll calls a tag match returns (at least 1; default 20).
    public var maximumTagReferences: Int

    /// Options as given, each clamped to its range.
    public init(
      maximumTitleReferences: Int = 3, maximumTitleAge: Double = 10, topicSeries: Bool = true,
      similarTitles: Bool = true, tagSessions: Int = 3, maximumTagReferences: Int = 20
    ) {
      self.maximumTitleReferences = max(1, maximumTitleReferences)
      self.maximumTitleAge = max(0, maximumTitleAge)
      self.topicSeries = topicSeries
      self.similarTitles = similarTitles
      self.tagSessions = max(0, tagSessions)
      self.maximumTagReferences = max(1, maximumTagReferences)
    }
  }

  /// How the references were found.
  public enum Match: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Every earlier roll call of a curated topic.
    case topic
    /// The same title (or a truncated form of it) in earlier sessions.
    case title
    /// A similar title in earlier sessions.
    case similarTitle = "similar-title"
    /// A shared issue tag.
    case tags
    /// No reference was found.
    case none

    /// The raw value (`topic`, `title`, `similar-title`, `tags`, `none`).
    public var description: String { rawValue }

    /// Whether the references are the target's own series (a curated topic,
    /// the same or a similar title) rather than shared tags or none.
    public var isSeries: Bool { self == .topic || self == .title || self == .similarTitle }
  }

  /// The references of one target.
  public struct References: Sendable, Hashable {
    /// How they were found.
    public var match: Match
    /// Roll-call indices in the dataset, most recent first.
    public var rollCalls: [Int]

    /// References as given.
    public init(match: Match, rollCalls: [Int]) {
      self.match = match
      self.rollCalls = rollCalls
    }
  }

  /// The options in force.
  public let options: Options

  /// The six issue codes of the `unvotes` data; any other tag is curated.
  public static let standardTags: Set<IssueTag> = ["me", "nu", "di", "hr", "co", "ec"]

  /// The indexed roll calls (shared storage with the dataset's array).
  private let rollCalls: [RollCall]
  /// Per roll call: day number and session.
  private let days: [Int]
  private let sessions: [Int]
  /// Distinct normalised titles of whole-text roll calls, sorted byte-wise.
  private let titles: [ResolutionTitle]
  /// Per distinct title: its sorted word ids, and its roll calls in date order.
  private let titleWords: [[Int]]
  private let titleRollCalls: [[Int]]
  private let titleByText: [String: Int]
  /// Titles of at least `truncationMinimumLength` bytes, by their first that many bytes:
  /// a truncation and the title it cuts share that key.
  private let titlesByLeadingBytes: [[UInt8]: [Int]]
  private let wordIDs: [Substring: Int]
  /// Whole-text roll calls per tag, in date order.
  private let tagRollCalls: [IssueTag: [Int]]

  /// Indexes the whole-text roll calls of `dataset`.
  /// - Complexity: O(r·ℓ) for r roll calls with titles of ℓ characters.
  public init(dataset: Dataset, options: Options = Options()) {
    self.options = options
    rollCalls = dataset.rollCalls
    days = dataset.rollCalls.map(\.date.daysSinceEpoch)
    sessions = dataset.rollCalls.map(\.session)

    var rollCallsByTitle: [ResolutionTitle: [Int]] = [:]
    var byTag: [IssueTag: [Int]] = [:]
    for (index, rollCall) in dataset.rollCalls.enumerated() where rollCall.isWholeText {
      let title = ResolutionTitle(rollCall.title)
      if !title.text.isEmpty { rollCallsByTitle[title, default: []].append(index) }
      for tag in Set(rollCall.issues) { byTag[tag, default: []].append(index) }
    }
    let titles = rollCallsByTitle.keys.sorted()
    self.titles = titles
    titleRollCalls = titles.map { rollCallsByTitle[$0] ?? [] }
    var titleByText: [String: Int] = [:]
    var byLeadingBytes: [[UInt8]: [Int]] = [:]
    var wordIDs: [Substring: Int] = [:]
    var titleWords: [[Int]] = []
    for (index, title) in titles.enumerated() {
      titleByText[title.text] = index
      if let key = ReferenceFinder.leadingBytes(title) {
        byLeadingBytes[key, default: []].append(index)
      }
      titleWords.append(
        title.words.map { word in
          if let id = wordIDs[word] { return id }
          wordIDs[word] = wordIDs.count
          return wordIDs.count - 1
        }.sorted())
    }
    self.titleByText = titleByText
    titlesByLeadingBytes = byLeadingBytes
    self.wordIDs = wordIDs
    self.titleWords = titleWords
    tagRollCalls = byTag
  }

  /// The references of roll call `target`, an index into the indexed dataset's roll calls.
  public func references(rollCall target: Int) -> References {
    let rollCall = rollCalls[target]
    return references(
      title: rollCall.title, date: rollCall.date, session: rollCall.session,
      issues: rollCall.issues)
  }

  /// The references of a text with this title, date, session and tags (a roll call or a draft).
  /// - Complexity: O(t) for t distinct titles when the similar-title tier runs; otherwise
  ///   about O(k log k) in the candidate roll calls.
  public func references(
    title: String, date: CalendarDate, session: Int, issues: [IssueTag]
  ) -> References {
    let day = date.daysSinceEpoch
    if options.topicSeries {
      var topic = Set<Int>()
      for tag in Set(issues) where !ReferenceFinder.standardTags.contains(tag) {
        for rollCall in tagRollCalls[tag] ?? [] where days[rollCall] < day {
          topic.insert(rollCall)
        }
      }
      if !topic.isEmpty { return References(match: .topic, rollCalls: topic.sorted(by: >)) }
    }
    let normalized = ResolutionTitle(title)
    if !normalized.text.isEmpty {
      let sameTitle = titleRollCalls(matching: sameTitles(normalized), day: day, session: session)
      if !sameTitle.isEmpty { return References(match: .title, rollCalls: sameTitle) }
      if options.similarTitles {
        let similar = titleRollCalls(
          matching: similarTitles(normalized), day: day, session: session)
        if !similar.isEmpty { return References(match: .similarTitle, rollCalls: similar) }
      }
    }
    let byTag = tagReferences(issues, day: day, session: session)
    return References(match: byTag.isEmpty ? .none : .tags, rollCalls: byTag)
  }

  // MARK: Tiers

  /// Indices of the titles equal to `title`, truncations of it, or that it truncates.
  private func sameTitles(_ title: ResolutionTitle) -> [Int] {
    guard let key = ReferenceFinder.leadingBytes(title) else {
      return titleByText[title.text].map { [$0] } ?? []
    }
    return (titlesByLeadingBytes[key] ?? []).filter { index in
      let other = titles[index]
      return other == title || other.isTruncation(of: title) || title.isTruncation(of: other)
    }
  }

  /// Indices of the titles whose word sets are similar to `title`'s.
  private func similarTitles(_ title: ResolutionTitle) -> [Int] {
    var unknown = wordIDs.count
    let words = title.words.map { word -> Int in
      if let id = wordIDs[word] { return id }
      unknown += 1
      return unknown
    }.sorted()
    let threshold = ResolutionTitle.similarityThreshold
    // J ≥ t needs t·|b| ≤ |a| ≤ |b|/t: skip titles whose sizes rule it out.
    let smallest = threshold * Double(words.count)
    let largest = Double(words.count) / threshold
    return titleWords.indices.filter { index in
      let size = Double(titleWords[index].count)
      return size >= smallest && size <= largest
        && ResolutionTitle.jaccard(words, titleWords[index]) >= threshold
    }
  }

  /// The roll calls of the given titles from sessions before `session` and days
  /// before `day`, most recent first, capped.
  private func titleRollCalls(matching titleIndices: [Int], day: Int, session: Int) -> [Int] {
    var found: [Int] = []
    let oldest = day - Int((options.maximumTitleAge * 365.2425).rounded())
    for title in titleIndices {
      var taken = 0
      // Postings are in date order: walk back from the newest.
      for rollCall in titleRollCalls[title].reversed()
      where days[rollCall] < day && days[rollCall] >= oldest && sessions[rollCall] < session {
        found.append(rollCall)
        taken += 1
        if taken == options.maximumTitleReferences { break }
      }
    }
    return Array(Set(found).sorted(by: >).prefix(options.maximumTitleReferences))
  }

  /// Roll calls sharing a tag, from `session − tagSessions` to `session` and before `day`.
  private func tagReferences(_ issues: [IssueTag], day: Int, session: Int) -> [Int] {
    let earliestSession = session - options.tagSessions
    var found = Set<Int>()
    for tag in Set(issues) {
      let postings = tagRollCalls[tag] ?? []
      var taken = 0
      // Postings are in date order; sessions increase with date, so the walk
      // back from the last earlier day stops at the first older session.
      var position = ReferenceFinder.firstPosition(in: postings) { days[$0] >= day }
      while position > 0 {
        position -= 1
        let rollCall = postings[position]
        if sessions[rollCall] < earliestSession { break }
        guard sessions[rollCall] <= session else { continue }
        found.insert(rollCall)
        taken += 1
        if taken == options.maximumTagReferences { break }
      }
    }
    return Array(found.sorted(by: >).prefix(options.maximumTagReferences))
  }

  /// The first position in `sorted` where `isAfter` holds, for a predicate that
  /// is false, then true, along the array (`sorted.count` when it never holds).
  private static func firstPosition(in sorted: [Int], where isAfter: (Int) -> Bool) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if isAfter(sorted[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }

  /// The first `truncationMinimumLength` bytes of a title long enough to take part in
  /// truncation matches.
  private static func leadingBytes(_ title: ResolutionTitle) -> [UInt8]? {
    let bytes = title.text.utf8
    guard bytes.count >= ResolutionTitle.truncationMinimumLength else { return nil }
    return Array(bytes.prefix(ResolutionTitle.truncationMinimumLength))
  }
}
