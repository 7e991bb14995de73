import Foundation

/// Builds the member-states table from the project's curated list and the
/// UN's list of regional groups.
///
/// The curated list (`datasets/sources/member-states.csv`: `code`, `alpha2`,
/// `name`, `admitted`, `departed`, `group`, `note`) holds what no single
/// source gives: names, alpha-2 codes, admission and departure dates, and the
/// group of each historical member. The regional-groups file (`iso3`,
/// `regional_group`: the 193 current members) decides which states are
/// current members and their groups: a current member of the curated list
/// must appear there, must not name a group of its own, and every state listed
/// there must be in the curated list.
public enum MemberStatesBuilder {
  /// Builds the table from files.
  /// - Throws: `ImportError` when a file is unreadable, malformed, or lacks columns.
  public static func build(curated: String, regionalGroups: String) throws(ImportError)
    -> ImportResult
  {
    try build(
      curated: try SourceTable(path: curated).document,
      regionalGroups: try SourceTable(path: regionalGroups).document)
  }

  /// Builds the table from parsed documents; rows that break a rule are
  /// rejected with their line, the rest make up `rows.memberStates`.
  /// - Throws: `ImportError.missingColumns` when a header lacks a required column.
  /// - Complexity: O(n log n) in the number of rows.
  public static func build(curated: CSVDocument, regionalGroups: CSVDocument) throws(ImportError)
    -> ImportResult
  {
    let list = SourceTable(document: curated)
    let groups = SourceTable(document: regionalGroups)
    let listColumns = try list.require(["code", "alpha2", "name", "admitted"])
    let departedColumn = list.column("departed")
    let groupColumn = list.column("group")
    let groupColumns = try groups.require(["iso3", "regional_group"])

    var rejected: [ImportIssue] = []
    var listCount = ImportResult.FileCount(file: list.file)
    var groupCount = ImportResult.FileCount(file: groups.file)

    // Regional groups first: they say who the current members are.
    var groupOf: [MemberState.Code: (group: RegionalGroup, record: Int)] = [:]
    for record in groups.rows {
      groupCount.rows += 1
      if let problem = groups.shapeProblem(record) {
        rejected.append(groups.issue(record, problem))
        continue
      }
      let code = MemberState.Code(groups.trimmed(record, groupColumns[0]).uppercased())
      let name = groups.trimmed(record, groupColumns[1])
      guard let group = RegionalGroup(name: name) else {
        rejected.append(
          groups.issue(
            record,
            "unknown regional group: '\(name)'; expected one of \(RegionalGroup.allCases.map(\.rawValue).joined(separator: ", "))"
          ))
        continue
      }
      guard groupOf[code] == nil else {
        rejected.append(groups.issue(record, "duplicate state: \(code) is listed twice"))
        continue
      }
      groupOf[code] = (group, record)
    }

    var states: [MemberState] = []
    var seen: Set<MemberState.Code> = []
    for record in list.rows {
      listCount.rows += 1
      func reject(_ message: String) { rejected.append(list.issue(record, message)) }
      if let problem = list.shapeProblem(record) {
        reject(problem)
        continue
      }
      let code = MemberState.Code(list.trimmed(record, listColumns[0]))
      let alpha2 = list.trimmed(record, listColumns[1])
      let name = list.trimmed(record, listColumns[2])
      let admittedText = list.trimmed(record, listColumns[3])
      let departedText = list.trimmed(record, departedColumn)
      let groupText = list.trimmed(record, groupColumn)
      guard code.rawValue.count == 3, code.rawValue.allSatisfy({ $0.isASCII && $0.isUppercase })
      else {
        reject("bad code: '\(code)'; expected three upper-case letters")
        continue
      }
      guard seen.insert(code).inserted else {
        reject("duplicate state: \(code) is listed twice")
        continue
      }
      guard
        alpha2.isEmpty || (alpha2.count == 2 && alpha2.allSatisfy { $0.isASCII && $0.isUppercase })
      else {
        reject("bad alpha2: '\(alpha2)'; expected two upper-case letters or empty")
        continue
      }
      guard !name.isEmpty else {
        reject("empty name: expected the state's English short name")
        continue
      }
      guard let admitted = CalendarDate(iso: admittedText) else {
        reject("bad admitted date: '\(admittedText)'; expected YYYY-MM-DD")
        continue
      }
      var departed: CalendarDate?
      if !departedText.isEmpty {
        guard let date = CalendarDate(iso: departedText), admitted < date else {
          reject("bad departed date: '\(departedText)'; expected YYYY-MM-DD after \(admitted)")
          continue
        }
        departed = date
      }
      let group: RegionalGroup
      if departed == nil {
        guard let entry = groupOf[code] else {
          reject(
            "not in the regional groups: \(code) has no departure date, so it must be listed in \(groups.file)"
          )
          continue
        }
        guard groupText.isEmpty || RegionalGroup(name: groupText) == entry.group else {
          reject("conflicting group: '\(groupText)' here, '\(entry.group)' in \(groups.file)")
          continue
        }
        group = entry.group
      } else {
        guard let own = RegionalGroup(name: groupText) else {
          reject("bad group: '\(groupText)'; a historical member needs its region's group")
          continue
        }
        if groupOf[code] != nil {
          reject("departed member listed in the regional groups: \(code)")
          continue
        }
        group = own
      }
      listCount.imported += 1
      states.append(
        MemberState(
          code: code, alpha2: alpha2.isEmpty ? nil : alpha2, name: name, group: group,
          admitted: admitted, departed: departed))
    }

    let current = Set(states.filter(\.isCurrentMember).map(\.code))
    for (code, entry) in groupOf.sorted(by: { $0.value.record < $1.value.record }) {
      if current.contains(code) {
        groupCount.imported += 1
      } else {
        rejected.append(
          groups.issue(
            entry.record, "unknown state: \(code) is not a current member in \(list.file)"))
      }
    }
    listCount.rejected = listCount.rows - listCount.imported
    groupCount.rejected = groupCount.rows - groupCount.imported
    rejected.sort { ($0.file, $0.line) < ($1.file, $1.line) }
    return ImportResult(
      rows: NativeRows(memberStates: states.sorted { $0.code < $1.code }),
      files: [listCount, groupCount], rejected: rejected)
  }
}
