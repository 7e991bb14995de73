/// Member states, roll calls, drafts, sponsorships and votes, indexed for fast use.
///
/// States are interned to small integers (their index in `states`, sorted by
/// code) and roll calls are sorted by date then id; each roll call's votes are
/// a dense row of `states.count` bytes in `voteMatrix`. A member with no
/// recorded vote is `nonVoting`; a state that was not a member that day is
/// `Dataset.notMember`. Building a dataset does not judge the data: a vote by a
/// non-member or a recorded total that disagrees is kept, and `DatasetValidator`
/// reports it.
public struct Dataset: Sendable {
  /// The byte in `voteMatrix` for a state that was not a member on the roll call's date.
  public static let notMember: UInt8 = 0xFF

  /// One recorded vote, by position in the arrays given to `init`.
  public struct Entry: Sendable, Hashable {
    public var rollCall: Int32
    public var state: Int32
    public var vote: Vote
    public init(rollCall: Int32, state: Int32, vote: Vote) {
      self.rollCall = rollCall
      self.state = state
      self.vote = vote
    }
  }

  /// Every state, sorted by code; a state's index is its interned id.
  public let states: [MemberState]
  /// Every roll call, sorted by date, then id.
  public let rollCalls: [RollCall]
  /// Drafts without a recorded vote, sorted by date, then id.
  public let drafts: [Draft]
  /// Every sponsorship, in input order.
  public let sponsorships: [Sponsorship]
  /// `rollCalls.count × states.count` bytes, row-major by roll call: a `Vote`
  /// raw value, or `Dataset.notMember`.
  public let voteMatrix: [UInt8]
  /// How many input entries were recorded votes (before filling in non-voting members).
  public let recordedVoteCount: Int

  private let stateByCode: [MemberState.Code: Int]
  private let rollCallByKey: [String: Int]
  private let draftByKey: [String: Int]
  private let sponsorshipsByDocument: [String: [Int]]

  /// Indexes the given data.
  ///
  /// `votes` refer to positions in the `states` and `rollCalls` arrays as
  /// given. When two entries name the same roll call and state, the last one
  /// stands (the validator reports the conflict).
  /// - Complexity: O(r·s + v + r log r) for r roll calls, s states and v votes.
  public init(
    states: [MemberState], rollCalls: [RollCall], drafts: [Draft] = [],
    sponsorships: [Sponsorship] = [], votes: [Entry]
  ) {
    let stateOrder = states.indices.sorted { states[$0].code < states[$1].code }
    let rollCallOrder = rollCalls.indices.sorted {
      let a = rollCalls[$0]
      let b = rollCalls[$1]
      return a.date != b.date ? a.date < b.date : a.id < b.id
    }
    var newStateIndex = [Int](repeating: 0, count: states.count)
    for (new, old) in stateOrder.enumerated() { newStateIndex[old] = new }
    var newRollCallIndex = [Int](repeating: 0, count: rollCalls.count)
    for (new, old) in rollCallOrder.enumerated() { newRollCallIndex[old] = new }

    self.states = stateOrder.map { states[$0] }
    self.rollCalls = rollCallOrder.map { rollCalls[$0] }
    self.drafts = drafts.sorted { $0.date != $1.date ? $0.date < $1.date : $0.id < $1.id }
    self.sponsorships = sponsorships
    self.recordedVoteCount = votes.count

    let stateCount = states.count
    let sortedStates = self.states
    let sortedRollCalls = self.rollCalls
    var matrix = [UInt8](repeating: Dataset.notMember, count: rollCalls.count * stateCount)
    matrix.withUnsafeMutableBufferPointer { cells in
      for (r, rollCall) in sortedRollCalls.enumerated() {
        let base = r * stateCount
        for (s, state) in sortedStates.enumerated() where state.isMember(on: rollCall.date) {
          cells[base + s] = Vote.nonVoting.rawValue
        }
      }
      for entry in votes {
        let r = newRollCallIndex[Int(entry.rollCall)]
        let s = newStateIndex[Int(entry.state)]
        cells[r * stateCount + s] = entry.vote.rawValue
      }
    }
    self.voteMatrix = matrix

    var stateByCode: [MemberState.Code: Int] = [:]
    for (index, state) in self.states.enumerated() { stateByCode[state.code] = index }
    self.stateByCode = stateByCode

    // Whole-text votes win a symbol over amendment and paragraph votes on the same text.
    var rollCallByKey: [String: Int] = [:]
    for (index, rollCall) in self.rollCalls.enumerated() {
      for key in [rollCall.resolution, rollCall.draft].compactMap({ $0 }) {
        if let existing = rollCallByKey[key], self.rollCalls[existing].isWholeText {
          continue
        }
        if rollCall.isWholeText || rollCallByKey[key] == nil { rollCallByKey[key] = index }
      }
    }
    for (index, rollCall) in self.rollCalls.enumerated() {
      rollCallByKey[rollCall.id.rawValue] = index
    }
    self.rollCallByKey = rollCallByKey

    var draftByKey: [String: Int] = [:]
    for (index, draft) in self.drafts.enumerated() {
      for key in [draft.draft, draft.resolution].compactMap({ $0 }) where draftByKey[key] == nil {
        draftByKey[key] = index
      }
    }
    for (index, draft) in self.drafts.enumerated() { draftByKey[draft.id.rawValue] = index }
    self.draftByKey = draftByKey

    var byDocument: [String: [Int]] = [:]
    for (index, sponsorship) in sponsorships.enumerated() {
      byDocument[sponsorship.document, default: []].append(index)
    }
    self.sponsorshipsByDocument = byDocument
  }

