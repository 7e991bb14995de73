/// The parameters of the baseline (MODEL.md §1), all fitted by `unga calibrate`.
///
/// Among present votes, state `i`'s probability of category `c` (yes,
/// abstain, no) is
///
///     p_ic ∝ ( Σ_r w_r·[vote_ir = c] + β_g·π_gc + β_s·σ_ic + ε )^γ,
///     w_r = 2^(−age_r / h)
///
/// and its probability of not voting is a logistic function of its recent
/// and reference absences (`absence`). See `BaselineEvidence` for the terms.
public struct BaselineParameters: Sendable, Hashable, Codable {
  /// `h`, the half-life of reference weights, in years; > 0.
  public var halfLife: Double
  /// `β_g`, the weight of the regional group's share on the references, in
  /// weighted roll calls; ≥ 0.
  public var groupWeight: Double
  /// `β_s`, the weight of the state's own share over the last `recentYears`; ≥ 0.
  public var ownWeight: Double
  /// `ε`, a floor added to every category, in weighted roll calls; > 0.
  public var floor: Double
  /// `γ`, the exponent that sharpens (> 1) or flattens (< 1) the shares; > 0.
  public var exponent: Double
  /// Logistic coefficients of non-voting: intercept, then the logits of the
  /// state's absence rate over the last `recentYears`, of its
  /// recency-weighted absence rate on the references, of its absence rate
  /// over the last `quarterYears`, and of all members' weighted absence rate
  /// on the references (`BaselineEvidence`). Three to five values; missing
  /// trailing ones are 0.
  public var absence: [Double]

  /// The span of the "recent behaviour" terms, in years (MODEL.md §1: 2).
  public static let recentYears = 2.0

  /// The span of the short-term absence term, in years (a quarter).
  public static let quarterYears = 0.25

  /// Values as given.
  public init(
    halfLife: Double, groupWeight: Double, ownWeight: Double, floor: Double, exponent: Double,
    absence: [Double]
  ) {
    self.halfLife = halfLife
    self.groupWeight = groupWeight
    self.ownWeight = ownWeight
    self.floor = floor
    self.exponent = exponent
    self.absence = absence
  }

  /// The values MODEL.md §9 reports from a measurement outside the project,
  /// for runs without a calibration file (`--defaults`); the absence model
  /// is the plain recent rate (coefficients 0, 1, 0).
  public static let design = BaselineParameters(
    halfLife: 1, groupWeight: 0.05, ownWeight: 0.03, floor: 0.001 / 3, exponent: 0.93,
    absence: [0, 1, 0])

  /// Whether every value is in range; the first problem otherwise.
  public var problem: (name: String, value: Double, expected: String)? {
    if !(halfLife > 0 && halfLife.isFinite) { return ("half-life", halfLife, "a positive number") }
    if !(groupWeight >= 0 && groupWeight.isFinite) {
      return ("group weight", groupWeight, "a number ≥ 0")
    }
    if !(ownWeight >= 0 && ownWeight.isFinite) { return ("own weight", ownWeight, "a number ≥ 0") }
    if !(floor > 0 && floor.isFinite) { return ("floor", floor, "a positive number") }
    if !(exponent > 0 && exponent.isFinite) { return ("exponent", exponent, "a positive number") }
    if !(3...5).contains(absence.count) || !absence.allSatisfy(\.isFinite) {
      return ("absence coefficients", Double(absence.count), "3 to 5 finite numbers")
    }
    return nil
  }
}
