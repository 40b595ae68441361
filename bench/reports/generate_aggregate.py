#!/usr/bin/env python3
"""Writes a large synthetic DMARC aggregate report (RFC 7489 Appendix C shape) for benchmarks.

Rows look like real ones: a few big senders and a long tail, IPv4 and IPv6, DKIM signatures with
selectors, SPF results, some forwarders and some spoofers. About 500 bytes per record.
Deterministic for a given --seed.
"""
import argparse
import random
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=100000)
    parser.add_argument("--domain", default="example.com")
    parser.add_argument("--org", default="bench.example")
    parser.add_argument("--report-id", default=None)
    parser.add_argument("--begin", type=int, default=1700000000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", default="-")
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    report_id = args.report_id or f"bench-{args.records}-{args.seed}"
    w = out.write
    w('<?xml version="1.0" encoding="UTF-8"?>\n<feedback>\n  <version>1.0</version>\n')
    w(f"  <report_metadata>\n    <org_name>{args.org}</org_name>\n    <email>dmarc@{args.org}</email>\n")
    w(f"    <report_id>{report_id}</report_id>\n    <date_range>\n      <begin>{args.begin}</begin>\n")
    w(f"      <end>{args.begin + 86399}</end>\n    </date_range>\n  </report_metadata>\n")
    w(f"  <policy_published>\n    <domain>{args.domain}</domain>\n    <adkim>r</adkim>\n    <aspf>r</aspf>\n")
    w("    <p>none</p>\n    <sp>none</sp>\n    <pct>100</pct>\n  </policy_published>\n")
    selectors = ["s1", "s2", "google", "selector1", "k1", "mta"]
    for i in range(args.records):
        kind = rnd.random()
        if i % 17 == 0:
            ip = f"2001:db8:{(i >> 16) & 0xffff:x}:{i & 0xffff:x}::{rnd.randint(1, 0xfff):x}"
        else:
            ip = f"{rnd.choice([192, 198, 203, 10])}.{(i >> 16) & 255}.{(i >> 8) & 255}.{i & 255}"
        count = rnd.choice([1, 1, 1, 2, 3, 5, 8, 13, 40, 200])
        if kind < 0.7:  # legitimate
            dkim, spf, disp, dres, sres = "pass", "pass", "none", "pass", "pass"
        elif kind < 0.8:  # forwarder
            dkim, spf, disp, dres, sres = "pass", "fail", "none", "pass", "fail"
        else:  # spoofer or misconfigured
            dkim, spf, disp, dres, sres = "fail", "fail", "none", "fail", "softfail"
        sel = rnd.choice(selectors)
        w("<record>\n <row>\n")
        w(f"  <source_ip>{ip}</source_ip>\n  <count>{count}</count>\n")
        w(f"  <policy_evaluated>\n   <disposition>{disp}</disposition>\n")
        w(f"   <dkim>{dkim}</dkim>\n   <spf>{spf}</spf>\n  </policy_evaluated>\n </row>\n")
        w(f" <identifiers>\n  <header_from>{args.domain}</header_from>\n </identifiers>\n")
        w(f" <auth_results>\n  <dkim>\n   <domain>{args.domain}</domain>\n")
        w(f"   <selector>{sel}</selector>\n   <result>{dres}</result>\n  </dkim>\n")
        w(f"  <spf>\n   <domain>{args.domain}</domain>\n   <scope>mfrom</scope>\n")
        w(f"   <result>{sres}</result>\n  </spf>\n </auth_results>\n</record>\n")
    w("</feedback>\n")
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
