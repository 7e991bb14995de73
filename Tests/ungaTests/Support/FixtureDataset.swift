import Foundation

/// A small dataset in the native format, written to a fresh temporary folder:
/// eight states, sessions 55 to 64, each with two recurring resolutions (the
/// first sponsored by FRA and a changing second sponsor) and two one-off votes.
/// Votes follow fixed patterns with a deterministic twist per session, so
/// backtests and calibrations of it are quick and always the same.
enum FixtureDataset {
  static let states: [(code: String, alpha2: String, group: String)] = [
    ("FRA", "FR", "Western European and Others"), ("DEU", "DE", "Western European and Others"),
    ("NGA", "NG", "African"), ("GHA", "GH", "African"), ("IND", "IN", "Asia-Pacific"),
    ("IDN", "ID", "Asia-Pacific"), ("BRA", "BR", "Latin American and Caribbean"),
    ("POL", "PL", "Eastern European"),
  ]

  /// Writes the dataset and returns its folder; the caller removes it.
  static func write() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("unga-fixture-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var members = ["code,alpha2,name,group,admitted,departed"]
    for state in states {
      members.append("\(state.code),\(state.alpha2),State \(state.code),\(state.group),1945-10-24,")
    }
    var resolutions = [
      "id,status,resolution,draft,date,session,title,issues,majority,amendment,paragraph,important"
    ]
    var votes = ["id,state,vote"]
    var sponsors = ["document,state,role,joined"]
    let patterns = ["YYNNAAYY", "YYYYNNAY", "YNYNYNYN", "NNYYYYAA"]
    let words = ["yes", "yes", "no", "abstain"]
    var twist: UInt64 = 7
    for session in 55...64 {
      for k in 0..<4 {
        let id = "fx-\(session)-\(k)"
        let title = k < 2 ? "Recurring text \(k == 0 ? "one" : "two")" : "One-off vote \(id)"
        resolutions.append(
          "\(id),voted,A/RES/\(session)/\(k + 1),,\(1945 + session)-11-0\(k + 1),\(session),"
            + "\(title),t,simple,0,0,0")
        for (s, state) in states.enumerated() {
          twist = twist &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
          let letter = Array(patterns[k])[s]
          var vote = letter == "Y" ? "yes" : letter == "N" ? "no" : "abstain"
          if twist >> 60 == 0 { vote = words[Int(twist >> 40 & 3)] }
          if twist >> 59 == 31 { continue }
          votes.append("\(id),\(state.code),\(vote)")
        }
      }
      sponsors.append("A/RES/\(session)/1,FRA,main-sponsor,")
      sponsors.append("A/RES/\(session)/1,\(states[1 + session % 7].code),co-sponsor,")
    }
    let files = [
      ("member-states.csv", members), ("resolutions.csv", resolutions), ("votes.csv", votes),
      ("sponsors.csv", sponsors),
    ]
    for (name, lines) in files {
      try Data((lines.joined(separator: "\n") + "\n").utf8).write(
        to: folder.appendingPathComponent(name))
    }
    return folder
  }
}
