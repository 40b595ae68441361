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
start = time.monotonic()
result = spf.check2(i=ip, s=sender, h=helo)
print(result[0], f"{(time.monotonic() - start) * 1000:.1f}")
