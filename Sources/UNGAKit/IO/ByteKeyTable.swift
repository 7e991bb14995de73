/// A hash table from byte strings to small integers, looked up with raw
/// bytes, so that interning a CSV field needs no `String`.
///
/// Open addressing with linear probing over a power-of-two array of slots,
/// kept at most half full; keys are stored back to back in one buffer.
struct ByteKeyTable: Sendable {
  private var slots: [Int32]
  private var keyEnds: [Int32] = []
  private var hashes: [UInt32] = []
  private var arena: [UInt8] = []
  private(set) var values: [Int32] = []

  init(capacity: Int = 8) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    slots = [Int32](repeating: -1, count: size)
  }

  var count: Int { values.count }

  /// FNV-1a, 32 bits: keys are short ids and codes, where it is fast and spreads well.
  @inline(__always)
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var h: UInt32 = 2_166_136_261
    for byte in key { h = (h ^ UInt32(byte)) &* 16_777_619 }
    return h
  }

  /// The value stored for `key`, or `nil`.
  func value(for key: UnsafeBufferPointer<UInt8>) -> Int32? {
    let h = ByteKeyTable.hash(key)
    let mask = slots.count - 1
    var slot = Int(h) & mask
    while true {
      let entry = Int(slots[slot])
      if entry < 0 { return nil }
      if hashes[entry] == h && keyEquals(entry, key) { return values[entry] }
      slot = (slot + 1) & mask
    }
  }

  /// The value stored for `key`, or `nil`.
  func value(for key: String) -> Int32? {
    var key = key
    return key.withUTF8 { value(for: $0) }
  }

  /// Stores `value` for `key` unless the key is already there; returns the
  /// value already stored, if any.
  @discardableResult
  mutating func insert(_ key: String, value: Int32) -> Int32? {
    var key = key
    return key.withUTF8 { insert($0, value: value) }
  }

  /// Stores `value` for `key` unless the key is already there; returns the
  /// value already stored, if any.
  @discardableResult
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int32) -> Int32? {
    let h = ByteKeyTable.hash(key)
    let mask = slots.count - 1
    var slot = Int(h) & mask
    while true {
      let entry = Int(slots[slot])
      if entry < 0 { break }
      if hashes[entry] == h && keyEquals(entry, key) { return values[entry] }
      slot = (slot + 1) & mask
    }
    slots[slot] = Int32(values.count)
    arena.append(contentsOf: key)
    keyEnds.append(Int32(arena.count))
    hashes.append(h)
    values.append(value)
    if values.count * 2 > slots.count { grow() }
    return nil
  }

  private func keyEquals(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = entry == 0 ? 0 : Int(keyEnds[entry - 1])
    let end = Int(keyEnds[entry])
    guard end - start == key.count else { return false }
    return arena.withUnsafeBufferPointer { stored in
      var index = 0
      while index < key.count {
        if stored[start + index] != key[index] { return false }
        index += 1
      }
      return true
    }
  }

  private mutating func grow() {
    let size = slots.count * 2
    let mask = size - 1
    var grown = [Int32](repeating: -1, count: size)
    for entry in values.indices {
      var slot = Int(hashes[entry]) & mask
      while grown[slot] >= 0 { slot = (slot + 1) & mask }
      grown[slot] = Int32(entry)
    }
    slots = grown
  }
}
