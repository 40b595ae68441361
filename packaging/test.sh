#!/usr/bin/env bash
# The whole test suite from a fresh Debian 12 machine: installs packages, builds warning-free,
# runs the GUI and packaging tests on that build, the demo job, the short benchmarks, then the core
# and CLI tests under AddressSanitizer + UndefinedBehaviorSanitizer (packaging/test-asan.sh) and
# each fuzzer briefly from the same sanitizer build. Every test runs once.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-debian.sh
export MAILSIGHT_BUILD_DIR=${MAILSIGHT_BUILD_DIR:-build/ci}
export MAILSIGHT_BUILD_TYPE=RelWithDebInfo
# -g1: line tables for stack traces without full debug info (a fifth less compile time, far
# smaller objects to link into ~90 test programs).
# The core and CLI tests are built and run once, under the sanitizers (test-asan.sh below); this
# tree builds the product and runs the GUI and packaging tests. With MAILSIGHT_SKIP_ASAN=1 it runs
# everything itself.
core_tests=OFF
if [[ ${MAILSIGHT_SKIP_ASAN:-0} == 1 ]]; then core_tests=ON; fi
export MAILSIGHT_CMAKE_ARGS="-DMAILSIGHT_WERROR=ON -DMAILSIGHT_CORE_TESTS=$core_tests ${MAILSIGHT_CMAKE_ARGS:-}"
export MAILSIGHT_CXX_FLAGS_CI="-O2 -g1 -DNDEBUG"
bash packaging/build.sh
export QT_QPA_PLATFORM=offscreen
(cd "$MAILSIGHT_BUILD_DIR" && ctest --output-on-failure -j2 --timeout 600)
echo "== demo job =="
bash packaging/demo.sh > "$MAILSIGHT_BUILD_DIR/demo.log" 2>&1 || { cat "$MAILSIGHT_BUILD_DIR/demo.log"; exit 1; }
tail -n 5 "$MAILSIGHT_BUILD_DIR/demo.log"
if [[ -x bench/run-short.sh ]]; then
    echo "== benchmarks (short mode, no timing assertions) =="
    bash bench/run-short.sh "$MAILSIGHT_BUILD_DIR"
fi
# One clang build (build/asan) serves the sanitized tests and the fuzzers.
if [[ ${MAILSIGHT_SKIP_ASAN:-0} != 1 ]]; then
    echo "== core and CLI tests under ASan + UBSan (LeakSanitizer on) =="
    # That build has no GUI: the CLI tests' PDFs (audit --pdf, merge --pdf) use this build's renderer.
    export MAILSIGHT_REPORT_RENDERER=$PWD/$MAILSIGHT_BUILD_DIR/app/mailsight-report
    bash packaging/test-asan.sh build/asan
    export MAILSIGHT_FUZZ_BUILD_DIR=build/asan
fi
if [[ ${MAILSIGHT_SKIP_FUZZ:-0} != 1 ]]; then
    echo "== fuzzers (short) =="
    bash tests/fuzz/run-fuzzers.sh "${MAILSIGHT_FUZZ_SECONDS:-10}"
fi
