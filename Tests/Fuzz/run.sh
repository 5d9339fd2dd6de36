#!/usr/bin/env bash
# Fuzzes one Folio entry point with libFuzzer for a set time.
#
#   Tests/Fuzz/run.sh TARGET SECONDS [libFuzzer options…]
#   TARGET: decoder | layout | dates | tokenizer | query
#
# Builds the `folio-fuzz` product with AddressSanitizer and libFuzzer's
# coverage instrumentation into .build-fuzz (separate from .build), then runs
# it on a working copy of the seeds in Tests/Fuzz/corpus/TARGET. The grown
# corpus stays in .build-fuzz/corpus/TARGET; crashing inputs go to
# Tests/Fuzz/crashes/TARGET/ (untracked): move the ones you fix to
# Tests/Fuzz/regressions/TARGET/, which `swift test` replays.
#
# Why not `swift build -Xswiftc -sanitize=fuzzer`: SwiftPM passes -Xswiftc to
# every link, including the folio-embed build tool, whose `main` clashes with
# libFuzzer's. So every module is compiled with the fuzzer's instrumentation
# only (-Xfrontend -sanitize=fuzzer), and folio-fuzz calls
# LLVMFuzzerRunDriver from libclang_rt.fuzzer_no_main itself (FuzzEntry.swift).
#
# Environment: FOLIO_FUZZ_CONFIGURATION=debug|release (default release; the
# first release build takes about 2 minutes),
# FOLIO_FUZZ_JOBS (parallel fuzzing processes, default 1).
set -euo pipefail

usage() { echo "usage: $0 decoder|layout|dates|tokenizer|query SECONDS [libFuzzer options…]" >&2; exit 2; }
[[ $# -ge 2 ]] || usage
target=$1 seconds=$2
shift 2
case $target in decoder|layout|dates|tokenizer|query) ;; *) usage ;; esac
[[ $seconds =~ ^[0-9]+$ ]] || usage

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
configuration=${FOLIO_FUZZ_CONFIGURATION:-release}
jobs=${FOLIO_FUZZ_JOBS:-1}
scratch=.build-fuzz

swift_bin=$(dirname "$(readlink -f "$(command -v swift)")")
fuzzer_library=$(ls "$swift_bin"/../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-"$(uname -m)".a | head -n 1)

# One build at a time when two targets are started together.
mkdir -p "$scratch"
exec 9>"$scratch/fuzz-build.lock"
flock 9
swift build --scratch-path "$scratch" -c "$configuration" --product folio-fuzz \
    -Xswiftc -sanitize=address -Xswiftc -Xfrontend -Xswiftc -sanitize=fuzzer \
    -Xswiftc -DFOLIO_LIBFUZZER -Xswiftc -enable-experimental-feature -Xswiftc Extern \
    -Xlinker "$fuzzer_library" -Xlinker -lstdc++ \
    2>&1 | grep -v "Cannot export local symbol" || true
flock -u 9
binary=$scratch/$configuration/folio-fuzz
[[ -x $binary ]] || { echo "build failed" >&2; exit 1; }

corpus=$scratch/corpus/$target
crashes=Tests/Fuzz/crashes/$target
mkdir -p "$corpus" "$crashes"
cp -n Tests/Fuzz/corpus/"$target"/* "$corpus"/ 2>/dev/null || true
# The layout tests' real pages make good starting points too.
[[ $target == layout ]] && cp -n Tests/FolioIngestTests/Fixtures/pages/*.txt "$corpus"/ 2>/dev/null || true

# Swift's own crash backtracer would take over libFuzzer's deadly-signal
# handling; libFuzzer reports and saves the input itself.
export SWIFT_BACKTRACE=enable=no
export FOLIO_FUZZ_TARGET=$target
parallel=()
[[ $jobs -gt 1 ]] && parallel=(-jobs="$jobs" -workers="$jobs")
exec "$binary" "$corpus" \
    -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$crashes/" -print_final_stats=1 ${parallel[@]+"${parallel[@]}"} "$@"
