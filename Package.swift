// swift-tools-version:6.1

import PackageDescription

let package = Package(
  name: "UNGAKit",
  products: [
    .library(name: "Charts", targets: ["Charts"]),
    .library(name: "UNGAKit", targets: ["UNGAKit"]),
    .executable(name: "unga", targets: ["unga"]),
  ],
  targets: [
    .target(name: "Charts"),
    .target(name: "UNGAKit", dependencies: ["Charts"]),
    .executableTarget(name: "unga", dependencies: ["UNGAKit", "Charts"]),
    .executableTarget(
      name: "ukraine-2025", dependencies: ["UNGAKit", "Charts", "NotebookSupport"],
      path: "notebooks-as-scripts/ukraine-2025"),
    .executableTarget(
      name: "crimea-2014", dependencies: ["UNGAKit", "Charts", "NotebookSupport"],
      path: "notebooks-as-scripts/crimea-2014"),
    .executableTarget(
      name: "alignment-atlas", dependencies: ["UNGAKit", "Charts", "NotebookSupport"],
      path: "notebooks-as-scripts/alignment-atlas"),
    .target(
      name: "NotebookSupport", dependencies: ["UNGAKit", "Charts"],
      path: "notebooks-as-scripts/NotebookSupport"),
    .target(name: "ChartTesting", dependencies: ["Charts"], path: "Tests/ChartTesting"),
    .testTarget(name: "ChartsTests", dependencies: ["Charts", "ChartTesting"]),
    .testTarget(
      name: "UNGAKitTests", dependencies: ["UNGAKit", "Charts", "ChartTesting"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "ungaTests", dependencies: ["unga", "UNGAKit", "Charts"]),
  ]
)

for target in package.targets {
  var settings = target.swiftSettings ?? []
  settings.append(.enableUpcomingFeature("ExistentialAny"))
  settings.append(.enableUpcomingFeature("MemberImportVisibility"))
  // Release builds keep Swift's overflow and bounds checks (-O, not -Ounchecked): measured
  // side by side, `unga bench simulate` and `unga bench load` were no faster unchecked, and a
  // count or parse that overflows must trap, not wrap. Hot loops that want wrapping say so
  // with &+ and &*.
  if target.name == "UNGAKit" {
    // The library is optimised in debug builds too: one simulation builds millions of
    // tabulated cuts (MonteCarloPlan), and unoptimised the end-to-end tests of `recruit` and
    // `simulate` take minutes each. Checks stay on (-O, not -Ounchecked).
    settings.append(.unsafeFlags(["-O"], .when(configuration: .debug)))
  }
  target.swiftSettings = settings
}
