#!/usr/bin/python3
"""A throw-away Postfix delivering into the seed mailboxes of issue #18, on 127.0.0.1 at free high ports.

    postfix_fixture.py start WORKDIR   -> writes WORKDIR/ports.json, WORKDIR/ca.pem, prints the ports
    postfix_fixture.py stop WORKDIR
    postfix_fixture.py check WORKDIR   -> what a client cannot do: AUTH or MAIL before STARTTLS, send
                                          without AUTH (exit 0 when every refusal holds)

Needs the Dovecot fixture (dovecot_fixture.py) running: its state.json is named by the environment
variable MAILSIGHT_DOVECOT_STATE (LMTP port, the auth socket, the SMTP AUTH user "submitter").
Runs as root (as CI does): `postfix -c WORKDIR/etc start`, the daemons drop to the "postfix" user.
Nothing of the system's Postfix is used or touched besides its programs and /etc/postfix's
postfix-files and dynamicmaps.cf: main.cf and master.cf are written here, queue_directory is
WORKDIR/spool, data_directory WORKDIR/data, the log WORKDIR/maillog (postlogd; a failing test can
show it). No chroot, inet_interfaces 127.0.0.1, no port 25, no DNS.

Services (ports.json keeps submission_fixture.py's names, so a test reads either the same way):
  starttls  587-style: STARTTLS required (smtpd_tls_security_level = encrypt), then AUTH PLAIN/LOGIN
  implicit  465-style: TLS from the first byte (smtpd_tls_wrappermode)
  refused   nothing listens
  user, password  the SMTP AUTH account, checked by Dovecot's auth service (smtpd_sasl_type dovecot)
The certificate names submission.seed.test, from a test CA made here (WORKDIR/ca.pem).
Only an authenticated client may send; only @seed.test recipients known to Dovecot are accepted
(a local part starting with "refuse" is answered 550, as by submission_fixture.py). Accepted mail is
delivered to Dovecot over LMTP, where the Sieve rule files dmarc=fail into the user's spam folder.
"""
import json
import os
import pwd
import signal
import socket
import subprocess
import sys
import time

POSTFIX = os.environ.get("POSTFIX", "/usr/sbin/postfix")
HOST = "submission.seed.test"
RECEIVER = "mx.seed.test"


