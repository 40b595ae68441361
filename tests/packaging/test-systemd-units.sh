#!/usr/bin/env bash
# The scheduled-audit units (packaging/systemd): `systemd-analyze verify` accepts the system and the
# user units, a broken timer is refused (the check can fail), and the ExecStart of each unit, run as
# systemd would run it (specifiers filled in, paths moved into a temporary root), audits the domains
# of its config file and stores the audit in the history it names.
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
cli=$build/app/mailsight-cli
[[ -x $cli ]] || { echo "no $cli"; exit 1; }
command -v systemd-analyze >/dev/null || { echo "systemd-analyze missing (packaging/setup-debian.sh installs systemd)"; exit 1; }
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/system" "$root/user" "$root/run" "$root/etc/mailsight" "$root/var/lib/mailsight" "$root/config/mailsight"
chmod 700 "$root/run"
# The packaged units name the program (systemd finds it in /usr/local/bin or /usr/bin); here it is
# the build's, by absolute path.
for kind in system user; do
    grep -q '^ExecStart=mailsight-cli audit ' "$build/packaging/$kind/mailsight-audit@.service" ||
        { echo "$kind unit: ExecStart does not name mailsight-cli"; exit 1; }
    sed "s|^ExecStart=mailsight-cli |ExecStart=$cli |" "$build/packaging/$kind/mailsight-audit@.service" > "$root/$kind/mailsight-audit@production.service"
    cp "$src/packaging/systemd/mailsight-audit@.timer" "$root/$kind/mailsight-audit@production.timer"
done
verify() { # kind dir
    local flags=()
    [[ $1 == user ]] && flags=(--user)
    XDG_RUNTIME_DIR=$root/run systemd-analyze "${flags[@]}" verify --man=no \
        "$2/mailsight-audit@production.service" "$2/mailsight-audit@production.timer"
}
for kind in system user; do
    out=$(verify "$kind" "$root/$kind" 2>&1) || { echo "$kind units refused:"; echo "$out"; exit 1; }
    [[ -z $out ]] || { echo "$kind units: warnings:"; echo "$out"; exit 1; }
    echo "$kind units verified"
done
# The check can fail: a timer with a bad calendar expression is refused.
mkdir -p "$root/broken"
cp "$root/system/"* "$root/broken/"
sed -i 's/^OnCalendar=.*/OnCalendar=every tuesday-ish/' "$root/broken/mailsight-audit@production.timer"
if verify system "$root/broken" >/dev/null 2>&1; then
    echo "systemd-analyze accepted a broken timer: the check proves nothing"; exit 1
fi

# Run each unit's command as systemd would (offline: the config names zone files).
cat > "$root/etc/mailsight/production.conf" <<CONF
# test instance
--offline
--zone $src/resources/demo/example.com.zone
--zone $src/resources/demo/overlimit.test.zone
--zone $src/resources/demo/provider.test.zone
--no-blocklists
example.com
overlimit.test
--fail-on error
--format json
CONF
cp "$root/etc/mailsight/production.conf" "$root/config/mailsight/production.conf"
run_exec() { # unit-file
    local line
    line=$(sed -n 's/^ExecStart=//p' "$1")
    line=${line//%i/production}
    line=${line//%E/$root/config}
    line=${line//\/etc\/mailsight/$root/etc/mailsight}
    line=${line//\/var\/lib\/mailsight/$root/var/lib/mailsight}
    # shellcheck disable=SC2086 # ExecStart is split on spaces, as systemd does for these lines
    XDG_DATA_HOME=$root/data HOME=$root $line > "$root/out.json" 2> "$root/err.txt" || rc=$?
    rc=${rc:-0}
    # SuccessExitStatus=1: findings at or above --fail-on still count as a successful run.
    grep -q '^SuccessExitStatus=1$' "$1"
    [[ $rc == 0 || $rc == 1 ]] || { echo "ExecStart of $1 exited $rc"; cat "$root/err.txt"; exit 1; }
    python3 - "$root/out.json" <<'PY'
import json, sys
reports = json.load(open(sys.argv[1]))
assert [r["domain"] for r in reports] == ["example.com", "overlimit.test"], reports
PY
}
run_exec "$root/system/mailsight-audit@production.service"
[[ -s $root/var/lib/mailsight/history.sqlite ]] || { echo "the system unit's history was not written"; exit 1; }
run_exec "$root/user/mailsight-audit@production.service"
find "$root/data" -name '*.sqlite' | grep -q . || { echo "the user unit's history was not written"; exit 1; }
echo "both units audit the domains of their config file"
# The example config the package ships parses (its options exist and are well formed).
rc=0
"$cli" --demo --no-history audit --config "$src/packaging/systemd/example.conf" > /dev/null 2> "$root/err.txt" || rc=$?
if [[ $rc == 2 ]]; then echo "the shipped example.conf is refused:"; cat "$root/err.txt"; exit 1; fi
echo "the shipped example.conf parses"
