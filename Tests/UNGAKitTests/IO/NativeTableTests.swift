import Testing
import UNGAKit

@Suite struct NativeTableTests {
  @Test(arguments: [
    (["code", "name", "group", "admitted"], NativeTable.memberStates),
    (["departed", "admitted", "group", "name", "code", "alpha2"], .memberStates),
    (["id", "date", "session", "title"], .resolutions),
    (
      ["id", "status", "date", "session", "title", "yes", "no", "abstain", "non_voting"],
      .resolutions
    ),
    (["id", "state", "vote"], .votes),
    (["vote", " state ", "id", "comment"], .votes),
    (["document", "state", "role"], .sponsors),
    (["document", "state", "role", "joined"], .sponsors),
  ])
  func recognisesATableByItsHeader(header: [String], table: NativeTable) throws {
    #expect(try NativeTable.recognize(header: header, file: "my.csv") == table)
  }

  @Test func unrecognisedHeaderListsWhatEachTableNeeds() {
    #expect(
      throws: DataIssue(
        .error, file: "my.csv", line: 1,
        message: "cannot tell which table this file holds from its header; expected the "
          + "columns of one table: member-states needs code, name, group, admitted; "
          + "resolutions needs id, date, session, title; votes needs id, state, vote; "
          + "sponsors needs document, state, role")
    ) {
      try NativeTable.recognize(header: ["rcid", "country", "vote"], file: "my.csv")
    }
  }

  @Test func ambiguousHeaderNamesTheCandidates() throws {
    do {
      _ = try NativeTable.recognize(
        header: ["id", "state", "vote", "date", "session", "title"], file: "both.csv")
      Issue.record("expected an error")
    } catch {
      #expect(error.file == "both.csv")
      #expect(error.line == 1)
      #expect(
        error.message.hasPrefix("the header fits more than one table (resolutions and votes)"))
    }
  }

  @Test func fileNamesAndColumnsComeFromTheSchema() {
    #expect(
      NativeTable.allCases.map(\.fileName) == [
        "member-states.csv", "resolutions.csv", "votes.csv", "sponsors.csv",
      ])
    #expect(NativeTable.votes.requiredColumns == NativeSchema.Votes.required)
    #expect(NativeTable.sponsors.optionalColumns == ["joined"])
  }
}
