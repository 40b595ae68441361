#!/usr/bin/python3
"""A throw-away Dovecot (IMAP + LMTP + Pigeonhole Sieve) serving the seed mailboxes of issue #18.

    dovecot_fixture.py start WORKDIR            -> writes WORKDIR/state.json, prints it
    dovecot_fixture.py stop WORKDIR
    dovecot_fixture.py deliver WORKDIR USER FILE -> delivers FILE (an RFC 5322 message) to USER over LMTP

Nothing of the system's Dovecot is used or touched: the config is WORKDIR/dovecot.conf (`dovecot -c`),
base_dir, state and mail are under WORKDIR, ports are free high ports on 127.0.0.x. The master runs as
root (as in CI) and drops privileges: logins run as dovenull, mail as nobody:nogroup. As a normal user
everything runs as that user (untested in CI).

Listeners (all ports in state.json):
  imaps      127.0.0.1, 127.0.0.3  implicit TLS, certificate from a test CA made here (ca.pem)
  imap       127.0.0.1, 127.0.0.3  plain, STARTTLS offered (Dovecot takes 127.0.0.1 to 127.0.0.1 as
                                   secure: no LOGINDISABLED there; the probe still insists on TLS)
  imap       127.0.0.4             plain, no STARTTLS at all, LOGINDISABLED
  selfsigned 127.0.0.2             implicit TLS with a self-signed certificate (selfsigned.pem)
  lmtp       127.0.0.1             delivery (Sieve runs here)
  refused    127.0.0.1             nothing listens
On 127.0.0.3 the server advertises neither SPECIAL-USE nor MOVE nor UIDPLUS (a plain IMAP4rev1
server, for seed2). The test CA's certificate names imap.seed.test, localhost, 127.0.0.1, 127.0.0.3.

Users (auth_username_format %Ln: "seed1" and "seed1@seed.test" are the same user):
  seed1  INBOX, Junk (\\Junk by SPECIAL-USE), Trash (\\Trash), Archive
  seed2  INBOX, Spam (no special-use flag), Archive        -- use it through 127.0.0.3
  seed3  INBOX, Archive, "Indésirables" (modified UTF-7 on the wire), Trash; a non-ASCII password
         (LOGIN's quoted string cannot carry it: AUTHENTICATE PLAIN)
The Sieve rule of each user files a message whose Authentication-Results says dmarc=fail into the
user's spam folder (seed1 Junk, seed2 Spam, seed3 Indésirables).

SMTP AUTH for the Postfix fixture (postfix_fixture.py): the user "submitter" (state.json
"submitter": user and password; no mailbox of interest) authenticates through Dovecot's auth
service. Running as root with a "postfix" account, that service has a unix_listener
WORKDIR/run/auth-postfix owned by postfix:postfix, mode 0660 (state.json "authSocket", else null).
"""
import json
import os
import pwd
import grp
import signal
import socket
import subprocess
import sys
import time

DOVECOT = os.environ.get("DOVECOT", "/usr/sbin/dovecot")
USERS = {
    # name: (password, spam folder, folders to create besides INBOX)
    "seed1": ('s3ed "one" \\ pass', "Junk", ["Junk", "Trash", "Archive"]),
    "seed2": ("seed-two-password", "Spam", ["Spam", "Archive"]),
    "seed3": ("seed-thr\u00e9e-p\u00e4ssword", "Ind&AOk-sirables", ["Archive", "Ind&AOk-sirables", "Trash"]),
}
# The SMTP AUTH account of the Postfix fixture (postfix_fixture.py): Postfix asks Dovecot's auth service.
SUBMITTER = ("submitter", "Sub-Pa55word-Dovecot")
PLAIN_CAPABILITY = "IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE IDLE"


