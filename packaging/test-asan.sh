#!/usr/bin/env bash
# The core and CLI tests under AddressSanitizer + UndefinedBehaviorSanitizer, and the libFuzzer
# harnesses, from one clang build in build/asan (or BUILD_DIR): clang++-14, MAILSIGHT_SANITIZE and
# MAILSIGHT_FUZZ (the harnesses need clang's libFuzzer; the same instrumented objects serve the
# tests), -O1 -g1 (ASan's advice: fast enough, stack traces with lines), no GUI (no widgets
# library, no GUI tests). LeakSanitizer is on with tests/sanitizers/lsan.supp (system libraries
# only) and UBSan stops at its first report, so any report from our code fails.
#   test-asan.sh [BUILD_DIR]      (packaging/test.sh runs it after the normal suite, then
#                                  tests/fuzz/run-fuzzers.sh on the same build;
#                                  MAILSIGHT_SKIP_ASAN=1 skips it there)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build/asan}
ARGS=(-DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" -DCMAKE_CXX_COMPILER=clang++-14
      -DCMAKE_C_COMPILER=clang-14 -DMAILSIGHT_SANITIZE=ON -DMAILSIGHT_FUZZ=ON -DMAILSIGHT_BUILD_GUI=OFF
      -DMAILSIGHT_BUILD_TESTS=ON)
command -v ninja >/dev/null && ARGS+=(-G Ninja)
command -v ccache >/dev/null && ARGS+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
start=$SECONDS
cmake -S . -B "$BUILD" "${ARGS[@]}" >/dev/null
cmake --build "$BUILD" -j"$(nproc)"
echo "asan: built in $((SECONDS - start)) s"
start=$SECONDS
# The test properties carry the sanitizer options (tests/MailsightTesting.cmake); the same here
# for anything a test starts outside them.
export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0
(cd "$BUILD" && ctest --output-on-failure -j2 --timeout 900 -LE gui)
echo "asan: tests ran in $((SECONDS - start)) s"
