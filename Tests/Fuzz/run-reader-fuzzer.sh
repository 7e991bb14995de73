#!/usr/bin/env bash
# Fuzzes the CSV reader and the dataset loader with libFuzzer (Linux).
#
#   Tests/Fuzz/run-reader-fuzzer.sh          # one minute
#   Tests/Fuzz/run-reader-fuzzer.sh 600      # ten minutes
#
# Builds the library's sources with Tests/Fuzz/ReaderFuzzer.swift under
# -sanitize=fuzzer,address, seeds the corpus with the test fixtures (the
# four tables of a dataset joined by 0x1E bytes, as the harness cuts them),
# and runs in .build-fuzz, where libFuzzer leaves any crash-* or timeout-*
# input. Each such input becomes a test in Tests/UNGAKitTests/IO.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds="${1:-60}"
work="$root/.build-fuzz"
mkdir -p "$work/corpus"
fixtures="$root/Tests/UNGAKitTests/Fixtures"
for folder in "$fixtures"/native/*/ "$fixtures"/bad-input/*/; do
  name="$(basename "$folder")"
  {
    cat "$fixtures/native/member-states.csv"; printf '\036'
    cat "$folder/resolutions.csv" 2>/dev/null || true; printf '\036'
    cat "$folder/votes.csv" 2>/dev/null || true; printf '\036'
    cat "$folder/sponsors.csv" 2>/dev/null || true
  } > "$work/corpus/seed-$name"
done
find "$root/Sources/UNGAKit" -name '*.swift' -print0 \
  | xargs -0 swiftc -swift-version 6 -sanitize=fuzzer,address -parse-as-library -O \
    -module-name UNGAKit \
    -suppress-warnings "$root/Tests/Fuzz/ReaderFuzzer.swift" -o "$work/reader-fuzzer"
cd "$work"
./reader-fuzzer -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=4096 corpus
