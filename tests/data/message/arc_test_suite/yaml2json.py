#!/usr/bin/env python3
"""Converts the ValiMail ARC validation suite (YAML, several documents) into one JSON file that the
C++ tests read, so the tests need no YAML parser. Run once after updating the YAML:

    python3 yaml2json.py arc-draft-validation-tests.yml arc-draft-validation-tests.json

Needs python3-yaml. The JSON is a list of scenarios in file order, each {"description", "tests":
{name: {"description", "spec", "message", "cv"}}, "txt-records": {name: text}}, values as the YAML
gives them ("cv" is "Pass", "Fail", "None" or "" where the suite gives no expectation).
"""
import json
import sys

import yaml


def main():
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as f:
        scenarios = [doc for doc in yaml.safe_load_all(f) if doc]
    for s in scenarios:
        for case in s["tests"].values():
            case["cv"] = "" if case.get("cv") is None else str(case["cv"])
            case["message"] = case.get("message") or ""
    with open(target, "w", encoding="utf-8") as f:
        json.dump(scenarios, f, indent=1, ensure_ascii=False)
        f.write("\n")
    cases = sum(len(s["tests"]) for s in scenarios)
    print(f"{len(scenarios)} scenarios, {cases} test cases -> {target}")


if __name__ == "__main__":
    main()
