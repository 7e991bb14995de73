// Times reading the native format in a release build: CSV parsing, SHA-256,
// and DatasetLoader.load (read, parse, validate, index). Run it with
// Benchmarks/run-load-benchmark.sh; see that script for the arguments.
import Foundation
import UNGAKit

/// The first and the best of `repeats` runs of `body`, in milliseconds, and its last result.
func measure<T>(_ repeats: Int, _ body: () throws -> T) rethrows -> (
  first: Double, best: Double, result: T
) {
  var times: [Double] = []
  var result: T?
  for _ in 0..<repeats {
    let start = DispatchTime.now().uptimeNanoseconds
    result = try body()
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
  }
  return (times[0], times.min() ?? 0, result!)
}

/// `first … ms, best of n … ms`.
func describe(_ first: Double, _ best: Double) -> String {
  String(format: "first %.1f ms, best of 5 %.1f ms", first, best)
}

/// A deterministic generator, so every run times the same synthetic data.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Writes a synthetic dataset shaped like the 1946-2020 history: 200
/// states, 6,203 roll calls, about 870,000 votes.
func writeSyntheticHistory(to folder: String, targetVotes: Int) throws {
  var rng = SplitMix64(state: 2024)
  let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
  var codes = Set<String>()
  while codes.count < 200 {
    codes.insert(String((0..<3).map { _ in letters.randomElement(using: &rng) ?? "A" }))
  }
  let sorted = codes.sorted()
  let groups = RegionalGroup.allCases.map(\.rawValue)
  var states = "code,alpha2,name,group,admitted,departed\n"
  for (index, code) in sorted.enumerated() {
    let year = index < 60 ? 1945 : 1946 + (index - 60) / 3
    let admitted = index < 60 ? "1945-10-24" : "\(year)-01-01"
    states += "\(code),\(code.prefix(2)),State \(code),\(groups[index % 5]),\(admitted),\n"
  }
  let rollCalls = 6203
  var resolutions =
    "id,status,resolution,draft,date,session,title,issues,majority,amendment,paragraph,"
    + "important,yes,no,abstain,non_voting\n"
  var votes = "id,state,vote\n"
  let words = ["yes", "yes", "yes", "no", "abstain"]
  let start = CalendarDate(year: 1946, month: 1, day: 10) ?? CalendarDate(daysSinceEpoch: 0)
  let perRollCall = Double(targetVotes) / Double(rollCalls)
  for r in 0..<rollCalls {
    let date = start.adding(days: r * 27_000 / rollCalls)
    let id = "unvotes-\(r + 3)"
    resolutions +=
      "\(id),voted,A/RES/\(r)/1,,\(date),\(max(1, date.year - 1945)),"
      + "\"Title, number \(r) with \"\"quotes\"\"\",me;hr,simple,0,0,0,,,,\n"
    let members = sorted.enumerated().filter { index, _ in
      index < 60 || 1946 + (index - 60) / 3 <= date.year
    }
    let share = min(1, perRollCall / 150)
    for (_, code) in members where Double.random(in: 0..<1, using: &rng) < share {
      votes += "\(id),\(code),\(words[Int.random(in: 0..<5, using: &rng)])\n"
    }
  }
  let manager = FileManager.default
  try manager.createDirectory(atPath: folder + "/history", withIntermediateDirectories: true)
  try Data(states.utf8).write(to: URL(fileURLWithPath: folder + "/member-states.csv"))
  try Data(resolutions.utf8).write(to: URL(fileURLWithPath: folder + "/history/resolutions.csv"))
  try Data(votes.utf8).write(to: URL(fileURLWithPath: folder + "/history/votes.csv"))
}

let arguments = Array(CommandLine.arguments.dropFirst())
var environment = ProcessInfo.processInfo.environment
let folder: String
if let given = arguments.first {
  folder = given
} else {
  let root = FileManager.default.temporaryDirectory.appendingPathComponent("unga-load-benchmark")
  try writeSyntheticHistory(to: root.path, targetVotes: 870_109)
  folder = root.path + "/history"
  environment[ShippedDatasets.environmentVariable] = root.path
}

let votesPath = folder + "/votes.csv"
let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: votesPath)))
let parse = try measure(5) { try CSVDocument(bytes: bytes, file: votesPath) }
let hash = measure(5) { SHA256(bytes).hex }
let load = try measure(5) { try DatasetLoader.load(paths: [folder], environment: environment) }
let summary = load.result.summary
let megabytes = Double(bytes.count) / 1_000_000
print("data: \(folder)")
print(
  "votes.csv: \(bytes.count) bytes (\(String(format: "%.1f", megabytes)) MB), "
    + "\(parse.result.count - 1) rows")
print("CSVDocument parse of votes.csv: \(describe(parse.first, parse.best))")
print("SHA-256 of votes.csv: \(describe(hash.first, hash.best))")
print(
  "DatasetLoader.load (read, parse, validate, index): \(describe(load.first, load.best)); "
    + "\(summary.rollCallCount) roll calls, \(summary.voteCount) votes, "
    + "\(summary.stateCount) states")
