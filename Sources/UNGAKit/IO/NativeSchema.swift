/// Column names of the native dataset format (see `datasets/README.md`).
///
/// A dataset is a folder of up to four CSV files; a single file's table is
/// recognised by its header. Column order is free.
public enum NativeSchema {
  /// `member-states.csv`: one row per state, current and historical.
  public enum MemberStates {
    public static let fileName = "member-states.csv"
    public static let required = ["code", "name", "group", "admitted"]
    public static let optional = ["alpha2", "departed"]
  }

  /// `resolutions.csv`: roll calls (`status` voted), drafts (`status` draft)
  /// and resolutions adopted without a vote (`status` adopted).
  public enum Resolutions {
    public static let fileName = "resolutions.csv"
    public static let required = ["id", "date", "session", "title"]
    public static let optional = [
      "status", "resolution", "draft", "issues", "majority", "amendment", "paragraph",
      "important", "yes", "no", "abstain", "non_voting", "report", "subjects",
    ]
  }

  /// `votes.csv`: one row per roll call and state; absent members may be omitted.
  public enum Votes {
    public static let fileName = "votes.csv"
    public static let required = ["id", "state", "vote"]
    public static let optional: [String] = []
  }

  /// `sponsors.csv`: one row per document and sponsoring state.
  public enum Sponsors {
    public static let fileName = "sponsors.csv"
    public static let required = ["document", "state", "role"]
    public static let optional = ["joined"]
  }
}
