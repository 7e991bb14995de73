import Testing

@testable import UNGAKit

@Suite struct NaturalOrderTests {
  @Test(arguments: [
    ("unvotes-9", "unvotes-10", true), ("unvotes-10", "unvotes-9", false),
    ("A/68/L.9", "A/68/L.10", true), ("A/68/L.39", "A/68/L.39/Add.1", true),
    ("A/RES/68/262", "A/RES/68/262", false), ("a7", "a07", true), ("B", "a", true),
  ])
  func orders(a: String, b: String, less: Bool) {
    #expect(NaturalOrder.less(a, b) == less)
  }
}
