/// The five regional groups of the General Assembly.
///
/// Source: UN Department for General Assembly and Conference Management,
/// "Regional groups of Member States". The raw value is the name used in the
/// CSV files. Historical members are placed in the group their successor or
/// their region belongs to (the groups took their present form in 1963).
public enum RegionalGroup: String, Sendable, Hashable, Codable, CaseIterable,
  CustomStringConvertible
{
  case african = "African"
  case asiaPacific = "Asia-Pacific"
  case easternEuropean = "Eastern European"
  case latinAmericanAndCaribbean = "Latin American and Caribbean"
  case westernEuropeanAndOthers = "Western European and Others"

  /// A short label for narrow tables: `AFR`, `APG`, `EEG`, `GRULAC`, `WEOG`.
  public var abbreviation: String {
    switch self {
    case .african: "AFR"
    case .asiaPacific: "APG"
    case .easternEuropean: "EEG"
    case .latinAmericanAndCaribbean: "GRULAC"
    case .westernEuropeanAndOthers: "WEOG"
    }
  }

  public var description: String { rawValue }

  /// Reads the CSV name or the abbreviation, case-insensitively.
  public init?(name: some StringProtocol) {
    let lowered = name.lowercased()
    guard
      let group = RegionalGroup.allCases.first(where: {
        $0.rawValue.lowercased() == lowered || $0.abbreviation.lowercased() == lowered
      })
    else { return nil }
    self = group
  }
}
