#!/usr/bin/python3
"""Submission servers for the seed tests (tests/seed), on 127.0.0.1 at free high ports.

    submission_fixture.py start WORKDIR   -> writes WORKDIR/ports.json, WORKDIR/ca.pem, prints the ports
    submission_fixture.py stop WORKDIR

Servers (aiosmtpd from Debian's python3-aiosmtpd, so Debian's /usr/bin/python3), all with AUTH for
the user "submitter" / password "Sub-Pa55word" and a certificate for submission.seed.test from a
test CA made here with openssl:
  starttls   587-style: STARTTLS required before AUTH, AUTH PLAIN and LOGIN offered
  implicit   465-style: TLS from the first byte, AUTH LOGIN only
  selfsigned 465-style with a self-signed certificate
  plain      no TLS at all (a client must refuse to send the password)
  refused    nothing listens
A RCPT TO whose local part starts with "refuse" is answered 550. Every accepted message is saved as
WORKDIR/messages/NNN.eml with NNN.json (mail_from, rcpt_tos, auth user). When the environment variable
MAILSIGHT_SEED_LMTP (HOST:PORT), or MAILSIGHT_SEED_LMTP_STATE (the Dovecot fixture's state.json), is
set at start, each message for an address @seed.test is also delivered there over LMTP, one RCPT per
recipient, so that a test can follow send -> seed mailbox. The relay plays the receiving MTA: it
prepends an Authentication-Results field of mx.seed.test saying dmarc=fail when the MAIL FROM's
local part starts with "dmarcfail", else dmarc=pass (the Dovecot fixture's Sieve rule files the
first into the spam folder).
"""
import asyncio
import json
import os
import signal
import smtplib
import socket
import ssl
import subprocess
import sys
import time

HOST = "submission.seed.test"
USER = "submitter"
PASSWORD = "Sub-Pa55word"


