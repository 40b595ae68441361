#!/usr/bin/env bash
# Builds the .deb, unpacks it into a temporary root and runs the installed CLI from there.
set -euo pipefail
build=$1
src=$2
cd "$build"
rm -f mailsight_*.deb
cpack -G DEB >cpack.log 2>&1 || { cat cpack.log; exit 1; }
deb=$(ls mailsight_*.deb | head -1)
echo "package: $deb"
dpkg-deb -f "$deb" Depends
grep -q libqt6sql6-sqlite <<<"$(dpkg-deb -f "$deb" Depends)"
grep -q libldns <<<"$(dpkg-deb -f "$deb" Depends)"
# Executables linked with jemalloc (MAILSIGHT_JEMALLOC) need its package.
if readelf -d app/mailsight-cli | grep -q 'libjemalloc'; then
    grep -q libjemalloc2 <<<"$(dpkg-deb -f "$deb" Depends)"
fi
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
cli="$root/usr/bin/mailsight-cli"
[[ -x $cli ]]
version=$("$cli" --version)
echo "$version"
[[ $version == "mailsight-cli $(grep -oE 'project\(Mailsight VERSION [0-9.]+' "$src/CMakeLists.txt" | grep -oE '[0-9.]+$')" ]]
demo=$("$cli" --demo --format json lookup overlimit.test TXT)
grep -q '"outcome": "answer"' <<<"$demo"
[[ -f $root/usr/share/man/man1/mailsight-cli.1 || -f $root/usr/share/man/man1/mailsight-cli.1.gz ]]
[[ -f $root/usr/share/bash-completion/completions/mailsight-cli ]]
[[ -f $root/usr/share/doc/mailsight/examples/production.conf ]]
# Scheduled audits: system and user units, the system user, and the postinst that creates it.
for unit in system/mailsight-audit@.service system/mailsight-audit@.timer user/mailsight-audit@.service \
    user/mailsight-audit@.timer; do
    [[ -f $root/usr/lib/systemd/$unit ]] || { echo "missing unit $unit"; exit 1; }
done
grep -q '^ExecStart=mailsight-cli audit ' "$root/usr/lib/systemd/system/mailsight-audit@.service"
grep -q '^u mailsight ' "$root/usr/lib/sysusers.d/mailsight.conf"
dpkg-deb -I "$deb" postinst | grep -q systemd-sysusers
[[ -f $root/usr/share/doc/mailsight/examples/mailsight.rules.yml ]]
if [[ -x $root/usr/bin/mailsight ]]; then
    [[ -f $root/usr/share/applications/io.github.mailsight.Mailsight.desktop ]]
    [[ -f $root/usr/share/icons/hicolor/scalable/apps/mailsight.svg ]]
fi
echo "the unpacked package runs"