def run(*args):
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_pki(work):
    pki = os.path.join(work, "pki")
    os.makedirs(pki, exist_ok=True)
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    run("openssl", "req", "-x509", *ec, "-days", "30", "-subj", "/CN=Mailsight Postfix Test CA",
        "-keyout", f"{pki}/ca.key", "-out", f"{pki}/ca.pem",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    with open(f"{pki}/leaf.ext", "w") as f:
        f.write("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                f"extendedKeyUsage=serverAuth\nsubjectAltName=DNS:{HOST},DNS:localhost,IP:127.0.0.1\n")
    run("openssl", "req", "-new", *ec, "-subj", f"/CN={HOST}", "-keyout", f"{pki}/leaf.key", "-out", f"{pki}/leaf.csr")
    run("openssl", "x509", "-req", "-in", f"{pki}/leaf.csr", "-CA", f"{pki}/ca.pem", "-CAkey", f"{pki}/ca.key",
        "-CAcreateserial", "-days", "30", "-sha256", "-extfile", f"{pki}/leaf.ext", "-out", f"{pki}/leaf.pem")
    os.chmod(f"{pki}/leaf.key", 0o600)  # smtpd reads it as root, before it drops privileges
    with open(f"{pki}/ca.pem") as src, open(os.path.join(work, "ca.pem"), "w") as dst:
        dst.write(src.read())
    return pki


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def reachable(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def write_tables(etc, dovecot):
    # A real receiver runs OpenDMARC (or rspamd, or the provider's own filter) and writes its verdict
    # into Authentication-Results (RFC 8601). This fixture stands in for that verdict: the envelope
    # sender decides it, as submission_fixture.py does, so that a test can ask for either outcome.
    # check_sender_access's PREPEND adds the field; Dovecot's Sieve rule reads it.
    with open(os.path.join(etc, "sender_verdict"), "w") as f:
        f.write("# Written by tests/seed/postfix_fixture.py: the receiver's verdict, stood in for.\n"
                f"/^dmarcfail[^@]*@(.+)$/ PREPEND Authentication-Results: {RECEIVER}; dmarc=fail header.from=$1\n"
                f"/^[^@]*@(.+)$/ PREPEND Authentication-Results: {RECEIVER}; dmarc=pass header.from=$1\n")
    with open(os.path.join(etc, "recipient_access"), "w") as f:
        f.write("# Written by tests/seed/postfix_fixture.py.\n"
                "/^refuse/ 550 5.1.1 recipient refused by the test server\n"
                "/@seed\\.test$/ DUNNO\n"
                "/./ 550 5.7.1 the seed fixture delivers only to @seed.test\n")
    with open(os.path.join(etc, "seed_users"), "w") as f:
        f.write("".join(f"{user}@seed.test {user}\n" for user in dovecot["users"]))


def write_config(work, ports, dovecot):
    etc = os.path.join(work, "etc")
    os.makedirs(etc, exist_ok=True)
    pki = os.path.join(work, "pki")
    write_tables(etc, dovecot)
    # The auth socket when the Dovecot fixture made one for the postfix user, else its auth service
    # would have to listen on TCP; only the socket is supported (the fixture runs as root).
    sasl_path = dovecot["authSocket"]
    main = f"""# Written by tests/seed/postfix_fixture.py; nothing else reads it.
compatibility_level = 3.6
queue_directory = {work}/spool
data_directory = {work}/data
mail_owner = postfix
setgid_group = postdrop
maillog_file = {work}/maillog
maillog_file_prefixes = {work}
syslog_name = postfix-seed
myhostname = {RECEIVER}
mydomain = seed.test
myorigin = $myhostname
mydestination =
mynetworks = 127.0.0.1/32
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
smtpd_peername_lookup = no
alias_maps =
alias_database =
biff = no
smtpd_banner = $myhostname ESMTP Mailsight seed fixture (Postfix)
smtpd_error_sleep_time = 0
# Retry a deferred delivery soon: a test waits seconds, not minutes.
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 2s
delay_warning_time = 0

# Delivery: the seed users' domain goes to Dovecot over LMTP; nothing else leaves.
virtual_mailbox_domains = seed.test
virtual_mailbox_maps = texthash:{etc}/seed_users
virtual_transport = lmtp:inet:127.0.0.1:{dovecot["lmtp"]}
local_transport = error:5.1.1 no local delivery in the seed fixture
default_transport = error:5.1.2 the seed fixture delivers only to @seed.test
relay_transport = $default_transport

# Submission: TLS, then SMTP AUTH checked by Dovecot's auth service.
smtpd_tls_cert_file = {pki}/leaf.pem
smtpd_tls_key_file = {pki}/leaf.key
smtpd_tls_security_level = encrypt
smtpd_tls_auth_only = yes
smtpd_tls_loglevel = 1
smtpd_tls_received_header = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = {sasl_path}
smtpd_sasl_auth_enable = yes
smtpd_sasl_security_options = noanonymous
smtpd_relay_restrictions = permit_sasl_authenticated, reject
smtpd_recipient_restrictions = check_recipient_access regexp:{etc}/recipient_access
smtpd_data_restrictions = check_sender_access regexp:{etc}/sender_verdict
"""
    common = "  -o smtpd_sasl_auth_enable=yes\n  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject\n"
    master = f"""# Written by tests/seed/postfix_fixture.py. No port 25, no chroot.
# service type  private unpriv  chroot  wakeup  maxproc command + args
127.0.0.1:{ports["starttls"]} inet n - n - - smtpd
  -o syslog_name=postfix-seed/submission
  -o smtpd_tls_security_level=encrypt
{common}127.0.0.1:{ports["implicit"]} inet n - n - - smtpd
  -o syslog_name=postfix-seed/smtps
  -o smtpd_tls_wrappermode=yes
{common}pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"""
    with open(os.path.join(etc, "main.cf"), "w") as f:
        f.write(main)
    with open(os.path.join(etc, "master.cf"), "w") as f:
        f.write(master)
    return etc


def postfix(etc, *args, log=None):
    out = open(log, "a") if log else subprocess.DEVNULL
    try:
        return subprocess.run([POSTFIX, "-c", etc, *args], stdin=subprocess.DEVNULL, stdout=out,
                              stderr=out).returncode
    finally:
        if log:
            out.close()


def master_pid(work):
    try:
        return int(open(os.path.join(work, "spool", "pid", "master.pid")).read().strip())
    except (OSError, ValueError):
        return None


def alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False


def stop(work):
    work = os.path.abspath(work)
    pid = master_pid(work)
    if pid is None or not alive(pid):
        return 0
    etc = os.path.join(work, "etc")
    # `postfix stop` asks the master to end its children and itself; wait for it, then insist.
    postfix(etc, "stop", log=os.path.join(work, "postfix.stderr"))
    for _ in range(100):
        if not alive(pid):
            break
        time.sleep(0.05)
    else:
        postfix(etc, "abort", log=os.path.join(work, "postfix.stderr"))
        time.sleep(0.5)
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return 0


def show_log(work):
    for name in ("postfix.stderr", "maillog"):
        try:
            sys.stderr.write(f"--- {work}/{name}\n" + open(os.path.join(work, name)).read()[-4000:])
        except OSError:
            pass


def start(work):
    os.makedirs(work, exist_ok=True)
    work = os.path.abspath(work)
    stop(work)
    state_path = os.environ.get("MAILSIGHT_DOVECOT_STATE", "")
    try:
        dovecot = json.load(open(state_path, encoding="utf-8"))
    except (OSError, ValueError) as e:
        sys.stderr.write(f"postfix-fixture: the Dovecot fixture's state (MAILSIGHT_DOVECOT_STATE={state_path!r}): {e}\n")
        return 1
    if os.geteuid() != 0 or not dovecot.get("authSocket"):
        sys.stderr.write("postfix-fixture: needs root and the Dovecot fixture's auth socket for the postfix user\n")
        return 1
    for f in ("ports.json", "ca.pem", "maillog", "postfix.stderr"):
        if os.path.exists(os.path.join(work, f)):
            os.unlink(os.path.join(work, f))
    subprocess.run(["rm", "-rf", os.path.join(work, "spool"), os.path.join(work, "data"),
                    os.path.join(work, "etc"), os.path.join(work, "pki")], check=True)
    # Postfix checks that these are root's and not writable by others; the daemons only traverse them.
    os.chmod(work, 0o755)
    os.makedirs(os.path.join(work, "spool"), mode=0o755)
    os.makedirs(os.path.join(work, "data"), mode=0o700)
    account = pwd.getpwnam("postfix")
    os.chown(os.path.join(work, "data"), account.pw_uid, account.pw_gid)  # the master's lock, tlsmgr's seed
    make_pki(work)
    log = os.path.join(work, "postfix.stderr")
    for _ in range(3):
        ports = {name: free_port() for name in ("starttls", "implicit", "refused")}
        etc = write_config(work, ports, dovecot)
        # Creates the queue's subdirectories with their owners (postfix, postdrop) before the start.
        postfix(etc, "check", log=log)
        if postfix(etc, "start", log=log) != 0:
            stop(work)
            continue
        for _ in range(200):
            if reachable(ports["starttls"]) and reachable(ports["implicit"]):
                state = dict(ports)
                state.update({"user": dovecot["submitter"]["user"], "password": dovecot["submitter"]["password"],
                              "mta": "postfix", "maillog": os.path.join(work, "maillog")})
                tmp = os.path.join(work, "ports.json.tmp")
                with open(tmp, "w") as f:
                    json.dump(state, f)
                os.rename(tmp, os.path.join(work, "ports.json"))
                print(json.dumps({k: v for k, v in state.items() if k != "password"}))
                return 0
            time.sleep(0.05)
        stop(work)
    sys.stderr.write("postfix-fixture: Postfix did not start\n")
    show_log(work)
    return 1


def check(work):
    """The refusals the submission service must make; each failure is printed. Returns 0 when all hold."""
    import smtplib
    import ssl
    state = json.load(open(os.path.join(os.path.abspath(work), "ports.json")))
    ctx = ssl.create_default_context(cafile=os.path.join(os.path.abspath(work), "ca.pem"))
    failures = []

    def expect(what, ok):
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            failures.append(what)

    with smtplib.SMTP("127.0.0.1", state["starttls"], local_hostname="client.test", timeout=10) as c:
        c.ehlo()
        expect("no AUTH offered before STARTTLS", not c.has_extn("auth") and c.has_extn("starttls"))
        code, text = c.mail("audit@example.com")
        expect(f"MAIL before STARTTLS refused ({code} {text.decode(errors='replace')})", code == 530)
        c.rset()
        c._host = HOST  # the name TLS checks
        c.starttls(context=ctx)
        c.ehlo()
        expect("AUTH PLAIN and LOGIN offered after STARTTLS",
               "PLAIN" in c.esmtp_features.get("auth", "") and "LOGIN" in c.esmtp_features.get("auth", ""))
        code, _ = c.mail("audit@example.com")
        rcode, rtext = c.rcpt("seed1@seed.test")
        expect(f"RCPT without AUTH refused ({rcode} {rtext.decode(errors='replace')})", code == 250 and rcode >= 500)
    try:
        with socket.create_connection(("127.0.0.1", state["implicit"]), timeout=10) as raw:
            with ctx.wrap_socket(raw, server_hostname=HOST) as tls:
                greeting = tls.recv(512)
                expect("implicit TLS port greets after the handshake", greeting.startswith(b"220 "))
    except (OSError, ssl.SSLError) as e:
        expect(f"implicit TLS handshake ({e})", False)
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("start", "stop", "check"):
        sys.stderr.write("usage: postfix_fixture.py start|stop|check WORKDIR\n")
        sys.exit(2)
    sys.exit({"start": start, "stop": stop, "check": check}[sys.argv[1]](sys.argv[2]))
