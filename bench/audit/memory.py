"""Batch audits in bounded memory (issue 20), for audit_bench.py: peak RSS of a batch of a small
and a large list in each output format, their ratio (the peak should not grow with the list), the
wall time against the batch's floor, and the questions a domain asks with --dkim-discovery known
(every check, and the query-budget mode). Ratios measured in one run, not asserted.

Each run goes through the same NSD and delaying proxy as the rest of the benchmark, writes its
output to a file (stdout redirected, as `mailsight-cli audit ... > out.json` does) and is measured
with /usr/bin/time (%M: peak resident set size).

The floor of a batch's wall time is the larger of two bounds, both from this run:
  - in flight: `concurrency` domains at once, each at least its chain of dependent round trips:
    the zone's critical path (zones.py) plus the per-server check's NS_ROUNDS (the zone's SOA
    through the resolver, the parent's NS, the server's SOA, then every name at once), i.e.
    N x mean(chain) x delay / concurrency + the longest chain x delay;
  - the harness: the questions the proxy logged / the queries a second it sustains here.
"""
import json
import os
import statistics

FORMATS = ["json", "jsonl", "csv", "sarif", "junit", "text"]
TARGET_MB = 250
NS_ROUNDS = 4
# --dkim-discovery known with two named selectors; the query-budget mode (docs/batch-audits.md)
# also leaves out the per-server check (its direct questions repeat every name of the zone at each
# authoritative server) and the transport check.
KNOWN = ["--dkim-discovery", "known", "--dkim-selector", "s1", "--dkim-selector", "selector1"]
NO_NS = [*KNOWN, "--no-ns"]
BUDGET = [*NO_NS, "--no-transport"]


def closed(path, last):
    """The file's last non-blank character is `last` (a closed document), read from its end."""
    with open(path, "rb") as fh:
        fh.seek(max(0, os.path.getsize(path) - 4096))
        return fh.read().rstrip().endswith(last)


def check_output(path, fmt, count):
    """The output names every domain once (a closed, valid document). JSON and SARIF of 10,000
    domains are gigabytes (the query logs): past 200 MB only their end is checked."""
    big = os.path.getsize(path) > 200 * 1024 * 1024
    if big and fmt in ("json", "sarif"):
        return closed(path, b"]" if fmt == "json" else b"}")
    if fmt == "json":
        return len(json.load(open(path))) == count
    if fmt == "jsonl":
        return sum(1 for line in open(path) if line.strip()) == count
    if fmt == "sarif":
        doc = json.load(open(path))
        return doc["runs"][0]["results"] is not None
    if fmt == "junit":
        suites = sum(line.count("<testsuite ") for line in open(path))
        return suites == count and closed(path, b"</testsuites>")
    if fmt == "text":
        return any(f"{count} domains audited; grades " in line for line in open(path))
    return os.path.getsize(path) > 0


def floor_ms(names, critical, concurrency, delay, questions, harness_rate):
    chains = [critical[n] + NS_ROUNDS for n in names]
    in_flight = len(names) * statistics.mean(chains) * delay / concurrency + max(chains) * delay
    harness = questions / max(harness_rate, 1) * 1000
    return max(in_flight, harness), in_flight, harness


def questions_a_domain(bench, names, extra, timed):
    """(proxy questions a domain, max queries_asked reported) for a jsonl batch with extra options."""
    bench.clear_log()
    out = os.path.join(bench.work, "budget.jsonl")
    bench.audit(names, out, ["--format", "jsonl", *extra], timed=timed)
    asked = len(bench.queries())
    reported = [json.loads(line).get("queries_asked", -1) for line in open(out) if line.strip()]
    os.remove(out)
    return asked / len(names), max(reported), statistics.mean(reported)


def run(bench, names, sizes, formats, discovery, timed, critical, concurrency, harness_rate):
    """Appends rows to bench.rows; returns the notes' lines."""
    small, large = sizes
    delay = bench.args.delay_ms
    notes = []
    peaks = {}
    extra_of = {"known": KNOWN, "budget": BUDGET}.get(discovery, ["--dkim-discovery", discovery])
    for fmt in formats:
        for n in (small, large):
            bench.clear_log()
            out = os.path.join(bench.work, f"mem-{n}.{fmt}")
            ms, rss, rc, _ = bench.audit(names[:n], out, ["--format", fmt, *extra_of], timed=timed)
            asked = len(bench.queries())
            if rc > 1 or not check_output(out, fmt, n):
                notes.append(f"WARNING: memory run {fmt} {n} domains: exit {rc} or incomplete output")
            peaks[(fmt, n)] = rss
            floor, in_flight, harness = floor_ms(names[:n], critical, concurrency, delay, asked, harness_rate)
            notes.append(f"memory run {fmt:5} {n:6} domains: {ms / 1000:7.1f} s (floor {floor / 1000:.1f} s: "
                         f"in flight {in_flight / 1000:.1f}, harness {harness / 1000:.1f}), peak {rss / 1024:6.0f} MB, "
                         f"{asked / n:6.1f} questions a domain (proxy log)")
            if n == large:
                bench.row(f"  wall {large} domains ({fmt}) / floor, s", f"{ms / 1000:.1f} / {floor / 1000:.1f}",
                          "<= 1.3x", f"{ms / floor:.2f}x", ms <= 1.3 * floor)
            try:
                os.remove(out)
            except OSError:
                pass
        s, l = peaks[(fmt, small)], peaks[(fmt, large)]
        bench.row(f"peak RSS {fmt} {large} domains, MB", f"{l / 1024:.0f}", f"< {TARGET_MB}",
                  f"{l / 1024 / TARGET_MB:.2f}x", l < TARGET_MB * 1024)
        bench.row(f"  peak {large} / {small} domains ({fmt})", f"{l / 1024:.0f} / {s / 1024:.0f} MB", "~1 (flat)",
                  f"{l / max(s, 1):.2f}x", l <= 1.25 * s)
    # Questions a domain: every check with `known`, and the query-budget mode.
    sample = names[:min(small, 200)]
    for label, extra in (("known, every check", KNOWN), ("known --no-ns", NO_NS),
                         ("budget: also --no-transport", BUDGET)):
        per, most, mean = questions_a_domain(bench, sample, extra, timed)
        bench.row(f"questions a domain, {label}", f"{per:.1f} (reported mean {mean:.1f}, max {most})", "<= 10",
                  f"{per / 10:.2f}x", per <= 10)
    return notes
