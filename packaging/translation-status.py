#!/usr/bin/env python3
"""What is left to translate in Qt .ts files.

  translation-status.py FILE.ts...           one summary line per file
  translation-status.py --json FILE.ts      the unfinished messages as JSON, ready to fill in and
                                            give to apply-translations.py:
      [{"context": "MainWindow", "source": "&File", "numerus": false, "translation": ""}, ...]
  translation-status.py --check FILE.ts...  exit 1 if any file has unfinished or obsolete messages
"""
import json
import sys
import xml.etree.ElementTree as ET


def messages(path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def translation_texts(message):
    t = message.find("translation")
    if t is None:
        return []
    forms = t.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [t.text or ""]


def state(message):
    t = message.find("translation")
    kind = t.get("type") if t is not None else "unfinished"
    if kind in ("vanished", "obsolete"):
        return "obsolete"
    if kind == "unfinished" or any(not s for s in translation_texts(message)):
        return "unfinished"
    return "done"


def main(argv):
    mode = "summary"
    if argv and argv[0] in ("--json", "--check"):
        mode = argv.pop(0)[2:]
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    if mode == "json":
        out = []
        for path in argv:
            for context, m in messages(path):
                if state(m) == "unfinished":
                    entry = {"context": context, "source": m.findtext("source"),
                             "numerus": m.get("numerus") == "yes", "translation": ""}
                    if m.findtext("comment"):
                        entry["comment"] = m.findtext("comment")
                    if m.findtext("extracomment"):
                        entry["extracomment"] = m.findtext("extracomment")
                    if len(argv) > 1:
                        entry["file"] = path
                    out.append(entry)
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    bad = False
    for path in argv:
        counts = {"done": 0, "unfinished": 0, "obsolete": 0}
        for _, m in messages(path):
            counts[state(m)] += 1
        total = sum(counts.values())
        print(f"{path}: {total} messages, {counts['done']} translated, "
              f"{counts['unfinished']} unfinished, {counts['obsolete']} obsolete")
        bad = bad or counts["unfinished"] or counts["obsolete"]
    return 1 if mode == "check" and bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
