import Testing

@testable import UNGAKit

@Suite struct ByteKeyTableTests {
  @Test func storesAndFindsManyKeysThroughGrowth() {
    var table = ByteKeyTable()
    for index in 0..<20_000 {
      #expect(table.insert("unvotes-\(index)", value: Int32(index)) == nil)
    }
    #expect(table.count == 20_000)
    for index in stride(from: 0, to: 20_000, by: 7) {
      #expect(table.value(for: "unvotes-\(index)") == Int32(index))
    }
    #expect(table.value(for: "unvotes-20000") == nil)
    #expect(table.value(for: "") == nil)
  }

  @Test func keepsTheFirstValueOfAKey() {
    var table = ByteKeyTable()
    #expect(table.insert("USA", value: 1) == nil)
    #expect(table.insert("USA", value: 2) == 1)
    #expect(table.value(for: "USA") == 1)
  }

  @Test func comparesWholeKeys() {
    var table = ByteKeyTable()
    table.insert("", value: 0)
    table.insert("A", value: 1)
    table.insert("AB", value: 2)
    table.insert("Türkiye", value: 3)
    #expect(table.value(for: "") == 0)
    #expect(table.value(for: "A") == 1)
    #expect(table.value(for: "AB") == 2)
    #expect(table.value(for: "ABC") == nil)
    #expect(table.value(for: "Türkiye") == 3)
    #expect(table.value(for: "Turkiye") == nil)
  }
}
