import Foundation

/// The vote model's parameters as calibration wrote them
/// (`datasets/model-parameters.json`), with where they came from and how well
/// they predict.
///
/// `unga calibrate` writes it (`Calibrator.run`); `unga simulate` and
/// `unga backtest` read it by default (`load(path:)`, `shippedPath()`). The
/// JSON has sorted keys and no time stamps: the same data and options give
/// the same bytes.
public struct CalibratedParameters: Sendable, Hashable, Codable {
  /// The file's name in the datasets folder.
  public static let fileName = "model-parameters.json"

  /// The calibrated parameters, ready for `SimulationOptions.parameters`.
  public var parameters: ModelParameters
  /// The probability that a present recorded sponsor votes yes whatever its
  /// baseline (`ModelPredictor.sponsorCompliance`).
  public var sponsorCompliance: Double
  /// The command that made the file.
  public var command: String
  /// The data read.
  public var data: DataDescription
  /// The roll calls fitted and the fit.
  public var fit: Fit
  /// The roll calls held out of the fit and the scores on them.
  public var heldOut: HeldOut
  /// How the backers' influence was measured, in words (the weights' provenance).
  public var influence: String
  /// The correlations behind ρ_g and ρ_b.
  public var correlation: Correlation
  /// Caveats a reader of the figures should know, in words.
  public var notes: [String]
  /// Bootstrap replicates of the parameters (same schema as `parameters`):
  /// each re-estimates, on the fitted roll calls resampled with replacement,
  /// the baseline (both sets, by a short search near the estimates, and the
  /// absence model), the backers' weights and strengths and the correlations.
  /// The sponsors' compliance and which backers are active stay as fitted.
  /// Empty when none were drawn.
  public var replicates: [ModelParameters]

  /// The data a calibration read.
  public struct DataDescription: Sendable, Hashable, Codable {
    /// Files read: the last two components of the path (`history/votes.csv`),
    /// rows and SHA-256 digest, so the file says which data it came from
    /// without naming a machine's folders.
    public var files: [File]
    /// Roll calls in the dataset.
    public var rollCalls: Int
    /// Recorded votes read.
    public var votes: Int
    /// Sponsorships in the dataset.
    public var sponsorships: Int

    /// One file read.
    public struct File: Sendable, Hashable, Codable {
      /// The last two components of its path (`history/votes.csv`).
      public var file: String
      /// Data rows.
      public var rows: Int
      /// SHA-256 of its bytes, 64 lowercase hexadecimal digits.
      public var sha256: String
      /// A file as given.
      public init(file: String, rows: Int, sha256: String) {
        self.file = file
        self.rows = rows
        self.sha256 = sha256
      }
    }

    /// A description as given.
    public init(files: [File], rollCalls: Int, votes: Int, sponsorships: Int) {
      self.files = files
      self.rollCalls = rollCalls
      self.votes = votes
      self.sponsorships = sponsorships
    }
  }

  /// A range of sessions and the roll calls in it that were scored.
  public struct Span: Sendable, Hashable, Codable {
    /// The first regular session.
    public var firstSession: Int
    /// The last regular session.
    public var lastSession: Int
    /// Whole-text roll calls with members.
    public var rollCalls: Int
    /// Member votes on them.
    public var votes: Int
    /// The first scored roll call's date.
    public var firstDate: CalendarDate?
    /// The last scored roll call's date.
    public var lastDate: CalendarDate?
  }

  /// A predictor's main scores (mean per member vote).
  public struct Score: Sendable, Hashable, Codable {
    /// The predictor's name (`model`, `previous-vote`).
    public var name: String
    /// Nats.
    public var logLoss: Double
    /// 0 to 2.
    public var brier: Double
    /// 0 to 1.
    public var accuracy: Double

    /// The main scores of a backtest's predictor.
    public init(_ score: BacktestResult.PredictorScore) {
      name = score.name
      logLoss = score.logLoss
      brier = score.brier
      accuracy = score.accuracy
    }
  }

  /// The fit.
  public struct Fit: Sendable, Hashable, Codable {
    /// The fitted sessions and roll calls.
    public var span: Span
    /// Mean log loss of the calibrated baseline on the fitted votes (nats).
    public var logLoss: Double
    /// The same with `ModelParameters.defaults`' baseline.
    public var defaultParametersLogLoss: Double
    /// How the parameters were searched, in words.
    public var method: String
    /// Objective evaluations of the search.
    public var evaluations: Int
    /// Cycles of the search, over all weight rules.
    public var cycles: Int
    /// The search box: per parameter, `[lower, upper]`.
    public var ranges: [String: [Double]]
  }

  /// Scores on sessions the fit did not see.
  public struct HeldOut: Sendable, Hashable, Codable {
    /// The held-out sessions and roll calls.
    public var span: Span
    /// The calibrated model.
    public var model: Score
    /// The model with `ModelParameters.defaults`.
    public var defaultParameters: Score
    /// The backtest's baselines.
    public var baselines: [Score]
    /// Whether the calibrated model's log loss is below every baseline's.
    public var modelBeatsEveryBaseline: Bool
    /// The conditional backtest of the candidate backers (MODEL.md §8).
    public var conditional: [ConditionalScore]
  }

