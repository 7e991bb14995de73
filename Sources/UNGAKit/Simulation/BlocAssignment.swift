/// Which bloc each state belongs to for the correlated-vote model (MODEL.md §4).
///
/// By default the five regional groups. A custom assignment (a `state,bloc`
/// CSV) names blocs for some states; every state it does not list stays in
/// its regional group's bloc, so a file listing only the European Union's
/// members gives six blocs: the EU and the five groups' remaining members.
public enum BlocAssignment: Sendable, Hashable, Codable {
  /// One bloc per regional group.
  case regionalGroups
  /// Blocs by state code; unlisted states keep their regional group.
  case custom([MemberState.Code: String])

  /// Reads a CSV with columns `state` and `bloc` (in any order, other columns
  /// ignored), one row per state.
  /// - Parameter dataset: when given, each code must name a state in it (alpha-3
  ///   or alpha-2, any case) and is stored as its alpha-3 code.
  /// - Throws: `CSVError` (file, line, column, value, what was expected) for a
  ///   missing column, an empty field, an unknown code, or a state listed twice
  ///   with different blocs.
  public init(csv: CSVDocument, dataset: Dataset?) throws(CSVError) {
    guard csv.count > 0 else {
      throw CSVError(file: csv.file, line: 1, message: "empty file; expected a header state,bloc")
    }
    let header = csv.strings(0).map { $0.lowercased() }
    guard let stateColumn = header.firstIndex(of: "state"),
      let blocColumn = header.firstIndex(of: "bloc")
    else {
      throw CSVError(
        file: csv.file, line: csv.line(0),
        message: "header \(header.joined(separator: ",")); expected columns state and bloc")
    }
    var blocs: [MemberState.Code: String] = [:]
    for record in 1..<csv.count where !csv.isBlank(record) {
      let line = csv.line(record)
      guard csv.fieldCount(record) == header.count else {
        throw CSVError(
          file: csv.file, line: line,
          message: "\(csv.fieldCount(record)) fields; expected \(header.count) as in the header")
      }
      let text = csv.string(record, stateColumn)
      let bloc = csv.string(record, blocColumn)
      /// Where the field of `column` starts, for the error.
      func at(_ column: Int) -> (line: Int, column: Int) { csv.location(record, column) }
      guard !text.isEmpty, !bloc.isEmpty else {
        let place = at(text.isEmpty ? stateColumn : blocColumn)
        throw CSVError(
          file: csv.file, line: place.line, column: place.column,
          message: "empty state or bloc; expected a state code and a bloc name")
      }
      var code = MemberState.Code(text.uppercased())
      if let dataset {
        guard let index = dataset.stateIndex(matching: text) else {
          let place = at(stateColumn)
          throw CSVError(
            file: csv.file, line: place.line, column: place.column,
            message: "unknown state code '\(text)'; expected an alpha-3 code in the dataset")
        }
        code = dataset.states[index].code
      }
      if let existing = blocs[code], existing != bloc {
        let place = at(blocColumn)
        throw CSVError(
          file: csv.file, line: place.line, column: place.column,
          message: "state \(code) is in bloc '\(existing)' and '\(bloc)'; expected one bloc")
      }
      blocs[code] = bloc
    }
    self = .custom(blocs)
  }

  /// The bloc of each given state, as small integers, and the blocs' names.
  ///
  /// Blocs are numbered in order of their names, so the numbering does not
  /// depend on the order of the states.
  /// - Complexity: O(n log n) for n states.
  public func blocs(of states: [MemberState]) -> (bloc: [Int], names: [String]) {
    let names = states.map { blocName(of: $0) }
    let distinct = Array(Set(names)).sorted()
    let number = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
    return (names.map { number[$0] ?? 0 }, distinct)
  }

  /// The name of the bloc of one state.
  public func blocName(of state: MemberState) -> String {
    switch self {
    case .regionalGroups: return state.group.rawValue
    case .custom(let blocs): return blocs[state.code] ?? state.group.rawValue
    }
  }
}
