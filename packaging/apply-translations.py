#!/usr/bin/env python3
"""Writes translations into a Qt .ts file.

  apply-translations.py FILE.ts TRANSLATIONS.json...

Each JSON file is either the list translation-status.py --json prints, with "translation" filled in
(a list of strings for numerus messages), or {"Context": {"source": "translation", ...}, ...}.
Messages found get the translation and lose type="unfinished"; sources not in the .ts are reported
(they changed in the code since the JSON was made). Run packaging/update-translations.sh afterwards:
lupdate rewrites the file in its own layout, so diffs stay small.
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(paths):
    entries = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        if isinstance(data, dict):
            for context, table in data.items():
                for source, translation in table.items():
                    entries[(context, source)] = translation
        else:
            for e in data:
                if e.get("translation"):
                    entries[(e["context"], e["source"])] = e["translation"]
    return entries


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    ts_path, json_paths = argv[0], argv[1:]
    entries = load(json_paths)
    tree = ET.parse(ts_path)
    used = set()
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            key = (name, m.findtext("source"))
            if key not in entries:
                continue
            used.add(key)
            value = entries[key]
            t = m.find("translation")
            if t is None:
                t = ET.SubElement(m, "translation")
            for child in list(t):
                t.remove(child)
            if m.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value, value]
                t.text = None
                for form in forms:
                    ET.SubElement(t, "numerusform").text = form
            else:
                t.text = value if isinstance(value, str) else value[0]
            t.attrib.pop("type", None)
            filled += 1
    ET.indent(tree, space="    ")
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(tree.getroot(), encoding="unicode"))
        f.write("\n")
    missing = [k for k in entries if k not in used]
    print(f"{ts_path}: {filled} messages filled; {len(missing)} given translations matched no message")
    for context, source in missing[:20]:
        print(f"  not found: [{context}] {source[:70]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
