#!/usr/bin/env python3
"""Generates zones that look like real organisations' domains, for the audit benchmark.

Every name is under .test (reserved). Each domain orgNNN.test is its own zone with:
  - MX (one or two hosts) and their A records;
  - SPF: "mx", an include chain of its own 2 or 3 levels (root -> _spf -> _spf2 [-> _spf3]),
    the deepest sometimes with "a:relay", plus one shared mail provider whose own record includes
    its netblocks (provider zones below, like Google's or Microsoft's);
  - DMARC with rua to the domain itself or to an external report service (with its
    authorization record at the service);
  - 2 to 4 DKIM selectors from the discovery list (selector1/selector2 as CNAMEs into the
    provider zone, as Microsoft 365 publishes them; the others TXT keys in the domain's zone).

write_zones() also returns each domain's critical path: the longest chain of DNS questions that
depend on each other's answers, counted from the zone's structure (an include's TXT needs its
parent's TXT, an MX host's A needs the MX answer, a CNAME'd DKIM key costs a second round trip
only when the server does not add the target). That count x the reply delay is the least time
any resolver stack can take for the domain.
"""
import base64
import os
import subprocess

PROVIDERS = ["mailhost", "cloudmail", "sendwave", "postbox", "relayco"]
SELECTORS = ["google", "s1", "s2", "k1", "default", "dkim", "mail", "fm1", "fm2", "key1", "smtp"]
REPORT_SERVICE = "dmarc-reports.test"


def _public_key(kind):
    """Base64 DER SubjectPublicKeyInfo of a fresh key (test keys only; the private half is dropped)."""
    algo = ["-algorithm", "RSA", "-pkeyopt", f"rsa_keygen_bits:{kind}"]
    priv = subprocess.run(["openssl", "genpkey", *algo], check=True, capture_output=True).stdout
    der = subprocess.run(["openssl", "pkey", "-pubout", "-outform", "DER"], input=priv, check=True,
                         capture_output=True).stdout
    return base64.b64encode(der).decode()


def _txt(text):
    """A TXT RDATA in 255-byte strings, the way zone files split long DKIM keys."""
    parts = [text[i:i + 250] for i in range(0, len(text), 250)]
    return " ".join(f'"{p}"' for p in parts)


def _soa(origin):
    return [f"$ORIGIN {origin}.", "$TTL 300",
            f"@ IN SOA ns1.{origin}. hostmaster.{origin}. 2026112601 3600 600 86400 300",
            f"@ IN NS ns1.{origin}.", "ns1 IN A 192.0.2.53"]


def domain_names(count):
    return [f"org{i:03d}.test" for i in range(count)]


