"""Batch audits in bounded memory (issue 20), for audit_bench.py: peak RSS of a batch of a small
and a large list in each output format, their ratio (the peak should not grow with the list), and
the questions a domain asks with --dkim-discovery known. Ratios measured in one run, not asserted.

Each run goes through the same NSD and delaying proxy as the rest of the benchmark, writes its
output to a file (stdout redirected, as `mailsight-cli audit ... > out.json` does) and is measured
with /usr/bin/time (%M: peak resident set size).
"""
import json
import os

FORMATS = ["json", "jsonl", "csv", "sarif", "junit", "text"]
TARGET_MB = 250


def check_output(path, fmt, count):
    """The output names every domain once (a closed, valid document)."""
    if fmt == "json":
        return len(json.load(open(path))) == count
    if fmt == "jsonl":
        return sum(1 for line in open(path) if line.strip()) == count
    if fmt == "sarif":
        doc = json.load(open(path))
        return doc["runs"][0]["results"] is not None
    if fmt == "junit":
        text = open(path).read()
        return text.count("<testsuite ") == count and text.rstrip().endswith("</testsuites>")
    if fmt == "text":
        return " audited; grades " in open(path).read()
    return os.path.getsize(path) > 0


def run(bench, names, sizes, formats, discovery, timed):
    """Appends rows to bench.rows; returns the notes' lines."""
    small, large = sizes
    notes = []
    peaks = {}
    for fmt in formats:
        for n in (small, large):
            bench.clear_log()
            out = os.path.join(bench.work, f"mem-{n}.{fmt}")
            extra = ["--format", fmt, "--dkim-discovery", discovery]
            ms, rss, rc, _ = bench.audit(names[:n], out, extra, timed=timed)
            asked = len(bench.queries())
            if rc > 1 or not check_output(out, fmt, n):
                notes.append(f"WARNING: memory run {fmt} {n} domains: exit {rc} or incomplete output")
            peaks[(fmt, n)] = rss
            notes.append(f"memory run {fmt:5} {n:6} domains: {ms / 1000:7.1f} s, peak {rss / 1024:6.0f} MB, "
                         f"{asked / n:6.1f} questions a domain (proxy log)")
            try:
                os.remove(out)
            except OSError:
                pass
        s, l = peaks[(fmt, small)], peaks[(fmt, large)]
        bench.row(f"peak RSS {fmt} {large} domains, MB", f"{l / 1024:.0f}", f"< {TARGET_MB}",
                  f"{l / 1024 / TARGET_MB:.2f}x", l < TARGET_MB * 1024)
        bench.row(f"  peak {large} / {small} domains ({fmt})", f"{l / 1024:.0f} / {s / 1024:.0f} MB", "~1 (flat)",
                  f"{l / max(s, 1):.2f}x", l <= 1.25 * s)
    # --dkim-discovery known, two selectors named: questions a domain from the proxy's log.
    bench.clear_log()
    n = min(small, len(names))
    out = os.path.join(bench.work, "known.jsonl")
    bench.audit(names[:n], out, ["--format", "jsonl", "--dkim-discovery", "known", "--dkim-selector", "s1",
                                 "--dkim-selector", "selector1"], timed=timed)
    asked = len(bench.queries())
    reported = [json.loads(line).get("queries_asked", -1) for line in open(out) if line.strip()]
    bench.row(f"--dkim-discovery known, questions a domain", f"{asked / n:.1f} (max {max(reported)} reported)",
              "<= 10", f"{asked / n / 10:.2f}x", max(reported) <= 10)
    return notes
