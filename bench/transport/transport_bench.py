#!/usr/bin/env python3
"""Transport benchmark (issue 14, "Speed"): what the transport checks add to a 10-domain audit.

The issue's target: the transport checks of 10 domains (MX, MTA-STS with its policy fetched over
HTTPS, TLS-RPT; no SMTP probe) at 25 ms per DNS reply and 25 ms per HTTPS round trip add at most
150 ms net to the 10-domain audit: the HTTPS fetches run in parallel with DNS, not after it.

The set-up, all local:
  - the zones of bench/audit/zones.py (10 domains orgNNN.test), each given an `_mta-sts` record,
    an `_smtp._tls` record and an `mta-sts` host, served by NSD behind the delaying DNS proxy of
    bench/audit (bench/dnsdelay, --delay-ms per reply);
  - nginx (Debian's) serving each domain's policy (mode enforce, `mx: *.orgNNN.test`) over HTTPS
    with a certificate from a test CA made here by openssl;
  - in front of nginx a TCP proxy (this file) that holds every chunk of data for half the delay in
    each direction: one HTTPS round trip (TLS handshake, request and answer) costs the delay;
  - mailsight-cli reaches it through `--connect-to :443:127.0.0.1:PORT --ca-file CA`, the way a
    split-horizon user would; the certificate is still checked against mta-sts.orgNNN.test.
Measured in one run, best of --runs each: the audit without the transport checks
(`--no-transport`) and with them; the difference is the net cost, against 150 ms. Also printed:
CPU time of each run, and the structure's lower bound: a domain's transport path is 3 round trips
(_mta-sts TXT, TLS handshake, GET), shorter than the audit's own SPF path of up to 5.
Exit 0 whenever the measurements were made (a MISS is reported, not failed); 3 when the harness
could not run or the audit did not fetch every policy.

  bench/transport/transport_bench.py [--short] [--build DIR] [--delay-ms 25] [--runs R] [--keep]
"""
import argparse
import asyncio
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "bench", "audit"))
import audit_bench  # noqa: E402
import zones  # noqa: E402

DOMAINS = 10
TARGET_MS = 150.0


def fail(msg):
    print(f"transport bench: {msg}", file=sys.stderr)
    sys.exit(3)


def add_transport_records(zone_dir, names):
    """Gives every domain the records a sending MTA looks for: _mta-sts, _smtp._tls, mta-sts."""
    for i, domain in enumerate(names):
        with open(os.path.join(zone_dir, f"{domain}.zone"), "a") as fh:
            fh.write(f'_mta-sts IN TXT "v=STSv1; id=20261205{i:02d}"\n')
            fh.write(f'_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tlsrpt@{domain}"\n')
            fh.write(f"mta-sts IN A 192.0.2.{100 + i}\n")


