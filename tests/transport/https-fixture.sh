#!/usr/bin/env bash
# Starts or stops an nginx serving the MTA-STS test cases of tests/transport over HTTPS on
# 127.0.0.1 at a free high port, with a test CA made here by openssl.
#   https-fixture.sh start WORKDIR   -> prints the port; writes WORKDIR/port and WORKDIR/ca.pem
#   https-fixture.sh stop WORKDIR
# One server block per case, chosen by SNI (mta-sts.<case>.transport.test):
#   good (enforce, CRLF lines), testing (LF lines, short max_age, mx2 not covered), uncovered
#   (enforce without mx3), ctype (text/html), redirect (301), notfound (404), big (100 KiB),
#   badpolicy (no version, bad mode), expired (certificate expired in 2020), wrongname
#   (certificate for www.example.com).
# BIMI (tests/zones/bimi.test.zone): logos.bimi.test serves the logos of tests/data/bimi as
# image/svg+xml and Mark Certificates made here: good.pem (SAN good.bimi.test, BIMI EKU, logotype
# extension embedding good.svg, built by bimi_logotype.py), wronghash.pem (the logotype hash does not
# match the embedded image), expired.pem (expired in 2020) and mismatch.pem (embeds good.svg; the
# mismatch domain publishes other.svg).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}

stop() {
    local work=$1
    if [[ -f $work/nginx.pid ]]; then
        local pid
        pid=$(cat "$work/nginx.pid" 2>/dev/null || true)
        if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
            kill -9 "$pid" 2>/dev/null || true
        fi
        rm -f "$work/nginx.pid"
    fi
}

make_pki() {
    local work=$1
    local pki=$work/pki
    rm -rf "$pki"
    mkdir -p "$pki/newcerts"
    : > "$pki/index.txt"
    echo 1000 > "$pki/serial"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 \
        -subj "/CN=Mailsight Test CA" -keyout "$pki/ca.key" -out "$pki/ca.pem" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
    cat > "$pki/ca.cnf" <<CNF
[ ca ]
default_ca = test
[ test ]
dir = $pki
database = $pki/index.txt
new_certs_dir = $pki/newcerts
serial = $pki/serial
default_md = sha256
policy = anything
unique_subject = no
email_in_dn = no
[ anything ]
commonName = supplied
CNF
    # leaf NAME START END SAN...
    leaf() {
        local name=$1 start=$2 end=$3
        shift 3
        local san=""
        for n in "$@"; do san+="${san:+,}DNS:$n"; done
        printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=%s\n' \
            "$san" > "$pki/$name.ext"
        openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=$1" \
            -keyout "$pki/$name.key" -out "$pki/$name.csr" 2>/dev/null
        openssl ca -batch -notext -config "$pki/ca.cnf" -cert "$pki/ca.pem" -keyfile "$pki/ca.key" \
            -in "$pki/$name.csr" -out "$pki/$name.pem" -startdate "$start" -enddate "$end" \
            -extfile "$pki/$name.ext" 2>/dev/null
    }
    local now later
    now=$(date -u -d '-1 day' +%Y%m%d%H%M%SZ)
    later=$(date -u -d '+20 days' +%Y%m%d%H%M%SZ)
    local names=()
    for c in good testing uncovered ctype redirect notfound big badpolicy; do
        names+=("mta-sts.$c.transport.test")
    done
    leaf good "$now" "$later" "${names[@]}" logos.bimi.test
    leaf expired 20200101000000Z 20200201000000Z mta-sts.expired.transport.test
    leaf wrongname "$now" "$later" www.example.com
    cp "$pki/ca.pem" "$work/ca.pem"
}

# Mark Certificates (VMC-like) for BIMI: vmc NAME START END SAN [--wrong-hash]
make_vmcs() {
    local work=$1 pki=$1/pki www=$1/www/bimi
    local svg=$HERE/../data/bimi/good.svg
    vmc() {
        local name=$1 start=$2 end=$3 san=$4 extra=${5:-}
        local der
        der=$(python3 "$HERE/bimi_logotype.py" "$svg" $extra)
        printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=1.3.6.1.5.5.7.3.31\nsubjectAltName=DNS:%s\n1.3.6.1.5.5.7.1.12=DER:%s\n' \
            "$san" "$der" > "$pki/vmc-$name.ext"
        openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
            -subj "/CN=Example Brand $name/O=Example Brand" \
            -keyout "$pki/vmc-$name.key" -out "$pki/vmc-$name.csr" 2>/dev/null
        openssl ca -batch -notext -config "$pki/ca.cnf" -cert "$pki/ca.pem" -keyfile "$pki/ca.key" \
            -in "$pki/vmc-$name.csr" -out "$www/$name.pem" -startdate "$start" -enddate "$end" \
            -extfile "$pki/vmc-$name.ext" 2>/dev/null
    }
    local now later
    now=$(date -u -d '-1 day' +%Y%m%d%H%M%SZ)
    later=$(date -u -d '+300 days' +%Y%m%d%H%M%SZ)
    vmc good "$now" "$later" good.bimi.test
    vmc wronghash "$now" "$later" wronghash.bimi.test --wrong-hash
    vmc expired 20200101000000Z 20200201000000Z expired.bimi.test
    vmc mismatch "$now" "$later" mismatch.bimi.test
    chmod -R a+rX "$www"
}

