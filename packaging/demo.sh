#!/usr/bin/env bash
# The main job, offline: installs what is needed, builds, and audits the bundled demo zones.
# Writes the results to demo-output/; where a display exists, opens the GUI on the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup-debian.sh
bash packaging/build.sh
BUILD=${MAILSIGHT_BUILD_DIR:-build/release}
CLI="$BUILD/app/mailsight-cli"
OUT=demo-output
mkdir -p "$OUT"
echo
echo "== What the auditor sees for the demo domain overlimit.test (offline, bundled zones) =="
"$CLI" --demo lookup overlimit.test TXT
for domain in example.com overlimit.test monitor.test weakkey.test loop.test; do
    "$CLI" --demo --format json lookup "$domain" TXT > "$OUT/$domain.lookup.json"
done
# Later stages of the product (spf, dmarc, dkim, audit) add their commands here.
for cmd in spf dmarc dkim; do
    if "$CLI" --help | grep -q "^  $cmd "; then
        for domain in example.com overlimit.test monitor.test weakkey.test loop.test; do
            echo
            echo "== $cmd $domain =="
            "$CLI" --demo "$cmd" "$domain" || true
        done
    fi
done
if "$CLI" --help | grep -q "^  audit "; then
    # The PDF includes "Who sends as this domain" for example.com and monitor.test: the demo's
    # bundled DMARC aggregate and TLS-RPT reports, imported into a temporary database of its own.
    "$CLI" --demo --no-history audit example.com overlimit.test monitor.test weakkey.test loop.test \
        --organisation "Example Organisation (demo)" \
        --pdf "$OUT/mailsight-demo-audit.pdf" --format json --output "$OUT/audit.json" || true
    echo "demo: audit PDF written to $OUT/mailsight-demo-audit.pdf"
fi
echo
echo "demo: results in $OUT/"
if [[ -n ${DISPLAY:-} && -x $BUILD/app/mailsight ]]; then
    "$BUILD/app/mailsight" --demo &
    echo "demo: the GUI opened on the demo world"
fi
