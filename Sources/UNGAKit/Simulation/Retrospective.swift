/// A recorded vote replayed: the votes the members cast beside what the model, built only from
/// data dated before the vote, predicted for the draft as recorded (its recorded sponsors
/// co-sponsoring).
///
/// Scores are over the members that voted (yes, abstain or no): the most likely of the three
/// votes the model gives a member, given that it votes, is a hit when it is the vote cast (ties
/// go to yes, then abstain); the log loss is the mean of `−ln P(vote cast | votes)` in nats,
/// `P(v | votes) = p_v / (p_yes + p_abstain + p_no)`, floored at `ForecastScore.probabilityFloor`.
/// Members that did not vote are counted and listed, not scored: whether a state attends says
/// little about its position, and the model's non-voting share is a separate figure in the
/// tally. A uniform guess among the three votes scores `ln 3 ≈ 1.10` nats.
///
/// The same scores are given over the voters other than the recorded sponsors, whose yes the
/// scenario takes as given. Only the draft as recorded is scored: the other scenarios are
/// counterfactual.
public struct Retrospective: Sendable, Hashable, Codable {
  /// Hits, misses and log loss over a set of members that voted.
  public struct Score: Sendable, Hashable, Codable {
    /// Members that voted yes, abstain or no.
    public var voters: Int
    /// Voters whose most likely vote was the one cast.
    public var hits: Int
    /// `voters − hits`.
    public var misses: Int
    /// Mean `−ln P(vote cast | votes)`, in nats; nil when there is no voter.
    public var logLoss: Double?

    /// The hits, misses and log loss of `score`'s forecasts.
    public init(_ score: ForecastScore) {
      voters = score.count
      hits = score.correctCount
      misses = score.count - score.correctCount
      logLoss = score.logLoss
    }
  }

  /// One member's recorded vote beside the prediction.
  public struct Member: Sendable, Hashable, Codable {
    public var state: MemberState.Code
    public var name: String
    /// The vote it cast (`nonVoting` when it did not vote).
    public var recorded: Vote
    /// The most likely of yes, abstain and no in the prediction.
    public var mostLikely: Vote
    /// Whether it is a recorded sponsor of the text.
    public var isSponsor: Bool
    /// `P(recorded | votes)`, 0 to 1; nil when it did not vote.
    public var probability: Double?

    /// Whether the most likely vote was the one cast; nil when it did not vote.
    public var isHit: Bool? { recorded == .nonVoting ? nil : recorded == mostLikely }

    private enum CodingKeys: String, CodingKey {
      case state, name, recorded, mostLikely, isSponsor, probability
    }

    /// A member as given.
    public init(
      state: MemberState.Code, name: String, recorded: Vote, mostLikely: Vote, isSponsor: Bool,
      probability: Double?
    ) {
      self.state = state
      self.name = name
      self.recorded = recorded
      self.mostLikely = mostLikely
      self.isSponsor = isSponsor
      self.probability = probability
    }

    /// Votes are written as the native words (`yes`, `abstain`, `no`, `non-voting`).
    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      state = try container.decode(MemberState.Code.self, forKey: .state)
      name = try container.decode(String.self, forKey: .name)
      recorded = try Self.vote(container, .recorded)
      mostLikely = try Self.vote(container, .mostLikely)
      isSponsor = try container.decode(Bool.self, forKey: .isSponsor)
      probability = try container.decodeIfPresent(Double.self, forKey: .probability)
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(state, forKey: .state)
      try container.encode(name, forKey: .name)
      try container.encode(recorded.csvName, forKey: .recorded)
      try container.encode(mostLikely.csvName, forKey: .mostLikely)
      try container.encode(isSponsor, forKey: .isSponsor)
      try container.encodeIfPresent(probability, forKey: .probability)
    }

    private static func vote(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys)
      throws -> Vote
    {
      let text = try container.decode(String.self, forKey: key)
      guard let vote = Vote(text: text) else {
        throw DecodingError.dataCorruptedError(
          forKey: key, in: container,
          debugDescription: "expected yes, abstain, no or non-voting, found '\(text)'")
      }
      return vote
    }
  }

  /// The scenario scored (the draft as recorded).
  public var scenario: String
  /// The roll call's votes, counted over the members on its date.
  public var recorded: Tally
  /// Whether the recorded votes adopt the text under the rule applied.
  public var adopted: Bool
  /// The scores over every member that voted.
  public var voters: Score
  /// The scores over the members that voted and are not recorded sponsors.
  public var nonSponsors: Score
  /// Every member of the model, in code order.
  public var members: [Member]
  /// What a reader should know about how far the replay is out of sample (such as parameters
  /// calibrated on sessions that include the vote's); empty when nothing.
  public var notes: [String] = []

  /// The recorded votes of roll call `rollCall` in `dataset` against `scenario`'s per-member
  /// probabilities; nil when no member voted (a roll call whose votes the data lacks).
  /// - Parameters:
  ///   - sponsors: the recorded sponsors' codes.
  ///   - rule: the rule applied to the recorded yes and no votes.
  /// - Complexity: O(members).
  public init?(
    dataset: Dataset, rollCall: Int, scenario: ScenarioResult, sponsors: [MemberState.Code],
    rule: MajorityRule
  ) {
    let sponsorSet = Set(sponsors)
    var tally = Tally()
    var all = ForecastScore()
    var others = ForecastScore()
    var members: [Member] = []
    for state in scenario.states {
      let vote =
        dataset.stateIndex(state.state).flatMap { dataset.vote(rollCall: rollCall, state: $0) }
        ?? .nonVoting
      tally[vote] += 1
      let present = state.pYes + state.pAbstain + state.pNo
      let given =
        present > 0
        ? SIMD4(state.pYes / present, state.pAbstain / present, state.pNo / present, 0)
        : SIMD4(1.0 / 3, 1.0 / 3, 1.0 / 3, 0)
      var mostLikely = Vote.yes
      for vote in [Vote.abstain, .no]
      where given[Int(vote.rawValue)] > given[Int(mostLikely.rawValue)] {
        mostLikely = vote
      }
      let isSponsor = sponsorSet.contains(state.state)
      if vote != .nonVoting {
        all.add(given, observed: vote)
        if !isSponsor { others.add(given, observed: vote) }
      }
      members.append(
        Member(
          state: state.state, name: state.name, recorded: vote, mostLikely: mostLikely,
          isSponsor: isSponsor,
          probability: vote == .nonVoting ? nil : given[Int(vote.rawValue)]))
    }
    guard all.count > 0 else { return nil }
    self.scenario = scenario.name
    self.recorded = tally
    self.adopted = rule.adopts(yes: tally.yes, no: tally.no)
    self.voters = Score(all)
    self.nonSponsors = Score(others)
    self.members = members
  }

  /// The voters whose most likely vote was not the one cast, in code order.
  public var misses: [Member] { members.filter { $0.isHit == false } }
}
