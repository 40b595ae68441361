#!/usr/bin/env bash
# Brings translations/*.ts up to date with the sources (core/ ui/ app/): new strings come in as
# unfinished, strings no longer in the sources are dropped. No line numbers are written, so a diff
# shows only strings that changed. Then lists what is left to translate:
#   packaging/update-translations.sh            update every .ts, print a summary
#   packaging/update-translations.sh de         only translations/mailsight_de.ts
# Unfinished messages as JSON (to translate them): packaging/translation-status.py --json FILE.ts
# Writing translations back: packaging/apply-translations.py FILE.ts TRANSLATIONS.json
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate} # the lupdate on PATH may be Qt 5's
files=()
if (($# == 0)); then
    files=(translations/mailsight_*.ts)
else
    for lang in "$@"; do files+=("translations/mailsight_${lang}.ts"); done
fi
# lupdate warns "Class 'X' lacks Q_OBJECT macro" for core classes that translate through a helper
# with the class name as context; the context is right, so those lines are filtered out.
"$LUPDATE" -locations none -no-obsolete -no-ui-lines core ui app -ts "${files[@]}" 2>&1 |
    grep -v "lacks Q_OBJECT macro" || true
python3 packaging/translation-status.py "${files[@]}"
