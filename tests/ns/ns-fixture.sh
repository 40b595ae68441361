#!/usr/bin/env bash
# The servers of the per-server tests: five NSD instances, each on its own loopback address, all
# on one free high port (Linux answers on every 127/8 address without configuration).
#   ns-fixture.sh start ZONEDIR WORKDIR   -> prints the port, writes WORKDIR/port
#   ns-fixture.sh stop WORKDIR
# ZONEDIR has one folder per instance; each serves the *.zone files of its folder:
#   resolver 127.0.53.1  stands in for a recursive resolver (--resolver): every zone, current copies
#   parent   127.0.53.2  nsparent.test only: asked for a child, it answers with a referral
#   ns1      127.0.1.1 and 127.0.1.2   current copies
#   ns2      127.0.2.1   a stale copy of diverge.nsparent.test
#   ns3      127.0.3.1   none of the nsparent.test zones (REFUSED)
# ns1 also listens on ::1 when this machine has IPv6 loopback (WORKDIR/ipv6 says "yes" or "no"):
# ns6.nsparent.test has both 127.0.1.1 and ::1, so the per-server check asks one server over
# IPv4 and IPv6 (dual.nsparent.test).
# The tests send the direct questions (to ADDRESS:53) to ADDRESS:PORT with --connect-to :53::PORT.
set -euo pipefail

NSD=${NSD:-$(command -v nsd || echo /usr/sbin/nsd)}
INSTANCES=(resolver parent ns1 ns2 ns3)
declare -A ADDRESSES=([resolver]="127.0.53.1" [parent]="127.0.53.2" [ns1]="127.0.1.1 127.0.1.2"
                      [ns2]="127.0.2.1" [ns3]="127.0.3.1")

stop() {
    local work=$1 name pid pids=()
    for name in "${INSTANCES[@]}"; do
        pid=$(cat "$work/$name/nsd.pid" 2>/dev/null || true)
        if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            pids+=("$pid")
        fi
    done
    for pid in "${pids[@]}"; do
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
        kill -9 "$pid" 2>/dev/null || true
    done
    for name in "${INSTANCES[@]}"; do rm -f "$work/$name/nsd.pid"; done
}

# Starts one instance on PORT; 0 when its log says it started, 1 on a bind failure or timeout.
start_one() {
    local zones=$1 dir=$2 name=$3 port=$4 address f zone
    mkdir -p "$dir"
    {
        echo "server:"
        for address in ${ADDRESSES[$name]}; do echo "    ip-address: $address@$port"; done
        if [[ $ADDRESSES_V6 == yes && $name == ns1 ]]; then
            echo "    ip-address: ::1@$port"
            echo "    do-ip6: yes"
        else
            echo "    do-ip6: no"
        fi
        echo "    server-count: 1"
        echo "    username: \"\""
        echo "    chroot: \"\""
        echo "    database: \"\""
        echo "    pidfile: \"$dir/nsd.pid\""
        echo "    logfile: \"$dir/nsd.log\""
        echo "    zonelistfile: \"$dir/zone.list\""
        echo "    xfrdfile: \"$dir/xfrd.state\""
        echo "    xfrdir: \"$dir\""
        echo "    verbosity: 1"
        echo "    rrl-ratelimit: 0"
        echo "    rrl-whitelist-ratelimit: 0"
        echo "remote-control:"
        echo "    control-enable: no"
        for f in "$zones/$name"/*.zone; do
            [[ -e $f ]] || continue
            zone=$(basename "$f" .zone)
            echo "zone:"
            echo "    name: \"$zone\""
            echo "    zonefile: \"$(readlink -f "$f")\""
        done
    } > "$dir/nsd.conf"
    : > "$dir/nsd.log"
    "$NSD" -c "$dir/nsd.conf" >"$dir/nsd.stderr" 2>&1 || true
    for _ in $(seq 100); do
        grep -q "nsd started" "$dir/nsd.log" 2>/dev/null && return 0
        if grep -qiE "already in use|can't bind|cannot bind|could not|fatal|error" "$dir/nsd.log" "$dir/nsd.stderr" 2>/dev/null; then
            return 1
        fi
        sleep 0.05
    done
    return 1
}

# Whether a UDP socket can be bound to ::1 here (containers may have no IPv6 at all).
have_ipv6_loopback() {
    python3 -c 'import socket; s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM); s.bind(("::1", 0))' \
        2>/dev/null
}

start() {
    local zones work name ok
    zones=$(cd "$1" && pwd)
    mkdir -p "$2"
    work=$(cd "$2" && pwd)
    stop "$work"
    rm -f "$work/port"
    ADDRESSES_V6=no
    have_ipv6_loopback && ADDRESSES_V6=yes
    echo "$ADDRESSES_V6" > "$work/ipv6"
    for _ in $(seq 20); do
        local port=$(( (RANDOM % 20000) + 30000 ))
        ok=1
        for name in "${INSTANCES[@]}"; do
            if ! start_one "$zones" "$work/$name" "$name" "$port"; then ok=0; break; fi
        done
        if (( ok )); then
            echo "$port" > "$work/port"
            echo "$port"
            return 0
        fi
        stop "$work"
    done
    echo "ns-fixture: could not start the NSD instances; see $work/*/nsd.log" >&2
    cat "$work"/*/nsd.log "$work"/*/nsd.stderr >&2 || true
    return 1
}

case ${1:-} in
start) start "$2" "$3" ;;
stop) stop "$2" ;;
*) echo "usage: $0 start ZONEDIR WORKDIR | stop WORKDIR" >&2; exit 2 ;;
esac
