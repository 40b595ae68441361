"""The PostgreSQL half of run_bench.py --postgres (issue 19): the same report imported into SQLite
and into a throw-away PostgreSQL in one run, `reports summary` against both, sizes on disk, ratios.

The CPU time of mailsight-cli alone would flatter PostgreSQL: the server does part of the work in
other processes. So the server's CPU time is measured too, from /proc: the postmaster's own and
reaped children's time plus that of its live children, read before and after each command.
"""
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIXTURE = os.path.join(ROOT, "tests", "pg", "pg-fixture.sh")
PGBIN = os.environ.get("PGBIN", "/usr/lib/postgresql/15/bin")

# The totals two summaries of the same reports must agree on (the lists of the biggest sources may
# order ties differently).
SUMMARY_KEYS = ("messages", "reports", "sourceCount", "sourcesTotal", "forwardersTotal", "unknownMessages",
                "unknownSourcesTotal", "dmarc", "simulation", "daily", "tlsRpt")


class PostgresUnavailable(Exception):
    pass


def available():
    """None when a throw-away PostgreSQL can be started here, else why not."""
    if not os.access(os.path.join(PGBIN, "initdb"), os.X_OK):
        return f"no PostgreSQL 15 in {PGBIN} (Debian: apt-get install postgresql-15)"
    if not shutil.which("psql"):
        return "no psql (Debian: postgresql-client-15)"
    return None


