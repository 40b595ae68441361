#!/usr/bin/env bash
# The three executables allocate through jemalloc with Mailsight's settings
# (app/jemalloc_settings.cpp; why: docs/batch-audits.md, "Measured"). jemalloc prints its options
# at exit when MALLOC_CONF asks for its statistics; that string adds to the built-in one.
set -euo pipefail
build=$1
export QT_QPA_PLATFORM=offscreen MALLOC_CONF=stats_print:true
status=0
check() {
    local name=$1
    shift
    local out ok=1
    out=$("$@" 2>&1 >/dev/null || true)
    for want in "opt.tcache_max: 1024" "opt.dirty_decay_ms: 1000" "opt.muzzy_decay_ms: 0"; do
        if ! grep -qF "$want" <<<"$out"; then
            echo "FAIL: $name: jemalloc's statistics do not say \"$want\"" >&2
            status=1
            ok=0
        fi
    done
    if [ $ok = 1 ]; then echo "$name: jemalloc with Mailsight's settings"; fi
}
check mailsight-cli "$build/app/mailsight-cli" --version
if [ -x "$build/app/mailsight" ]; then
    check mailsight "$build/app/mailsight" --version
    # With no arguments the renderer prints its usage and exits 2.
    check mailsight-report "$build/app/mailsight-report"
fi
exit $status
