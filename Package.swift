// swift-tools-version:6.1

import PackageDescription

let package = Package(
  name: "UNGAKit",
  products: [
    .library(name: "UNGAKit", targets: ["UNGAKit"]),
    .executable(name: "unga", targets: ["unga"]),
  ],
  targets: [
    .target(name: "UNGAKit"),
    .executableTarget(name: "unga", dependencies: ["UNGAKit"]),
    .executableTarget(
      name: "ukraine-2025", dependencies: ["UNGAKit"], path: "notebooks-as-scripts/ukraine-2025"),
    .executableTarget(
      name: "crimea-2014", dependencies: ["UNGAKit"], path: "notebooks-as-scripts/crimea-2014"),
    .executableTarget(
      name: "alignment-atlas", dependencies: ["UNGAKit"],
      path: "notebooks-as-scripts/alignment-atlas"),
    .testTarget(name: "UNGAKitTests", dependencies: ["UNGAKit"], resources: [.copy("Fixtures")]),
    .testTarget(name: "ungaTests", dependencies: ["unga"]),
  ]
)

for target in package.targets {
  var settings = target.swiftSettings ?? []
  settings.append(.enableUpcomingFeature("ExistentialAny"))
  settings.append(.enableUpcomingFeature("MemberImportVisibility"))
  if target.type != .test {
    settings.append(.unsafeFlags(["-Ounchecked"], .when(configuration: .release)))
  }
  target.swiftSettings = settings
}
