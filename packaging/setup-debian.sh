#!/usr/bin/env bash
# Installs every Debian 12 package Mailsight needs to build, test and run (idempotent).
# Run as root (or with sudo). Needs only Debian's package registry.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
    qt6-qpa-plugins libgl-dev
    libldns-dev ldnsutils libssl-dev openssl dns-root-data
    libqcustomplot-dev libqcustomplot2.1-qt6 qtkeychain-qt6-dev
    libpsl-dev publicsuffix libarchive-dev zlib1g-dev libsqlite3-dev libpq-dev libjemalloc-dev
    nsd nginx python3-aiosmtpd dovecot-imapd dovecot-lmtpd dovecot-sieve postfix xvfb xauth poppler-utils imagemagick libxml2-utils
    python3 python3-yaml python3-spf python3-jsonschema python3-dkim
    clang-14 libclang-rt-14-dev
    fonts-dejavu-core file dpkg-dev time desktop-file-utils appstream
    qt6-translations-l10n
    prometheus systemd
    libqt6sql6-psql postgresql-15
)

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
    echo "setup: all ${#PACKAGES[@]} packages already installed"
    exit 0
fi
SUDO=""
[[ $(id -u) -eq 0 ]] || SUDO="sudo"
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# The tests start their own PostgreSQL (tests/pg/pg-fixture.sh): the package must not create and
# start a system cluster on port 5432 of its own.
if [[ ! -e /etc/postgresql-common/createcluster.conf ]]; then
    $SUDO mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" | $SUDO tee /etc/postgresql-common/createcluster.conf > /dev/null
fi
# postfix is only a test fixture (tests/seed/postfix_fixture.py runs its own instance from a
# config under build/): debconf's "No configuration" writes no /etc/postfix/main.cf, so the
# package starts no system Postfix on port 25 (its init script and postfix.service need main.cf).
# A machine that already has postfix keeps its configuration (the answer is set only before installing).
if ! dpkg-query -W -f='${Status}' postfix 2>/dev/null | grep -q "install ok installed"; then
    echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
