#!/usr/bin/env bash
# Fuzzes the CSV reader and the dataset loader with libFuzzer (Linux).
#
#   Tests/Fuzz/run-reader-fuzzer.sh              # each harness for one minute
#   Tests/Fuzz/run-reader-fuzzer.sh 600          # each for ten minutes
#   Tests/Fuzz/run-reader-fuzzer.sh 60 csv       # only the CSV reader
#   Tests/Fuzz/run-reader-fuzzer.sh 60 loader    # only the dataset loader
#
# Builds the library's sources with Tests/Fuzz/ReaderFuzzer.swift under
# -sanitize=fuzzer,address into .build-fuzz (git-ignored), seeds one corpus
# per harness from the test fixtures (for the loader: the four tables of a
# dataset joined by 0x1E bytes, as the harness cuts them), and runs each
# harness in .build-fuzz/<harness>, where libFuzzer leaves any crash-* or
# timeout-* input. Each such input becomes a test in Tests/UNGAKitTests/IO.
# Exits non-zero when a harness finds a crash or hang.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds="${1:-60}"
harnesses="${2:-csv loader}"
work="$root/.build-fuzz"
fixtures="$root/Tests/UNGAKitTests/Fixtures"
mkdir -p "$work/csv/corpus" "$work/loader/corpus"
for file in "$fixtures"/native/*.csv "$fixtures"/native/*/*.csv "$fixtures"/bad-input/*/*.csv; do
  cp "$file" "$work/csv/corpus/seed-$(echo "${file#"$fixtures"/}" | tr / -)"
done
for folder in "$fixtures"/native/*/ "$fixtures"/bad-input/*/; do
  name="$(basename "$folder")"
  {
    cat "$fixtures/native/member-states.csv"; printf '\036'
    cat "$folder/resolutions.csv" 2>/dev/null || true; printf '\036'
    cat "$folder/votes.csv" 2>/dev/null || true; printf '\036'
    cat "$folder/sponsors.csv" 2>/dev/null || true
  } > "$work/loader/corpus/seed-$name"
done
find "$root/Sources/UNGAKit" -name '*.swift' -print0 \
  | xargs -0 swiftc -swift-version 6 -sanitize=fuzzer,address -parse-as-library -O \
    -module-name UNGAKit \
    -suppress-warnings "$root/Tests/Fuzz/ReaderFuzzer.swift" -o "$work/reader-fuzzer"
for harness in $harnesses; do
  echo "== $harness harness, $seconds s"
  cd "$work/$harness"
  UNGA_FUZZ_HARNESS="$harness" ../reader-fuzzer -max_total_time="$seconds" -max_len=8192 \
    -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 corpus
done