  /// The correlation estimate and its check on the held-out roll calls.
  public struct Correlation: Sendable, Hashable, Codable {
    /// The estimate on the fitted roll calls.
    public var estimate: CorrelationEstimate
    /// How it was made, in words.
    public var method: String
    /// On the held-out roll calls: observed squared error of the yes and no
    /// counts over the variance the model gives them with independent votes.
    public var heldOutIndependentRatio: Double
    /// The same over the variance with the calibrated correlations (1 is ideal).
    public var heldOutCalibratedRatio: Double
    /// The model's spread of the yes and no counts over the observed spread
    /// on the held-out roll calls (root of the variances' ratio; 1 is ideal).
    public var heldOutSpreadRatio: Double
  }

  /// The parameters with everything else as given.
  public init(
    parameters: ModelParameters, sponsorCompliance: Double, command: String,
    data: DataDescription, fit: Fit, heldOut: HeldOut, influence: String,
    correlation: Correlation, notes: [String], replicates: [ModelParameters] = []
  ) {
    self.parameters = parameters
    self.sponsorCompliance = sponsorCompliance
    self.command = command
    self.data = data
    self.fit = fit
    self.heldOut = heldOut
    self.influence = influence
    self.correlation = correlation
    self.notes = notes
    self.replicates = replicates
  }

  /// For a replay of a vote of regular session `session`: a sentence saying that the
  /// parameters were fitted on sessions that include it (so the replay is not wholly out of
  /// sample); nil when the fitted sessions do not include it (held-out sessions are scored,
  /// not fitted).
  public func sessionNote(session: Int) -> String? {
    let span = fit.span
    if (span.firstSession...span.lastSession).contains(session) {
      return "The model's parameters were fitted on sessions"
        + " \(span.firstSession)\u{2013}\(span.lastSession), which include this vote's"
        + " session \(session): its references, alignment window and members come from earlier"
        + " data, but the few global parameters (weights, correlations, influences) were not"
        + " calibrated without it."
    }
    return nil
  }

  /// The file's text: pretty-printed JSON with sorted keys, ending in a newline.
  /// - Throws: `EncodingError` for a value JSON cannot hold (a non-finite number).
  public func json() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
  }

  /// Reads a file written by `json()`.
  /// - Throws: `CalibrationError.cannotRead` when the file cannot be read,
  ///   `.invalidFile` when it is not such a file or its parameters are out of range.
  public static func load(path: String) throws(CalibrationError) -> CalibratedParameters {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .cannotRead(path: path, reason: "\(error.localizedDescription)")
    }
    return try decode(data, path: path)
  }

  private enum CodingKeys: String, CodingKey {
    case parameters, sponsorCompliance, command, data, fit, heldOut, influence, correlation
    case notes, replicates
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    parameters = try container.decode(ModelParameters.self, forKey: .parameters)
    sponsorCompliance = try container.decode(Double.self, forKey: .sponsorCompliance)
    command = try container.decode(String.self, forKey: .command)
    data = try container.decode(DataDescription.self, forKey: .data)
    fit = try container.decode(Fit.self, forKey: .fit)
    heldOut = try container.decode(HeldOut.self, forKey: .heldOut)
    influence = try container.decodeIfPresent(String.self, forKey: .influence) ?? ""
    correlation = try container.decode(Correlation.self, forKey: .correlation)
    notes = try container.decode([String].self, forKey: .notes)
    replicates =
      try container.decodeIfPresent([ModelParameters].self, forKey: .replicates) ?? []
  }

  /// Reads the text of a file written by `json()`; `path` names it in errors.
  /// - Throws: `CalibrationError.invalidFile`.
  public static func decode(_ data: Data, path: String) throws(CalibrationError)
    -> CalibratedParameters
  {
    let file: CalibratedParameters
    do {
      file = try JSONDecoder().decode(CalibratedParameters.self, from: data)
    } catch let error as DecodingError {
      throw .invalidFile(path: path, reason: CalibrationError.describe(error))
    } catch {
      throw .invalidFile(path: path, reason: "\(error)")
    }
    do {
      try file.parameters.validate()
    } catch {
      throw .invalidFile(path: path, reason: error.description)
    }
    guard (0...1).contains(file.sponsorCompliance) else {
      throw .invalidFile(
        path: path,
        reason: "sponsorCompliance \(file.sponsorCompliance); expected a number in [0, 1]")
    }
    return file
  }

  /// The shipped file, `model-parameters.json` in the shipped datasets folder
  /// (`ShippedDatasets.directory`), or `nil` when there is none.
  public static func shippedPath(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    guard let directory = try? ShippedDatasets.directory(environment: environment) else {
      return nil
    }
    let path = (directory as NSString).appendingPathComponent(fileName)
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }
}
