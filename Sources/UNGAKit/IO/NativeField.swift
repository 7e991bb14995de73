/// Byte-level readers for the values of the native format's fields.
///
/// Every reader takes the field's bytes with surrounding spaces and tabs
/// already trimmed and returns `nil` for anything but the exact form the
/// format documents.
enum NativeField {
  /// `bytes` without leading and trailing spaces and tabs.
  @inline(__always)
  static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var start = 0
    var end = bytes.count
    while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
    while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
    if start == 0 && end == bytes.count { return bytes }
    return UnsafeBufferPointer(rebasing: bytes[start..<end])
  }

  /// Whether `bytes` spell `word` exactly.
  @inline(__always)
  static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
    guard bytes.count == word.utf8CodeUnitCount else { return false }
    let expected = word.utf8Start
    for index in 0..<bytes.count where bytes[index] != expected[index] { return false }
    return true
  }

  /// Whether two byte strings are the same.
  @inline(__always)
  static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ other: [UInt8]) -> Bool {
    guard bytes.count == other.count else { return false }
    for index in 0..<bytes.count where bytes[index] != other[index] { return false }
    return true
  }

  /// `yes`, `no`, `abstain` or `non-voting`.
  @inline(__always)
  static func vote(_ bytes: UnsafeBufferPointer<UInt8>) -> Vote? {
    switch bytes.count {
    case 2: return equals(bytes, "no") ? .no : nil
    case 3: return equals(bytes, "yes") ? .yes : nil
    case 7: return equals(bytes, "abstain") ? .abstain : nil
    case 10: return equals(bytes, "non-voting") ? .nonVoting : nil
    default: return nil
    }
  }

  /// A non-negative decimal integer of at most nine digits, without sign or separators.
  static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard (1...9).contains(bytes.count) else { return nil }
    var value = 0
    for byte in bytes {
      guard (48...57).contains(byte) else { return nil }
      value = value * 10 + Int(byte - 48)
    }
    return value
  }

  /// `bytes` quoted for a message, shortened when long.
  static func quoted(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    quoted(String(decoding: bytes, as: UTF8.self))
  }

  /// `text` quoted for a message, shortened when long.
  static func quoted(_ text: String) -> String {
    let limit = 60
    guard text.count > limit else { return "'\(text)'" }
    return "'\(text.prefix(limit))…' (\(text.utf8.count) bytes)"
  }
}
