#!/usr/bin/env bash
# Starts or stops an NSD serving every *.zone file of a folder on 127.0.0.1 at a free high port.
#   nsd-fixture.sh start ZONEDIR WORKDIR   -> prints the port, writes WORKDIR/port
#   nsd-fixture.sh stop WORKDIR
# The zone name is the file name without ".zone" ("root.zone" serves "."). Config, pid, log and
# state files stay in WORKDIR; no chroot, no user switch, rate limiting off.
set -euo pipefail

NSD=${NSD:-$(command -v nsd || echo /usr/sbin/nsd)}

stop() {
    local work=$1
    if [[ -f $work/nsd.pid ]]; then
        local pid
        pid=$(cat "$work/nsd.pid" 2>/dev/null || true)
        if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
            kill -9 "$pid" 2>/dev/null || true
        fi
        rm -f "$work/nsd.pid"
    fi
}

start() {
    local zones work
    zones=$(cd "$1" && pwd)
    mkdir -p "$2"
    work=$(cd "$2" && pwd)
    stop "$work"
    rm -f "$work/port"
    for _ in $(seq 20); do
        local port=$(( (RANDOM % 20000) + 30000 ))
        {
            echo "server:"
            echo "    ip-address: 127.0.0.1@$port"
            echo "    do-ip6: no"
            echo "    server-count: 1"
            echo "    username: \"\""
            echo "    chroot: \"\""
            echo "    database: \"\""
            echo "    zonesdir: \"$zones\""
            echo "    pidfile: \"$work/nsd.pid\""
            echo "    logfile: \"$work/nsd.log\""
            echo "    zonelistfile: \"$work/zone.list\""
            echo "    xfrdfile: \"$work/xfrd.state\""
            echo "    xfrdir: \"$work\""
            echo "    verbosity: 1"
            echo "    rrl-ratelimit: 0"
            echo "    rrl-whitelist-ratelimit: 0"
            echo "    tcp-count: 200"
            echo "remote-control:"
            echo "    control-enable: no"
            for f in "$zones"/*.zone; do
                [[ -e $f ]] || continue
                local name
                name=$(basename "$f" .zone)
                [[ $name == root ]] && name=.
                echo "zone:"
                echo "    name: \"$name\""
                echo "    zonefile: \"$f\""
            done
        } > "$work/nsd.conf"
        : > "$work/nsd.log"
        "$NSD" -c "$work/nsd.conf" >"$work/nsd.stderr" 2>&1 || true
        for _ in $(seq 100); do
            if grep -q "nsd started" "$work/nsd.log" 2>/dev/null; then
                echo "$port" > "$work/port"
                echo "$port"
                return 0
            fi
            if grep -qiE "already in use|can't bind|cannot bind|could not|fatal" "$work/nsd.log" "$work/nsd.stderr" 2>/dev/null; then
                break
            fi
            sleep 0.05
        done
        stop "$work"
    done
    echo "nsd-fixture: could not start NSD; see $work/nsd.log" >&2
    cat "$work/nsd.log" "$work/nsd.stderr" >&2 || true
    return 1
}

case ${1:-} in
start) start "$2" "$3" ;;
stop) stop "$2" ;;
*) echo "usage: $0 start ZONEDIR WORKDIR | stop WORKDIR" >&2; exit 2 ;;
esac
