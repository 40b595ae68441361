#!/usr/bin/python3
"""Evaluates SPF with pyspf (Debian python3-spf) against one DNS server, as peers do: sequentially.
Usage: pyspf_eval.py PORT IP SENDER HELO   -> prints the result and the wall time in ms."""
import sys
import time

import DNS
import spf

port, ip, sender, helo = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
DNS.defaults["server"] = ["127.0.0.1"]
DNS.defaults["port"] = port
# pyspf prefers dnspython when it is installed (python3-dkim, used by the message tests, pulls it
# in), and dnspython ignores DNS.defaults: it would ask the system's resolver and find nothing.
# The lookups go through pydns, pointed at the benchmark's server, as before.
spf.DNS = DNS  # the module pydns lookups use (spf.py imports it only when dnspython is absent)
spf.DNSLookup = spf.DNSLookup_pydns
start = time.monotonic()
result = spf.check2(i=ip, s=sender, h=helo)
print(result[0], f"{(time.monotonic() - start) * 1000:.1f}")
