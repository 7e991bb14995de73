import Foundation
import Testing
import UNGAKit

@Suite struct ModelUncertaintyTests {
  static let draft = SyntheticAssembly.draftID

  /// Replicates equal to the fitted parameters, run with the same trials and seed, give each
  /// figure a range of exactly its own value: the replicates share the run's random draws.
  @Test func identicalReplicatesGiveAPointRange() throws {
    let options = ReportFixture.options()
    let result = try ReportFixture.result()
    let ranged = try ModelUncertainty.apply(
      to: result, dataset: ReportFixture.dataset, draft: Self.draft, options: options,
      replicates: [options.parameters, options.parameters, options.parameters],
      trials: options.sampling.trials)
    #expect(ranged.modelReplicates == 3)
    for scenario in ranged.scenarios {
      #expect(scenario.yes.modelInterval == [scenario.yes.mean, scenario.yes.mean])
      #expect(scenario.no.modelInterval == [scenario.no.mean, scenario.no.mean])
      #expect(
        scenario.adoptionProbabilityModelInterval
          == [scenario.adoptionProbability, scenario.adoptionProbability])
      if let difference = scenario.difference {
        #expect(difference.yes.modelInterval == [difference.yes.value, difference.yes.value])
      }
    }
  }

  /// Replicates that differ in how far backers pull give the scenarios' changes a range that
  /// spans what each replicate alone gives.
  @Test func differentReplicatesSpanTheirFigures() throws {
    let options = ReportFixture.options()
    let result = try ReportFixture.result()
    let replicates = [0.0, 1.0, 2.0].map { strength in
      TestInfluence.parameters(
        ReportFixture.dataset, backer: 1, strength: strength, base: options.parameters)
    }
    let ranged = try ModelUncertainty.apply(
      to: result, dataset: ReportFixture.dataset, draft: Self.draft, options: options,
      replicates: replicates, trials: 1_000)
    let withBacker = try #require(ranged.scenarios.first { !$0.isBaseline })
    let interval = try #require(withBacker.difference?.yes.modelInterval)
    #expect(interval[0] <= interval[1])
    // With no influence the backer alone changes its vote: a change of at most one yes vote.
    #expect(interval[0] <= 1.0 + 1e-9)
    #expect(interval[1] > 1.5)
  }

  @Test func fewerThanTwoReplicatesLeaveTheResultAlone() throws {
    let options = ReportFixture.options()
    let result = try ReportFixture.result()
    let same = try ModelUncertainty.apply(
      to: result, dataset: ReportFixture.dataset, draft: Self.draft, options: options,
      replicates: [options.parameters])
    #expect(same == result)
  }

  /// The fixture's model under the run's parameters, and those parameters with a backer.
  static func modelAndBacked() throws -> (model: VoteModel, backed: ModelParameters) {
    let parameters = ReportFixture.options().parameters
    let model = try VoteModel(
      dataset: ReportFixture.dataset, target: draft, parameters: parameters)
    return (
      model,
      TestInfluence.parameters(ReportFixture.dataset, backer: 1, strength: 1, base: parameters)
    )
  }

  /// Swapping the backers keeps the baseline; other baseline parameters need a new model.
  @Test func backersAreSwappedOnlyUnderTheSameBaseline() throws {
    let (model, backed) = try Self.modelAndBacked()
    let swapped = try #require(try model.replacingBackers(with: backed))
    let built = try VoteModel(
      dataset: ReportFixture.dataset, target: Self.draft, parameters: backed)
    #expect(swapped.influences.map(\.pulls) == built.influences.map(\.pulls))
    #expect(swapped.upperThresholds == built.upperThresholds)
    var other = model.parameters
    other.alignmentSessions += 1
    #expect(try model.replacingBackers(with: other) == nil)
    #expect(try model.replacingParameters(with: other, dataset: ReportFixture.dataset) == nil)
  }

  /// Other baseline parameters recompute the baseline over the same references: the result is
  /// the model built anew with them.
  @Test func baselineParametersAreReplacedOverTheSameReferences() throws {
    let (model, backed) = try Self.modelAndBacked()
    var other = backed
    other.baseline.halfLife *= 2
    other.baseline.absence = [0.5, 0.9, 0.2, 0.1, 0.3]
    #expect(try model.replacingBackers(with: other) == nil)
    let replaced = try #require(
      try model.replacingParameters(with: other, dataset: ReportFixture.dataset))
    let built = try VoteModel(
      dataset: ReportFixture.dataset, target: Self.draft, parameters: other)
    #expect(replaced.baseline.probabilities == built.baseline.probabilities)
    #expect(replaced.baseline.probabilities != model.baseline.probabilities)
    #expect(replaced.upperThresholds == built.upperThresholds)
    #expect(replaced.lowerThresholds == built.lowerThresholds)
    #expect(replaced.absence == built.absence)
    #expect(replaced.influences.map(\.pulls) == built.influences.map(\.pulls))
    #expect(replaced.parameters == other)
  }
}
