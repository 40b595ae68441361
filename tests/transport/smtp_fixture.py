#!/usr/bin/python3
"""SMTP servers for the STARTTLS probe tests (tests/transport), on 127.0.0.1 at free high ports.

    smtp_fixture.py start WORKDIR   -> writes WORKDIR/ports.json, WORKDIR/ca.pem, prints the ports
    smtp_fixture.py stop WORKDIR

Servers (aiosmtpd from Debian's python3-aiosmtpd), named by the MX host they stand for
(mx-<name>.smtp.transport.test): good (certificate from the test CA, 60 days), expiring (10 days
left), expired (2020), selfsigned, wrongname (a certificate for www.example.com), plain (no
STARTTLS), oldtls (TLS 1.0 and 1.1 only, a good certificate), danechain (certificate for
mx-ta.dane.transport.test sent with the test CA above it, for DANE-TA), silent (accepts connections, never says a word) and refused (nothing listens).
Certificates are made here with openssl; run with /usr/bin/python3 (Debian's, which has aiosmtpd).
"""
import datetime
import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import time

DOMAIN = "smtp.transport.test"


def run(*args):
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def stamp(days):
    t = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=days)
    return t.strftime("%Y%m%d%H%M%SZ")


def make_pki(work):
    pki = os.path.join(work, "pki")
    os.makedirs(os.path.join(pki, "newcerts"), exist_ok=True)
    open(os.path.join(pki, "index.txt"), "w").close()
    with open(os.path.join(pki, "serial"), "w") as f:
        f.write("2000\n")
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    run("openssl", "req", "-x509", *ec, "-days", "30", "-subj", "/CN=Mailsight SMTP Test CA",
        "-keyout", f"{pki}/ca.key", "-out", f"{pki}/ca.pem",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    with open(f"{pki}/ca.cnf", "w") as f:
        f.write(f"""[ ca ]
default_ca = test
[ test ]
dir = {pki}
database = {pki}/index.txt
new_certs_dir = {pki}/newcerts
serial = {pki}/serial
default_md = sha256
policy = anything
unique_subject = no
email_in_dn = no
[ anything ]
commonName = supplied
""")

    def leaf(name, san, start, end):
        with open(f"{pki}/{name}.ext", "w") as f:
            f.write("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                    f"extendedKeyUsage=serverAuth\nsubjectAltName=DNS:{san}\n")
        run("openssl", "req", "-new", *ec, "-subj", f"/CN={san}", "-keyout", f"{pki}/{name}.key",
            "-out", f"{pki}/{name}.csr")
        run("openssl", "ca", "-batch", "-notext", "-config", f"{pki}/ca.cnf", "-cert", f"{pki}/ca.pem",
            "-keyfile", f"{pki}/ca.key", "-in", f"{pki}/{name}.csr", "-out", f"{pki}/{name}.pem",
            "-startdate", start, "-enddate", end, "-extfile", f"{pki}/{name}.ext")

    leaf("good", f"mx-good.{DOMAIN}", stamp(-1), stamp(60))
    leaf("expiring", f"mx-expiring.{DOMAIN}", stamp(-1), stamp(10))
    leaf("oldtls", f"mx-oldtls.{DOMAIN}", stamp(-1), stamp(60))
    leaf("expired", f"mx-expired.{DOMAIN}", "20200101000000Z", "20200201000000Z")
    leaf("wrongname", "www.example.com", stamp(-1), stamp(60))
    # DANE-TA (tests/transport/tst_danecli.cpp): a server that sends its certificate and the CA above it.
    leaf("danechain", "mx-ta.dane.transport.test", stamp(-1), stamp(60))
    with open(f"{pki}/danechain.pem", "a") as chain, open(f"{pki}/ca.pem") as ca:
        chain.write(ca.read())
    run("openssl", "req", "-x509", *ec, "-days", "30", "-subj", f"/CN=mx-selfsigned.{DOMAIN}",
        "-addext", f"subjectAltName=DNS:mx-selfsigned.{DOMAIN}",
        "-keyout", f"{pki}/selfsigned.key", "-out", f"{pki}/selfsigned.pem")
    with open(f"{pki}/ca.pem") as src, open(os.path.join(work, "ca.pem"), "w") as dst:
        dst.write(src.read())
    return pki


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def serve(work, pki):
    from aiosmtpd.controller import Controller

    class Sink:
        async def handle_DATA(self, server, session, envelope):
            return "250 OK"

    controllers = []
    ports = {}
    for name in ["good", "expiring", "expired", "selfsigned", "wrongname", "plain", "oldtls", "danechain"]:
        kwargs = {}
        if name != "plain":
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(f"{pki}/{name}.pem", f"{pki}/{name}.key")
            # oldtls: a server stuck at TLS 1.1; OpenSSL 3 needs security level 0 for it.
            if name == "oldtls":
                ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
                ctx.minimum_version = ssl.TLSVersion.TLSv1
                ctx.maximum_version = ssl.TLSVersion.TLSv1_1
            kwargs["tls_context"] = ctx
        port = free_port()
        c = Controller(Sink(), hostname="127.0.0.1", port=port, server_hostname=f"mx-{name}.{DOMAIN}",
                       ready_timeout=10, **kwargs)
        c.start()
        controllers.append(c)
        ports[name] = port
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(16)  # never accepted: the kernel completes the handshake, nobody speaks
    ports["silent"] = silent.getsockname()[1]
    ports["refused"] = free_port()
    tmp = os.path.join(work, "ports.json.tmp")
    with open(tmp, "w") as f:
        json.dump(ports, f)
    os.rename(tmp, os.path.join(work, "ports.json"))
    signal.signal(signal.SIGTERM, lambda *_: (
        [c.stop() for c in controllers], silent.close(), os._exit(0)))
    while True:
        time.sleep(3600)


def stop(work):
    pidfile = os.path.join(work, "smtp.pid")
    try:
        pid = int(open(pidfile).read())
    except (OSError, ValueError):
        return
    try:
        os.kill(pid, signal.SIGTERM)
        for _ in range(50):
            os.kill(pid, 0)
            time.sleep(0.05)
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.unlink(pidfile)


def start(work):
    os.makedirs(work, exist_ok=True)
    work = os.path.abspath(work)
    stop(work)
    for f in ("ports.json", "ca.pem"):
        if os.path.exists(os.path.join(work, f)):
            os.unlink(os.path.join(work, f))
    pki = make_pki(work)
    pid = os.fork()
    if pid == 0:
        os.setsid()
        log = os.open(os.path.join(work, "smtp.log"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(log, 1)
        os.dup2(log, 2)
        try:
            serve(work, pki)
        finally:
            os._exit(1)
    with open(os.path.join(work, "smtp.pid"), "w") as f:
        f.write(str(pid))
    for _ in range(400):
        if os.path.exists(os.path.join(work, "ports.json")):
            print(open(os.path.join(work, "ports.json")).read())
            return 0
        if os.waitpid(pid, os.WNOHANG) != (0, 0):
            break
        time.sleep(0.05)
    sys.stderr.write("smtp-fixture: the servers did not start; see %s/smtp.log\n" % work)
    sys.stderr.write(open(os.path.join(work, "smtp.log")).read())
    stop(work)
    return 1


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("start", "stop"):
        sys.stderr.write("usage: smtp_fixture.py start|stop WORKDIR\n")
        sys.exit(2)
    sys.exit(start(sys.argv[2]) if sys.argv[1] == "start" else stop(sys.argv[2]) or 0)
