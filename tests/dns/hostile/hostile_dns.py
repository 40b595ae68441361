#!/usr/bin/env python3
"""A deliberately broken DNS server for Mailsight's tests (issue: hostile DNS).

Serves the zone hostile.test on 127.0.0.1 (UDP and TCP, one port). The first label(s) of a
question choose how it is answered badly; see BEHAVIOURS below. Every question is logged, one
line each, to LOG: "proto id srcport qtype ednssize name" (the tests count questions and look at
the spread of ids and source ports there).

    hostile_dns.py start WORKDIR   -> starts in the background, writes WORKDIR/port, WORKDIR/pid
    hostile_dns.py stop WORKDIR
    hostile_dns.py serve WORKDIR   -> runs in the foreground
    hostile_dns.py seeds FOLDER    -> writes its bad replies as fuzz seeds (tests/fuzz/corpus/fuzz_dnsreply)

Standard library only (Debian's python3).
"""
import os
import random
import re
import signal
import socket
import struct
import sys
import threading
import time

ZONE = "hostile.test"
T_A, T_NS, T_CNAME, T_SOA, T_TXT, T_AAAA, T_OPT = 1, 2, 5, 6, 16, 28, 41

BEHAVIOURS = {
    "ok": "a plain answer",
    "upcase": "the reply's question in upper case (must still match)",
    "wrongid": "a reply with another id first, then the real one",
    "wrongq": "a reply to another question (same id) first, then the real one",
    "otherport": "a reply from another source port first, then the real one",
    "otheraddr": "a reply from 127.0.0.2 first, then the real one",
    "onlywrong": "only replies with the wrong id or question: the client must time out",
    "garbled": "the real question followed by garbage",
    "ptrloop": "an answer whose owner is a compression pointer to itself",
    "longlabel": "an answer whose owner has a 64-byte label",
    "longname": "an answer whose owner is over 255 bytes",
    "counts": "ANCOUNT 50 with one record in the packet",
    "tcbig": "TC over UDP, then a 64 KiB reply over TCP",
    "tcstall": "TC over UDP, then 2 bytes over TCP and silence",
    "tcclose": "TC over UDP, then half a message over TCP and a close",
    "tctc": "TC over UDP, and TC again over TCP",
    "manytxt": "TC over UDP, then as many SPF TXT records as 64 KiB hold over TCP",
    "chain": "chain<N>: a CNAME to chain<N+1>, one per reply, up to chain100 (which has the TXT)",
    "loopa": "a CNAME to loopb (and loopb to loopa), one per reply",
    "late": "the reply 3 s late",
    "flood": "500 unsolicited replies to the client's port, then the real one",
    "silent": "no reply at all",
    "fan": "SPF: f<digits>.fan: 10 includes each, 5 levels deep",
}


def encode_name(name):
    out = b""
    for label in name.strip(".").split("."):
        if label:
            out += bytes([len(label)]) + label.encode()
    return out + b"\0"


def parse_question(data):
    """(id, flags, qname_bytes, qname, qtype, qclass, end, edns_size) or None."""
    if len(data) < 12:
        return None
    qid, flags, qd, an, ns, ar = struct.unpack("!HHHHHH", data[:12])
    if qd != 1:
        return None
    i, labels = 12, []
    while i < len(data) and data[i] != 0:
        n = data[i]
        if n > 63:
            return None
        labels.append(data[i + 1:i + 1 + n].decode("ascii", "replace"))
        i += 1 + n
    i += 1
    if i + 4 > len(data):
        return None
    qtype, qclass = struct.unpack("!HH", data[i:i + 4])
    qname_bytes = data[12:i]
    end = i + 4
    edns = 0
    if ar >= 1 and end + 11 <= len(data) and data[end] == 0:
        t, size = struct.unpack("!HH", data[end + 1:end + 5])
        if t == T_OPT:
            edns = size
    return qid, flags, qname_bytes, ".".join(labels).lower(), qtype, qclass, end, edns


def rr(owner, rtype, rdata, ttl=60):
    return owner + struct.pack("!HHIH", rtype, 1, ttl, len(rdata)) + rdata


def txt_rdata(text):
    b = text.encode()
    out = b""
    while True:
        out += bytes([min(255, len(b))]) + b[:255]
        b = b[255:]
        if not b:
            return out


