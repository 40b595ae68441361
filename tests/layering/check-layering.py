#!/usr/bin/env python3
"""The checks know nothing of storage: no file under core/<check>/ includes anything from
core/history/ or core/reports/ (the audit and CLI layers read storage and pass what they read in
through the check's options). Prints each offending include as FILE:LINE and exits 1; exits 0
when there is none.

    check-layering.py SOURCE_DIR
"""
import pathlib
import re
import sys

CHECKS = ["dkim", "spf", "dmarc", "transport", "dnssec", "nscheck", "blocklist", "message", "seed"]
FORBIDDEN = ["history", "reports"]
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]')


def offending(include: str, source: pathlib.Path, core: pathlib.Path) -> bool:
    # "history/X.h" as the project writes it, or a relative path that lands in core/history.
    if include.split("/")[0] in FORBIDDEN:
        return True
    resolved = (source.parent / include).resolve()
    return any(resolved.is_relative_to((core / area).resolve()) for area in FORBIDDEN)


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    core = pathlib.Path(sys.argv[1]) / "core"
    found = []
    checked = 0
    for area in CHECKS:
        folder = core / area
        if not folder.is_dir():
            print(f"{folder}: not a directory (was the check renamed? update CHECKS)", file=sys.stderr)
            return 2
        for source in sorted(folder.rglob("*")):
            if source.suffix not in (".h", ".cpp"):
                continue
            checked += 1
            lines = source.read_text(encoding="utf-8", errors="replace").splitlines()
            for number, line in enumerate(lines, 1):
                m = INCLUDE.match(line)
                if m and offending(m.group(1), source, core):
                    found.append(f"{source}:{number}: includes {m.group(1)}")
    for f in found:
        print(f)
    if found:
        print(f"{len(found)} include(s) of core/history or core/reports in the checks "
              f"({', '.join(CHECKS)}): read storage in the audit or CLI layer and pass the result "
              "in through the check's options.", file=sys.stderr)
        return 1
    print(f"{checked} files of the checks include nothing from core/history or core/reports.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
