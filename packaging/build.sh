#!/usr/bin/env bash
# Configures and builds Mailsight in build/release (or $MAILSIGHT_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${MAILSIGHT_BUILD_DIR:-build/release}
GEN=()
command -v ninja >/dev/null && GEN=(-G Ninja)
FLAGS=()
[[ -n ${MAILSIGHT_CXX_FLAGS_CI:-} ]] && FLAGS=("-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=$MAILSIGHT_CXX_FLAGS_CI")
cmake -S . -B "$BUILD" "${GEN[@]}" -DCMAKE_BUILD_TYPE=${MAILSIGHT_BUILD_TYPE:-Release} "${FLAGS[@]}" ${MAILSIGHT_CMAKE_ARGS:-} >/dev/null
cmake --build "$BUILD" -j"$(nproc)"
