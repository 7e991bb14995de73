#!/usr/bin/env bash
# Fuzzes the CSV reader, the dataset loader and the three importers with
# libFuzzer (Linux).
#
#   Tests/Fuzz/run-reader-fuzzer.sh                # every harness for one minute
#   Tests/Fuzz/run-reader-fuzzer.sh 600            # each for ten minutes
#   Tests/Fuzz/run-reader-fuzzer.sh 300 loader     # only the dataset loader
#   Tests/Fuzz/run-reader-fuzzer.sh 300 unvotes    # only the unvotes importer
#   Tests/Fuzz/run-reader-fuzzer.sh 300 undl       # only the Digital Library importer
#   Tests/Fuzz/run-reader-fuzzer.sh 300 sponsors   # only the catalogue importer
#   Tests/Fuzz/run-reader-fuzzer.sh 60 csv         # only the CSV reader
#
# Copies the library's sources (so they may be edited while it runs), builds
# them with Tests/Fuzz/ReaderFuzzer.swift under -sanitize=fuzzer,address into
# .build-fuzz (git-ignored; one binary per run, named after its harnesses),
# seeds one corpus per harness from the test fixtures (parts of a multi-file
# input joined by 0x1E bytes, as the harness cuts them), and runs each harness
# in .build-fuzz/<harness>, where libFuzzer leaves any crash-* or timeout-*
# input. Each such input becomes a test in Tests/UNGAKitTests/IO.
# Exits non-zero when a harness finds a crash or hang.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds="${1:-60}"
harnesses="${2:-csv loader unvotes undl sponsors}"
work="$root/.build-fuzz"
fixtures="$root/Tests/UNGAKitTests/Fixtures"
mkdir -p "$work"/{csv,loader,unvotes,undl,sponsors}/corpus
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
u="$fixtures/unvotes"
{ cat "$u/un_roll_calls.csv"; printf '\036'; cat "$u/un_votes.csv"; printf '\036'
  cat "$u/un_roll_call_issues.csv"; } > "$work/unvotes/corpus/seed-all"
{ head -8 "$u/un_roll_calls.csv"; printf '\036'; head -30 "$u/un_votes.csv"; printf '\036'
  cat "$u/un_roll_call_issues.csv"; printf '\036'
  { head -1 "$u/un_roll_calls.csv"; tail -n +9 "$u/un_roll_calls.csv"; }; printf '\036'
  { head -1 "$u/un_votes.csv"; tail -n +31 "$u/un_votes.csv"; }; } > "$work/unvotes/corpus/seed-split"
for file in "$fixtures"/undl/*.csv; do
  head -c 6000 "$file" > "$work/undl/corpus/seed-$(basename "$file")"
done
{ head -40 "$fixtures/undl/ga-es-11-1-votes.csv"; printf '\036'
  head -40 "$fixtures/undl/undl-full-sample.csv"; } > "$work/undl/corpus/seed-both"
s="$fixtures/sponsors"
{ head -30 "$s/draft-resolutions-nl.csv"; printf '\036'; head -60 "$s/draft-sponsors-nl.csv"; } \
  > "$work/sponsors/corpus/seed-both"
{ head -12 "$s/draft-resolutions-nl.csv"; } > "$work/sponsors/corpus/seed-drafts"

binary="$work/reader-fuzzer-$(echo "$harnesses" | tr ' ' -)"
sources="$(mktemp -d)"
trap 'rm -rf "$sources"' EXIT
cp -R "$root/Sources/UNGAKit" "$root/Sources/Charts" "$sources/"
# The library's dependency Charts first, as a module of its own, then the library with the harness.
find "$sources/Charts" -name '*.swift' -print0 \
  | xargs -0 swiftc -swift-version 6 -sanitize=fuzzer,address -parse-as-library -O \
    -module-name Charts -emit-module -emit-module-path "$sources/Charts.swiftmodule" \
    -emit-library -static -o "$sources/libCharts.a" -suppress-warnings
find "$sources/UNGAKit" -name '*.swift' -print0 \
  | xargs -0 swiftc -swift-version 6 -sanitize=fuzzer,address -parse-as-library -O \
    -module-name UNGAKit -I "$sources" -L "$sources" -lCharts \
    -suppress-warnings "$root/Tests/Fuzz/ReaderFuzzer.swift" -o "$binary"
export UNGA_FUZZ_MEMBER_STATES="$root/datasets/member-states.csv"
export UNGA_FUZZ_SOURCES="$root/datasets/sources"
for harness in $harnesses; do
  echo "== $harness harness, $seconds s"
  cd "$work/$harness"
  UNGA_FUZZ_HARNESS="$harness" "$binary" -max_total_time="$seconds" -max_len=8192 \
    -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 corpus
done
