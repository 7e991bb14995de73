/// The conditional backtest of one backer (MODEL.md §8): the model told the
/// backer's recorded vote on every held-out roll call against the same model
/// not told, scored on every other member's vote.
public struct ConditionalScore: Sendable, Hashable, Codable {
  /// Log loss (nats per member vote) and Brier score (0 to 2) of a forecast.
  public struct Pair: Sendable, Hashable, Codable {
    public var logLoss: Double
    public var brier: Double

    /// The mean scores of `score`, 0 when it is empty.
    public init(_ score: ForecastScore) {
      logLoss = score.logLoss ?? 0
      brier = score.brier ?? 0
    }
  }

  /// Told and not told, on the same votes.
  public struct Comparison: Sendable, Hashable, Codable {
    public var told: Pair
    public var notTold: Pair
  }

  /// The backer (alpha-3 code).
  public var given: String
  /// Roll calls scored (the backer a member, the model with references).
  public var rollCalls: Int
  /// Roll calls where the backer voted otherwise than its baseline's most
  /// likely vote (yes, abstain or no).
  public var stanceChangeRollCalls: Int
  /// Whether the model carries an influence for the backer; without one,
  /// told and not told are the same.
  public var influential: Bool
  /// Member votes scored overall.
  public var votes: Int
  public var told: Pair
  public var notTold: Pair
  /// The same on the stance-change roll calls.
  public var stanceChange: Comparison

  /// Values as given.
  public init(
    given: String, rollCalls: Int, stanceChangeRollCalls: Int, influential: Bool, votes: Int,
    told: Pair, notTold: Pair, stanceChange: Comparison
  ) {
    self.given = given
    self.rollCalls = rollCalls
    self.stanceChangeRollCalls = stanceChangeRollCalls
    self.influential = influential
    self.votes = votes
    self.told = told
    self.notTold = notTold
    self.stanceChange = stanceChange
  }

  /// `told / notTold − 1` of the log loss overall (negative: telling helps).
  public var change: Double { notTold.logLoss > 0 ? told.logLoss / notTold.logLoss - 1 : 0 }

  /// The same on the stance-change roll calls.
  public var stanceChangeChange: Double {
    stanceChange.notTold.logLoss > 0
      ? stanceChange.told.logLoss / stanceChange.notTold.logLoss - 1 : 0
  }
}

/// One roll call on which a given backer voted otherwise than its baseline's most likely vote,
/// and what telling the model that vote did there.
public struct StanceChangeRollCall: Sendable, Hashable, Codable {
  /// The backer (alpha-3 code).
  public var given: String
  /// The roll call's id, date (ISO 8601), regular session and title.
  public var rollCall: String
  public var date: String
  public var session: Int
  public var title: String
  /// The backer's vote and its baseline's most likely vote (`yes`, `abstain`, `no`).
  public var vote: String
  public var expected: String
  /// How the roll call's references were found (`ReferenceFinder.Match`).
  public var references: String
  /// Other members' votes scored.
  public var votes: Int
  /// Told minus not told, the log loss summed over those votes, in nats (negative: telling
  /// the model the backer's vote helped).
  public var change: Double
}
