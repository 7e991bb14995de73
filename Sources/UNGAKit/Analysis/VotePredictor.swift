/// Something that forecasts every member's vote on a roll call from earlier roll calls.
///
/// `Backtest` calls `predict` once per target roll call, from several threads
/// at once, so a predictor must be a value that only reads its state; any
/// costly preparation over the whole dataset belongs in its initialiser. A
/// predictor must use only what `PredictionContext` offers as the past: roll
/// calls dated before the target (`context.earlier`), its references, and the
/// history counts over those.
///
/// To add a predictor, conform a type to this protocol and pass it to
/// `Backtest.run(dataset:sessions:predictors:options:)` with the baselines; the
/// one named `Backtest.modelName` ("model") is reported as the model.
public protocol VotePredictor: Sendable {
  /// A short, stable name for reports (`previous-vote`, `model`); unique within a backtest.
  var name: String { get }

  /// Each state's probabilities of yes, abstain, no and non-voting on the target.
  ///
  /// - Returns: `context.dataset.states.count` vectors, by interned state index, in
  ///   `Vote` raw-value order; each member's must be finite, non-negative and sum to 1
  ///   (non-members' entries are ignored).
  /// - Throws: whatever stops the predictor from forecasting; the backtest fails with it.
  func predict(_ context: PredictionContext) throws -> [SIMD4<Double>]
}
