#!/usr/bin/env bash
# Configures and builds Mailsight in build/release (or $MAILSIGHT_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${MAILSIGHT_BUILD_DIR:-build/release}
GEN=()
command -v ninja >/dev/null && GEN=(-G Ninja)
cmake -S . -B "$BUILD" "${GEN[@]}" -DCMAKE_BUILD_TYPE=${MAILSIGHT_BUILD_TYPE:-Release} ${MAILSIGHT_CMAKE_ARGS:-} >/dev/null
cmake --build "$BUILD" -j"$(nproc)"
