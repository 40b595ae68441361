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
    # With PostgreSQL 15 installed (packaging/setup-debian.sh), the same 20,000 records go into a
    # throw-away PostgreSQL too (about 10 s more): PostgreSQL/SQLite ratios (issue 19).
    pg=()
    if [[ -x ${PGBIN:-/usr/lib/postgresql/15/bin}/initdb ]] && command -v psql > /dev/null; then pg=(--postgres); fi
    echo "-- bench/reports --short ${pg[*]}"
    python3 "$here/reports/run_bench.py" --short "${pg[@]}" --cli "$cli" || { echo "bench/reports failed"; status=1; }
fi
exit $status
