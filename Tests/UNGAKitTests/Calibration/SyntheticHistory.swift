import Foundation

@testable import UNGAKit

/// A voting history generated from the vote model itself, for checking that
/// calibration recovers the parameters that generated it.
///
/// States sit on a policy line around their group's centre. Each of `titles`
/// recurring resolutions is voted once per session. In the first
/// `seedSessions` sessions votes follow the states' positions; afterwards each
/// roll call's votes are drawn from the model's own forecast (`ModelPredictor`
/// with `truth`, from the data before the roll call): first the backers'
/// votes from their own forecasts, then every other state's from the forecast
/// told those votes, through the latent factor model with the truth's
/// correlations.
/// Every roll call has a sponsor list: the resolution's owner, and one to
/// three other states drawn afresh each session, whose change of stance is
/// what moves their followers.
enum SyntheticHistory {
  static func dataset(
    states stateCount: Int = 40, titles: Int = 8, sessions: ClosedRange<Int> = 50...71,
    seedSessions: Int = 4, truth: ModelParameters, compliance: Double, seed: UInt64
  ) throws -> Dataset {
    var rng = Xoshiro256StarStar(seed: seed)
    let groups = RegionalGroup.allCases
    let centres = [-0.8, -0.2, 0.5, 0.0, 1.0]
    let founded = CalendarDate(year: 1945, month: 10, day: 24)!
    var states: [MemberState] = []
    var positions: [Double] = []
    for i in 0..<stateCount {
      let code = Self.code(i)
      states.append(
        MemberState(
          code: MemberState.Code(code), alpha2: nil, name: "State \(code)",
          group: groups[i % groups.count], admitted: founded))
      positions.append(centres[i % groups.count] + 0.5 * ZigguratNormal.next(using: &rng))
    }
    let cuts = (0..<titles).map { _ in 0.6 * ZigguratNormal.next(using: &rng) }
    let polarity = (0..<titles).map { _ in rng.next() & 1 == 0 ? 1.0 : -1.0 }

    var rollCalls: [RollCall] = []
    var votes: [Dataset.Entry] = []
    var sponsorships: [Sponsorship] = []
    for session in sessions {
      let first = rollCalls.count
      for t in 0..<titles {
        let id = DocumentID("syn-\(session)-\(t)")
        rollCalls.append(
          RollCall(
            id: id, resolution: "A/RES/\(session)/\(t + 1)",
            date: CalendarDate(year: 1945 + session, month: 11, day: 1)!.adding(days: t),
            session: session, title: "Recurring resolution \(titleWord(t))"))
        var sponsors = [t % stateCount]
        for _ in 0..<(1 + Int(rng.next() % 3)) {
          sponsors.append(Int(rng.next() % UInt64(stateCount)))
        }
        for state in Set(sponsors).sorted() {
          sponsorships.append(
            Sponsorship(document: id.rawValue, state: states[state].code, role: .coSponsor))
        }
      }
      let targets = first..<rollCalls.count
      var forecasts: [[SIMD4<Double>]] = []
      if session - sessions.lowerBound < seedSessions {
        forecasts = (0..<titles).map { t in
          positions.map { x in
            let z = polarity[t] * (x - cuts[t])
            let yes = StandardNormal.cdf(z - 0.3)
            let no = StandardNormal.cdf(-z - 0.3)
            return SIMD4(0.95 * yes, 0.95 * (1 - yes - no), 0.95 * no, 0.05)
          }
        }
      } else {
        // The model's forecast from the history so far; this session's roll calls have no votes yet.
        let sofar = Dataset(
          states: states, rollCalls: rollCalls, sponsorships: sponsorships, votes: votes)
        let backtest = Backtest(dataset: sofar)
        let backers = Set(truth.activeBackers.map(\.backer))
        for target in targets {
          let index = try requireIndex(sofar, rollCalls[target].id)
          let context = backtest.context(target: index)
          guard
            let evidence = TargetEvidence(
              dataset: sofar, target: index, references: context.references,
              history: context.history)
          else { throw SyntheticHistoryError(message: "no members") }
          let baseline = evidence.baselineVectors(truth.baseline)
          func forecast(_ observed: [UInt8], told: Set<MemberState.Code>) -> [SIMD4<Double>] {
            ModelPredictor.forecasts(
              baseline: baseline, codes: evidence.codes, sponsors: evidence.sponsors,
              observed: observed, told: told, backers: truth.activeBackers,
              compliance: compliance)
          }
          let open = forecast([], told: [])
          var observed = [UInt8](repeating: Vote.nonVoting.rawValue, count: stateCount)
          for (i, code) in evidence.codes.enumerated() where backers.contains(code) {
            observed[i] =
              draw(
                [open[i]], states: [states[i]],
                parameters: .init(
                  globalCorrelation: 0, blocCorrelation: 0), using: &rng)[0].rawValue
          }
          var told = forecast(observed, told: backers)
          for (i, code) in evidence.codes.enumerated() where backers.contains(code) {
            var certain = SIMD4<Double>()
            certain[Int(observed[i])] = 1
            told[i] = certain
          }
          forecasts.append(told)
        }
      }
      for (t, target) in targets.enumerated() {
        let drawn = draw(forecasts[t], states: states, parameters: truth, using: &rng)
        for (state, vote) in drawn.enumerated() {
          votes.append(Dataset.Entry(rollCall: Int32(target), state: Int32(state), vote: vote))
        }
      }
    }
    return Dataset(states: states, rollCalls: rollCalls, sponsorships: sponsorships, votes: votes)
  }

  /// Votes drawn with the given marginals through the latent factor model (MODEL.md §4).
  static func draw(
    _ forecasts: [SIMD4<Double>], states: [MemberState], parameters: ModelParameters,
    using rng: inout Xoshiro256StarStar
  ) -> [Vote] {
    let groups = RegionalGroup.allCases
    let global = ZigguratNormal.next(using: &rng)
    let blocs = groups.map { _ in ZigguratNormal.next(using: &rng) }
    let g = parameters.globalCorrelation
    let b = parameters.blocCorrelation
    return zip(forecasts, states).map { p, state in
      let epsilon = ZigguratNormal.next(using: &rng)
      let absent = rng.nextUnit() < p[3]
      guard !absent else { return .nonVoting }
      let bloc = blocs[groups.firstIndex(of: state.group) ?? 0]
      let z = g.squareRoot() * global + b.squareRoot() * bloc + (1 - g - b).squareRoot() * epsilon
      let present = p[0] + p[1] + p[2]
      if z > StandardNormal.quantile(1 - p[0] / present) { return .yes }
      if z < StandardNormal.quantile(p[2] / present) { return .no }
      return .abstain
    }
  }

  /// The code of the i-th state: AAA, AAB, …
  static func code(_ i: Int) -> String {
    [i / 676, (i / 26) % 26, i % 26].map {
      String(Character(Unicode.Scalar(UInt8(65 + $0))))
    }.joined()
  }

  /// Distinct words, so that no two titles look alike to the reference finder.
  private static func titleWord(_ t: Int) -> String {
    ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"][
      t % 10] + (t >= 10 ? " \(t)" : "")
  }

  private static func requireIndex(_ dataset: Dataset, _ id: DocumentID) throws -> Int {
    guard let index = dataset.rollCallIndex(id.rawValue) else {
      throw SyntheticHistoryError(message: "roll call \(id) missing")
    }
    return index
  }

  struct SyntheticHistoryError: Error {
    var message: String
  }
}
