#!/usr/bin/env bash
# Every benchmark in its short mode, for CI: prints the ratios, asserts nothing about time.
#   bench/run-short.sh BUILD_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build/release}" && pwd)
cli=$build/app/mailsight-cli
status=0
echo "-- bench/spf --short"
bash "$here/spf/run.sh" --short --cli "$cli" || { echo "bench/spf failed"; status=1; }
echo "-- bench/audit --short"
bash "$here/audit/run.sh" --short "$build" || { echo "bench/audit failed"; status=1; }
echo "-- bench/transport --short"
bash "$here/transport/run.sh" --short "$build" || { echo "bench/transport failed"; status=1; }
if [[ -f $here/reports/run_bench.py ]]; then
    echo "-- bench/reports --short"
    python3 "$here/reports/run_bench.py" --short --cli "$cli" || { echo "bench/reports failed"; status=1; }
fi
exit $status
