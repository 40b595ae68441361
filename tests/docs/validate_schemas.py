#!/usr/bin/env python3
"""Checks docs/schemas against what the program really does.

- Both schemas are valid JSON Schema (draft 2020-12).
- `mailsight-cli audit --format json` of every demo domain (plain, staged with expectations, and a
  second run with history so that `diff` appears, and one with `--shard` so that `shard` appears) validates against audit-report.schema.json.
- Every expectations file in tests/ and the example in docs/expectations.md validates against
  expectations.schema.json, and for a table of variants the schema and the CLI agree: what the
  schema rejects, `audit --expect` rejects with exit code 2, and the other way round.

Needs python3-jsonschema (packaging/setup-debian.sh installs it); exits 77 (skipped) without it.
Usage: validate_schemas.py SOURCE_DIR MAILSIGHT_CLI
"""
import json
import pathlib
import re
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    print("SKIP: python3-jsonschema is not installed (bash packaging/setup-debian.sh)")
    sys.exit(77)

source = pathlib.Path(sys.argv[1])
cli = sys.argv[2]
failures = []


def load_schema(name):
    schema = json.loads((source / "docs" / "schemas" / name).read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def errors(validator, document):
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message[:160]}"
            for e in validator.iter_errors(document)]


def run(*args):
    return subprocess.run([cli, *args], capture_output=True, text=True, timeout=120)


report_schema = load_schema("audit-report.schema.json")
expect_schema = load_schema("expectations.schema.json")

demo = ["example.com", "overlimit.test", "monitor.test", "weakkey.test", "loop.test"]
with tempfile.TemporaryDirectory() as tmp:
    history = str(pathlib.Path(tmp) / "history.db")
    staged = str(source / "resources" / "demo" / "staged" / "example.com.zone")
    expect = str(source / "tests" / "data" / "audit" / "expectations.json")
    runs = {
        "demo": ["--demo", "--no-history", "--format", "json", "audit", *demo],
        "first with history": ["--demo", "--history", history, "--format", "json", "audit", *demo],
        "staged, expectations, diff": ["--demo", "--history", history, "--zone", staged, "--expect", expect,
                                       "--format", "json", "audit", *demo],
        "sharded (1/1: every report with its \"shard\")": ["--demo", "--no-history", "--format", "json", "audit",
                                                           "--shard", "1/1", *demo],
    }
    for label, args in runs.items():
        result = run(*args)
        if result.returncode not in (0, 1):
            failures.append(f"audit ({label}): exit {result.returncode}: {result.stderr.strip()}")
            continue
        document = json.loads(result.stdout)
        if len(document) != len(demo):
            failures.append(f"audit ({label}): {len(document)} reports for {len(demo)} domains")
        problems = errors(report_schema, document)
        failures += [f"audit ({label}): {p}" for p in problems]
        print(f"audit ({label}): {len(document)} reports, {len(problems)} schema errors")
    if not any("diff" in r for r in json.loads(run(*runs["staged, expectations, diff"]).stdout)):
        failures.append("the history run produced no diff: the diff part of the schema went untested")

    # Expectations files kept in the repository, and the example in the documentation.
    files = sorted(p for p in (source / "tests").rglob("*.json")
                   if "expect" in p.name and "fuzz" not in p.parts)
    documents = {str(p.relative_to(source)): json.loads(p.read_text()) for p in files}
    for doc in ("docs/expectations.md", "README.md"):
        for i, block in enumerate(re.findall(r"```json\n(.*?)```", (source / doc).read_text(), re.S)):
            documents[f"{doc} example {i + 1}"] = json.loads(block)
    if not documents:
        failures.append("no expectations file found to validate")
    for name, document in documents.items():
        problems = errors(expect_schema, document)
        failures += [f"{name}: {p}" for p in problems]
        print(f"{name}: {len(problems)} schema errors")

    # The schema and the parser agree on what is valid.
    variants = [
        ({}, True),
        ({"$schema": "../docs/schemas/expectations.schema.json", "$comment": "x"}, True),
        ({"default": {"dmarc": {"minPolicy": "reject", "requireRua": False}}}, True),
        ({"default": {"spf": {"maxLookups": 0, "allowedIncludes": []}}}, True),
        ({"default": {"dkim": {"selectors": ["s1"], "minKeyBits": 2048, "maxKeyAgeDays": 365}}}, True),
        ({"domains": {"example.com.": {"spf": {"maxLookups": 10}}}}, True),
        ({"default": {"dmarc": {"minPolicy": "strict"}}}, False),
        ({"default": {"dmarc": {"requireRua": "yes"}}}, False),
        ({"default": {"dmarc": {"minpolicy": "reject"}}}, False),
        ({"default": {"spf": {"maxLookups": -1}}}, False),
        ({"default": {"spf": {"maxLookups": 8.5}}}, False),
        ({"default": {"spf": {"allowedIncludes": "_spf.provider.test"}}}, False),
        ({"default": {"dkim": {"selectors": [1]}}}, False),
        ({"default": {"spf": []}}, False),
        ({"default": {"spff": {"maxLookups": 8}}}, False),
        ({"domain": {"example.com": {}}}, False),
        ({"domains": {"example.com": []}}, False),
        ({"domains": []}, False),
        ([], False),
    ]
    for i, (document, valid) in enumerate(variants):
        path = pathlib.Path(tmp) / f"variant-{i}.json"
        path.write_text(json.dumps(document))
        by_schema = not errors(expect_schema, document)
        result = run("--demo", "--no-history", "--expect", str(path), "audit", "example.com")
        by_cli = result.returncode != 2
        if by_schema != valid or by_cli != valid:
            failures.append(f"expectations {json.dumps(document)}: expected {'valid' if valid else 'invalid'}, "
                            f"schema says {'valid' if by_schema else 'invalid'}, CLI exit {result.returncode} "
                            f"({result.stderr.strip()})")
    print(f"{len(variants)} expectation variants checked against the schema and the CLI")

for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
