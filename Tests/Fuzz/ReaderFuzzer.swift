// libFuzzer entry point for the reading side, two harnesses in one binary,
// chosen by the environment variable UNGA_FUZZ_HARNESS (run-reader-fuzzer.sh
// sets it):
//   csv     the CSV reader and header-driven table on the whole input;
//   loader  the dataset loader on the input cut at 0x1E bytes into a
//           member-states, a resolutions, an unnamed (recognised by header)
//           and a sponsors table.
// Compiled into the library's module, so internal API is reachable.

import Foundation

let fuzzHarness = ProcessInfo.processInfo.environment["UNGA_FUZZ_HARNESS"] ?? "loader"

@_cdecl("LLVMFuzzerTestOneInput")
public func readerFuzzerTestOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
  if fuzzHarness == "csv" { fuzzCSV(bytes) } else { fuzzLoader(bytes) }
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
