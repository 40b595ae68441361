#!/usr/bin/env bash
# Runs docs/screenshots/take-screenshots.sh into a scratch folder and checks that every expected
# tab was written as a PNG of the window's size. Exit 77 (skipped) without xvfb-run.
set -euo pipefail
source=$1 build=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
SCREENSHOT_DIR=$out THEMES="light high-contrast" bash "$source/docs/screenshots/take-screenshots.sh" "$build" || status=$?
((status == 77)) && exit 77
((status == 0)) || { echo "FAIL: take-screenshots.sh exited $status"; exit 1; }
# The inner pages too: every chart of the Reports tab and the SPF tab's second picture.
for tab in overview records spf spf-lookups-per-branch dmarc dkim reports reports-sources reports-tls-rpt history; do
    for f in "$out/$tab.png" "$out/high-contrast/$tab.png"; do
        [[ -s $f ]] || { echo "FAIL: $f missing"; exit 1; }
        size=$(/usr/bin/identify -format '%wx%h' "$f" 2>/dev/null || echo "?")
        echo "$f $size"
        [[ $size == "?" || ${size%x*} -ge 1000 ]] || { echo "FAIL: $f is only $size"; exit 1; }
    done
done
echo "every tab shot"