  // MARK: Lookup

  /// The interned index of the state with this alpha-3 code.
  @inlinable
  public func stateIndex(_ code: MemberState.Code) -> Int? { stateIndexStorage(code) }

  @usableFromInline
  func stateIndexStorage(_ code: MemberState.Code) -> Int? { stateByCode[code] }

  /// The state a user named: alpha-3 or alpha-2 code, or name, case-insensitively.
  public func stateIndex(matching text: String) -> Int? {
    let upper = text.uppercased()
    if let index = stateByCode[MemberState.Code(upper)] { return index }
    let lowered = text.lowercased()
    return states.firstIndex {
      $0.alpha2 == upper || $0.name.lowercased() == lowered
    }
  }

  /// The roll call with this id, resolution symbol or draft symbol
  /// (a whole-text vote is preferred over an amendment or paragraph vote).
  public func rollCallIndex(_ key: String) -> Int? { rollCallByKey[key] }

  /// Every roll call whose id, resolution symbol or draft symbol is `key`,
  /// in dataset order: several when a text had separate paragraph or
  /// amendment votes (`rollCallIndex` picks the whole-text one among them).
  /// - Complexity: O(r) in the number of roll calls.
  public func rollCallIndices(matching key: String) -> [Int] {
    rollCalls.indices.filter {
      let call = rollCalls[$0]
      return call.id.rawValue == key || call.resolution == key || call.draft == key
    }
  }

  /// The draft with this id, draft symbol or resolution symbol.
  public func draftIndex(_ key: String) -> Int? { draftByKey[key] }

  /// The vote of state `state` on roll call `rollCall`, or `nil` if it was not a member.
  @inlinable
  public func vote(rollCall: Int, state: Int) -> Vote? {
    Vote(rawValue: voteMatrix[rollCall * states.count + state])
  }

  /// The dense row of votes for one roll call (`states.count` bytes).
  @inlinable
  public func votes(rollCall: Int) -> ArraySlice<UInt8> {
    let base = rollCall * states.count
    return voteMatrix[base..<(base + states.count)]
  }

  /// Counts the votes of one roll call (members only).
  public func tally(rollCall: Int) -> Tally {
    var counts = [0, 0, 0, 0, 0]
    for byte in votes(rollCall: rollCall) { counts[byte == Dataset.notMember ? 4 : Int(byte)] += 1 }
    return Tally(yes: counts[0], no: counts[2], abstain: counts[1], nonVoting: counts[3])
  }

  /// Sponsorships of the text a roll call voted on, matched by its id,
  /// resolution symbol or draft symbol.
  public func sponsorships(rollCall: Int) -> [Sponsorship] {
    let rollCall = rollCalls[rollCall]
    return sponsorships(keys: [rollCall.id.rawValue, rollCall.resolution, rollCall.draft])
  }

  /// Sponsorships of a draft, matched by its id, draft symbol or resolution symbol.
  public func sponsorships(draft: Int) -> [Sponsorship] {
    let draft = drafts[draft]
    return sponsorships(keys: [draft.id.rawValue, draft.draft, draft.resolution])
  }

  private func sponsorships(keys: [String?]) -> [Sponsorship] {
    var seen = Set<Int>()
    var result: [Sponsorship] = []
    for key in keys.compactMap({ $0 }) {
      for index in sponsorshipsByDocument[key] ?? [] where seen.insert(index).inserted {
        result.append(sponsorships[index])
      }
    }
    return result
  }

  /// The states that were members on `date`, by interned index.
  public func members(on date: CalendarDate) -> [Int] {
    states.indices.filter { states[$0].isMember(on: date) }
  }
}
