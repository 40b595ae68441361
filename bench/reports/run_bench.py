#!/usr/bin/env python3
"""Import benchmark of DMARC aggregate reports, with xmllint --stream as the floor in the same run.

For each size: generate a synthetic report (generate_aggregate.py), time `xmllint --stream --noout`
over it and `mailsight-cli reports import` of it (parse + store in a fresh SQLite database), both
under /usr/bin/time -v for peak memory; then time `reports summary` including process start.
Prints MB/s, records/s, the import/xmllint ratio and peak memory beside the issue's targets.

  run_bench.py [--cli PATH] [--short] [--keep DIR] [--json]

--short: small sizes for CI (seconds); no time assertions anywhere, only printed ratios.
Use a Release build of mailsight-cli for meaningful numbers.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def find_cli():
    for candidate in ("build-rel/app/mailsight-cli", "build/app/mailsight-cli"):
        path = os.path.join(ROOT, candidate)
        if os.access(path, os.X_OK):
            return path
    return None


def timed(cmd):
    """Runs cmd under /usr/bin/time -v; returns (wall seconds, CPU seconds, peak KiB, exit code)."""
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start

    def field(name):
        match = re.search(name + r": ([0-9.]+)", proc.stderr)
        return float(match.group(1)) if match else -1.0

    cpu = field(r"User time \(seconds\)") + field(r"System time \(seconds\)")
    peak = int(field(r"Maximum resident set size \(kbytes\)"))
    return elapsed, cpu, peak, proc.returncode


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default=find_cli())
    parser.add_argument("--short", action="store_true", help="small sizes for CI")
    parser.add_argument("--keep", help="work in this folder and keep it")
    parser.add_argument("--json", action="store_true", help="print the results as JSON too")
    args = parser.parse_args()
    if not args.cli:
        sys.exit("mailsight-cli not found; build it or pass --cli")
    sizes = [2000, 20000] if args.short else [100000, 1000000]
    work = args.keep or tempfile.mkdtemp(prefix="mailsight-bench-")
    os.makedirs(work, exist_ok=True)
    results = []
    try:
        for records in sizes:
            xml = os.path.join(work, f"report-{records}.xml")
            subprocess.run([sys.executable, os.path.join(HERE, "generate_aggregate.py"), "--records", str(records),
                            "--out", xml], check=True)
            size_mb = os.path.getsize(xml) / 1e6
            db = os.path.join(work, f"history-{records}.sqlite")
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db + suffix):
                    os.remove(db + suffix)
            # Warm the page cache so that both tools read from memory.
            with open(xml, "rb") as f:
                while f.read(1 << 20):
                    pass
            lint_s, lint_cpu, _, lint_rc = timed(["xmllint", "--stream", "--noout", xml])
            imp_s, imp_cpu, imp_kb, imp_rc = timed([args.cli, "--history", db, "reports", "import", xml])
            summary_runs = []
            for _ in range(5):
                start = time.perf_counter()
                proc = subprocess.run([args.cli, "--history", db, "--format", "json", "reports", "summary",
                                       "example.com"], capture_output=True, text=True)
                summary_runs.append(time.perf_counter() - start)
            summary = json.loads(proc.stdout) if proc.returncode == 0 else {}
            results.append({
                "records": records,
                "xmlMB": round(size_mb, 1),
                "xmllintSeconds": round(lint_s, 3),
                "xmllintExit": lint_rc,
                "importSeconds": round(imp_s, 3),
                "importExit": imp_rc,
                "importMBps": round(size_mb / imp_s, 1),
                "importRecordsPerSecond": int(records / imp_s),
                "ratioToXmllint": round(imp_s / lint_s, 2),
                "xmllintCpuSeconds": round(lint_cpu, 3),
                "importCpuSeconds": round(imp_cpu, 3),
                "cpuRatioToXmllint": round(imp_cpu / max(lint_cpu, 0.001), 2),
                "importPeakMB": round(imp_kb / 1024, 1),
                "summaryMedianMs": round(statistics.median(summary_runs) * 1000, 1),
                "summaryMessages": summary.get("messages"),
                "summarySources": len(summary.get("sources", [])),
            })
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    print(f"mailsight-cli: {args.cli}")
    print("wall-clock seconds, and CPU seconds (user+sys: steadier when the machine is shared)")
    print(f"{'records':>9} {'MB':>6} {'xmllint s':>9} {'import s':>9} {'ratio':>6} {'cpu ratio':>9} {'MB/s':>6} "
          f"{'rec/s':>8} {'peak MB':>8} {'summary ms':>10}")
    for r in results:
        print(f"{r['records']:>9} {r['xmlMB']:>6} {r['xmllintSeconds']:>9} {r['importSeconds']:>9} "
              f"{r['ratioToXmllint']:>6} {r['cpuRatioToXmllint']:>9} {r['importMBps']:>6} "
              f"{r['importRecordsPerSecond']:>8} {r['importPeakMB']:>8} {r['summaryMedianMs']:>10}")
    if not args.short:
        print("targets: 100k records within 3x xmllint; summary < 200 ms incl. process start; "
              "1M records < 60 s; peak < 500 MB")
        by = {r["records"]: r for r in results}
        if 100000 in by:
            print(f"  100k ratio {by[100000]['ratioToXmllint']} (target <= 3): "
                  f"{'met' if by[100000]['ratioToXmllint'] <= 3 else 'NOT met'}")
        if 1000000 in by:
            r = by[1000000]
            print(f"  1M import {r['importSeconds']} s (target < 60): {'met' if r['importSeconds'] < 60 else 'NOT met'}")
            print(f"  1M peak {r['importPeakMB']} MB (target < 500): {'met' if r['importPeakMB'] < 500 else 'NOT met'}")
            print(f"  1M summary {r['summaryMedianMs']} ms (target < 200): "
                  f"{'met' if r['summaryMedianMs'] < 200 else 'NOT met'}")
    if args.json:
        print(json.dumps(results, indent=2))
    failed = [r for r in results if r["importExit"] != 0 or r["summaryMessages"] is None]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
