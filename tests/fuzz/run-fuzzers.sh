#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang (preset `fuzz`) and runs each for a few seconds on
# its seed corpus (tests/fuzz/corpus/<name>/). Usage: run-fuzzers.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_EACH=${1:-10}
# MAILSIGHT_FUZZ_BUILD_DIR: an existing build with MAILSIGHT_FUZZ=ON (CI: packaging/test-asan.sh's,
# which builds the harnesses beside the sanitized tests); otherwise build/fuzz is configured here.
BUILD=${MAILSIGHT_FUZZ_BUILD_DIR:-build/fuzz}
if [[ -z ${MAILSIGHT_FUZZ_BUILD_DIR:-} ]]; then
    GEN=()
    command -v ninja >/dev/null && GEN=(-G Ninja)
    cmake -S . -B "$BUILD" "${GEN[@]}" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++-14 \
        -DMAILSIGHT_FUZZ=ON -DMAILSIGHT_BUILD_GUI=OFF -DMAILSIGHT_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$BUILD" -j"$(nproc)"
export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1
status=0
for fuzzer in "$BUILD"/tests/fuzz/fuzz_*; do
    [[ -f $fuzzer && -x $fuzzer ]] || continue
    name=$(basename "$fuzzer")
    corpus=tests/fuzz/corpus/$name
    work=$(mktemp -d)
    seeds=()
    [[ -d $corpus ]] && seeds=("$corpus")
    if "$fuzzer" -max_total_time="$SECONDS_EACH" -max_len=65536 -rss_limit_mb=2048 \
        -artifact_prefix="$BUILD/$name-" "$work" "${seeds[@]}" > "$BUILD/$name.log" 2>&1; then
        echo "fuzz: $name ok ($(grep -Eo '#[0-9]+' "$BUILD/$name.log" | tail -1 | tr -d '#') runs in ${SECONDS_EACH}s)"
    else
        echo "fuzz: $name FAILED — see $BUILD/$name.log"; tail -n 30 "$BUILD/$name.log"; status=1
    fi
    rm -rf "$work"
done
exit $status