def run(*args):
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_pki(work):
    pki = os.path.join(work, "pki")
    os.makedirs(pki, exist_ok=True)
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    run("openssl", "req", "-x509", *ec, "-days", "30", "-subj", "/CN=Mailsight IMAP Test CA",
        "-keyout", f"{pki}/ca.key", "-out", f"{pki}/ca.pem",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    with open(f"{pki}/good.ext", "w") as f:
        f.write("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
                "subjectAltName=DNS:imap.seed.test,DNS:localhost,IP:127.0.0.1,IP:127.0.0.3\n")
    run("openssl", "req", "-new", *ec, "-subj", "/CN=imap.seed.test", "-keyout", f"{pki}/good.key",
        "-out", f"{pki}/good.csr")
    run("openssl", "x509", "-req", "-in", f"{pki}/good.csr", "-CA", f"{pki}/ca.pem", "-CAkey", f"{pki}/ca.key",
        "-CAcreateserial", "-days", "30", "-sha256", "-extfile", f"{pki}/good.ext", "-out", f"{pki}/good.pem")
    run("openssl", "req", "-x509", *ec, "-days", "30", "-subj", "/CN=selfsigned.seed.test",
        "-addext", "subjectAltName=DNS:selfsigned.seed.test,IP:127.0.0.2",
        "-keyout", f"{pki}/selfsigned.key", "-out", f"{pki}/selfsigned.pem")
    for name in ("ca.pem", "selfsigned.pem"):
        with open(f"{pki}/{name}") as src, open(os.path.join(work, name), "w") as dst:
            dst.write(src.read())
    return pki


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def accounts():
    """(internal user, login user, mail uid, mail gid) for root and for a normal user."""
    if os.geteuid() == 0:
        return "dovecot", "dovenull", pwd.getpwnam("nobody").pw_uid, grp.getgrnam("nogroup").gr_gid
    me = pwd.getpwuid(os.geteuid()).pw_name
    return me, me, os.geteuid(), os.getegid()


def decode_mutf7(name):
    """Sieve names folders in UTF-8 (RFC 5228 §2.7.2), IMAP on the wire in modified UTF-7 (RFC 3501 §5.1.3)."""
    import base64
    out, i = "", 0
    while i < len(name):
        if name[i] == "&":
            j = name.index("-", i)
            b64 = name[i + 1:j].replace(",", "/")
            out += "&" if j == i + 1 else base64.b64decode(b64 + "=" * (-len(b64) % 4)).decode("utf-16-be")
            i = j + 1
        else:
            out += name[i]
            i += 1
    return out


def make_mail(work, uid, gid):
    mail = os.path.join(work, "mail")
    lines = []
    for user, (password, spam, folders) in USERS.items():
        home = os.path.join(mail, user)
        for folder in [""] + ["." + f for f in folders]:
            for sub in ("cur", "new", "tmp"):
                os.makedirs(os.path.join(home, "Maildir", folder, sub), exist_ok=True)
        with open(os.path.join(home, "Maildir", "subscriptions"), "w") as f:
            f.write("".join(x + "\n" for x in folders))
        os.makedirs(os.path.join(home, "sieve"), exist_ok=True)
        with open(os.path.join(home, "sieve", "rules.sieve"), "w", encoding="utf-8") as f:
            f.write('require ["fileinto"];\n'
                    'if header :contains "Authentication-Results" "dmarc=fail" {\n'
                    f'    fileinto "{decode_mutf7(spam)}";\n    stop;\n}}\n')
        link = os.path.join(home, ".dovecot.sieve")
        if not os.path.lexists(link):
            os.symlink("sieve/rules.sieve", link)
        lines.append(f"{user}:{{PLAIN}}{password}:{uid}:{gid}::{home}::\n")
        for root, dirs, files in os.walk(home):
            for name in dirs + files:
                os.lchown(os.path.join(root, name), uid, gid)
        os.lchown(home, uid, gid)
    home = os.path.join(mail, SUBMITTER[0])
    os.makedirs(home, exist_ok=True)
    os.lchown(home, uid, gid)
    lines.append(f"{SUBMITTER[0]}:{{PLAIN}}{SUBMITTER[1]}:{uid}:{gid}::{home}::\n")
    os.chmod(mail, 0o755)
    users = os.path.join(work, "users")
    with open(users, "w", encoding="utf-8") as f:
        f.write("".join(lines))
    # Read by the auth process, which runs as the internal user: group-readable by it, by nobody else.
    os.chown(users, -1, pwd.getpwnam(accounts()[0]).pw_gid)
    os.chmod(users, 0o640)
    return mail, users


def postfix_account():
    """The account Postfix's smtpd runs as, when this fixture can give it the auth socket."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam("postfix").pw_name, grp.getgrnam("postfix").gr_name
    except KeyError:
        return None


def auth_listener():
    account = postfix_account()
    if account is None:
        return ""
    return f"""service auth {{
  unix_listener auth-postfix {{
    mode = 0660
    user = {account[0]}
    group = {account[1]}
  }}
}}
"""


def write_config(work, ports, users):
    internal, login, uid, _ = accounts()
    pki = os.path.join(work, "pki")
    root = os.geteuid() == 0
    dh = "/usr/share/dovecot/dh.pem"
    conf = f"""# Written by tests/seed/dovecot_fixture.py; nothing else reads it.
instance_name = mailsight-seed-{os.getpid()}
base_dir = {work}/run
state_dir = {work}/state
log_path = {work}/dovecot.log
protocols = imap lmtp
listen = 127.0.0.1
default_internal_user = {internal}
default_login_user = {login}
first_valid_uid = {min(uid, 500) if uid else 1}
ssl = yes
ssl_cert = <{pki}/good.pem
ssl_key = <{pki}/good.key
ssl_min_protocol = TLSv1.2
{"ssl_dh = <" + dh if os.path.exists(dh) else ""}
disable_plaintext_auth = yes
auth_mechanisms = plain login
auth_username_format = %Ln
mail_location = maildir:~/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {users}
}}
userdb {{
  driver = passwd-file
  args = {users}
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Junk {{
    special_use = \\Junk
  }}
  mailbox Trash {{
    special_use = \\Trash
  }}
}}
service imap-login {{
  {"" if root else "chroot ="}
  inet_listener imap {{
    address = 127.0.0.1, 127.0.0.3, 127.0.0.4
    port = {ports["imap"]}
  }}
  inet_listener imaps {{
    address = 127.0.0.1, 127.0.0.3
    port = {ports["imaps"]}
    ssl = yes
  }}
  inet_listener selfsigned {{
    address = 127.0.0.2
    port = {ports["selfsigned"]}
    ssl = yes
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    address = 127.0.0.1
    port = {ports["lmtp"]}
  }}
}}
service imap-urlauth-login {{
  {"" if root else "chroot ="}
}}
protocol lmtp {{
  mail_plugins = $mail_plugins sieve
  postmaster_address = postmaster@seed.test
}}
plugin {{
  sieve = file:~/sieve;active=~/.dovecot.sieve
}}
{auth_listener()}local 127.0.0.2 {{
  ssl_cert = <{pki}/selfsigned.pem
  ssl_key = <{pki}/selfsigned.key
}}
local 127.0.0.4 {{
  ssl = no
}}
local 127.0.0.3 {{
  protocol imap {{
    imap_capability = {PLAIN_CAPABILITY}
  }}
}}
"""
    path = os.path.join(work, "dovecot.conf")
    with open(path, "w") as f:
        f.write(conf)
    return path


def master_pid(work):
    try:
        return int(open(os.path.join(work, "run", "master.pid")).read())
    except (OSError, ValueError):
        return None


def stop(work):
    pid = master_pid(work)
    if pid is None:
        return 0
    try:
        os.kill(pid, signal.SIGTERM)
        for _ in range(100):
            os.kill(pid, 0)
            time.sleep(0.05)
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        os.unlink(os.path.join(work, "run", "master.pid"))
    except OSError:
        pass
    return 0


def reachable(address, port):
    try:
        with socket.create_connection((address, port), timeout=0.5):
            return True
    except OSError:
        return False


def start(work):
    os.makedirs(work, exist_ok=True)
    work = os.path.abspath(work)
    stop(work)
    for f in ("state.json", "ca.pem", "selfsigned.pem", "dovecot.log"):
        if os.path.exists(os.path.join(work, f)):
            os.unlink(os.path.join(work, f))
    subprocess.run(["rm", "-rf", os.path.join(work, "mail"), os.path.join(work, "run"),
                    os.path.join(work, "state")], check=True)
    os.makedirs(os.path.join(work, "state"))
    os.chmod(work, 0o755)
    make_pki(work)
    _, _, uid, gid = accounts()
    _, users = make_mail(work, uid, gid)
    for _ in range(5):
        ports = {name: free_port() for name in ("imap", "imaps", "selfsigned", "lmtp", "refused")}
        conf = write_config(work, ports, users)
        # The daemon keeps its stdout: a file, not a pipe this script would wait on.
        with open(os.path.join(work, "dovecot.stderr"), "w") as out:
            result = subprocess.run([DOVECOT, "-c", conf], stdin=subprocess.DEVNULL, stdout=out, stderr=out)
        if result.returncode != 0:
            sys.stderr.write(open(os.path.join(work, "dovecot.stderr")).read())
            continue
        listening = [("127.0.0.1", ports["imaps"]), ("127.0.0.1", ports["imap"]), ("127.0.0.3", ports["imaps"]),
                     ("127.0.0.2", ports["selfsigned"]), ("127.0.0.1", ports["lmtp"]), ("127.0.0.4", ports["imap"])]
        for _ in range(100):
            auth_ready = postfix_account() is None or os.path.exists(os.path.join(work, "run", "auth-postfix"))
            if auth_ready and all(reachable(a, p) for a, p in listening):
                state = {
                    "host": "127.0.0.1", "plainCapabilityHost": "127.0.0.3", "selfSignedHost": "127.0.0.2",
                    "noStartTlsHost": "127.0.0.4",
                    "tlsName": "imap.seed.test", "imaps": ports["imaps"], "imap": ports["imap"],
                    "selfsigned": ports["selfsigned"], "lmtp": ports["lmtp"], "refused": ports["refused"],
                    "ca": os.path.join(work, "ca.pem"), "selfSignedCert": os.path.join(work, "selfsigned.pem"),
                    "users": {u: {"password": p, "spam": s} for u, (p, s, _) in USERS.items()},
                    "submitter": {"user": SUBMITTER[0], "password": SUBMITTER[1]},
                    "authSocket": os.path.join(work, "run", "auth-postfix") if postfix_account() else None,
                }
                tmp = os.path.join(work, "state.json.tmp")
                with open(tmp, "w") as f:
                    json.dump(state, f, indent=1, ensure_ascii=False)
                os.rename(tmp, os.path.join(work, "state.json"))
                print(json.dumps(state, indent=1, ensure_ascii=False))
                return 0
            time.sleep(0.05)
        stop(work)
    sys.stderr.write(f"dovecot-fixture: Dovecot did not start; see {work}/dovecot.log\n")
    try:
        sys.stderr.write(open(os.path.join(work, "dovecot.log")).read()[-4000:])
    except OSError:
        pass
    return 1


def deliver(work, user, path):
    """One LMTP transaction (RFC 2033): returns 0 when the server accepted the message for USER."""
    state = json.load(open(os.path.join(os.path.abspath(work), "state.json")))
    data = open(path, "rb").read().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    data = b"\r\n".join(b"." + l if l.startswith(b".") else l for l in data.split(b"\r\n"))
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    with socket.create_connection(("127.0.0.1", state["lmtp"]), timeout=10) as s:
        f = s.makefile("rb")

        def reply():
            while True:
                line = f.readline()
                if not line:
                    raise RuntimeError("LMTP connection closed")
                if line[3:4] != b"-":
                    return line

        def expect(code, line):
            if not line.startswith(code):
                raise RuntimeError(f"LMTP: {line.decode(errors='replace').strip()}")

        expect(b"220", reply())
        for cmd, code in ((b"LHLO mailsight.test", b"250"), (b"MAIL FROM:<sender@sender.test>", b"250"),
                          (f"RCPT TO:<{user}@seed.test>".encode(), b"250"), (b"DATA", b"354")):
            s.sendall(cmd + b"\r\n")
            expect(code, reply())
        s.sendall(data + b".\r\n")
        expect(b"250", reply())
        s.sendall(b"QUIT\r\n")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) == 2 and args[0] in ("start", "stop"):
        sys.exit(start(args[1]) if args[0] == "start" else stop(os.path.abspath(args[1])))
    if len(args) == 4 and args[0] == "deliver":
        try:
            sys.exit(deliver(args[1], args[2], args[3]))
        except (OSError, RuntimeError) as e:
            sys.stderr.write(f"dovecot-fixture deliver: {e}\n")
            sys.exit(1)
    sys.stderr.write("usage: dovecot_fixture.py start|stop WORKDIR | deliver WORKDIR USER FILE\n")
    sys.exit(2)
