/// How fast a dataset is read, for `unga bench load`: the whole load and two
/// of its parts, each timed `repeats` times.
public struct LoadBenchmarkResult: Sendable, Hashable, Codable {
  /// The first and the fastest of the timed runs of one stage, in seconds.
  public struct Timing: Sendable, Hashable, Codable {
    /// The first run: cold caches and first-touch memory included.
    public var first: Double
    /// The fastest run.
    public var best: Double

    /// Creates a timing from seconds.
    public init(first: Double, best: Double) {
      self.first = first
      self.best = best
    }

    /// `bytes` per second of the fastest run, in megabytes (10⁶ bytes) per
    /// second; 0 when the run took no measurable time.
    public func megabytesPerSecond(bytes: Int) -> Double {
      best > 0 ? Double(bytes) / 1e6 / best : 0
    }
  }

  /// The files read, in the order the loader read them.
  public var files: [SourceFile]
  /// The size of each file in bytes, in the order of `files`.
  public var fileBytes: [Int]
  /// Data rows of all the files (headers and blank lines not counted).
  public var rows: Int
  /// Timed runs of each stage (at least 1).
  public var repeats: Int
  /// `DatasetLoader.load` from the paths: read the files, parse, check,
  /// combine and index (and fingerprint the files, on a second thread).
  public var load: Timing
  /// `CSVDocument` over every file's bytes, already in memory: the
  /// byte-level parse alone.
  public var parse: Timing
  /// SHA-256 of every file's bytes, already in memory.
  public var hash: Timing
  /// What was loaded.
  public var summary: DatasetSummary

  /// Creates a result from its parts.
  public init(
    files: [SourceFile], fileBytes: [Int], rows: Int, repeats: Int, load: Timing,
    parse: Timing, hash: Timing, summary: DatasetSummary
  ) {
    self.files = files
    self.fileBytes = fileBytes
    self.rows = rows
    self.repeats = repeats
    self.load = load
    self.parse = parse
    self.hash = hash
    self.summary = summary
  }

  /// Bytes of all the files.
  public var bytes: Int { fileBytes.reduce(0, +) }
}
