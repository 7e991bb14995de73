/// Orders strings as people expect identifiers with numbers to sort:
/// `unvotes-9` before `unvotes-10`, `A/68/L.9` before `A/68/L.10`.
///
/// Runs of ASCII digits compare by value (then by length, so `07` follows `7`);
/// everything else compares by Unicode scalar value.
enum NaturalOrder {
  /// Whether `a` sorts before `b`.
  /// - Complexity: O(min(a.count, b.count)) in UTF-8 bytes.
  static func less(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    var i = 0
    var j = 0
    func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    while i < x.count && j < y.count {
      if isDigit(x[i]) && isDigit(y[j]) {
        let startI = i
        let startJ = j
        while i < x.count && isDigit(x[i]) { i += 1 }
        while j < y.count && isDigit(y[j]) { j += 1 }
        let digitsX = x[startI..<i].drop { $0 == 48 }
        let digitsY = y[startJ..<j].drop { $0 == 48 }
        if digitsX.count != digitsY.count { return digitsX.count < digitsY.count }
        if !digitsX.elementsEqual(digitsY) { return digitsX.lexicographicallyPrecedes(digitsY) }
        if i - startI != j - startJ { return i - startI < j - startJ }
      } else {
        if x[i] != y[j] { return x[i] < y[j] }
        i += 1
        j += 1
      }
    }
    return x.count - i < y.count - j
  }
}
