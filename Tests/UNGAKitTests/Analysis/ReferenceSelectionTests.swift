import Testing
import UNGAKit

@Suite struct ReferenceSelectionTests {
  static let dataset = TestAssembly.dataset(
    states: [TestAssembly.state("AAA", .african), TestAssembly.state("BBB", .african)],
    calls: [
      TestAssembly.call("r1", "2020-01-01", session: 74, tags: ["t"], votes: "YN"),
      TestAssembly.call("r2", "2020-02-01", session: 74, tags: ["u"], votes: "YN"),
      TestAssembly.call("r3", "2020-03-01", session: 74, tags: ["t"], votes: "YN", amendment: true),
      TestAssembly.call("r4", "2025-03-01", session: 79, tags: ["t"], votes: "YN"),
    ],
    drafts: [TestAssembly.draft("D/1", "2024-01-01", tags: ["t"])])

  @Test func tagsChooseEarlierWholeTextVotes() throws {
    let target = try VoteTarget(dataset: Self.dataset, key: "D/1")
    #expect(target.kind == .draft)
    #expect(try ReferenceSelection.targetTags.rollCalls(in: Self.dataset, for: target) == [0])
    #expect(
      try ReferenceSelection.tags(["t", "u"]).rollCalls(in: Self.dataset, for: target) == [0, 1])
  }

  @Test func explicitKeysAcceptIdsAndSymbols() throws {
    let target = try VoteTarget(dataset: Self.dataset, key: "D/1")
    let chosen = try ReferenceSelection.explicit(["A/RES/r2", "r1"]).rollCalls(
      in: Self.dataset, for: target)
    #expect(chosen == [0, 1])
    #expect(throws: AnalysisError.unknownRollCall("nope")) {
      try ReferenceSelection.explicit(["nope"]).rollCalls(in: Self.dataset, for: target)
    }
  }

  @Test func aDraftOrALaterVoteIsNoReference() throws {
    let target = try VoteTarget(dataset: Self.dataset, key: "D/1")
    #expect(
      throws: AnalysisError.invalidReference(
        key: "D/1", reason: "it is a draft that was not voted on; expected a recorded vote")
    ) { try ReferenceSelection.explicit(["r1", "D/1"]).rollCalls(in: Self.dataset, for: target) }
    #expect(
      throws: AnalysisError.referenceNotBeforeTarget(
        reference: "r4", date: try .test("2025-03-01"), target: "D/1",
        targetDate: try .test("2024-01-01"))
    ) { try ReferenceSelection.explicit(["r4"]).rollCalls(in: Self.dataset, for: target) }
  }

  @Test func aRollCallCanBeTheTargetButNotItsOwnReference() throws {
    let target = try VoteTarget(dataset: Self.dataset, key: "r4")
    #expect(target.kind == .rollCall)
    #expect(try ReferenceSelection.targetTags.rollCalls(in: Self.dataset, for: target) == [0])
    #expect(
      throws: AnalysisError.invalidReference(
        key: "r4", reason: "it is the target itself; a target cannot be its own reference")
    ) { try ReferenceSelection.explicit(["r4"]).rollCalls(in: Self.dataset, for: target) }
    #expect(throws: AnalysisError.unknownDocument("X/1")) {
      try VoteTarget(dataset: Self.dataset, key: "X/1")
    }
  }

  @Test func untaggedTargetsNeedExplicitReferences() throws {
    var target = try VoteTarget(dataset: Self.dataset, key: "D/1")
    target.issues = []
    #expect(throws: AnalysisError.self) {
      try ReferenceSelection.targetTags.rollCalls(in: Self.dataset, for: target)
    }
  }
}