class Reply:
    def __init__(self, q, rcode=0, aa=True, tc=False):
        self.q = q
        self.rcode, self.aa, self.tc = rcode, aa, tc
        self.answers, self.authority = [], []
        self.ancount = None
        self.qid = q[0]
        self.question = q[2] + struct.pack("!HH", q[4], q[5])

    def wire(self):
        flags = 0x8000 | (0x0400 if self.aa else 0) | (0x0200 if self.tc else 0) | \
            (self.q[1] & 0x0100) | self.rcode
        an = len(self.answers) if self.ancount is None else self.ancount
        head = struct.pack("!HHHHHH", self.qid, flags, 1, an, len(self.authority), 0)
        return head + self.question + b"".join(self.answers) + b"".join(self.authority)


PTR = b"\xc0\x0c"  # the question's name


def soa():
    rdata = encode_name("ns." + ZONE) + encode_name("hostmaster." + ZONE) + struct.pack("!IIIII", 1, 60, 60, 60, 60)
    return rr(encode_name(ZONE), T_SOA, rdata)


def plain(q, name):
    """The ordinary answer for a name that has data: TXT and A."""
    r = Reply(q)
    if q[4] == T_TXT:
        r.answers.append(rr(PTR, T_TXT, txt_rdata("v=spf1 ip4:192.0.2.1 -all")))
    elif q[4] == T_A:
        r.answers.append(rr(PTR, T_A, socket.inet_aton("192.0.2.1")))
    else:
        r.authority.append(soa())
    return r


def fan_answer(q, name, rest):
    # rest: "f", "f3", "f31", ... under fan.hostile.test; the apex "fan" itself is level 0.
    digits = rest[1:] if rest.startswith("f") else ""
    r = Reply(q)
    if q[4] != T_TXT:
        r.authority.append(soa())
        return r
    if len(digits) >= 5:
        r.answers.append(rr(PTR, T_TXT, txt_rdata("v=spf1 ip4:192.0.2.%d -all" % (len(digits) + 1))))
        return r
    includes = " ".join("include:f%s%d.fan.%s" % (digits, k, ZONE) for k in range(10))
    r.answers.append(rr(PTR, T_TXT, txt_rdata("v=spf1 %s -all" % includes)))
    return r


