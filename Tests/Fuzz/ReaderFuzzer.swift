// libFuzzer entry point for the reading side, five harnesses in one binary,
// chosen by the environment variable UNGA_FUZZ_HARNESS (run-reader-fuzzer.sh
// sets it):
//   csv       the CSV reader and header-driven table on the whole input;
//   loader    the dataset loader on the input cut at 0x1E bytes into a
//             member-states, a resolutions, an unnamed (recognised by header)
//             and a sponsors table;
//   unvotes   the unvotes importer on the input cut at 0x1E bytes into a
//             roll-call, a vote and an issues file (a second cut of each
//             kind after a further 0x1E, so several files are combined);
//   undl      the Digital Library importer on the input cut at 0x1E bytes
//             into up to three files;
//   sponsors  the catalogue importer on the input cut at 0x1E bytes into
//             drafts files and sponsors files (alternating).
// The importers map names and codes with the member-states table named by
// UNGA_FUZZ_MEMBER_STATES (a native member-states.csv) and the curated
// sources in UNGA_FUZZ_SOURCES (a folder such as datasets/sources).
// After every import the harness checks the per-file account: rows read
// equals imported plus rejected, and the rejected rows listed for a file
// are as many as its count says; a violation stops the run (a finding).
// Compiled into the library's module, so internal API is reachable.

import Foundation

let fuzzHarness = ProcessInfo.processInfo.environment["UNGA_FUZZ_HARNESS"] ?? "loader"

@_cdecl("LLVMFuzzerTestOneInput")
public func readerFuzzerTestOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
  switch fuzzHarness {
  case "csv": fuzzCSV(bytes)
  case "unvotes", "undl", "sponsors": fuzzImporter(fuzzHarness, bytes)
  default: fuzzLoader(bytes)
  }
  return 0
}

func fuzzCSV(_ bytes: [UInt8]) {
  guard let document = try? CSVDocument(bytes: bytes, file: "input.csv") else { return }
  for record in 0..<document.count {
    _ = document.isBlank(record)
    _ = document.line(record)
    for field in 0..<document.fieldCount(record) {
      _ = document.string(record, field)
      _ = document.byteCount(record, field)
      _ = document.location(record, field)
    }
  }
  for table in NativeTable.allCases {
    if let table = try? CSVTable(document: document, table: table) {
      for issue in table.issues { _ = issue.description }
      for row in table.rows {
        for name in table.header { if let c = table.column(name) { _ = table.string(row, c) } }
      }
    }
  }
}

func fuzzLoader(_ bytes: [UInt8]) {
  var parts = bytes.split(separator: 0x1E, maxSplits: 3, omittingEmptySubsequences: false)
    .map(Array.init)
  while parts.count < 4 { parts.append([]) }
  let tables: [NativeTable?] = [.memberStates, .resolutions, nil, .sponsors]
  let sources = (0..<4).map {
    DatasetSource(path: "part\($0).csv", table: tables[$0], bytes: parts[$0])
  }
  let report = DatasetLoader.validate(sources: sources)
  for issue in report.issues { _ = issue.description }
  _ = report.summary
  for rollCall in report.dataset.rollCalls.indices {
    _ = report.dataset.tally(rollCall: rollCall)
  }
}

/// The context the importer harnesses map names with, read once.
let fuzzContext: ImportContext = {
  let environment = ProcessInfo.processInfo.environment
  guard let statesPath = environment["UNGA_FUZZ_MEMBER_STATES"],
    let bytes = FileManager.default.contents(atPath: statesPath),
    let states = try? DatasetLoader.load(sources: [
      DatasetSource(path: statesPath, table: .memberStates, bytes: [UInt8](bytes))
    ]).dataset.states
  else { fatalError("UNGA_FUZZ_MEMBER_STATES must name a valid member-states.csv") }
  guard let sources = environment["UNGA_FUZZ_SOURCES"],
    let context = try? ImportContext.load(memberStates: states, sources: sources)
  else { fatalError("UNGA_FUZZ_SOURCES must name a folder of valid curated sources") }
  return context
}()

func fuzzImporter(_ kind: String, _ bytes: [UInt8]) {
  let parts = bytes.split(separator: 0x1E, maxSplits: 5, omittingEmptySubsequences: false)
  var documents: [CSVDocument] = []
  for (index, part) in parts.enumerated() {
    guard let document = try? CSVDocument(bytes: Array(part), file: "part\(index).csv") else {
      return
    }
    documents.append(document)
  }
  let resolver = fuzzContext.resolver
  let annotations = fuzzContext.annotations
  let result: ImportResult?
  switch kind {
  case "unvotes":
    // Parts 0, 3 roll calls; 1, 4 votes; 2, 5 issues.
    let pick = { (k: Int) in documents.indices.filter { $0 % 3 == k }.map { documents[$0] } }
    result = try? UnvotesImporter(resolver: resolver, annotations: annotations)
      .run(rollCalls: pick(0), votes: pick(1), issues: pick(2))
  case "undl":
    result = try? UNDLImporter(resolver: resolver, annotations: annotations).run(documents)
  default:
    let pick = { (k: Int) in documents.indices.filter { $0 % 2 == k }.map { documents[$0] } }
    result = try? SponsorCatalogueImporter(resolver: resolver, annotations: annotations)
      .run(drafts: pick(0), sponsors: pick(1))
  }
  guard let result else { return }
  _ = result.summary
  for issue in result.rejected + result.notes { _ = issue.description }
  for file in result.files {
    let listed = result.rejected.filter { $0.file == file.file }.count
    precondition(
      file.rows == file.imported + file.rejected && file.rejected >= 0 && file.imported >= 0
        && listed == file.rejected,
      "\(file.file): \(file.rows) rows, \(file.imported) imported, \(file.rejected) rejected,"
        + " \(listed) listed")
  }
  _ = NativeDatasetWriter.resolutionsCSV(result.rows.rollCalls, result.rows.drafts)
  _ = NativeDatasetWriter.votesCSV(result.rows.votes, rollCalls: result.rows.rollCalls)
  _ = NativeDatasetWriter.sponsorsCSV(result.rows.sponsorships)
}
