import Foundation

/// A resolution title reduced to the words that identify a recurring resolution.
///
/// Most Assembly resolutions return every session under the same title, but
/// the catalogues spell it differently: in capitals or not, with or without
/// punctuation, followed by a catalogue note (`… : resolution / adopted by the
/// General Assembly`, often cut short: `… : resolution / ado`, or misspelt:
/// `… Assemly`), sometimes preceded by an agenda reference
/// (`A/71/251 39 - …`). Normalising:
///
/// 1. removes trailing catalogue notes: a segment after the last `:` or `/`
///    whose words are a prefix of, or within two edits of, "resolution
///    adopted by the general assembly" or "adopted by the general assembly"
///    (repeatedly, so `: resolution / adopted …` goes in two steps);
/// 2. removes a leading agenda reference `A/<session>/<number> <item> -`;
/// 3. folds case and diacritics;
/// 4. turns every run of characters other than letters and digits into one
///    space, and trims.
///
/// Two normalised titles *near-match* when one is a prefix of the other and
/// the shorter has at least `truncationMinimumLength` bytes (catalogues
/// cut long titles at a fixed width), or when their word sets have a Jaccard
/// similarity of at least `similarityThreshold` (a changed word: "of"/"on",
/// "organisation"/"organization", "twenty-fourth"/"24th").
public struct ResolutionTitle: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The normalised text: lower-case letters and digits, words separated by single spaces.
  public let text: String

  /// The shortest prefix that counts as a truncated form of a longer title, in UTF-8 bytes.
  public static let truncationMinimumLength = 40
  /// The smallest word-set Jaccard similarity that counts as a near match.
  public static let similarityThreshold = 0.8

  private static let catalogueNotes = [
    "resolution adopted by the general assembly", "adopted by the general assembly",
  ]

  /// Normalises `title` as described above.
  /// - Complexity: O(n) in the title's length, plus O(n²) for the edit distance of a note.
  public init(_ title: some StringProtocol) {
    var raw = String(title).trimmingCharacters(in: .whitespacesAndNewlines)
    while let cut = raw.lastIndex(where: { $0 == ":" || $0 == "/" }) {
      let tail = ResolutionTitle.simplified(raw[raw.index(after: cut)...])
      guard ResolutionTitle.isCatalogueNote(tail) else { break }
      raw = String(raw[..<cut])
    }
    text = ResolutionTitle.simplified(ResolutionTitle.droppingAgendaReference(raw))
  }

  /// The text as normalised, without further processing (for titles already normalised).
  public init(normalized text: String) {
    self.text = text
  }

  /// The normalised text.
  public var description: String { text }

  /// The distinct words of the title, sorted.
  public var words: [Substring] {
    Array(Set(text.split(separator: " "))).sorted()
  }

  /// Whether one title is a prefix of the other (the shorter at least
  /// `truncationMinimumLength` characters) or their words are similar enough.
  /// Equal titles near-match.
  public func nearMatches(_ other: ResolutionTitle) -> Bool {
    isTruncation(of: other) || other.isTruncation(of: self)
      || ResolutionTitle.jaccard(words, other.words) >= ResolutionTitle.similarityThreshold
  }

  /// Whether `self` is a prefix of `other` of at least `truncationMinimumLength` bytes (UTF-8).
  public func isTruncation(of other: ResolutionTitle) -> Bool {
    text.utf8.count >= ResolutionTitle.truncationMinimumLength
      && other.text.utf8.starts(with: text.utf8)
  }

  /// |a ∩ b| / |a ∪ b| for two sorted arrays of distinct elements; 0 when both are empty.
  /// - Complexity: O(|a| + |b|).
  static func jaccard<T: Comparable>(_ a: [T], _ b: [T]) -> Double {
    guard !a.isEmpty || !b.isEmpty else { return 0 }
    var i = 0
    var j = 0
    var shared = 0
    while i < a.count, j < b.count {
      if a[i] == b[j] {
        shared += 1
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return Double(shared) / Double(a.count + b.count - shared)
  }

  /// Byte-wise (UTF-8) order, so titles sharing a prefix sort together.
  public static func < (lhs: ResolutionTitle, rhs: ResolutionTitle) -> Bool {
    lhs.text.utf8.lexicographicallyPrecedes(rhs.text.utf8)
  }

  // MARK: Steps

  /// Case- and diacritic-folded letters and digits, other runs collapsed to one space.
  static func simplified(_ text: some StringProtocol) -> String {
    // Most titles are ASCII: fold those byte by byte, without Foundation.
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(text.utf8.count)
      var pendingSpace = false
      for byte in text.utf8 {
        let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
        if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
          if pendingSpace, !bytes.isEmpty { bytes.append(0x20) }
          pendingSpace = false
          bytes.append(lower)
        } else {
          pendingSpace = true
        }
      }
      return String(decoding: bytes, as: UTF8.self)
    }
    let folded = String(text).folding(
      options: [.caseInsensitive, .diacriticInsensitive], locale: nil
    ).lowercased()
    var result = ""
    var pendingSpace = false
    for character in folded {
      if character.isLetter || character.isNumber {
        if pendingSpace, !result.isEmpty { result.append(" ") }
        pendingSpace = false
        result.append(character)
      } else {
        pendingSpace = true
      }
    }
    return result
  }

  /// Whether a simplified tail is a catalogue note: empty, a prefix of a note
  /// (cut short), or within two edits of a whole note (misspelt).
  static func isCatalogueNote(_ tail: String) -> Bool {
    guard !tail.isEmpty else { return true }
    return catalogueNotes.contains { note in
      note.hasPrefix(tail)
        || (tail.count >= note.count - 2 && editDistance(tail, note, limit: 2) <= 2)
    }
  }

  /// Drops `A/<digits>/<digits> <digits> - ` at the start of a title.
  static func droppingAgendaReference(_ title: String) -> Substring {
    guard title.contains("/") else { return title[...] }
    let pattern = /^\s*A\/\d+\/\d+\s+\d+\s*-\s*/
    guard let match = title.prefixMatch(of: pattern) else { return title[...] }
    return title[match.range.upperBound...]
  }

  /// Levenshtein distance between two strings, or `limit + 1` when it exceeds `limit`.
  static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    guard abs(a.count - b.count) <= limit else { return limit + 1 }
    guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        rowMinimum = min(rowMinimum, current[j])
      }
      guard rowMinimum <= limit else { return limit + 1 }
      swap(&previous, &current)
    }
    return min(previous[b.count], limit + 1)
  }
}
