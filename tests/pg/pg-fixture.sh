#!/usr/bin/env bash
# A throw-away PostgreSQL 15 for the shared-store tests (issue #19), on 127.0.0.1 at a free high
# port, its cluster and socket in WORKDIR:
#   pg-fixture.sh start WORKDIR   -> writes WORKDIR/url (postgresql://mailsight@127.0.0.1:PORT/mailsight),
#                                    WORKDIR/passfile (a libpq password file, mode 0600), prints the URL
#   pg-fixture.sh stop WORKDIR
# PostgreSQL refuses to run as root: as root the cluster belongs to the `postgres` user (created
# by Debian's postgresql-common) or, when absent, to a `mailsight-pg` user made here. TCP logins
# need the password (scram-sha-256), so the tests go through libpq's PGPASSFILE as users would.
set -euo pipefail

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u "$OWNER" -- "$@"
    else
        "$@"
    fi
}

pick_owner() {
    OWNER=$(id -un)
    if [[ $(id -u) -eq 0 ]]; then
        if getent passwd postgres > /dev/null; then
            OWNER=postgres
        else
            getent passwd mailsight-pg > /dev/null || useradd --system --no-create-home mailsight-pg
            OWNER=mailsight-pg
        fi
    fi
}

# Where the cluster lives: WORKDIR itself, or (see start) the private folder WORKDIR/cluster links to.
base_of() {
    if [[ -L $1/cluster ]]; then readlink "$1/cluster"; else echo "$1"; fi
}

stop() {
    local work=$1 base
    pick_owner
    base=$(base_of "$work")
    if [[ -f $base/data/postmaster.pid ]]; then
        local pid
        pid=$(head -1 "$base/data/postmaster.pid" 2>/dev/null || true)
        as_owner "$PGBIN/pg_ctl" -D "$base/data" -m immediate -w -t 30 stop > /dev/null 2>&1 || true
        if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
    fi
    if [[ -L $work/cluster ]]; then
        rm -rf "$base"
        rm -f "$work/cluster"
    fi
}

start() {
    mkdir -p "$1"
    local work base
    work=$(cd "$1" && pwd)
    stop "$work"
    pick_owner
    rm -rf "$work/data" "$work/sock" "$work/url" "$work/passfile"
    # The owner must reach the cluster through every parent folder; a build tree under a private
    # home is not searchable by others: the cluster then lives in a private folder under /tmp.
    base=$work
    if ! as_owner test -x "$work"; then
        base=$(mktemp -d /tmp/mailsight-pg.XXXXXX)
        ln -sfn "$base" "$work/cluster"
    fi
    mkdir -p "$base/data" "$base/sock"
    chown "$OWNER" "$base" "$base/data" "$base/sock"
    local pass pwfile
    pass=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    pwfile=$(mktemp)
    printf '%s\n' "$pass" > "$pwfile"
    chown "$OWNER" "$pwfile" 2>/dev/null || true # read by initdb only, then removed
    as_owner "$PGBIN/initdb" -D "$base/data" -U mailsight --pwfile="$pwfile" --auth-local=trust \
        --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 > "$work/initdb.log" 2>&1 || {
        rm -f "$pwfile"
        cat "$work/initdb.log" >&2
        exit 1
    }
    rm -f "$pwfile"
    local port=""
    for _ in $(seq 20); do
        local try=$(((RANDOM % 20000) + 30000))
        if as_owner "$PGBIN/pg_ctl" -D "$base/data" -w -t 60 -l "$base/postgres.log" \
            -o "-p $try -k $base/sock -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60" \
            start > /dev/null 2>&1; then
            port=$try
            break
        fi
    done
    if [[ -z $port ]]; then
        echo "pg-fixture: PostgreSQL did not start" >&2
        cat "$base/postgres.log" >&2 || true
        exit 1
    fi
    as_owner "$PGBIN/createdb" -h "$base/sock" -p "$port" -U mailsight mailsight
    umask 077
    printf '127.0.0.1:%s:*:mailsight:%s\n' "$port" "$pass" > "$work/passfile"
    echo "postgresql://mailsight@127.0.0.1:$port/mailsight" > "$work/url"
    cat "$work/url"
}

case ${1:-} in
start) start "$2" ;;
stop) stop "$2" ;;
*)
    echo "usage: $0 start|stop WORKDIR" >&2
    exit 2
    ;;
esac