class Server:
    def __init__(self, work):
        self.work = work
        self.log = open(os.path.join(work, "queries.log"), "a", buffering=1)
        self.lock = threading.Lock()
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.bind(("127.0.0.1", 0))
        self.port = self.udp.getsockname()[1]
        self.tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.tcp.bind(("127.0.0.1", self.port))
        self.tcp.listen(64)
        self.other = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.other.bind(("127.0.0.1", 0))
        self.other_addr = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            self.other_addr.bind(("127.0.0.2", self.port))
        except OSError:
            self.other_addr.bind(("127.0.0.2", 0))

    def note(self, proto, q, src):
        with self.lock:
            self.log.write("%s %d %d %d %d %s\n" % (proto, q[0], src[1], q[4], q[7], q[3]))

    def label(self, name):
        """(behaviour, rest) for a name under the zone, or (None, None) outside it."""
        if name == ZONE:
            return "apex", ""
        if not name.endswith("." + ZONE):
            return None, None
        rest = name[:-len(ZONE) - 1]
        parts = rest.split(".")
        last = parts[-1]
        if last == "fan":
            if len(parts) == 1:
                return "fan", ""
            if len(parts) == 2 and re.fullmatch(r"f[0-9]{1,5}", parts[0]):
                return "fan", parts[0]
            return "nxdomain", rest
        if last.startswith("chain"):
            return "chain", last
        return last, rest

    def udp_loop(self):
        while True:
            data, src = self.udp.recvfrom(65535)
            q = parse_question(data)
            if not q:
                continue
            self.note("udp", q, src)
            threading.Thread(target=self.answer_udp, args=(q, src), daemon=True).start()

    def send(self, sock, reply, src):
        sock.sendto(reply.wire() if isinstance(reply, Reply) else reply, src)

    def answer_udp(self, q, src):
        name = q[3]
        what, rest = self.label(name)
        if what is None:
            self.send(self.udp, Reply(q, rcode=5, aa=False), src)  # REFUSED
            return
        if what in ("tcbig", "tcstall", "tcclose", "tctc", "manytxt"):
            r = Reply(q, tc=True)
            self.send(self.udp, r, src)
            return
        if what == "silent":
            return
        if what == "late":
            time.sleep(3)
            self.send(self.udp, plain(q, name), src)
            return
        if what == "wrongid":
            r = plain(q, name)
            r.qid = q[0] ^ 0x5555
            self.send(self.udp, r, src)
            time.sleep(0.05)
            self.send(self.udp, plain(q, name), src)
            return
        if what in ("wrongq", "onlywrong"):
            other = list(q)
            other[2] = encode_name("other." + ZONE)
            r = plain(tuple(other), name)
            self.send(self.udp, r, src)
            r2 = plain(q, name)
            r2.qid = q[0] ^ 1
            self.send(self.udp, r2, src)
            if what == "wrongq":
                time.sleep(0.05)
                self.send(self.udp, plain(q, name), src)
            return
        if what == "otherport":
            self.send(self.other, plain(q, name), src)
            time.sleep(0.05)
            self.send(self.udp, plain(q, name), src)
            return
        if what == "otheraddr":
            self.send(self.other_addr, plain(q, name), src)
            time.sleep(0.05)
            self.send(self.udp, plain(q, name), src)
            return
        if what == "flood":
            # In bursts of 100: a burst of thousands would only overflow the client's socket
            # buffer (the kernel then drops the real reply too, as it would any datagram).
            body = plain(q, name).wire()[2:]
            for burst in range(5):
                for _ in range(100):
                    qid = random.randrange(65536)
                    if qid != q[0]:
                        self.udp.sendto(struct.pack("!H", qid) + body, src)
                time.sleep(0.01)
            time.sleep(0.05)
            self.send(self.udp, plain(q, name), src)
            return
        self.send(self.udp, self.build(q, what, rest), src)

    def build(self, q, what, rest):
        name = q[3]
        if what == "apex":
            return plain(q, name)
        if what == "ok":
            return plain(q, name)
        if what == "upcase":
            r = plain(q, name)
            r.question = encode_name(name.upper()) + struct.pack("!HH", q[4], q[5])
            return r
        if what == "fan":
            return fan_answer(q, name, rest)
        if what == "chain":
            n = int(rest[5:] or "0")
            r = Reply(q)
            if n >= 100:
                return plain(q, name)
            r.answers.append(rr(PTR, T_CNAME, encode_name("chain%d.%s" % (n + 1, ZONE))))
            return r
        if what in ("loopa", "loopb"):
            r = Reply(q)
            target = "loopb" if what == "loopa" else "loopa"
            r.answers.append(rr(PTR, T_CNAME, encode_name("%s.%s" % (target, ZONE))))
            return r
        if what == "garbled":
            r = Reply(q)
            r.answers.append(b"\x3f" + b"\xff" * 10)  # a 63-byte label cut off after 10
            return r
        if what == "ptrloop":
            r = Reply(q)
            # The owner is a pointer to itself: offset of this record's first byte.
            off = 12 + len(r.question)
            r.answers.append(struct.pack("!H", 0xC000 | off) + struct.pack("!HHIH", T_TXT, 1, 60, 2) + b"\x01x")
            return r
        if what == "longlabel":
            r = Reply(q)
            r.answers.append(rr(bytes([64]) + b"a" * 64 + b"\0", T_TXT, txt_rdata("x")))
            return r
        if what == "longname":
            r = Reply(q)
            owner = (bytes([63]) + b"a" * 63) * 5 + b"\0"
            r.answers.append(rr(owner, T_TXT, txt_rdata("x")))
            return r
        if what == "counts":
            r = plain(q, name)
            r.ancount = 50
            return r
        r = Reply(q, rcode=3)  # NXDOMAIN
        r.authority.append(soa())
        return r

    def tcp_loop(self):
        while True:
            conn, src = self.tcp.accept()
            threading.Thread(target=self.tcp_conn, args=(conn, src), daemon=True).start()

    def tcp_conn(self, conn, src):
        try:
            conn.settimeout(10)
            head = b""
            while len(head) < 2:
                chunk = conn.recv(2 - len(head))
                if not chunk:
                    return
                head += chunk
            length = struct.unpack("!H", head)[0]
            data = b""
            while len(data) < length:
                chunk = conn.recv(length - len(data))
                if not chunk:
                    return
                data += chunk
            q = parse_question(data)
            if not q:
                return
            self.note("tcp", q, src)
            what, rest = self.label(q[3])
            if what == "tcstall":
                conn.sendall(b"\x01")
                conn.sendall(b"\x00")
                time.sleep(8)
                return
            if what == "tcclose":
                msg = plain(q, q[3]).wire()
                conn.sendall(struct.pack("!H", len(msg)) + msg[:len(msg) // 2])
                return
            if what == "tctc":
                r = plain(q, q[3])
                r.tc = True
                msg = r.wire()
            elif what in ("tcbig", "manytxt"):
                r = Reply(q)
                text = "v=spf1 -all" if what == "manytxt" else "x" * 200
                one = rr(PTR, T_TXT, txt_rdata(text))
                room = 65535 - 12 - len(r.question)
                r.answers = [one] * (room // len(one))
                msg = r.wire()
            elif what is None:
                msg = Reply(q, rcode=5, aa=False).wire()
            else:
                built = self.build(q, what, rest)
                msg = built.wire() if isinstance(built, Reply) else built
            conn.sendall(struct.pack("!H", len(msg)) + msg)
            time.sleep(0.2)
        except OSError:
            pass
        finally:
            conn.close()

    def serve(self):
        with open(os.path.join(self.work, "port.tmp"), "w") as f:
            f.write("%d\n" % self.port)
        os.rename(os.path.join(self.work, "port.tmp"), os.path.join(self.work, "port"))
        threading.Thread(target=self.tcp_loop, daemon=True).start()
        self.udp_loop()


def write_seeds(folder):
    """The server's bad replies, as seeds for tests/fuzz's fuzz_dnsreply: one file per reply, its
    first byte 0 (the harness asks TXT), the reply to "example.com TXT" after it."""
    os.makedirs(folder, exist_ok=True)
    qname = encode_name("example.com")
    query = struct.pack("!HHHHHH", 0x1234, 0x0100, 1, 0, 0, 0) + qname + struct.pack("!HH", T_TXT, 1)
    q = parse_question(query)
    server = Server.__new__(Server)  # build() needs no sockets
    shapes = {}
    for what in ("ok", "upcase", "garbled", "ptrloop", "longlabel", "longname", "counts", "loopa", "fan"):
        built = server.build(q, what, "f1" if what == "fan" else "")
        shapes[what] = built.wire() if isinstance(built, Reply) else built
    chain = Reply(q)
    chain.answers.append(rr(PTR, T_CNAME, encode_name("chain1." + ZONE)))
    shapes["chain"] = chain.wire()
    wrongid = plain(q, "example.com")
    wrongid.qid ^= 0x5555
    shapes["wrongid"] = wrongid.wire()
    tc = Reply(q, tc=True)
    shapes["tc"] = tc.wire()
    many = Reply(q)
    one = rr(PTR, T_TXT, txt_rdata("v=spf1 -all"))
    many.answers = [one] * 2000
    shapes["manytxt"] = many.wire()
    # Loops and long chains inside one reply.
    loop = Reply(q)
    loop.answers.append(rr(PTR, T_CNAME, encode_name("a.example.com")))
    loop.answers.append(rr(encode_name("a.example.com"), T_CNAME, encode_name("example.com")))
    shapes["loop-in-reply"] = loop.wire()
    longchain = Reply(q)
    owner = PTR
    for k in range(20):
        longchain.answers.append(rr(owner, T_CNAME, encode_name("c%d.example.com" % k)))
        owner = encode_name("c%d.example.com" % k)
    longchain.answers.append(rr(owner, T_TXT, txt_rdata("v=spf1 -all")))
    shapes["chain-in-reply"] = longchain.wire()
    for what, wire in shapes.items():
        with open(os.path.join(folder, "hostile-" + what), "wb") as f:
            f.write(b"\0" + wire)


def stop(work):
    try:
        with open(os.path.join(work, "pid")) as f:
            pid = int(f.read().strip())
        os.kill(pid, signal.SIGTERM)
    except (OSError, ValueError):
        pass
    for f in ("pid", "port"):
        try:
            os.unlink(os.path.join(work, f))
        except OSError:
            pass


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("start", "stop", "serve", "seeds"):
        sys.stderr.write(__doc__)
        return 2
    work = os.path.abspath(sys.argv[2])
    if sys.argv[1] == "seeds":
        write_seeds(work)
        return 0
    os.makedirs(work, exist_ok=True)
    if sys.argv[1] == "stop":
        stop(work)
        return 0
    if sys.argv[1] == "serve":
        Server(work).serve()
        return 0
    stop(work)
    try:
        os.unlink(os.path.join(work, "queries.log"))
    except OSError:
        pass
    pid = os.fork()
    if pid == 0:
        os.setsid()
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1):
            os.dup2(devnull, fd)
        err = os.open(os.path.join(work, "server.stderr"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(err, 2)
        try:
            Server(work).serve()
        finally:
            os._exit(1)
    with open(os.path.join(work, "pid"), "w") as f:
        f.write("%d\n" % pid)
    for _ in range(100):
        if os.path.exists(os.path.join(work, "port")):
            with open(os.path.join(work, "port")) as f:
                print(f.read().strip())
            return 0
        time.sleep(0.05)
    sys.stderr.write("hostile_dns: the server did not start; see %s/server.stderr\n" % work)
    return 1


if __name__ == "__main__":
    sys.exit(main())
