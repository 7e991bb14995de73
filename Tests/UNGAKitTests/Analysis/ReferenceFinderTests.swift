import Testing
import UNGAKit

@Suite struct ReferenceFinderTests {
  static let nuclear = "Nuclear disarmament : resolution / adopted by the General Assembly"
  static let embargo =
    "Necessity of ending the economic, commercial and financial embargo imposed by the "
    + "United States of America against Cuba"
  static let declarationOf =
    "Implementation of the Declaration of the Granting of Independence to Colonial Countries "
    + "and Peoples by the specialized agencies"
  static let declarationOn =
    "Implementation of the Declaration on the Granting of Independence to Colonial Countries "
    + "and Peoples by the specialized agencies"

  static let dataset: Dataset = {
    typealias F = AnalysisFixtures
    var rows = (60...67).map { session in
      F.row(
        "nd-\(session)", "\(session + 1945)-12-01", session: session, title: nuclear,
        issues: ["nu"], votes: "YNA")
    }
    rows += [
      F.row("nd-68", "2013-12-01", session: 68, title: "Nuclear disarmament", votes: "YNA"),
      F.row(
        "nd-68-amendment", "2013-11-30", session: 68, title: "Nuclear disarmament",
        amendment: true, votes: "NYA"),
      F.row("nd-68-part-a", "2013-11-01", session: 68, title: "NUCLEAR DISARMAMENT", votes: "YYY"),
      F.row("nd-69", "2014-12-01", session: 69, title: "Nuclear disarmament", votes: "YNA"),
      F.row(
        "embargo-60", "2005-11-01", session: 60,
        title: "Necessity of ending the economic, commercial and financial e", votes: "YYN"),
      F.row("embargo-61", "2006-11-01", session: 61, title: embargo, votes: "YYN"),
      F.row("embargo-62", "2007-11-01", session: 62, title: embargo, votes: "YYN"),
      F.row("declaration-60", "2005-12-05", session: 60, title: declarationOf, votes: "YYA"),
      F.row("declaration-61", "2006-12-05", session: 61, title: declarationOn, votes: "YYA"),
      F.row("hr-56", "2001-12-01", session: 56, title: "Topic 56", issues: ["hr"], votes: "YYY"),
      F.row("hr-57", "2002-12-01", session: 57, title: "Topic 57", issues: ["hr"], votes: "YYY"),
      F.row("hr-58", "2003-12-01", session: 58, title: "Topic 58", issues: ["hr"], votes: "YYY"),
      F.row(
        "hr-59", "2004-12-01", session: 59, title: "Topic 59", issues: ["hr", "me"], votes: "YYY"),
      F.row("hr-60a", "2005-10-01", session: 60, title: "Topic 60a", issues: ["hr"], votes: "YYY"),
      F.row("hr-60b", "2005-12-20", session: 60, title: "Topic 60b", issues: ["hr"], votes: "YYY"),
      F.row(
        "new-60", "2005-12-10", session: 60, title: "A brand new topic", issues: ["hr", "co"],
        votes: "YYY"),
      F.row("lonely", "2005-12-11", session: 60, title: "Nothing like it", votes: "YYY"),
      F.row("untitled-1", "2004-01-01", session: 58, title: "", votes: "YYY"),
      F.row("untitled-2", "2005-01-01", session: 59, title: "", votes: "YYY"),
    ]
    return F.dataset(
      states: [
        F.state("AAA", .westernEuropeanAndOthers), F.state("BBB", .african),
        F.state("CCC", .asiaPacific),
      ],
      rows: rows)
  }()

  func references(
    _ id: String, options: ReferenceFinder.Options = .init()
  ) throws -> (ReferenceFinder.Match, [String]) {
    let dataset = ReferenceFinderTests.dataset
    let finder = ReferenceFinder(dataset: dataset, options: options)
    let found = finder.references(rollCall: try #require(dataset.rollCallIndex(id)))
    return (found.match, found.rollCalls.map { dataset.rollCalls[$0].id.rawValue })
  }

  /// The last three earlier sessions, most recent first; the same session's other votes
  /// (an amendment and a separate part) and later sessions are left out.
  @Test func sameTitleInEarlierSessions() throws {
    let (match, ids) = try references("nd-68")
    #expect(match == .title)
    #expect(ids == ["nd-67", "nd-66", "nd-65"])
    let (_, five) = try references("nd-68", options: .init(maximumTitleReferences: 5))
    #expect(five == ["nd-67", "nd-66", "nd-65", "nd-64", "nd-63"])
    let (_, recent) = try references(
      "nd-68", options: .init(maximumTitleReferences: 5, maximumTitleAge: 2.5))
    #expect(recent == ["nd-67", "nd-66"])
    let (_, capped) = try references("nd-68", options: .init(maximumTitleReferences: 2))
    #expect(capped == ["nd-67", "nd-66"])
  }

  /// A title cut short by the catalogue matches the full one.
  @Test func truncatedTitle() throws {
    let (match, ids) = try references("embargo-62")
    #expect(match == .title)
    #expect(ids == ["embargo-61", "embargo-60"])
  }

  @Test func similarTitle() throws {
    let (match, ids) = try references("declaration-61")
    #expect(match == .similarTitle)
    #expect(ids == ["declaration-60"])
    let (fallback, none) = try references(
      "declaration-61", options: .init(similarTitles: false))
    #expect(fallback == .none)
    #expect(none.isEmpty)
  }

  /// Tagged roll calls of the target's session and the three before it, dated before
  /// the target, most recent first.
  @Test func sharedTags() throws {
    let (match, ids) = try references("new-60")
    #expect(match == .tags)
    #expect(ids == ["hr-60a", "hr-59", "hr-58", "hr-57"])
    let (_, capped) = try references("new-60", options: .init(maximumTagReferences: 2))
    #expect(capped == ["hr-60a", "hr-59"])
    let (_, narrow) = try references("new-60", options: .init(tagSessions: 0))
    #expect(narrow == ["hr-60a"])
  }

  @Test func nothingFound() throws {
    let (match, ids) = try references("lonely")
    #expect(match == .none)
    #expect(ids.isEmpty)
    // An empty title matches no other empty title.
    let (untitled, untitledIDs) = try references("untitled-2")
    #expect(untitled == .none)
    #expect(untitledIDs.isEmpty)
  }

  /// A draft after the data: every session counts, including the part voted separately.
  @Test func draftLookup() {
    let dataset = ReferenceFinderTests.dataset
    let finder = ReferenceFinder(dataset: dataset)
    let found = finder.references(
      title: "Nuclear Disarmament", date: AnalysisFixtures.date("2020-01-01"), session: 75,
      issues: [])
    #expect(found.match == .title)
    #expect(
      found.rollCalls.map { dataset.rollCalls[$0].id.rawValue } == [
        "nd-69", "nd-68", "nd-68-part-a",
      ])
  }

  /// The first of a series has nothing before it, not even a roll call with its tag.
  @Test func firstOfASeries() throws {
    let (match, ids) = try references("nd-60")
    #expect(match == .none)
    #expect(ids.isEmpty)
    let (secondMatch, secondIDs) = try references("nd-61")
    #expect(secondMatch == .title)
    #expect(secondIDs == ["nd-60"])
  }
}
