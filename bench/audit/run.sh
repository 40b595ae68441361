#!/usr/bin/env bash
# Audit benchmark (issue 6), partial: batch audit of N synthetic domains answered from zone files
# in memory (no network, no delaying proxy yet), then the PDF of the same batch. Prints wall time,
# seconds per domain and peak memory measured in this one run; no assertions.
#
#   bench/audit/run.sh [--short] [BUILD_DIR]
# --short: 20 domains (CI); default 200.
# Not yet measured here: the 25 ms delayed-NSD runs and the pyspf comparison of the issue.
set -euo pipefail
count=200
if [[ "${1:-}" == "--short" ]]; then count=20; shift; fi
build=${1:-build}
cli="$build/app/mailsight-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$count" <<'PY'
import sys
work, count = sys.argv[1], int(sys.argv[2])
lines = ["$ORIGIN bench.test.", "@ 300 IN SOA ns h 1 1 1 1 1", "@ 300 IN NS ns",
         '_spf 300 IN TXT "v=spf1 ip4:198.51.100.0/24 include:_spf2 -all"',
         '_spf2 300 IN TXT "v=spf1 ip4:203.0.113.0/24 -all"', "@ 300 IN MX 10 mail", "mail 300 IN A 192.0.2.1"]
domains = []
for i in range(count):
    d = f"d{i}"
    lines += [f'{d} 300 IN TXT "v=spf1 mx include:_spf.bench.test ~all"',
              f'_dmarc.{d} 300 IN TXT "v=DMARC1; p=quarantine; rua=mailto:r@bench.test"',
              f"{d} 300 IN MX 10 mail.{d}", f"mail.{d} 300 IN A 192.0.2.{i % 250}"]
    domains.append(f"{d}.bench.test")
open(f"{work}/bench.test.zone", "w").write("\n".join(lines) + "\n")
open(f"{work}/root.zone", "w").write(". 300 IN SOA a h 1 1 1 1 1\n")
open(f"{work}/domains.txt", "w").write("\n".join(domains) + "\n")
PY

zones=(--offline --zone "$work/bench.test.zone" --zone "$work/root.zone" --no-history)
/usr/bin/time -f "%e %M" -o "$work/audit.time" "$cli" "${zones[@]}" audit --domains-file "$work/domains.txt" \
    --format json --output "$work/audit.json" --fail-on never
read -r audit_s audit_kb < "$work/audit.time"
queries=$(python3 -c "import json,sys; print(sum(len(r['queries']) for r in json.load(open('$work/audit.json'))))")
echo "batch audit: $count domains, $queries queries, ${audit_s} s wall ($(python3 -c "print(f'{$audit_s/$count:.4f}')") s/domain), peak ${audit_kb} KB"

if [[ -x "$build/app/mailsight-report" ]]; then
    /usr/bin/time -f "%e %M" -o "$work/pdf.time" "$cli" "${zones[@]}" audit --domains-file "$work/domains.txt" \
        --output /dev/null --fail-on never --pdf "$work/audit.pdf" 2>/dev/null
    read -r pdf_s pdf_kb < "$work/pdf.time"
    pages=$(pdfinfo "$work/audit.pdf" 2>/dev/null | awk '/^Pages/ {print $2}')
    render=$(python3 -c "print(f'{max($pdf_s - $audit_s, 0):.2f}')")
    echo "PDF: $pages pages, audit+render ${pdf_s} s, render about ${render} s ($(python3 -c "print(f'{max($pdf_s-$audit_s,0)/$count:.4f}')") s/domain; target 200 domains < 10 s)"
else
    echo "PDF: skipped (mailsight-report is built with the GUI)"
fi
