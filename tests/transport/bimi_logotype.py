#!/usr/bin/env python3
"""Prints, in hex, the DER of an RFC 3709 logotype extension (1.3.6.1.5.5.7.1.12) as a BIMI Mark
Certificate carries it: subjectLogo [2] -> direct [0] LogotypeData -> one LogotypeImage whose
LogotypeDetails are mediaType "image/svg+xml", a SHA-256 logotypeHash of the embedded object, and a
single logotypeURI "data:image/svg+xml;base64,<gzip-compressed SVG>".

Usage: bimi_logotype.py SVG_FILE [--wrong-hash]
--wrong-hash writes the hash of different bytes, so that the hash no longer matches the image.
Standard library only (openssl adds the result with "1.3.6.1.5.5.7.1.12=DER:<hex>").
"""
import base64
import gzip
import hashlib
import sys


def tlv(tag, content):
    n = len(content)
    if n < 0x80:
        length = bytes([n])
    else:
        raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
        length = bytes([0x80 | len(raw)]) + raw
    return bytes([tag]) + length + content


def seq(*parts):
    return tlv(0x30, b"".join(parts))


SHA256_OID = bytes.fromhex("0609608648016503040201")  # 2.16.840.1.101.3.4.2.1


def logotype(svg, wrong_hash=False):
    compressed = gzip.compress(svg, mtime=0)
    uri = b"data:image/svg+xml;base64," + base64.b64encode(compressed)
    digest = hashlib.sha256(compressed + (b"x" if wrong_hash else b"")).digest()
    details = seq(tlv(0x16, b"image/svg+xml"),
                  seq(seq(seq(SHA256_OID), tlv(0x04, digest))),
                  seq(tlv(0x16, uri)))
    image = seq(details)                       # LogotypeImage (imageInfo omitted)
    data = tlv(0xA0, seq(image))               # direct [0] LogotypeData, IMPLICIT: image SEQUENCE OF
    return seq(tlv(0xA2, data))                # LogotypeExtn { subjectLogo [2] EXPLICIT LogotypeInfo }


if __name__ == "__main__":
    svg = open(sys.argv[1], "rb").read()
    sys.stdout.write(logotype(svg, "--wrong-hash" in sys.argv[2:]).hex().upper() + "\n")