def write_zones(zone_dir, count):
    """Writes count domains plus the provider, report-service, test and root zones.
    Returns {domain: critical path in round trips}."""
    os.makedirs(zone_dir, exist_ok=True)
    keys = [_public_key(2048), _public_key(2048), _public_key(1024)]
    critical = {}
    provider_lines = {p: _soa(f"{p}.test") for p in PROVIDERS}
    for n, p in enumerate(PROVIDERS):
        # provider -> _spf.provider -> _netblocks.provider, _netblocks2.provider (2 levels below).
        provider_lines[p] += [
            f'_spf IN TXT "v=spf1 include:_netblocks.{p}.test include:_netblocks2.{p}.test ~all"',
            f'_netblocks IN TXT "v=spf1 ip4:198.51.100.{n * 16}/28 ip4:192.0.2.{n * 16}/28 ~all"',
            f'_netblocks2 IN TXT "v=spf1 ip6:2001:db8:{n}::/48 ~all"',
        ]
    report_lines = _soa(REPORT_SERVICE)
    report_lines += ["@ IN MX 10 mx.dmarc-reports.test.", "mx IN A 192.0.2.200"]

    for i, domain in enumerate(domain_names(count)):
        provider = PROVIDERS[i % len(PROVIDERS)]
        levels = 3 if i % 3 == 0 else 2
        relay = i % 4 == 0
        lines = _soa(domain)
        mx_hosts = ["mx1", "mx2"] if i % 2 else ["mail"]
        for k, host in enumerate(mx_hosts):
            lines += [f"@ IN MX {10 * (k + 1)} {host}.{domain}.", f"{host} IN A 192.0.2.{(i + k) % 200 + 1}"]
        lines += [f'@ IN TXT "v=spf1 mx include:_spf.{domain} include:_spf.{provider}.test ~all"',
                  f'@ IN TXT "google-site-verification=bench{i:03d}"']
        chain = ["_spf", "_spf2", "_spf3"][:levels]
        for depth, label in enumerate(chain):
            block = f"ip4:198.51.100.{128 + (i + depth) % 100}"
            if depth + 1 < len(chain):
                lines.append(f'{label} IN TXT "v=spf1 {block} include:{chain[depth + 1]}.{domain} ~all"')
            else:
                tail = f" a:relay.{domain}" if relay else ""
                lines.append(f'{label} IN TXT "v=spf1 {block}{tail} -all"')
        if relay:
            lines.append(f"relay IN A 192.0.2.{i % 200 + 1}")
        # Rounds: root TXT (1), each include level one more, "a:" after the deepest one more;
        # mx: MX (2) then the hosts' A/AAAA (3); the provider's chain: _spf (2), _netblocks (3).
        spf_path = max(1 + levels + (1 if relay else 0), 3)

        external = i % 2 == 0
        rua = f"mailto:rua@{REPORT_SERVICE}" if external else f"mailto:dmarc@{domain}"
        policy = ["reject", "quarantine", "none"][i % 3]
        lines.append(f'_dmarc IN TXT "v=DMARC1; p={policy}; rua={rua}; adkim=r; aspf=r"')
        if external:
            report_lines.append(f'{domain}._report._dmarc IN TXT "v=DMARC1"')
        # _dmarc.<domain> and the tree walk's _dmarc.test (names known up front, asked together),
        # then the rua's MX and authorization record.
        dmarc_path = 2

        chosen = [SELECTORS[(i + j) % len(SELECTORS)] for j in range(2 + i % 3)]
        for j, sel in enumerate(chosen):
            key = keys[(i + j) % len(keys)]
            lines.append(f"{sel}._domainkey IN TXT {_txt('v=DKIM1; k=rsa; p=' + key)}")
        dkim_path = 1
        if i % 5 == 0:
            # Microsoft 365 style: selector1/2 are CNAMEs to keys in the provider's zone.
            for sel in ["selector1", "selector2"]:
                target = f"{sel}-org{i:03d}._domainkey.{provider}.test"
                lines.append(f"{sel}._domainkey IN CNAME {target}.")
                provider_lines[provider].append(
                    f"{sel}-org{i:03d}._domainkey IN TXT {_txt('v=DKIM1; k=rsa; p=' + keys[0])}")
            dkim_path = 2  # counted as a second round trip (a server outside the zone adds nothing)
        critical[domain] = max(spf_path, dmarc_path, dkim_path)
        with open(os.path.join(zone_dir, f"{domain}.zone"), "w") as fh:
            fh.write("\n".join(lines) + "\n")

    for p in PROVIDERS:
        with open(os.path.join(zone_dir, f"{p}.test.zone"), "w") as fh:
            fh.write("\n".join(provider_lines[p]) + "\n")
    with open(os.path.join(zone_dir, f"{REPORT_SERVICE}.zone"), "w") as fh:
        fh.write("\n".join(report_lines) + "\n")
    # The parent and the root: the DMARC tree walk asks _dmarc.test, which must be NXDOMAIN from
    # an authoritative zone (not REFUSED).
    with open(os.path.join(zone_dir, "test.zone"), "w") as fh:
        fh.write("\n".join(_soa("test")) + "\n")
    with open(os.path.join(zone_dir, "root.zone"), "w") as fh:
        fh.write(". 300 IN SOA a.root.test. h.root.test. 1 3600 600 86400 300\n"
                 ". 300 IN NS a.root.test.\n")
    return critical


if __name__ == "__main__":
    import sys
    paths = write_zones(sys.argv[1], int(sys.argv[2]))
    print(f"{len(paths)} domains; critical path (round trips): max {max(paths.values())}, "
          f"mean {sum(paths.values()) / len(paths):.2f}")
