#!/usr/bin/env bash
# A signed test DNS tree under a private root, built at test time and served by one NSD.
#   dnssec-fixture.sh start WORKDIR   -> WORKDIR/root.key (trust anchor), WORKDIR/nsd/port
#   dnssec-fixture.sh stop WORKDIR
# Zones (keys: ldns-keygen, one key-signing key per zone used as the only key; signed with
# ldns-signzone; NSD serves them all, so asking it for "DS child" answers from the parent):
#   .                   root; its DNSKEY is the trust anchor (WORKDIR/root.key, root.ds)
#   test                delegates every zone below, with DS except insecure.test
#   secure.test         NSEC; SPF, DMARC, MX, DKIM key, an A; NXDOMAIN/NODATA provable;
#                       a wildcard *.wild and a DNAME alias -> secure.test
#   nsec3.test          NSEC3, 0 iterations, no salt (RFC 9276); the same wildcard and DNAME
#   iter.test           NSEC3 with 10 iterations and a salt  -> DNSSEC-NSEC3-ITERATIONS
#   expired.test        every signature expired in 2020      -> bogus, "expired on 2020-02-01"
#   expiring.test       signatures expiring in 3 days        -> secure, DNSSEC-RRSIG-EXPIRING
#   badds.test          the DS at test names another key     -> bogus, "DS matches no DNSKEY"
#   insecure.test       unsigned, no DS at test              -> insecure, chain ends at insecure.test
#   nodenial.test       signed, its NSEC records removed     -> NXDOMAIN/NODATA bogus, and a
#                       wildcard answer without its proof     -> bogus
#   rsasha1.test        RSASHA1 (algorithm 5)                -> DNSSEC-ALGORITHM-DEPRECATED
#   gostds.test         signed, its only DS says ECC-GOST    -> insecure (RFC 4035 §5.2), not bogus
#   digest3.test        signed, its only DS has digest type 3 -> insecure
#   mixedds.test        signed, its real DS beside one of an unknown algorithm -> secure
#   dane.test           signed; MX mx.dane.test with two TLSA 3 1 1 records at _25._tcp.mx: the
#                       smtp fixture's "good" key (current) and its "expiring" key (next). Only
#                       when MAILSIGHT_SMTP_DIR holds that fixture's certificates (CTest starts it
#                       first): DANE against a real STARTTLS server with a secure TLSA set.
# Plus, for `--zone` tests, WORKDIR/zonefiles/{secure.test.zone (signed), plain.test.zone}.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
NSD_SCRIPT=$HERE/../nsd/nsd-fixture.sh

soa() { # zone
    local z=$1
    echo "\$ORIGIN $z"
    echo "\$TTL 3600"
    echo "@ IN SOA ns.test. hostmaster.test. 2026120501 3600 900 604800 300"
    echo "@ IN NS ns.test."
}

mail_records() { # a mail domain's records, relative names
    echo '@ IN TXT "v=spf1 mx -all"'
    echo '@ IN MX 10 mail'
    echo 'mail IN A 192.0.2.25'
    echo '_dmarc IN TXT "v=DMARC1; p=reject"'
    echo 'sel._domainkey IN TXT "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC"'
    echo '_mta-sts IN TXT "v=STSv1; id=20261205"'
}

spki_sha256() { # certificate.pem -> hex SHA-256 of its SubjectPublicKeyInfo (TLSA selector 1, type 1)
    openssl x509 -in "$1" -noout -pubkey | openssl pkey -pubin -outform DER |
        openssl dgst -sha256 -r | cut -d' ' -f1
}

keygen() { # algorithm zone -> prints the key base name
    (cd "$KEYS" && ldns-keygen -a "$1" ${3:-} -k "$2")
}

sign() { # zone keybase extra-args...
    local zone=$1 key=$2
    shift 2
    (cd "$KEYS" && ldns-signzone "$@" -f "$ZONES/$zone.zone" "$SRC/$zone.zone" "$key")
}

