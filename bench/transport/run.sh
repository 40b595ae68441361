#!/usr/bin/env bash
# Transport benchmark (issue 14, "Speed"): what the transport checks (MX, MTA-STS fetched over
# HTTPS, TLS-RPT) add to a 10-domain audit at 25 ms per DNS reply and per HTTPS round trip, against
# the issue's 150 ms. The work is done by transport_bench.py beside this script.
#
#   bench/transport/run.sh [--short] [BUILD_DIR] [more transport_bench.py options]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
args=()
if [[ "${1:-}" == "--short" ]]; then args+=(--short); shift; fi
if [[ $# -gt 0 && "${1:-}" != --* ]]; then args+=(--build "$1"); shift; fi
exec python3 "$here/transport_bench.py" "${args[@]}" "$@"
