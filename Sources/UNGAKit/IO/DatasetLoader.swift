import Dispatch
import Foundation

/// Reads datasets in the native format from folders and files, combines
/// them, and checks them.
///
/// Each path is a dataset folder or a single CSV file:
/// - a folder is read for `member-states.csv`, `resolutions.csv`, `votes.csv`
///   and `sponsors.csv` (those present; other `.csv` files there draw a
///   warning). A folder without `member-states.csv` uses the shipped
///   `datasets/member-states.csv` (see `ShippedDatasets`), as does a set of
///   files none of which is a member-states table;
/// - a file's table is recognised by its header (`NativeTable.recognize`).
///
/// With no path, every shipped dataset folder is read. Everything given is
/// combined: a row given twice (the same state, roll call or draft id, vote
/// of a state on a roll call, or sponsorship of a document by a state) is
/// merged when identical and an error naming both places when not. The same
/// file named twice is read once.
///
/// All the problems found are collected before failing (see `DataIssue`):
/// CSV syntax, headers, values, references, duplicates, and the checks of
/// `DatasetValidator`.
public enum DatasetLoader {
  /// Reads, combines and checks the data at `paths`.
  ///
  /// - Parameters:
  ///   - paths: folders and files as the user named them; empty for every shipped dataset.
  ///   - environment: the process environment, for `UNGA_DATASETS`.
  /// - Returns: the dataset, the files read, the warnings, and provenance.
  /// - Throws: `DatasetLoadError.missingInput` for a path that does not exist
  ///   or cannot be read, or shipped data that cannot be found;
  ///   `.invalidData` with every issue when any is an error.
  /// - Complexity: O(bytes read + roll calls × states).
  public static func load(
    paths: [String], environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(DatasetLoadError) -> LoadedData {
    try loaded(from: validate(paths: paths, environment: environment))
  }

  /// Reads, combines and checks sources already in memory.
  /// - Throws: `DatasetLoadError.invalidData` with every issue when any is an error.
  public static func load(sources: [DatasetSource]) throws(DatasetLoadError) -> LoadedData {
    try loaded(from: validate(sources: sources))
  }

  /// Reads, combines and checks the data at `paths`, and reports every issue
  /// instead of failing on errors (what `unga validate` needs).
  ///
  /// - Throws: only `DatasetLoadError.missingInput` (a missing or unreadable
  ///   path, or shipped data not found); problems in the data are in the report.
  public static func validate(
    paths: [String], environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(DatasetLoadError) -> ValidationReport {
    var plan = try Plan(paths: paths, environment: environment)
    let sources = try plan.read()
    let fingerprints = Fingerprints(sources)
    var parsed = sources.map(parse)
    let hasMemberStates = parsed.contains { $0.table?.kind == .memberStates }
    if plan.needsShippedMemberStates || !hasMemberStates {
      if let shipped = try plan.shippedMemberStates(environment: environment) {
        var first = parse(shipped)
        first.sha256 = SHA256(shipped.bytes).hex
        parsed.insert(first, at: 0)
      }
    }
    return report(parsed, fingerprints: fingerprints, extraIssues: plan.issues)
  }

  /// Reads, combines and checks sources already in memory, reporting every issue.
  public static func validate(sources: [DatasetSource]) -> ValidationReport {
    let fingerprints = Fingerprints(sources)
    return report(sources.map(parse), fingerprints: fingerprints, extraIssues: [])
  }

  private static func loaded(from report: ValidationReport) throws(DatasetLoadError)
    -> LoadedData
  {
    guard !report.hasErrors else { throw .invalidData(issues: report.issues) }
    return report.loaded
  }

  // MARK: Parsing

  /// A source after CSV parsing and header checks.
  private struct Parsed: Sendable {
    var path: String
    var table: (kind: NativeTable, csv: CSVTable)?
    var issues: [DataIssue]
    /// Set for a source that is not fingerprinted in the background.
    var sha256: String?
  }

  /// The SHA-256 digests of sources, computed on other threads while the
  /// sources are parsed and checked: on two cores, hashing the largest file
  /// costs about as much as everything else. The files are hashed in
  /// parallel, largest first, so that the largest one starts at once.
  private final class Fingerprints: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written once by the background task, read only after `group.wait()`.
    private var digests: [String] = []

    init(_ sources: [DatasetSource]) {
      DispatchQueue.global().async(group: group) {
        let order = sources.indices.sorted { sources[$0].bytes.count > sources[$1].bytes.count }
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<String>.allocate(
          capacity: sources.count)
        results.initialize(repeating: "")
        DispatchQueue.concurrentPerform(iterations: order.count) { position in
          // Each iteration writes its own slot only.
          let index = order[position]
          results[index] = SHA256(sources[index].bytes).hex
        }
        self.digests = Array(results)
        results.deinitialize()
        results.deallocate()
      }
    }

    /// The digests, in the order of the sources; waits for them.
    func wait() -> [String] {
      group.wait()
      return digests
    }
  }

  private static func parse(_ source: DatasetSource) -> Parsed {
    let path = source.path
    let document: CSVDocument
    do {
      document = try CSVDocument(bytes: source.bytes, file: path)
    } catch {
      return Parsed(path: path, issues: [DataIssue(error)], sha256: nil)
    }
    do throws(DataIssue) {
      let kind: NativeTable
      if let given = source.table {
        kind = given
      } else {
        guard !CSVTable.isEmpty(document) else {
          let needs = NativeTable.allCases.map {
            "\($0) needs \($0.requiredColumns.joined(separator: ", "))"
          }
          throw DataIssue(
            .error, file: path, line: 1,
            message: "empty file; expected a header line with the columns of one table: "
              + needs.joined(separator: "; "))
        }
        kind = try NativeTable.recognize(header: document.strings(0), file: path)
      }
      let table = try CSVTable(document: document, table: kind)
      return Parsed(path: path, table: (kind, table), issues: table.issues, sha256: nil)
    } catch {
      return Parsed(path: path, issues: [error], sha256: nil)
    }
  }

  // MARK: Building

  /// Builds and checks the dataset of the parsed files; `fingerprints` has
  /// the digests of those without one, in order.
  private static func report(
    _ parsed: [Parsed], fingerprints: Fingerprints, extraIssues: [DataIssue]
  ) -> ValidationReport {
    let files = parsed.map(\.path)
    var tables: [DatasetBuilder.Table] = []
    for (index, file) in parsed.enumerated() {
      guard let table = file.table else { continue }
      tables.append(DatasetBuilder.Table(source: index, kind: table.kind, csv: table.csv))
    }
    var builder = DatasetBuilder(files: files)
    let complete = parsed.allSatisfy { file in
      file.table != nil && !file.issues.contains(where: \.isError)
    }
    let (dataset, provenance) = builder.build(tables, tablesComplete: complete)
    var collector = builder.collector
    for file in parsed { collector.add(contentsOf: file.issues) }
    collector.add(contentsOf: extraIssues)
    collector.add(contentsOf: DatasetValidator.issues(in: dataset, provenance: provenance))

    // In the order the files were given, then by line and column.
    let rank = Dictionary(files.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    let issues = collector.finished().enumerated().sorted { a, b in
      let keyA = (rank[a.element.file] ?? files.count, a.element.line ?? Int.max)
      let keyB = (rank[b.element.file] ?? files.count, b.element.line ?? Int.max)
      if keyA != keyB { return keyA < keyB }
      let columnA = a.element.column ?? 0
      let columnB = b.element.column ?? 0
      return columnA != columnB ? columnA < columnB : a.offset < b.offset
    }.map(\.element)

    var digests = fingerprints.wait().makeIterator()
    var sources: [SourceFile] = []
    for file in parsed {
      let digest = file.sha256 ?? digests.next() ?? ""
      guard let table = file.table else { continue }
      sources.append(
        SourceFile(
          path: file.path, table: table.kind, rowCount: table.csv.rows.count, sha256: digest))
    }
    let loaded = LoadedData(
      dataset: dataset, sources: sources, warnings: issues.filter { !$0.isError },
      provenance: provenance)
    return ValidationReport(sources: sources, issues: issues, loaded: loaded)
  }

  // MARK: Paths

  /// The files to read for a list of paths.
  private struct Plan {
    var files: [(path: String, table: NativeTable?)] = []
    var issues: [DataIssue] = []
    var needsShippedMemberStates = false
    private var seen = Set<String>()

    init(paths: [String], environment: [String: String]) throws(DatasetLoadError) {
      var paths = paths
      if paths.isEmpty {
        let directory = try ShippedDatasets.directory(environment: environment)
        paths = ShippedDatasets.folders(in: directory)
        guard !paths.isEmpty else {
          throw .missingInput(
            path: directory,
            reason: "the shipped datasets folder holds no dataset folder; expected folders "
              + "with resolutions.csv, votes.csv or sponsors.csv")
        }
      }
      let manager = FileManager.default
      for path in paths {
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
          throw .missingInput(path: path, reason: "no such file or folder")
        }
        guard isFolder.boolValue else {
          add(path, nil)
          continue
        }
        guard let names = try? manager.contentsOfDirectory(atPath: path) else {
          throw .missingInput(path: path, reason: "the folder cannot be read")
        }
        let known = Set(NativeTable.allCases.map(\.fileName))
        let present = NativeTable.allCases.filter { names.contains($0.fileName) }
        guard !present.isEmpty else {
          throw .missingInput(
            path: path,
            reason: "the folder holds none of "
              + NativeTable.allCases.map(\.fileName).joined(separator: ", ")
              + "; expected a dataset folder")
        }
        if !present.contains(.memberStates) { needsShippedMemberStates = true }
        for table in present { add(Plan.join(path, table.fileName), table) }
        for name in names.sorted() where name.hasSuffix(".csv") && !known.contains(name) {
          issues.append(
            DataIssue(
              .warning, file: Plan.join(path, name), line: nil,
              message: "not read: the files of a dataset folder are "
                + NativeTable.allCases.map(\.fileName).joined(separator: ", ")
                + "; name the file itself to read it (its table is recognised by its header)"))
        }
      }
    }

    private mutating func add(_ path: String, _ table: NativeTable?) {
      guard seen.insert(Plan.canonical(path)).inserted else { return }
      files.append((path, table))
    }

    /// The shipped member-states file, unless it is already among the files.
    mutating func shippedMemberStates(environment: [String: String]) throws(DatasetLoadError)
      -> DatasetSource?
    {
      let directory: String
      do {
        directory = try ShippedDatasets.directory(environment: environment)
      } catch {
        guard case .missingInput(let path, let reason) = error else { throw error }
        throw .missingInput(
          path: path,
          reason: "a member-states table is needed (a folder without member-states.csv uses the "
            + "shipped one), but " + reason)
      }
      let path = Plan.join(directory, NativeSchema.MemberStates.fileName)
      guard seen.insert(Plan.canonical(path)).inserted else { return nil }
      return try read(path, .memberStates)
    }

    /// Reads every planned file.
    mutating func read() throws(DatasetLoadError) -> [DatasetSource] {
      var sources: [DatasetSource] = []
      for file in files {
        if let source = try read(file.path, file.table) { sources.append(source) }
      }
      return sources
    }

    /// Reads a file, or records an issue and returns `nil` when it is too large to read.
    private mutating func read(_ path: String, _ table: NativeTable?) throws(DatasetLoadError)
      -> DatasetSource?
    {
      let manager = FileManager.default
      if let size = (try? manager.attributesOfItem(atPath: path))?[.size] as? Int,
        size >= Int(Int32.max)
      {
        issues.append(
          DataIssue(
            .error, file: path, line: nil,
            message: "file of \(size) bytes is too large; expected less than 2 GiB"))
        return nil
      }
      guard let data = manager.contents(atPath: path) else {
        let exists = manager.fileExists(atPath: path)
        throw .missingInput(
          path: path, reason: exists ? "the file cannot be read" : "no such file or folder")
      }
      return DatasetSource(path: path, table: table, bytes: [UInt8](data))
    }

    static func join(_ folder: String, _ name: String) -> String {
      folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    static func canonical(_ path: String) -> String {
      URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
  }
}