class Postgres:
    """tests/pg/pg-fixture.sh in DIR: start() writes DIR/url and DIR/passfile; stop() always."""

    def __init__(self, work):
        self.work = os.path.join(work, "pg")
        self.url = None
        self.pid = None

    def start(self):
        proc = subprocess.run(["bash", FIXTURE, "start", self.work], capture_output=True, text=True)
        if proc.returncode != 0:
            raise PostgresUnavailable("tests/pg/pg-fixture.sh could not start PostgreSQL: " +
                                      (proc.stderr.strip().splitlines() or ["(no message)"])[-1])
        with open(os.path.join(self.work, "url")) as f:
            self.url = f.read().strip()
        os.environ["PGPASSFILE"] = os.path.join(self.work, "passfile")
        base = self.work
        link = os.path.join(self.work, "cluster")
        if os.path.islink(link):
            base = os.readlink(link)
        with open(os.path.join(base, "data", "postmaster.pid")) as f:
            self.pid = int(f.readline())

    def stop(self):
        subprocess.run(["bash", FIXTURE, "stop", self.work], capture_output=True)

    def database_url(self, name):
        return re.sub(r"/[^/]*$", "/" + name, self.url)

    def psql(self, sql, database=None):
        url = self.database_url(database) if database else self.url
        proc = subprocess.run(["psql", "-X", "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1", url, "-c", sql],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            raise PostgresUnavailable(f"psql failed: {proc.stderr.strip()}")
        return [line.split("\t") for line in proc.stdout.splitlines() if line]

    def fresh_database(self, name):
        self.psql(f"DROP DATABASE IF EXISTS {name}")
        self.psql(f"CREATE DATABASE {name}")
        return self.database_url(name)

    def server_cpu(self):
        """CPU seconds of the server so far: the postmaster with its reaped children, and the live ones."""
        tick = os.sysconf("SC_CLK_TCK")

        def fields(pid):
            with open(f"/proc/{pid}/stat") as f:
                text = f.read()
            return text[text.rindex(")") + 2:].split()  # from field 3 (state) on

        own = fields(self.pid)
        total = sum(int(x) for x in own[11:15])  # utime stime cutime cstime
        for entry in os.listdir("/proc"):
            if not entry.isdigit() or int(entry) == self.pid:
                continue
            try:
                f = fields(entry)
            except OSError:
                continue
            if int(f[1]) == self.pid:
                total += int(f[11]) + int(f[12])
        return total / tick


def timed(cmd, server=None):
    """cmd under /usr/bin/time -v: wall s, mailsight-cli CPU s, peak KiB, exit code, stderr, server CPU s."""
    before = server.server_cpu() if server else 0.0
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    server_cpu = None
    if server:
        time.sleep(0.3)  # the backend exits after the client and is reaped by the postmaster
        server_cpu = server.server_cpu() - before

    def field(name):
        match = re.search(name + r": ([0-9.]+)", proc.stderr)
        return float(match.group(1)) if match else -1.0

    cpu = field(r"User time \(seconds\)") + field(r"System time \(seconds\)")
    peak = int(field(r"Maximum resident set size \(kbytes\)"))
    # What the command itself wrote to stderr: /usr/bin/time's own lines start with a tab or
    # "Command exited".
    message = "\n".join(line for line in proc.stderr.splitlines()
                        if line and not line.startswith("\t") and not line.startswith("Command exited"))
    return elapsed, cpu, peak, proc.returncode, message, server_cpu, proc.stdout


def sqlite_sizes(path):
    size = sum(os.path.getsize(path + s) for s in ("", "-wal", "-shm") if os.path.exists(path + s))
    tables = {}
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        # Indexes count with their table, as pg_total_relation_size does.
        owners = dict(con.execute("SELECT name, tbl_name FROM sqlite_schema WHERE type IN ('table', 'index')"))
        for name, pgsize in con.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name"):
            owner = owners.get(name, name)
            tables[owner] = tables.get(owner, 0) + pgsize
        con.close()
    except sqlite3.Error:
        pass
    return size, tables


def postgres_sizes(server, database):
    size = int(server.psql("SELECT pg_database_size(current_database())", database)[0][0])
    rows = server.psql("SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace n "
                       "ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND n.nspname = 'public'",
                       database)
    return size, {name: int(total) for name, total in rows}


def temp_bytes(server, database):
    """Bytes the database's queries spilled to temporary files so far (sorts and hashes over work_mem)."""
    return int(server.psql("SELECT temp_bytes FROM pg_stat_database WHERE datname = current_database()",
                           database)[0][0])


def summary_runs(cli, database, runs, server=None):
    cmd = [cli, "--database", database, "--format", "json", "reports", "summary", "example.com"]
    walls, cpus, peaks, servers = [], [], [], []
    out = ""
    for _ in range(runs):
        wall, cpu, peak, rc, message, server_cpu, out = timed(cmd, server)
        if rc != 0:
            raise PostgresUnavailable(f"reports summary against {database.split(':')[0]} failed (exit {rc}): "
                                      f"{message}")
        walls.append(wall)
        cpus.append(cpu)
        peaks.append(peak)
        if server_cpu is not None:
            servers.append(server_cpu)
    summary = json.loads(out)
    return {
        "bestMs": round(min(walls) * 1000, 1),
        "medianMs": round(statistics.median(walls) * 1000, 1),
        "cpuBestMs": round(min(cpus) * 1000, 1),
        "serverCpuBestMs": round(min(servers) * 1000, 1) if servers else None,
        "peakMB": round(max(peaks) / 1024, 1),
        "runs": runs,
    }, {key: summary.get(key) for key in SUMMARY_KEYS}


def probe(cli, server, work):
    """Fails early, with mailsight-cli's own words, when this build cannot store reports in PostgreSQL."""
    xml = os.path.join(work, "report-probe.xml")
    subprocess.run([sys.executable, os.path.join(HERE, "generate_aggregate.py"), "--records", "10",
                    "--report-id", "bench-probe", "--out", xml], check=True)
    url = server.fresh_database("bench_probe")
    proc = subprocess.run([cli, "--database", url, "reports", "import", xml], capture_output=True, text=True)
    if proc.returncode != 0:
        first = (proc.stderr.strip().splitlines() or ["(no message)"])[0]
        raise PostgresUnavailable(
            f"this mailsight-cli cannot import reports into PostgreSQL (exit {proc.returncode}): {first}\n"
            "The PostgreSQL mode needs a build with the PostgreSQL report store (issue 19); run without "
            "--postgres for the SQLite figures alone.")


def compare(cli, server, sqlite_db, sqlite_import, xml, records, runs):
    """Imports xml into a fresh PostgreSQL database and compares with the SQLite import of the same file
    (sqlite_import: measure_import's figures, same run). Returns the figures of both backends."""
    name = f"bench_{records}"
    url = server.fresh_database(name)
    empty_size, _ = postgres_sizes(server, name)
    spilled = temp_bytes(server, name)
    wall, cpu, peak, rc, message, server_cpu, _ = timed([cli, "--database", url, "reports", "import", xml], server)
    if rc != 0:
        raise PostgresUnavailable(f"reports import of {records} records into PostgreSQL failed (exit {rc}): "
                                  f"{message}")
    import_spilled = temp_bytes(server, name) - spilled
    server.psql("ANALYZE", name)  # what autovacuum does soon after a large import anyway
    pg_size, pg_tables = postgres_sizes(server, name)
    lite_size, lite_tables = sqlite_sizes(sqlite_db)
    lite_summary, lite_totals = summary_runs(cli, "sqlite:" + sqlite_db, runs)
    spilled = temp_bytes(server, name)
    pg_summary, pg_totals = summary_runs(cli, url, runs, server)
    pg_summary["tempBytesPerRun"] = (temp_bytes(server, name) - spilled) // runs
    differ = [key for key in SUMMARY_KEYS if lite_totals.get(key) != pg_totals.get(key)]
    return {
        "records": records,
        "summariesAgree": not differ,
        "summaryKeysDiffering": differ,
        "messages": lite_totals.get("messages"),
        "sources": lite_totals.get("sourceCount"),
        "sqlite": {
            "importSeconds": sqlite_import["importSeconds"],
            "importCpuSeconds": sqlite_import["importCpuSeconds"],
            "importPeakMB": sqlite_import["importPeakMB"],
            "bytesOnDisk": lite_size,
            "bytesPerRecord": round(lite_size / records, 1),
            "tables": lite_tables,
            "summary": lite_summary,
        },
        "postgresql": {
            "importSeconds": round(wall, 3),
            "importCpuSeconds": round(cpu, 3),
            "importServerCpuSeconds": round(server_cpu, 3),
            "importPeakMB": round(peak / 1024, 1),
            "importTempBytes": import_spilled,
            "bytesOnDisk": pg_size,
            "bytesEmptyDatabase": empty_size,
            "bytesPerRecord": round((pg_size - empty_size) / records, 1),
            "tables": pg_tables,
            "summary": pg_summary,
        },
    }


def ratio(a, b):
    return f"{a / b:.2f}x" if a is not None and b else "-"


def print_comparison(c):
    lite, pg = c["sqlite"], c["postgresql"]
    ls, ps = lite["summary"], pg["summary"]
    print(f"PostgreSQL beside SQLite, {c['records']} records ({c['sources']} sources, {c['messages']} messages), "
          f"the same file in the same run; summaries "
          f"{'agree' if c['summariesAgree'] else 'DIFFER in ' + ', '.join(c['summaryKeysDiffering'])}:")
    rows = [
        ("import wall, s", lite["importSeconds"], pg["importSeconds"]),
        ("import CPU mailsight-cli, s", lite["importCpuSeconds"], pg["importCpuSeconds"]),
        ("import CPU server, s", None, pg["importServerCpuSeconds"]),
        ("import CPU both, s", lite["importCpuSeconds"], round(pg["importCpuSeconds"] + pg["importServerCpuSeconds"], 3)),
        ("import peak mailsight-cli, MB", lite["importPeakMB"], pg["importPeakMB"]),
        (f"summary wall best of {ls['runs']}, ms", ls["bestMs"], ps["bestMs"]),
        (f"summary wall median of {ls['runs']}, ms", ls["medianMs"], ps["medianMs"]),
        ("summary CPU mailsight-cli best, ms", ls["cpuBestMs"], ps["cpuBestMs"]),
        ("summary CPU server best, ms", None, ps["serverCpuBestMs"]),
        ("summary peak mailsight-cli, MB", ls["peakMB"], ps["peakMB"]),
        ("server temporary files: import, MB", None, round(pg["importTempBytes"] / 1e6, 1)),
        ("server temporary files: a summary, MB", None, round(ps["tempBytesPerRun"] / 1e6, 1)),
        ("on disk, MB", round(lite["bytesOnDisk"] / 1e6, 1), round((pg["bytesOnDisk"] - pg["bytesEmptyDatabase"]) / 1e6, 1)),
        ("bytes per record", lite["bytesPerRecord"], pg["bytesPerRecord"]),
    ]
    print(f"  {'measure':<40} {'SQLite':>10} {'PostgreSQL':>11} {'PG/SQLite':>10}")
    for label, a, b in rows:
        print(f"  {label:<40} {'-' if a is None else a:>10} {'-' if b is None else b:>11} {ratio(b, a):>10}")
    print(f"  PostgreSQL database {pg['bytesOnDisk'] / 1e6:.1f} MB in all, {pg['bytesEmptyDatabase'] / 1e6:.1f} MB "
          "of it before the import (the catalog); per table with its indexes, MB (SQLite / PostgreSQL):")
    names = sorted(set(lite["tables"]) | set(pg["tables"]),
                   key=lambda n: -(pg["tables"].get(n, 0) + lite["tables"].get(n, 0)))
    for name in names:
        a, b = lite["tables"].get(name, 0), pg["tables"].get(name, 0)
        if a + b >= 100000:
            print(f"    {name:<38} {a / 1e6:>10.1f} {b / 1e6:>11.1f} {ratio(b, a):>10}")
