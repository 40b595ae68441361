#!/usr/bin/env bash
# Audit benchmark (issue 6, "Speed"): generated domains served by NSD behind a proxy that delays
# every reply by 25 ms; a 200-domain batch against its critical-path formula, a 10-domain full
# audit against 400 ms and against pyspf, peak memory, the 200-domain PDF, and the peak memory of
# a short and a long batch in each output format (memory.py, issue 20). Prints a table of
# measured / target / ratio / PASS-MISS from one run; a MISS is reported, never failed.
# The work is done by audit_bench.py beside this script (see its docstring and README.md).
#
#   bench/audit/run.sh [--short] [BUILD_DIR] [more audit_bench.py options]
# --short: 40-domain batch, one run each, memory runs of 100 vs 500 domains (jsonl) (CI). BUILD_DIR: a Release build (default build/rel).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
args=()
if [[ "${1:-}" == "--short" ]]; then args+=(--short); shift; fi
if [[ $# -gt 0 && "${1:-}" != --* ]]; then args+=(--build "$1"); shift; fi
exec python3 "$here/audit_bench.py" "${args[@]}" "$@"
