#!/usr/bin/env bash
# The core and CLI tests under AddressSanitizer + UndefinedBehaviorSanitizer (the `asan` preset,
# Debug) in build/asan: the GUI is left out (MAILSIGHT_BUILD_GUI=OFF: no widgets library, no GUI
# tests), LeakSanitizer is on with tests/sanitizers/lsan.supp (system libraries only) and UBSan
# stops at its first report, so any report from our code fails. Usage: test-asan.sh [BUILD_DIR]
# (packaging/test.sh runs it after the normal suite; MAILSIGHT_SKIP_ASAN=1 skips it there).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build/asan}
ARGS=(-DMAILSIGHT_BUILD_GUI=OFF)
command -v ninja >/dev/null && ARGS+=(-G Ninja)
command -v ccache >/dev/null && ARGS+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
start=$SECONDS
cmake --preset asan -B "$BUILD" "${ARGS[@]}" >/dev/null
cmake --build "$BUILD" -j"$(nproc)"
echo "asan: built in $((SECONDS - start)) s"
start=$SECONDS
# The test properties carry the sanitizer options (tests/MailsightTesting.cmake); the same here
# for anything a test starts outside them.
export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0
(cd "$BUILD" && ctest --output-on-failure -j2 --timeout 900 -LE gui)
echo "asan: tests ran in $((SECONDS - start)) s"
