import ChartTesting
import Charts
import Testing

@Suite struct TileMapTests {
  private let map = TileMap(
    title: "Probability of a yes vote",
    tiles: [
      .init(column: 0, row: 0, code: "CAN", name: "Canada", color: "#0072B2", detail: "yes 80 %"),
      .init(column: 1, row: 1, code: "USA", name: "United States", color: "#f0f0f0"),
      .init(column: 12, row: 5, code: "FRA", name: "France <&>", color: "#D55E00"),
    ],
    legend: [.init(label: "yes", color: "#0072B2"), .init(label: "no", color: "#D55E00")])

  @Test func mapIsWellFormedWithOneTilePerPlace() {
    let parsed = expectWellFormedChart(map.render(), title: map.title)
    let tiles = parsed.all("rect").filter { $0.attributes["rx"] == "2" }
    #expect(tiles.count == 3)
    #expect(parsed.all("title").map(\.text).contains("Canada: yes 80 %"))
    #expect(parsed.all("title").map(\.text).contains("France <&>"))
    // Labels at 11 px, white on dark tiles and ink on light ones.
    let labels = parsed.all("text").filter { ["CAN", "USA", "FRA"].contains($0.text) }
    #expect(labels.count == 3)
    #expect(labels.allSatisfy { $0.attributes["font-size"] == "11" })
    #expect(labels.first { $0.text == "CAN" }?.attributes["fill"] == "#ffffff")
    #expect(labels.first { $0.text == "USA" }?.attributes["fill"] == ChartPalette.ink)
  }

  @Test func tilesSitOnTheirGridCells() throws {
    let parsed = ParsedXML(map.render())
    let tiles = parsed.all("rect").filter { $0.attributes["rx"] == "2" }
    let xs = tiles.compactMap { Double($0.attributes["x"] ?? "") }
    let ys = tiles.compactMap { Double($0.attributes["y"] ?? "") }
    #expect(abs((xs[1] - xs[0]) - map.tileSize) < 1e-9)
    #expect(abs((ys[2] - ys[0]) - 5 * map.tileSize) < 1e-9)
    #expect(map.width == 13 * map.tileSize + 20)
  }

  @Test func coloursMixAndReadAsDarkOrLight() {
    #expect(ChartPalette.mix("#000000", "#ffffff", 0.5) == "#808080")
    #expect(ChartPalette.blend([("#ff0000", 1), ("#0000ff", 3)]) == "#4000bf")
    #expect(ChartPalette.blend([]) == "#ffffff")
    #expect(ChartPalette.isDark("#0072B2"))
    #expect(!ChartPalette.isDark("#E69F00"))
  }
}
