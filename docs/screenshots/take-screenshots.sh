#!/usr/bin/env bash
# Takes the README's screenshots: runs the desktop app on the offline demo under Xvfb and saves
# every tab (whatever tabs the build has) as docs/screenshots/<tab>.png, and each inner page of a tab
# that has pages of its own (the Reports views, the SPF pictures) as <tab>-<page>.png.
#
#   docs/screenshots/take-screenshots.sh BUILD_DIR [DOMAIN]
#
# DOMAIN: the demo domain to audit (default overlimit.test: over the SPF lookup limit, so the SPF
# tree, chart and findings have something to show). The demo imports its own DMARC aggregate and
# TLS-RPT reports (core/demo/DemoReports) into its temporary database; they are about example.com
# and monitor.test, so the Reports tab is shot auditing REPORTS_DOMAIN (default example.com).
# THEMES="light dark high-contrast" also writes docs/screenshots/<theme>/<tab>.png for each extra
# theme (default: light only, into docs/screenshots/). SCREENSHOT_DIR=DIR writes there instead of
# docs/screenshots (the test does). Exit 77 when xvfb-run is missing (skipped).
# Settings, history and reports live in a temporary folder: the user's are neither read nor changed.
set -euo pipefail

build=${1:?usage: take-screenshots.sh BUILD_DIR [DOMAIN]}
domain=${2:-overlimit.test}
here=$(cd "$(dirname "$0")" && pwd)
gui=$(find "$build" -path '*/_CPack_Packages' -prune -o -type f -name mailsight -perm -u+x -print | head -n1)
cli=$(find "$build" -path '*/_CPack_Packages' -prune -o -type f -name mailsight-cli -perm -u+x -print | head -n1)
[[ -x "$gui" && -x "$cli" ]] || { echo "take-screenshots: no mailsight / mailsight-cli in $build" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "take-screenshots: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 77; }
out_root=${SCREENSHOT_DIR:-$here}
convert=/usr/bin/convert # the first convert on PATH may be a stand-in

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config XDG_CACHE_HOME=$scratch/cache
export XDG_RUNTIME_DIR=$scratch/runtime LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM

reports_domain=${REPORTS_DOMAIN:-example.com}

run_gui() { # domain, theme, folder, extra options...
    local d=$1 theme=$2 raw=$3
    shift 3
    xvfb-run -a -s "-screen 0 1400x900x24" \
        "$gui" --demo "$d" --screenshots "$raw" --theme "$theme" "$@" 2>>"$scratch/gui-$theme.log" ||
        { cat "$scratch/gui-$theme.log" >&2; exit 1; }
}

shoot() { # theme, output folder
    local theme=$1 out=$2 raw=$scratch/raw-$1
    rm -rf "$raw" && mkdir -p "$raw" "$out"
    run_gui "$domain" "$theme" "$raw"
    [[ $reports_domain == "$domain" ]] || run_gui "$reports_domain" "$theme" "$raw" --screenshot-tab reports
    local n=0
    for png in "$raw"/*.png; do
        [[ -e "$png" ]] || continue
        # Smaller files: no metadata, 8-bit palette where it loses nothing visible.
        if [[ -x $convert ]]; then
            "$convert" "$png" -strip -colors 256 PNG8:"$out/$(basename "$png")"
        else
            cp "$png" "$out/"
        fi
        echo "  $out/$(basename "$png")"
        n=$((n + 1))
    done
    ((n > 0)) || { echo "take-screenshots: no screenshot written ($theme)" >&2; cat "$scratch/gui-$theme.log" >&2; exit 1; }
}

for theme in ${THEMES:-light}; do
    if [[ $theme == light ]]; then
        echo "take-screenshots: $domain, light theme → $out_root"
        shoot light "$out_root"
    else
        echo "take-screenshots: $domain, $theme theme → $out_root/$theme"
        shoot "$theme" "$out_root/$theme"
    fi
done
