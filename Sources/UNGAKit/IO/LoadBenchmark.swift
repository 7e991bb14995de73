import Foundation

/// Times reading datasets in the native format (a benchmark, not a test):
/// what every command pays before it starts, and the parts of it that
/// dominate.
///
/// Meaningful in a release build only; a debug build is several times slower.
public enum LoadBenchmark {
  /// Loads the data at `paths` `repeats` times with `DatasetLoader.load`,
  /// then parses and hashes the bytes of the files it read `repeats` times each.
  ///
  /// - Parameters:
  ///   - paths: folders and files as for `DatasetLoader.load`; empty for every shipped dataset.
  ///   - repeats: timed runs of each stage; values below 1 count as 1.
  ///   - environment: the process environment, for `UNGA_DATASETS`.
  /// - Throws: `DatasetLoadError` as `DatasetLoader.load` does, including
  ///   `.missingInput` for a file that disappears between the stages.
  /// - Complexity: O(repeats × bytes read + roll calls × states).
  public static func run(
    paths: [String], repeats: Int,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(DatasetLoadError) -> LoadBenchmarkResult {
    let repeats = max(1, repeats)
    let (load, loaded) = try measure(repeats) { () throws(DatasetLoadError) in
      try DatasetLoader.load(paths: paths, environment: environment)
    }

    var contents: [(path: String, bytes: [UInt8])] = []
    for file in loaded.sources {
      guard let data = FileManager.default.contents(atPath: file.path) else {
        throw .missingInput(path: file.path, reason: "the file cannot be read any more")
      }
      contents.append((file.path, [UInt8](data)))
    }
    let (parse, _) = try measure(repeats) { () throws(DatasetLoadError) in
      for file in contents {
        do throws(CSVError) {
          _ = try CSVDocument(bytes: file.bytes, file: file.path)
        } catch {
          throw .invalidData(issues: [DataIssue(error)])
        }
      }
    }
    let (hash, _) = measure(repeats) {
      for file in contents { _ = SHA256(file.bytes).hex }
    }
    return LoadBenchmarkResult(
      files: loaded.sources, fileBytes: contents.map(\.bytes.count),
      rows: loaded.sources.reduce(0) { $0 + $1.rowCount }, repeats: repeats, load: load,
      parse: parse, hash: hash, summary: loaded.summary)
  }

  /// The first and the best of `repeats` (at least 1) runs of `body`, in
  /// seconds, and the last run's result.
  private static func measure<T, E: Error>(_ repeats: Int, _ body: () throws(E) -> T) throws(E)
    -> (LoadBenchmarkResult.Timing, T)
  {
    let clock = ContinuousClock()
    func seconds(_ duration: Duration) -> Double {
      Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
    var start = clock.now
    var result = try body()
    var times = [seconds(clock.now - start)]
    for _ in 1..<max(1, repeats) {
      start = clock.now
      result = try body()
      times.append(seconds(clock.now - start))
    }
    return (LoadBenchmarkResult.Timing(first: times[0], best: times.min() ?? times[0]), result)
  }
}
