#!/usr/bin/env python3
"""Converts the OpenSPF RFC 7208 test suite (YAML, several documents) into one JSON file that the
C++ tests read, so the tests need no YAML parser. Run once after updating the YAML:

    python3 yaml2json.py rfc7208-tests.yml rfc7208-tests.json

Needs python3-yaml. The JSON is a list of scenarios, in file order, each
{"description", "tests": {name: case}, "zonedata": {name: [entry]}}, values kept as the YAML gives
them (a zonedata entry is either the string "TIMEOUT" or a one-key map such as {"SPF": "v=spf1 ..."};
MX values are [preference, exchange]; result is a string or a list of acceptable results).
"""
import json
import sys

import yaml


def main():
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as f:
        scenarios = [doc for doc in yaml.safe_load_all(f) if doc]
    with open(target, "w", encoding="utf-8") as f:
        json.dump(scenarios, f, indent=1, ensure_ascii=False)
        f.write("\n")
    cases = sum(len(s["tests"]) for s in scenarios)
    print(f"{len(scenarios)} scenarios, {cases} test cases -> {target}")


if __name__ == "__main__":
    main()