def run(*args):
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_pki(work):
    pki = os.path.join(work, "pki")
    os.makedirs(pki, exist_ok=True)
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    run("openssl", "req", "-x509", *ec, "-days", "30", "-subj", "/CN=Mailsight Seed Test CA",
        "-keyout", f"{pki}/ca.key", "-out", f"{pki}/ca.pem",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    with open(f"{pki}/leaf.ext", "w") as f:
        f.write("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                f"extendedKeyUsage=serverAuth\nsubjectAltName=DNS:{HOST}\n")
    run("openssl", "req", "-new", *ec, "-subj", f"/CN={HOST}", "-keyout", f"{pki}/leaf.key", "-out", f"{pki}/leaf.csr")
    run("openssl", "x509", "-req", "-in", f"{pki}/leaf.csr", "-CA", f"{pki}/ca.pem", "-CAkey", f"{pki}/ca.key",
        "-CAcreateserial", "-days", "30", "-extfile", f"{pki}/leaf.ext", "-out", f"{pki}/leaf.pem")
    run("openssl", "req", "-x509", *ec, "-days", "30", "-subj", f"/CN={HOST}",
        "-addext", f"subjectAltName=DNS:{HOST}", "-keyout", f"{pki}/selfsigned.key", "-out", f"{pki}/selfsigned.pem")
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
    import logging
    from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

    logging.basicConfig(level=logging.WARNING)

    messages = os.path.join(work, "messages")
    os.makedirs(messages, exist_ok=True)
    lmtp = os.environ.get("MAILSIGHT_SEED_LMTP", "")
    if not lmtp and os.environ.get("MAILSIGHT_SEED_LMTP_STATE"):
        with open(os.environ["MAILSIGHT_SEED_LMTP_STATE"]) as f:
            lmtp = "127.0.0.1:%d" % json.load(f)["lmtp"]

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == USER.encode() \
            and auth_data.password == PASSWORD.encode()
        if ok:
            session.mailsight_user = USER
        return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself

    class Handler:
        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
            if address.split("@")[0].lower().startswith("refuse"):
                return "550 5.1.1 <%s>: recipient refused by the test server" % address
            envelope.rcpt_tos.append(address)
            return "250 OK"

        async def handle_DATA(self, server, session, envelope):
            n = len([f for f in os.listdir(messages) if f.endswith(".eml")]) + 1
            base = os.path.join(messages, "%03d" % n)
            with open(base + ".json", "w") as f:
                json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                           "user": getattr(session, "mailsight_user", None)}, f)
            with open(base + ".eml.tmp", "wb") as f:
                f.write(envelope.original_content)
            os.rename(base + ".eml.tmp", base + ".eml")
            seeds = [r for r in envelope.rcpt_tos if r.lower().endswith("@seed.test")]
            if lmtp and seeds:
                host, port = lmtp.rsplit(":", 1)
                dmarc = "fail" if envelope.mail_from.lower().startswith("dmarcfail") else "pass"
                domain = envelope.mail_from.split("@")[-1]
                verdict = ("Authentication-Results: mx.seed.test; dmarc=%s header.from=%s\r\n"
                           "Received: from [127.0.0.1] by mx.seed.test; %s\r\n"
                           % (dmarc, domain, time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime())))
                try:
                    with smtplib.LMTP(host, int(port)) as client:
                        for rcpt in seeds:
                            client.sendmail(envelope.mail_from, [rcpt], verdict.encode() + envelope.original_content)
                except (OSError, smtplib.SMTPException) as e:
                    return "451 4.4.0 LMTP relay failed: %s" % e
            return "250 2.0.0 OK queued as seed%03d" % n

    def context(name):
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(f"{pki}/{name}.pem", f"{pki}/{name}.key")
        return ctx

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    handler = Handler()
    ports = {}

    def factory(**kwargs):
        return lambda: SMTP(handler, hostname=HOST, authenticator=authenticator, auth_required=True,
                            decode_data=False, **kwargs)

    servers = {
        "starttls": (factory(tls_context=context("leaf"), require_starttls=True), None),
        # aiosmtpd sees TLS only when it made it (STARTTLS): on an implicit-TLS socket every
        # command is encrypted already, so "AUTH only over TLS" holds without its check.
        "implicit": (factory(auth_exclude_mechanism=["PLAIN"], auth_require_tls=False), context("leaf")),
        "selfsigned": (factory(auth_require_tls=False), context("selfsigned")),
        "plain": (factory(auth_require_tls=False), None),
    }
    for name, (make, tls) in servers.items():
        server = loop.run_until_complete(loop.create_server(make, "127.0.0.1", 0, ssl=tls))
        ports[name] = server.sockets[0].getsockname()[1]
    ports["refused"] = free_port()
    ports["user"] = USER
    ports["password"] = PASSWORD
    tmp = os.path.join(work, "ports.json.tmp")
    with open(tmp, "w") as f:
        json.dump(ports, f)
    os.rename(tmp, os.path.join(work, "ports.json"))
    loop.add_signal_handler(signal.SIGTERM, lambda: os._exit(0))
    loop.run_forever()


def stop(work):
    pidfile = os.path.join(work, "submission.pid")
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
    subprocess.run(["rm", "-rf", os.path.join(work, "messages")], check=True)
    pki = make_pki(work)
    pid = os.fork()
    if pid == 0:
        os.setsid()
        log = os.open(os.path.join(work, "submission.log"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(log, 1)
        os.dup2(log, 2)
        try:
            serve(work, pki)
        finally:
            os._exit(1)
    with open(os.path.join(work, "submission.pid"), "w") as f:
        f.write(str(pid))
    for _ in range(400):
        if os.path.exists(os.path.join(work, "ports.json")):
            print(open(os.path.join(work, "ports.json")).read())
            return 0
        if os.waitpid(pid, os.WNOHANG) != (0, 0):
            break
        time.sleep(0.05)
    sys.stderr.write("submission-fixture: the servers did not start; see %s/submission.log\n" % work)
    sys.stderr.write(open(os.path.join(work, "submission.log")).read())
    stop(work)
    return 1


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("start", "stop"):
        sys.stderr.write("usage: submission_fixture.py start|stop WORKDIR\n")
        sys.exit(2)
    sys.exit(start(sys.argv[2]) if sys.argv[1] == "start" else stop(sys.argv[2]) or 0)