make_site() {
    local www=$1/www
    rm -rf "$www"
    mkdir -p "$www"
    printf 'version: STSv1\r\nmode: enforce\r\nmx: mx1.good.transport.test\r\nmx: *.good.transport.test\r\nmax_age: 604800\r\n' \
        > "$www/good.txt"
    printf 'version: STSv1\nmode: testing\nmx: mx1.testing.transport.test\nmax_age: 3600\n' > "$www/testing.txt"
    printf 'version: STSv1\nmode: enforce\nmx: mx1.uncovered.transport.test\nmax_age: 1209600\n' > "$www/uncovered.txt"
    printf 'mode: sometimes\nmx: mx1.good.transport.test\nmax_age: 604800\n' > "$www/badpolicy.txt"
    cp "$www/good.txt" "$www/ctype.txt"
    cp "$www/good.txt" "$www/expired.txt"
    cp "$www/good.txt" "$www/wrongname.txt"
    { cat "$www/good.txt"; head -c 102400 /dev/zero | tr '\0' '#'; echo; } > "$www/big.txt"
    mkdir -p "$www/bimi"
    cp "$HERE"/../data/bimi/*.svg "$www/bimi/"
    chmod -R a+rX "$www"
}

server_block() { # CASE PORT CERT [DIRECTIVES]
    local c=$1 port=$2 cert=$3 extra=${4:-default_type text/plain;}
    cat <<BLOCK
    server {
        listen 127.0.0.1:$port ssl;
        server_name mta-sts.$c.transport.test;
        ssl_certificate $PKI/$cert.pem;
        ssl_certificate_key $PKI/$cert.key;
        location = /.well-known/mta-sts.txt {
            alias $WWW/$c.txt;
            $extra
        }
    }
BLOCK
}

start() {
    mkdir -p "$1"
    local work
    work=$(cd "$1" && pwd)
    stop "$work"
    rm -f "$work/port"
    make_pki "$work"
    make_site "$work"
    make_vmcs "$work"
    PKI=$work/pki
    WWW=$work/www
    mkdir -p "$work/tmp"
    for _ in $(seq 20); do
        local port=$(( (RANDOM % 20000) + 30000 ))
        {
            [[ $(id -u) -eq 0 ]] && echo "user nobody nogroup;"
            echo "worker_processes 1;"
            echo "daemon on;"
            echo "pid $work/nginx.pid;"
            echo "error_log $work/error.log info;"
            echo "events { worker_connections 64; }"
            echo "http {"
            echo "    access_log $work/access.log;"
            echo "    types { }"
            echo "    default_type application/octet-stream;"
            for t in client_body proxy fastcgi uwsgi scgi; do echo "    ${t}_temp_path $work/tmp/$t;"; done
            server_block good "$port" good
            server_block testing "$port" good
            server_block uncovered "$port" good
            server_block badpolicy "$port" good
            server_block big "$port" good
            server_block ctype "$port" good "default_type text/html;"
            server_block redirect "$port" good "default_type text/plain; return 301 https://www.example.com/.well-known/mta-sts.txt;"
            server_block notfound "$port" good "default_type text/plain; return 404;"
            server_block expired "$port" expired
            server_block wrongname "$port" wrongname
            cat <<BLOCK
    server {
        listen 127.0.0.1:$port ssl;
        server_name logos.bimi.test;
        ssl_certificate $PKI/good.pem;
        ssl_certificate_key $PKI/good.key;
        location / {
            root $WWW/bimi;
            types { image/svg+xml svg; application/pem-certificate-chain pem; }
        }
    }
BLOCK
            echo "}"
        } > "$work/nginx.conf"
        : > "$work/error.log"
        if "$NGINX" -c "$work/nginx.conf" -p "$work" -e "$work/error.log" >"$work/nginx.stderr" 2>&1; then
            for _ in $(seq 100); do
                if [[ -s $work/nginx.pid ]] && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
                    echo "$port" > "$work/port"
                    echo "$port"
                    return 0
                fi
                sleep 0.05
            done
        fi
        grep -qi "in use" "$work/error.log" "$work/nginx.stderr" 2>/dev/null || break
        stop "$work"
    done
    echo "https-fixture: could not start nginx; see $work/error.log" >&2
    cat "$work/error.log" "$work/nginx.stderr" >&2 || true
    return 1
}

case ${1:-} in
start) start "$2" ;;
stop) stop "$2" ;;
*) echo "usage: $0 start WORKDIR | stop WORKDIR" >&2; exit 2 ;;
esac
