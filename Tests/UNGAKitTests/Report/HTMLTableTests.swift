import ChartTesting
import Testing
import UNGAKit

@Suite struct HTMLTableTests {
  private func table() -> HTMLTable {
    var table = HTMLTable(
      caption: "Scenarios <all>",
      columns: [.init("Scenario"), .init("P(adopted)", isNumeric: true)])
    table.appendRow(["Baseline & co", "30.5 %"])
    table.appendRow(["Côte d’Ivoire"])
    return table
  }

  @Test func rendersCaptionHeadersAndNumericCells() {
    let expected = """
      <table>
      <caption>Scenarios &lt;all&gt;</caption>
      <thead>
      <tr><th scope="col">Scenario</th><th scope="col" class="num">P(adopted)</th></tr>
      </thead>
      <tbody>
      <tr><th scope="row">Baseline &amp; co</th><td class="num">30.5 %</td></tr>
      <tr><th scope="row">Côte d’Ivoire</th><td class="num"></td></tr>
      </tbody>
      </table>

      """
    #expect(table().render() == expected)
  }

  @Test func parsesAndKeepsEveryCell() {
    let parsed = ParsedXML(table().render())
    #expect(parsed.error == nil)
    #expect(parsed.all("tr").count == 3)
    #expect(parsed.all("th").map(\.text).contains("Baseline & co"))
    #expect(parsed.all("caption").first?.text == "Scenarios <all>")
  }

  @Test func rowHeadersCanBeTurnedOff() {
    var plain = table()
    plain.firstColumnIsRowHeader = false
    #expect(!plain.render().contains("scope=\"row\""))
    #expect(plain.render().contains("<td>Baseline &amp; co</td>"))
  }
}
