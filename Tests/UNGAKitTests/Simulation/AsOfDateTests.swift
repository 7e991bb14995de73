import Foundation
import Testing
import UNGAKit

/// Every model input for a text dated D comes from roll calls dated before D:
/// the shipped data runs past 24 February 2025, and what it holds from that
/// day on must not change the simulation of A/ES-11/L.10.
@Suite struct AsOfDateTests {
  static let draft = "A/ES-11/L.10"

  /// `dataset` without the roll calls and other texts dated on or after `date`
  /// (the draft `keep` stays).
  static func cut(_ dataset: Dataset, before date: CalendarDate, keeping keep: String) -> Dataset {
    let kept = dataset.rollCalls.indices.filter { dataset.rollCalls[$0].date < date }
    var entries: [Dataset.Entry] = []
    let stateCount = dataset.states.count
    for (position, index) in kept.enumerated() {
      for state in 0..<stateCount {
        let cell = dataset.voteMatrix[index * stateCount + state]
        guard let vote = Vote(rawValue: cell), vote != .nonVoting else { continue }
        entries.append(Dataset.Entry(rollCall: Int32(position), state: Int32(state), vote: vote))
      }
    }
    let drafts = dataset.drafts.filter { $0.date < date || $0.id.rawValue == keep }
    return Dataset(
      states: dataset.states, rollCalls: kept.map { dataset.rollCalls[$0] }, drafts: drafts,
      sponsorships: dataset.sponsorships, votes: entries)
  }

  static func json(_ result: SimulationResult) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return try encoder.encode(result)
  }

  @Test func rollCallsFromTheDraftsDateOnChangeNothing() throws {
    let full = try ShippedData.loaded().dataset
    let date = try #require(full.draftIndex(Self.draft).map { full.drafts[$0].date })
    #expect(date == (try .test("2025-02-24")))
    let before = Self.cut(full, before: date, keeping: Self.draft)
    // The shipped data does run past the draft's date.
    #expect(full.rollCalls.count(where: { $0.date >= date }) == 29)
    #expect(before.rollCalls.allSatisfy { $0.date < date })

    let options = SimulationOptions(
      thresholds: [97],
      scenarios: [
        Scenario(stance: .coSponsor, states: ["USA"]),
        Scenario(stance: .oppose, states: ["USA"]),
      ],
      sampling: MonteCarloOptions(trials: 4_000, seed: 11, threads: 2, blockSize: 1000))
    let onFull = try Simulator.run(dataset: full, draft: Self.draft, options: options)
    let onCut = try Simulator.run(dataset: before, draft: Self.draft, options: options)
    #expect(try Self.json(onFull) == Self.json(onCut))
    #expect(onFull.references.allSatisfy { $0.date < date })
    #expect(onFull.references.count == onCut.references.count)
    // The 2022–2023 emergency session votes on Ukraine are among the references.
    let symbols = onFull.references.compactMap { reference in
      full.rollCallIndex(reference.id.rawValue).flatMap { full.rollCalls[$0].resolution }
    }
    for number in 1...6 { #expect(symbols.contains("A/RES/ES-11/\(number)")) }
    #expect(symbols.contains("A/RES/78/316"))
  }

  @Test func aReferenceDatedOnOrAfterTheTargetIsRefused() throws {
    let dataset = try ShippedData.loaded().dataset
    let target = try VoteTarget(dataset: dataset, key: Self.draft)
    let selection = ReferenceSelection.explicit(["A/RES/ES-11/6", "A/RES/79/266"])
    #expect(
      throws: AnalysisError.referenceNotBeforeTarget(
        reference: "A/RES/79/266", date: try .test("2025-03-04"), target: Self.draft,
        targetDate: try .test("2025-02-24"))
    ) {
      try selection.rollCalls(in: dataset, for: target)
    }
    let earlier = try ReferenceSelection.explicit(["A/RES/ES-11/6"]).rollCalls(
      in: dataset, for: target)
    #expect(earlier.map { dataset.rollCalls[$0].id } == ["A/RES/ES-11/6"])
  }
}
