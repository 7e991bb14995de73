#!/usr/bin/env bash
# Times reading the native format in a release build (a benchmark, not a test).
#
#   Benchmarks/run-load-benchmark.sh               # a synthetic history-sized dataset
#   Benchmarks/run-load-benchmark.sh datasets/history
#
# Builds LoadBenchmark against the library's sources in a scratch package
# under .build-benchmark (so Package.swift keeps no benchmark target), with
# the same release flags as the package.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$root/.build-benchmark"
package="$scratch/package"
mkdir -p "$package/Sources/LoadBenchmark"
ln -sfn "$root/Sources/UNGAKit" "$package/Sources/UNGAKit"
cp "$root/Benchmarks/LoadBenchmark/main.swift" "$package/Sources/LoadBenchmark/main.swift"
cat > "$package/Package.swift" <<'MANIFEST'
// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "LoadBenchmark",
  targets: [
    .target(name: "UNGAKit", swiftSettings: [.unsafeFlags(["-Ounchecked"])]),
    .executableTarget(name: "LoadBenchmark", dependencies: ["UNGAKit"]),
  ]
)
MANIFEST
swift build -c release --package-path "$package" --scratch-path "$scratch/build" >&2
data=()
if [ $# -gt 0 ]; then data=("$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"); fi
"$scratch/build/release/LoadBenchmark" "${data[@]}"