def make_pki(work, names):
    pki = os.path.join(work, "pki")
    os.makedirs(pki)

    def run(*cmd):
        subprocess.run(cmd, check=True, capture_output=True)

    run("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-days", "2", "-subj", "/CN=Mailsight Bench CA", "-keyout", f"{pki}/ca.key", "-out", f"{pki}/ca.pem",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    san = ",".join(f"DNS:mta-sts.{d}" for d in names)
    with open(f"{pki}/leaf.ext", "w") as fh:
        fh.write("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                 f"extendedKeyUsage=serverAuth\nsubjectAltName={san}\n")
    run("openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-subj", "/CN=mta-sts.bench.test", "-keyout", f"{pki}/leaf.key", "-out", f"{pki}/leaf.csr")
    run("openssl", "x509", "-req", "-in", f"{pki}/leaf.csr", "-CA", f"{pki}/ca.pem", "-CAkey", f"{pki}/ca.key",
        "-CAcreateserial", "-days", "2", "-sha256", "-extfile", f"{pki}/leaf.ext", "-out", f"{pki}/leaf.pem")
    return pki


class Nginx:
    def __init__(self, work, names, pki):
        self.work = os.path.join(work, "nginx")
        os.makedirs(os.path.join(self.work, "tmp"))
        www = os.path.join(self.work, "www")
        os.makedirs(www)
        for d in names:
            with open(os.path.join(www, f"mta-sts.{d}.txt"), "w") as fh:
                fh.write(f"version: STSv1\r\nmode: enforce\r\nmx: *.{d}\r\nmax_age: 604800\r\n")
        # nginx drops root's privileges to nobody: the files must be readable by it.
        for path in (work, self.work, www, pki):
            os.chmod(path, 0o755)
        for f in os.listdir(www):
            os.chmod(os.path.join(www, f), 0o644)
        os.chmod(os.path.join(pki, "leaf.key"), 0o644)
        self.www, self.pki = www, pki
        self.binary = shutil.which("nginx") or "/usr/sbin/nginx"
        self.port = None

    def start(self):
        for _ in range(20):
            port = random.randint(30000, 49999)
            conf = os.path.join(self.work, "nginx.conf")
            tmp = os.path.join(self.work, "tmp")
            with open(conf, "w") as fh:
                if os.getuid() == 0:
                    fh.write("user nobody nogroup;\n")
                fh.write(f"worker_processes 1;\ndaemon on;\npid {self.work}/nginx.pid;\n"
                         f"error_log {self.work}/error.log info;\nevents {{ worker_connections 256; }}\n"
                         "http {\n    access_log off;\n    types { }\n    default_type text/plain;\n")
                for t in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
                    fh.write(f"    {t}_temp_path {tmp}/{t};\n")
                fh.write(f"    server {{\n        listen 127.0.0.1:{port} ssl;\n"
                         f"        ssl_certificate {self.pki}/leaf.pem;\n"
                         f"        ssl_certificate_key {self.pki}/leaf.key;\n"
                         f"        location = /.well-known/mta-sts.txt {{\n"
                         f"            root {self.www};\n            try_files /$host.txt =404;\n"
                         "        }\n    }\n}\n")
            p = subprocess.run([self.binary, "-c", conf, "-p", self.work, "-e", f"{self.work}/error.log"],
                               capture_output=True, text=True)
            if p.returncode == 0:
                self.port = port
                return
        fail("nginx did not start: " + p.stderr)

    def stop(self):
        try:
            pid = int(open(os.path.join(self.work, "nginx.pid")).read().strip())
            os.kill(pid, signal.SIGTERM)
        except (OSError, ValueError):
            pass


class DelayingTcpProxy:
    """Forwards TCP to 127.0.0.1:upstream, holding every chunk half the delay in each direction
    (order kept): a request and its answer cost one delay, as over a link of that round trip."""

    def __init__(self, upstream, delay_ms):
        self.upstream = upstream
        self.half = delay_ms / 2000.0
        self.port = None
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self.serve, daemon=True)

    async def pump(self, reader, writer):
        queue = asyncio.Queue()

        async def sender():
            while True:
                due, data = await queue.get()
                if data is None:
                    break
                wait = due - self.loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                writer.write(data)
                await writer.drain()
            writer.close()

        task = asyncio.ensure_future(sender())
        try:
            while True:
                data = await reader.read(65536)
                if not data:
                    break
                queue.put_nowait((self.loop.time() + self.half, data))
        except OSError:
            pass
        queue.put_nowait((0, None))
        try:
            await task
        except OSError:
            pass

    async def handle(self, client_reader, client_writer):
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(self.pump(client_reader, up_writer), self.pump(up_reader, client_writer))

    def serve(self):
        asyncio.set_event_loop(self.loop)
        server = self.loop.run_until_complete(asyncio.start_server(self.handle, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self.ready.set()
        self.loop.run_forever()

    def start(self):
        self.thread.start()
        if not self.ready.wait(5):
            fail("the delaying TCP proxy did not start")


def check_reports(path, names):
    """Every domain's policy fetched and enforced, its MX hosts covered: else the run measured
    something else (a fetch that failed fast is cheaper than one that worked)."""
    reports = json.load(open(path))
    bad = []
    for r in reports:
        t = r.get("transport") or {}
        sts = t.get("mtaSts") or {}
        policy = sts.get("policy") or {}
        covered = sts.get("covered") or {}
        if policy.get("mode") != "enforce" or not covered or not all(covered.values()):
            bad.append(f"{r.get('domain')}: {json.dumps(sts.get('fetch'))[:300]}")
    if len(reports) != len(names) or bad:
        fail("the audit did not fetch every policy:\n  " + "\n  ".join(bad))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--short", action="store_true", help="CI: one run each")
    ap.add_argument("--build", default=os.path.join(ROOT, "build", "rel"), help="build folder")
    ap.add_argument("--delay-ms", type=float, default=25.0, help="per DNS reply and per HTTPS round trip")
    ap.add_argument("--runs", type=int, help="runs of each audit, best kept (default 5, --short 2)")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    ap.add_argument("--pause", action="store_true",
                    help="print the measured commands and wait for Enter before stopping the servers (profiling)")
    a = ap.parse_args()
    a.runs = a.runs or (2 if a.short else 5)
    # A SIGTERM (CI's timeout, Ctrl-C's cousin) still stops the servers below.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(3))
    # What audit_bench.Bench reads from its own options.
    a.python_proxy, a.domains, a.nice = False, DOMAINS, 0
    dns = audit_bench.Bench(a)
    cli = dns.cli
    if not os.access(cli, os.X_OK):
        fail(f"{cli} not found (build first: cmake --build {a.build} --target mailsight-cli)")
    names = zones.domain_names(DOMAINS)
    zone_dir = os.path.join(dns.work, "zones")
    zones.write_zones(zone_dir, DOMAINS)
    add_transport_records(zone_dir, names)
    pki = make_pki(dns.work, names)
    nginx = Nginx(dns.work, names, pki)
    try:
        dns.start(zone_dir)
        nginx.start()
        proxy = DelayingTcpProxy(nginx.port, a.delay_ms)
        proxy.start()
        load = os.getloadavg()
        net = ["--connect-to", f":443:127.0.0.1:{proxy.port}", "--ca-file", f"{pki}/ca.pem"]
        start_ms = min(audit_bench.timed([cli, "--version"], dns.work)[0] for _ in range(5))
        best = {}
        cpu = {}
        # Alternated, so that a busy moment of the machine hits both kinds alike.
        for _ in range(a.runs):
            for kind, extra in (("without", ["--no-transport"]), ("with", ["--transport", *net])):
                out = os.path.join(dns.work, f"{kind}.json")
                ms, _, rc, _ = dns.audit(names, out, extra)
                if a.pause:
                    print(f"{kind}: {' '.join([cli, '--resolver', f'127.0.0.1:{dns.port}', '--no-history', 'audit', *names, *extra])}")
                if rc > 1:
                    fail(f"the audit {kind} transport exited {rc}")
                if kind not in best or ms < best[kind]:
                    best[kind], cpu[kind] = ms, audit_bench.CPU_MS[cli]
        check_reports(os.path.join(dns.work, "with.json"), names)
        added = best["with"] - best["without"]
        print(f"Transport benchmark: {DOMAINS} domains, NSD behind the DNS proxy and nginx behind a TCP proxy, "
              f"{a.delay_ms:g} ms per DNS reply and per HTTPS round trip; runs {a.runs} (best shown); "
              f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} CPUs")
        print(f"process start {start_ms:.0f} ms; each domain's policy fetched (enforce, every MX covered)")
        rows = [
            (f"{DOMAINS} domains, audit without transport, ms", f"{best['without'] - start_ms:.0f} "
             f"(cpu {cpu['without']:.0f})", "-", "-", "-"),
            (f"{DOMAINS} domains, audit with transport, ms", f"{best['with'] - start_ms:.0f} "
             f"(cpu {cpu['with']:.0f})", "-", "-", "-"),
            ("transport checks added, net ms", f"{added:.0f} (cpu {cpu['with'] - cpu['without']:+.0f})",
             f"<= {TARGET_MS:.0f}", f"{max(added, 0) / TARGET_MS:.2f}x", "PASS" if added <= TARGET_MS else "MISS"),
        ]
        print(f"{'measure':<48}  {'measured':<22}  {'target':<10}  {'ratio':<7}  ")
        print(f"{'-' * 48}  {'-' * 22}  {'-' * 10}  {'-' * 7}  ----")
        for r in rows:
            print(f"{r[0]:<48}  {r[1]:<22}  {r[2]:<10}  {r[3]:<7}  {r[4]}")
        print(f"(a domain's transport path is 3 round trips, {3 * a.delay_ms:.0f} ms: _mta-sts TXT, TLS handshake, "
              f"GET; the audit's own is up to 5, {5 * a.delay_ms:.0f} ms. Ratios from this one run, reported, "
              "not asserted)")
        if a.pause:
            input("servers still running; Enter stops them ")
    finally:
        nginx.stop()
        dns.stop()
        if a.keep:
            print(f"work folder kept: {dns.work}")
        else:
            shutil.rmtree(dns.work, ignore_errors=True)


if __name__ == "__main__":
    main()
