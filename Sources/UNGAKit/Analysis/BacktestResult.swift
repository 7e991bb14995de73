/// The scores of a backtest: the model's, when it took part, and the baselines'.
///
/// Encoded as JSON, the stable core is an object `model` (absent when no
/// predictor was named `Backtest.modelName`) and an array `baselines`, each
/// with `name`, `logLoss`, `brier` and `accuracy`; the rest (per-class scores,
/// tally errors, adoption, reliability tables, counts) sits alongside.
public struct BacktestResult: Sendable, Hashable, Codable {
  /// The first regular session scored.
  public var firstSession: Int
  /// The last regular session scored.
  public var lastSession: Int
  /// The number of roll calls scored (whole-text votes in the sessions).
  public var rollCalls: Int
  /// The number of member votes scored per predictor.
  public var predictions: Int
  /// How the scored roll calls' references were found.
  public var references: ReferenceCounts
  /// The model's scores, when a predictor was named `Backtest.modelName`.
  public var model: PredictorScore?
  /// The other predictors' scores, in the order given.
  public var baselines: [PredictorScore]
  /// The options the backtest ran with.
  public var options: Backtest.Options
  /// The conditional backtest (MODEL.md §8), one entry per given backer in
  /// the order given; empty when none was given.
  public var conditional: [ConditionalScore] = []
  /// Each given backer's stance-change roll calls, backer by backer in date order.
  public var stanceChanges: [StanceChangeRollCall] = []
  /// The model's log loss by how the roll calls' references were found
  /// (`ReferenceFinder.Match` order; kinds without roll calls left out).
  public var modelByReference: [MatchScore] = []

  /// The model's score on the roll calls whose references were found one way.
  public struct MatchScore: Sendable, Hashable, Codable {
    /// `topic`, `title`, `similar-title`, `tags` or `none`.
    public var match: String
    /// Roll calls scored.
    public var rollCalls: Int
    /// Member votes scored.
    public var predictions: Int
    /// Mean log loss in nats.
    public var logLoss: Double
  }

  /// A result from its parts (`Backtest.run` builds it).
  public init(
    firstSession: Int, lastSession: Int, rollCalls: Int, predictions: Int,
    references: ReferenceCounts, model: PredictorScore?, baselines: [PredictorScore],
    options: Backtest.Options
  ) {
    self.firstSession = firstSession
    self.lastSession = lastSession
    self.rollCalls = rollCalls
    self.predictions = predictions
    self.references = references
    self.model = model
    self.baselines = baselines
    self.options = options
  }

  /// The model first (when present), then the baselines.
  public var allScores: [PredictorScore] { (model.map { [$0] } ?? []) + baselines }

  /// How many scored roll calls found references each way.
  public struct ReferenceCounts: Sendable, Hashable, Codable {
    /// Roll calls with references of a curated topic series.
    public var topic = 0
    /// Roll calls with references of the same (or a truncated) title.
    public var title = 0
    /// Roll calls with references of a similar title only.
    public var similarTitle = 0
    /// Roll calls with references sharing an issue tag only.
    public var tags = 0
    /// Roll calls without references.
    public var none = 0

    /// Counts as given.
    public init(
      topic: Int = 0, title: Int = 0, similarTitle: Int = 0, tags: Int = 0, none: Int = 0
    ) {
      self.topic = topic
      self.title = title
      self.similarTitle = similarTitle
      self.tags = tags
      self.none = none
    }

    /// Counts one more roll call matched by `match`.
    public mutating func add(_ match: ReferenceFinder.Match) {
      switch match {
      case .topic: topic += 1
      case .title: title += 1
      case .similarTitle: similarTitle += 1
      case .tags: tags += 1
      case .none: none += 1
      }
    }
  }

  /// One predictor's scores.
  public struct PredictorScore: Sendable, Hashable, Codable {
    /// The predictor's name.
    public var name: String
    /// Mean log loss in nats (probabilities floored at `ForecastScore.probabilityFloor`).
    public var logLoss: Double
    /// Mean multiclass Brier score, 0 to 2.
    public var brier: Double
    /// Share of votes whose most probable outcome was cast.
    public var accuracy: Double
    /// Mean of the defined per-class F1 scores.
    public var macroF1: Double?
    /// The number of member votes scored.
    public var predictions: Int
    /// Per outcome: counts, precision, recall and F1, in `Vote` raw-value order.
    public var classes: [ClassScore]
    /// Tally errors and adoption.
    public var tally: TallySummary
    /// Per outcome: the reliability table.
    public var reliability: [ReliabilityTable]

