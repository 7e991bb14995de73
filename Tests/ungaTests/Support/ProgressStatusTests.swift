import Testing
import UNGAKit

@testable import unga

/// Progress lines give the total when there is one.
@Suite struct ProgressStatusTests {
  @Test func simulateCountsAgainstItsTrialsOrItsCeiling() {
    let counter = ProgressCounter()
    counter.add(45_056)
    var sampling = MonteCarloOptions(trials: 100_000, progress: counter)
    #expect(
      Simulate.status(sampling: sampling, elapsed: .milliseconds(1400))
        == "simulating: 45 % (45,056 of 100,000 trials), 1.4 s")
    sampling.precision = 0.001
    sampling.maxTrials = 2_000_000
    #expect(
      Simulate.status(sampling: sampling, elapsed: .milliseconds(1400))
        == "simulating: 45,056 trials (at most 2,000,000), 1.4 s")
  }

  /// After the run itself, the model range's reruns: the fitted set and each replicate.
  @Test func theModelRangeCountsItsReruns() throws {
    let ranges = ProgressCounter()
    let sampling = MonteCarloOptions(trials: 100_000, progress: ProgressCounter())
    #expect(
      Simulate.status(sampling: sampling, modelRange: ranges, elapsed: .seconds(2))
        .hasPrefix("simulating: 0 % (0 of 100,000 trials)"))
    let dataset = SyntheticAssembly.dataset(states: 30, rollCalls: 200, sessions: 8, seed: 3)
    let options = SimulationOptions(
      sampling: MonteCarloOptions(trials: 1_000, seed: 1, blockSize: 500))
    let result = try Simulator.run(
      dataset: dataset, draft: SyntheticAssembly.draftID, options: options)
    _ = try ModelUncertainty.apply(
      to: result, dataset: dataset, draft: SyntheticAssembly.draftID, options: options,
      replicates: [options.parameters, options.parameters, options.parameters], trials: 500,
      progress: ranges)
    #expect(ranges.total == 4 * 500)
    #expect(ranges.trials == 4 * 500)
    #expect(
      Simulate.status(sampling: sampling, modelRange: ranges, elapsed: .seconds(2))
        == "model range: 100 % (2,000 of 2,000 trials), 2.0 s")
  }

  @Test func plannersGiveTheirTotalWhenTheyKnowIt() {
    #expect(
      PlanRunner.status(trials: 450_000, total: 1_000_000, elapsed: .seconds(2))
        == "planning: 45 % (450,000 of 1,000,000 trials), 2.0 s")
    #expect(
      PlanRunner.status(trials: 450_000, total: nil, elapsed: .seconds(2))
        == "planning: 450,000 trials drawn, 2.0 s")
  }

  /// A sweep is one run of its trials; a recruitment without a goal one run per pick and one
  /// for the picks' route.
  @Test func sweepsAndRecruitmentsSetTheirTotal() throws {
    let dataset = SyntheticAssembly.dataset(states: 30, rollCalls: 200, sessions: 8, seed: 3)
    let model = try VoteModel(dataset: dataset, target: SyntheticAssembly.draftID)
    let sweepCounter = ProgressCounter()
    let sampling = { (counter: ProgressCounter) in
      MonteCarloOptions(trials: 512, seed: 1, blockSize: 256, progress: counter)
    }
    _ = try StanceSweep.run(
      model: model, dataset: dataset, backers: [StanceSweep.Backer(state: "AAB")],
      options: PlanningOptions(sampling: sampling(sweepCounter)))
    #expect(sweepCounter.total == 512)
    #expect(sweepCounter.trials == 512)
    let recruitCounter = ProgressCounter()
    _ = try Recruiter.run(
      model: model, dataset: dataset, request: RecruitRequest(count: 2),
      options: PlanningOptions(sampling: sampling(recruitCounter)))
    #expect(recruitCounter.total == 3 * 512)
    #expect(recruitCounter.trials == 3 * 512)
  }
}
