// libFuzzer entry point for the reading side: the CSV reader on the whole
// input, and the dataset loader on the input cut at 0x1E bytes into a
// member-states, a resolutions, an unnamed (recognised by header) and a
// sponsors table. Compiled into the library's module by run-reader-fuzzer.sh.

@_cdecl("LLVMFuzzerTestOneInput")
public func readerFuzzerTestOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
  if let document = try? CSVDocument(bytes: bytes, file: "input.csv") {
    for record in 0..<document.count {
      _ = document.isBlank(record)
      for field in 0..<document.fieldCount(record) {
        _ = document.string(record, field)
        _ = document.location(record, field)
      }
    }
  }
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
  for rollCall in report.dataset.rollCalls.indices { _ = report.dataset.tally(rollCall: rollCall) }
  return 0
}
