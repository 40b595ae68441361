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
    libpsl-dev publicsuffix libarchive-dev zlib1g-dev libsqlite3-dev
    nsd nginx python3-aiosmtpd dovecot-imapd dovecot-lmtpd dovecot-sieve xvfb xauth poppler-utils imagemagick libxml2-utils
    python3 python3-yaml python3-spf python3-jsonschema python3-dkim
    clang-14 libclang-rt-14-dev
    fonts-dejavu-core file dpkg-dev time desktop-file-utils appstream
    qt6-translations-l10n
    prometheus systemd
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
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