build() {
    local work=$1
    KEYS=$work/keys SRC=$work/src ZONES=$work/zones
    rm -rf "$KEYS" "$SRC" "$ZONES" "$work/zonefiles"
    mkdir -p "$KEYS" "$SRC" "$ZONES" "$work/zonefiles"
    local now soon
    now=$(date -u +%s)
    soon=$((now + 3 * 86400))

    declare -A key
    for z in secure nsec3 iter expired expiring badds nodenial gostds digest3 mixedds; do
        { soa "$z.test."; mail_records; } > "$SRC/$z.test.zone"
        key[$z]=$(keygen ECDSAP256SHA256 "$z.test")
    done
    # A wildcard (answers below wild.<zone> are expanded from it: valid only with the denial proof,
    # which nodenial.test cannot give) and a DNAME (alias.<zone> -> <zone>: NSD synthesises an
    # unsigned CNAME beside the signed DNAME).
    for z in secure nsec3 nodenial; do
        echo '*.wild IN TXT "v=spf1 -all"' >> "$SRC/$z.test.zone"
        echo "alias IN DNAME $z.test." >> "$SRC/$z.test.zone"
    done
    { soa rsasha1.test.; mail_records; } > "$SRC/rsasha1.test.zone"
    local dane=""
    local smtp=${MAILSIGHT_SMTP_DIR:-}
    if [ -n "$smtp" ] && [ -f "$smtp/pki/good.pem" ] && [ -f "$smtp/pki/expiring.pem" ]; then
        dane=dane
        { soa dane.test.
          echo '@ IN MX 10 mx'
          echo 'mx IN A 127.0.0.1'
          for cert in good expiring; do
              echo "_25._tcp.mx IN TLSA 3 1 1 $(spki_sha256 "$smtp/pki/$cert.pem")"
          done
        } > "$SRC/dane.test.zone"
        key[dane]=$(keygen ECDSAP256SHA256 dane.test)
    fi
    key[rsasha1]=$(keygen RSASHA1 rsasha1.test "-b 1024")
    { soa insecure.test.; mail_records; } > "$ZONES/insecure.test.zone"

    sign secure.test "${key[secure]}"
    sign nsec3.test "${key[nsec3]}" -n -t 0
    sign iter.test "${key[iter]}" -n -t 10 -s beef
    sign expired.test "${key[expired]}" -i 20200101 -e 20200201
    sign expiring.test "${key[expiring]}" -e "$soon"
    sign badds.test "${key[badds]}"
    sign rsasha1.test "${key[rsasha1]}"
    sign nodenial.test "${key[nodenial]}"
    for z in gostds digest3 mixedds $dane; do sign "$z.test" "${key[$z]}"; done
    # A signed zone whose denial records are gone: its NXDOMAIN/NODATA answers prove nothing.
    grep -vE '[[:space:]](NSEC|RRSIG[[:space:]]+NSEC)[[:space:]]' "$ZONES/nodenial.test.zone" > "$work/nodenial.tmp"
    mv "$work/nodenial.tmp" "$ZONES/nodenial.test.zone"
    # The DS published for badds.test is that of a key the zone never uses.
    local stray
    stray=$(keygen ECDSAP256SHA256 badds.test)

    { soa test.; echo "ns IN A 127.0.0.1"
      for z in secure nsec3 iter expired expiring badds insecure nodenial rsasha1 gostds digest3 mixedds $dane; do
          echo "$z IN NS ns.test."
      done
      for z in secure nsec3 iter expired expiring nodenial rsasha1 mixedds $dane; do
          cat "$KEYS/${key[$z]}.ds"
      done
      cat "$KEYS/$stray.ds"
      # DS records a validator cannot use: algorithm 12 (ECC-GOST, RFC 8624: must not validate),
      # digest type 3 (GOST R 34.11-94), and for mixedds an unassigned algorithm beside its real DS.
      awk '{ $5 = 12; print }' "$KEYS/${key[gostds]}.ds"
      awk '{ $6 = 3; print }' "$KEYS/${key[digest3]}.ds"
      awk '{ $5 = 200; print }' "$KEYS/${key[mixedds]}.ds"
    } > "$SRC/test.zone"
    key[test]=$(keygen ECDSAP256SHA256 test)
    sign test "${key[test]}"

    { echo "\$ORIGIN ."; echo "\$TTL 3600"
      echo ". IN SOA ns.test. hostmaster.test. 2026120501 3600 900 604800 300"
      echo ". IN NS ns.test."
      echo "test. IN NS ns.test."
      echo "ns.test. IN A 127.0.0.1"
      cat "$KEYS/${key[test]}.ds"
    } > "$SRC/root.zone"
    key[root]=$(keygen ECDSAP256SHA256 .)
    (cd "$KEYS" && ldns-signzone -f "$ZONES/root.zone" -o . "$SRC/root.zone" "${key[root]}")
    cp "$KEYS/${key[root]}.key" "$work/root.key"
    cp "$KEYS/${key[root]}.ds" "$work/root.ds"

    cp "$ZONES/secure.test.zone" "$work/zonefiles/secure.test.zone"
    { soa plain.test.; mail_records; } > "$work/zonefiles/plain.test.zone"
    for f in "$ZONES"/*.zone; do
        nsd-checkzone "$(basename "$f" .zone | sed 's/^root$/./')" "$f" >/dev/null
    done
}

case ${1:-} in
start)
    mkdir -p "$2"
    work=$(cd "$2" && pwd)
    bash "$NSD_SCRIPT" stop "$work/nsd" 2>/dev/null || true
    build "$work"
    bash "$NSD_SCRIPT" start "$work/zones" "$work/nsd"
    ;;
stop) bash "$NSD_SCRIPT" stop "$(cd "$2" 2>/dev/null && pwd || echo "$2")/nsd" ;;
*) echo "usage: $0 start WORKDIR | stop WORKDIR" >&2; exit 2 ;;
esac