    /// Summarises the accumulated scores; `nil` when `forecast` holds no forecast.
    public init?(name: String, forecast: ForecastScore, tally: TallyScore) {
      guard let logLoss = forecast.logLoss, let brier = forecast.brier,
        let accuracy = forecast.accuracy
      else { return nil }
      self.name = name
      self.logLoss = logLoss
      self.brier = brier
      self.accuracy = accuracy
      self.macroF1 = forecast.macroF1
      self.predictions = forecast.count
      self.classes = Vote.allCases.map { vote in
        ClassScore(
          vote: vote.csvName, observed: forecast.observedCount(vote),
          predicted: forecast.predictedCount(vote), precision: forecast.precision(vote),
          recall: forecast.recall(vote), f1: forecast.f1(vote))
      }
      self.tally = TallySummary(tally)
      self.reliability = Vote.allCases.map {
        ReliabilityTable(vote: $0.csvName, bins: forecast.reliability($0))
      }
    }

    /// The scores of one outcome.
    public func score(_ vote: Vote) -> ClassScore? {
      classes.first { $0.vote == vote.csvName }
    }
  }

  /// Scores of one outcome.
  public struct ClassScore: Sendable, Hashable, Codable {
    /// The outcome, as in the native CSV format (`yes`, `abstain`, `no`, `non-voting`).
    public var vote: String
    /// How many votes cast were this outcome.
    public var observed: Int
    /// How many forecasts made it the most probable outcome.
    public var predicted: Int
    /// Of the forecasts favouring this outcome, the share where it was cast; `nil` if none.
    public var precision: Double?
    /// Of the votes cast for this outcome, the share where it was favoured; `nil` if none.
    public var recall: Double?
    /// `2·TP / (2·TP + FP + FN)`; `nil` when the outcome was neither cast nor favoured.
    public var f1: Double?
  }

  /// Tally errors (mean absolute error of the expected count, per roll call) and adoption.
  public struct TallySummary: Sendable, Hashable, Codable {
    /// The number of roll calls scored.
    public var rollCalls: Int
    /// Mean over roll calls of |expected − actual| yes count (votes).
    public var meanAbsoluteErrorYes: Double
    /// Mean over roll calls of |expected − actual| abstentions.
    public var meanAbsoluteErrorAbstain: Double
    /// Mean over roll calls of |expected − actual| no count.
    public var meanAbsoluteErrorNo: Double
    /// Mean over roll calls of |expected − actual| non-voting members.
    public var meanAbsoluteErrorNonVoting: Double
    /// Share of roll calls whose adoption was predicted right (adopted iff P(adopted) ≥ 0.5).
    public var adoptionAccuracy: Double
    /// Mean squared error of P(adopted).
    public var adoptionBrier: Double
    /// Roll calls adopted.
    public var adopted: Int
    /// Roll calls predicted adopted.
    public var predictedAdopted: Int

    /// Summarises `score`; all zero when it holds no roll call.
    public init(_ score: TallyScore) {
      rollCalls = score.rollCalls
      meanAbsoluteErrorYes = score.meanAbsoluteError(.yes) ?? 0
      meanAbsoluteErrorAbstain = score.meanAbsoluteError(.abstain) ?? 0
      meanAbsoluteErrorNo = score.meanAbsoluteError(.no) ?? 0
      meanAbsoluteErrorNonVoting = score.meanAbsoluteError(.nonVoting) ?? 0
      adoptionAccuracy = score.adoptionAccuracy ?? 0
      adoptionBrier = score.adoptionBrier ?? 0
      adopted = score.adoptedCount
      predictedAdopted = score.predictedAdoptedCount
    }
  }

  /// The reliability table of one outcome.
  public struct ReliabilityTable: Sendable, Hashable, Codable {
    /// The outcome, as in the native CSV format.
    public var vote: String
    /// Equal-width probability bins, lowest first.
    public var bins: [ForecastScore.ReliabilityBin]
  }
}
